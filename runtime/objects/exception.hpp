// Exception instances (the Exception layout, used by every BaseException subtype):
// construction, str/repr, and the data attributes (args, __cause__, __context__,
// SystemExit.code, StopIteration.value, user attributes in `attrs`).
#pragma once

#include <string>

#include "objects/ops.hpp"

namespace stk {

// e.__traceback__: None before the exception was raised, else a traceback object.
Value traceback_object(Runtime& rt, Exception* e);

// newfn of every exception type: BaseException.__new__ + __init__ semantics.
Value exception_new(Runtime& rt, Type* type, const ArgView& args);
bool exception_str_into(Runtime& rt, Exception* e, std::string& out);
bool exception_repr_into(Runtime& rt, Exception* e, std::string& out);
// Value::stop() when `name` is neither a data attribute nor in `attrs`.
Value exception_getattr(Runtime& rt, Exception* e, Str* name);
bool exception_setattr(Runtime& rt, Exception* e, Str* name, Value value);
bool exception_delattr(Runtime& rt, Exception* e, Str* name);

}  // namespace stk
