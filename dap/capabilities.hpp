// The `initialize` response body: capabilities.def plus the exception filters.
#pragma once

#include "messages.hpp"

namespace stk::dap {

json capabilities();

}  // namespace stk::dap
