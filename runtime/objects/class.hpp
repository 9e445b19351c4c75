// User classes: creating them (the `class` statement's final step), attribute
// lookup on their instances and on the classes themselves (descriptors:
// functions bind, property, staticmethod, classmethod), and super().
// Calling a class is the interpreter's business (vm/call.cpp pushes __init__ as
// a frame); this file only answers questions about classes.
#pragma once

#include "objects/ops.hpp"

namespace stk {

inline bool is_user_type(const Type* t) { return (t->flags & Type::kBuiltin) == 0; }

// type(name, bases, namespace) for the class statement. `bases` is a tuple.
Value make_class(Runtime& rt, Value name, Value bases, Dict* ns);

// Attribute protocol for objects whose type is a user class, and for user
// classes themselves. Value::stop() when `obj` is neither (ops.cpp goes on).
Value user_getattr(Runtime& rt, Value obj, Str* name);
// 1 handled, 0 not a user object/class, -1 error.
int user_setattr(Runtime& rt, Value obj, Str* name, Value value);
int user_delattr(Runtime& rt, Value obj, Str* name);

// Finds `name` in the MRO of `t`, starting after `after` (null: from `t`).
Value mro_lookup(const Type* t, Str* name, const Type* after = nullptr);

// Applies the descriptor protocol to a class attribute found for `obj`
// (an instance, or the class itself when `obj_is_class`).
Value bind_class_attr(Runtime& rt, Value attr, Value obj, Type* owner, bool obj_is_class);

void install_class_support(Runtime& rt);  // property, staticmethod, classmethod, super

}  // namespace stk
