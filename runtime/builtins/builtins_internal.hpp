// Pieces shared by the files that build the `builtins` module (builtins.cpp,
// builtins_numeric.cpp, builtins_iter.cpp) and mod_sys.cpp. Not an API: other
// code reaches builtins through rt.builtins->dict.
#pragma once

#include <string_view>

#include "objects/container_internal.hpp"

namespace stk {

// Registers a native function `name` in `dict`.
void add_function(Runtime& rt, Dict* dict, std::string_view name, NativeFnPtr fn);
void install_numeric_builtins(Runtime& rt, Dict* dict);  // builtins_numeric.cpp
void install_iter_builtins(Runtime& rt, Dict* dict);     // builtins_iter.cpp

// sys.stdout / sys.stderr objects: Singletons of one builtin type, told apart by
// `flags` (kStdout, kStderr). Created by mod_sys.cpp; print() writes to them
// directly instead of calling their write method.
constexpr std::uint16_t kStdout = 1, kStderr = 2;
Type* std_stream_type(Runtime& rt);
// kStdout, kStderr, or 0 when `v` is not one of the two stream objects.
int std_stream_kind(Runtime& rt, Value v);

}  // namespace stk
