// Printing an uncaught exception the way CPython does (chained causes and
// contexts, "Traceback (most recent call last):", one entry per frame with its
// source line, then "Type: message"), and the exit status it implies.
#pragma once

#include <string>

#include "vm/runtime.hpp"

namespace stk {

void print_exception(Runtime& rt, Value exc);
// The same text as a string (a debugger's exception view).
std::string format_exception(Runtime& rt, Value exc);
// "Type: message" (the last line of a traceback).
std::string exception_line(Runtime& rt, Value exc);
// SystemExit: its code (printing a non-integer code to stderr); anything else: 1.
int exit_status_for(Runtime& rt, Value exc);

}  // namespace stk
