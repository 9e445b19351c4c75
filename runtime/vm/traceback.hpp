// Printing an uncaught exception the way CPython does (chained causes and
// contexts, "Traceback (most recent call last):", one entry per frame with its
// source line, then "Type: message"), and the exit status it implies.
#pragma once

#include "vm/runtime.hpp"

namespace stk {

void print_exception(Runtime& rt, Value exc);
// SystemExit: its code (printing a non-integer code to stderr); anything else: 1.
int exit_status_for(Runtime& rt, Value exc);

}  // namespace stk
