// repr and attributes of the "code-ish" kinds: Function, NativeFn, BoundMethod,
// Type, Module, Cell and Code, plus the default `<X object at 0x...>` repr.
// ops.cpp dispatches here; nothing in this file runs Python code.
#pragma once

#include <string>

#include "objects/ops.hpp"

namespace stk {

// repr into `out` for Function, NativeFn, BoundMethod, Type, Module, Cell, Code;
// false (no raise) if `v` is none of these kinds.
bool callable_repr_into(Runtime& rt, Value v, std::string& out);
// `<__main__.C object at 0x7f...>` / `<tasklet object at 0x...>`.
void default_repr_into(Runtime& rt, Value v, std::string& out);
// "0x7f..." as CPython's %p.
void pointer_into(const void* p, std::string& out);
// "int" for builtin types, "mod.Qualname" for others (repr and tracebacks).
std::string type_display_name(Runtime& rt, Type* t);
// Data attributes of those kinds (f.__name__, type.__mro__, module attributes...);
// Value::stop() when not found here (the caller then tries the type's MRO).
Value special_getattr(Runtime& rt, Value obj, Str* name);
// 1 handled, 0 not applicable to this kind (caller raises), -1 raised.
int special_setattr(Runtime& rt, Value obj, Str* name, Value value);
int special_delattr(Runtime& rt, Value obj, Str* name);

}  // namespace stk
