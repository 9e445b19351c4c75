// String formatting: the format-spec mini-language (format.cpp: `format(v, spec)`,
// f-string specs), str.format (str_format.cpp) and printf-style `str % args`
// (format_percent.cpp). Output is appended to one std::string and the Str is
// created once at the end. Error convention as in ops.hpp (null/false = raised);
// messages are CPython 3.11's, word for word.
#pragma once

#include <string>
#include <string_view>

#include "objects/ops.hpp"

namespace stk {

// format(v, spec) appended to `out`: ints (big ones and bools too), floats, str;
// other objects accept only an empty spec (-> str(v)) unless their type defines
// `__format__`. False after raising.
bool format_value_into(Runtime& rt, Value v, std::string_view spec, std::string& out);
// The same, as a new str.
Value format_value_spec(Runtime& rt, Value v, std::string_view spec);

// CPython's PyOS_double_to_string: `type` is one of e E f F g G, or 'r' (repr's
// shortest digits; `precision` ignored). Correctly rounded (std::to_chars).
constexpr unsigned kDtsAlt = 1;      // '#': keep the point and 'g''s trailing zeros
constexpr unsigned kDtsAddDot0 = 2;  // an integral result gets ".0"
constexpr unsigned kDtsNoNeg0 = 4;   // 'z': a result that rounds to zero loses its '-'
void double_to_string(double d, char type, int precision, unsigned flags, std::string& out);

// ascii(v) appended to `out` (repr with non-ASCII escaped).
bool ascii_into(Runtime& rt, Value v, std::string& out);

// The builtin `format(value, format_spec='')` (registered in builtins.cpp).
Value builtin_format(Runtime& rt, const ArgView& a);
// Registers str.format and str.format_map on the str type (called by str_methods.cpp).
void install_str_format_methods(Runtime& rt);
// `fmt % args` for a str `fmt` (ops::binary's BinOp::Mod on str).
Value str_percent_format(Runtime& rt, Str* fmt, Value args);

}  // namespace stk
