// The one-line error every tool prints for a problem the user can fix:
// "<tool>: <what>" on stderr. One place, so every tool reads the same.
#pragma once

#include <string>

namespace stk::cli {

void print_error_line(const std::string& tool, const std::string& message);

}  // namespace stk::cli
