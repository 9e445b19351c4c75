// Helpers shared by the str method files (str_methods.cpp, str_case.cpp):
// argument parsing with CPython's messages and code-point classification.
#pragma once

#include <initializer_list>
#include <string>

#include "objects/str.hpp"

namespace stk {

// How a method reports a wrong argument count (CPython uses both shapes):
// kTakes: "split() takes at most 2 arguments (3 given)"
// kExpected: "replace expected at least 2 arguments, got 1"
enum class ArgStyle { kTakes, kExpected };

// Fills out[0..max) from the positional arguments after self and the keywords
// named in `kw` (missing ones stay null). False after raising TypeError.
bool str_args(Runtime& rt, const ArgView& a, const char* fname, std::size_t min, std::size_t max,
              ArgStyle style, std::initializer_list<const char*> kw, Value* out);
inline Str* self_str(const ArgView& a) { return a.pos[0].as<Str>(); }
inline bool is_str_value(Value v) { return v.is_obj() && v.obj()->kind == ObjKind::Str; }

bool cp_is_space(std::uint32_t cp);
std::uint32_t cp_upper(std::uint32_t cp);
std::uint32_t cp_lower(std::uint32_t cp);
bool cp_is_upper(std::uint32_t cp);
bool cp_is_lower(std::uint32_t cp);
bool cp_is_alpha(std::uint32_t cp);
bool cp_is_decimal(std::uint32_t cp);

void add_str_method(Runtime& rt, const char* name, NativeFnPtr fn);
void install_str_case_methods(Runtime& rt);  // str_case.cpp

}  // namespace stk
