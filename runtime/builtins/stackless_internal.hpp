// Shared by the three files of the `stackless` module: mod_stackless.cpp (the
// module functions and its Python-written part), stackless_tasklet.cpp (the
// tasklet type) and stackless_channel.cpp (the channel type).
#pragma once

#include <initializer_list>
#include <string_view>

#include "builtins/builtins_internal.hpp"
#include "objects/container_internal.hpp"
#include "scheduler/tasklet.hpp"

namespace stk {

// Binds positional and keyword arguments to `names` (null = not given).
// TypeError in CPython's words for too many or unknown arguments; `skip`
// leading positionals (self) are not counted.
bool parse_args(Runtime& rt, const ArgView& a, std::string_view fname, std::initializer_list<std::string_view> names,
                Value* out, std::size_t skip = 0);

// A native that may switch tasklets (NativeFn::kSwitches): the interpreter calls it
// through start_call and handles Value::switched().
void add_switching_method(Runtime& rt, Type* t, std::string_view name, NativeFnPtr fn);
void add_switching_function(Runtime& rt, Dict* d, std::string_view name, NativeFnPtr fn);
// A data descriptor with native getter (and setter, or null for read-only).
void add_native_property(Runtime& rt, Type* t, std::string_view name, NativeFnPtr get, NativeFnPtr set);

// Installs the tasklet and channel types' methods (once per runtime).
void install_tasklet_type(Runtime& rt);
void install_channel_type(Runtime& rt);

// An exception instance from raise-style arguments (a class, a class and a
// value or argument tuple, or an instance), as tasklet.throw and
// channel.send_throw take them; null with TypeError raised otherwise.
Value make_exception(Runtime& rt, Value exc, Value val);

// Truthiness of an optional argument (null = false).
bool arg_true(Runtime& rt, Value v);

}  // namespace stk
