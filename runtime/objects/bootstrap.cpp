// Builds a Runtime's builtin world: every builtin Type (with bases and MROs), the
// exception hierarchy, the iterator types, the singletons and the interned names.
// Bootstrapping order matters: Type shells exist before any str, dict or tuple is
// allocated, because those allocations read `rt.types.*` for their `type` field.
#include "objects/bootstrap.hpp"

#include <string>
#include <unordered_map>

#include "objects/containers.hpp"
#include "objects/exception.hpp"
#include "objects/str.hpp"

namespace stk {

NativeFn* Runtime::new_native(std::string_view name, NativeFnPtr fn, Value self) {
  NativeFn* f = heap.alloc<NativeFn>(types.builtin_function, ObjKind::NativeFn);
  f->fn = fn;
  f->name = intern(name);
  f->self = self;
  return f;
}

namespace {

Tuple* make_mro(Runtime& rt, Type* t) {
  std::size_t n = 0;
  for (Type* b = t; b; b = b->base) ++n;
  Tuple* mro = rt.new_tuple(n);
  std::size_t i = 0;
  for (Type* b = t; b; b = b->base) mro->items()[i++] = Value::object(b);
  return mro;
}

}  // namespace

Type* Runtime::new_type(std::string_view name, Type* base, ObjKind instance_kind, NewFnPtr newfn,
                        std::uint16_t flags) {
  Type* t = heap.alloc<Type>(types.type, ObjKind::Type);
  t->name = intern(name);
  t->base = base;
  t->dict = new_dict();
  t->instance_kind = instance_kind;
  t->newfn = newfn;
  t->flags = flags;
  t->version = 1;
  t->mro = make_mro(*this, t);
  return t;
}

Module* Runtime::new_module(std::string_view name) {
  Module* m = heap.alloc<Module>(types.module, ObjKind::Module);
  m->name = intern(name);
  m->dict = new_dict();
  dict_set_str(*this, m->dict, names.__name__, Value::object(m->name));
  return m;
}

namespace {

// type(x) -> the type of x; type(name, bases, dict) is not supported.
Value type_new(Runtime& rt, Type*, const ArgView& a) {
  if (a.npos == 1 && a.nkw() == 0) return Value::object(ops::type_of(rt, a.pos[0]));
  if (a.npos == 3) {
    return rt.raise(rt.exc.NotImplementedError, "type() with 3 arguments is not supported");
  }
  return rt.raise_type_error("type() takes 1 or 3 arguments");
}

Value object_new(Runtime& rt, Type* type, const ArgView& a) {
  if ((a.npos != 0 || a.nkw() != 0) && (type->flags & Type::kBuiltin)) {
    return rt.raise_type_error(type == rt.types.object
                                   ? std::string("object() takes no arguments")
                                   : std::string(sv(type->name)) + "() takes no arguments");
  }
  Instance* o = rt.heap.alloc<Instance>(type, ObjKind::Instance);
  o->attrs = nullptr;
  return Value::object(o);
}

struct BuiltinSpec {
  Type* BuiltinTypes::*field;
  const char* name;
  ObjKind kind;
  std::uint16_t flags;
};

}  // namespace

void bootstrap_types(Runtime& rt) {
  // 1. Shells, so that strs, dicts and tuples can be allocated with a valid type.
#define STK_X(field, name) rt.types.field = rt.heap.alloc<Type>(nullptr, ObjKind::Type);
  STK_BUILTIN_TYPES(STK_X)
#undef STK_X
#define STK_X(field, name) rt.types.field->type = rt.types.type;
  STK_BUILTIN_TYPES(STK_X)
#undef STK_X

  constexpr std::uint16_t kB = Type::kBuiltin, kF = Type::kBuiltin | Type::kFinal;
  const BuiltinSpec specs[] = {
      {&BuiltinTypes::object, "object", ObjKind::Instance, kB},
      {&BuiltinTypes::type, "type", ObjKind::Type, kB},
      {&BuiltinTypes::none, "NoneType", ObjKind::None, kF},
      {&BuiltinTypes::int_, "int", ObjKind::BigInt, kB},
      {&BuiltinTypes::bool_, "bool", ObjKind::Bool, kF},
      {&BuiltinTypes::float_, "float", ObjKind::Float, kB},
      {&BuiltinTypes::str, "str", ObjKind::Str, kB},
      {&BuiltinTypes::tuple, "tuple", ObjKind::Tuple, kB},
      {&BuiltinTypes::list, "list", ObjKind::List, kB},
      {&BuiltinTypes::dict, "dict", ObjKind::Dict, kB},
      {&BuiltinTypes::set, "set", ObjKind::Set, kB},
      {&BuiltinTypes::frozenset, "frozenset", ObjKind::Set, kB},
      {&BuiltinTypes::range, "range", ObjKind::Range, kF},
      {&BuiltinTypes::slice, "slice", ObjKind::Slice, kF},
      {&BuiltinTypes::cell, "cell", ObjKind::Cell, kF},
      {&BuiltinTypes::code, "code", ObjKind::Code, kF},
      {&BuiltinTypes::function, "function", ObjKind::Function, kF},
      {&BuiltinTypes::builtin_function, "builtin_function_or_method", ObjKind::NativeFn, kF},
      {&BuiltinTypes::method, "method", ObjKind::BoundMethod, kF},
      {&BuiltinTypes::module, "module", ObjKind::Module, kB},
      {&BuiltinTypes::not_implemented, "NotImplementedType", ObjKind::Singleton, kF},
      {&BuiltinTypes::ellipsis, "ellipsis", ObjKind::Singleton, kF},
      {&BuiltinTypes::dict_keys, "dict_keys", ObjKind::DictView, kF},
      {&BuiltinTypes::dict_values, "dict_values", ObjKind::DictView, kF},
      {&BuiltinTypes::dict_items, "dict_items", ObjKind::DictView, kF},
      {&BuiltinTypes::tasklet, "tasklet", ObjKind::Tasklet, kB},
      {&BuiltinTypes::generator, "generator", ObjKind::Generator, kF},
      {&BuiltinTypes::property, "property", ObjKind::Property, kB},
      {&BuiltinTypes::traceback, "traceback", ObjKind::Instance, kF},
      {&BuiltinTypes::classmethod, "classmethod", ObjKind::ClassMethod, kB},
      {&BuiltinTypes::staticmethod, "staticmethod", ObjKind::StaticMethod, kB},
      {&BuiltinTypes::super, "super", ObjKind::Super, kB},
      {&BuiltinTypes::channel, "channel", ObjKind::Channel, kB},
      {&BuiltinTypes::frame, "frame", ObjKind::Instance, kF},
  };
  // 2. Fill in the shells: names need strs, dicts need the dict type (set above).
  for (const BuiltinSpec& s : specs) {
    Type* t = rt.types.*s.field;
    t->name = rt.intern(s.name);
    t->base = s.field == &BuiltinTypes::object ? nullptr
              : s.field == &BuiltinTypes::bool_ ? rt.types.int_
                                                : rt.types.object;
    t->dict = rt.new_dict();
    t->instance_kind = s.kind;
    t->flags = s.flags;
    t->version = 1;
  }
  for (const BuiltinSpec& s : specs) {
    Type* t = rt.types.*s.field;
    t->mro = make_mro(rt, t);
  }

  // 3. Singletons.
  rt.none = rt.heap.alloc<Obj>(rt.types.none, ObjKind::None);
  rt.true_ = rt.heap.alloc<BoolObj>(rt.types.bool_, ObjKind::Bool);
  rt.true_->value = true;
  rt.false_ = rt.heap.alloc<BoolObj>(rt.types.bool_, ObjKind::Bool);
  rt.false_->value = false;
  rt.not_implemented = rt.heap.alloc<Singleton>(rt.types.not_implemented, ObjKind::Singleton);
  rt.not_implemented->repr = "NotImplemented";
  rt.ellipsis = rt.heap.alloc<Singleton>(rt.types.ellipsis, ObjKind::Singleton);
  rt.ellipsis->repr = "Ellipsis";

  // 4. Interned names (new_module and the exception methods use them).
  auto& n = rt.names;
  n.__init__ = rt.intern("__init__");
  n.__name__ = rt.intern("__name__");
  n.__main__ = rt.intern("__main__");
  n.__builtins__ = rt.intern("__builtins__");
  n.__class__ = rt.intern("__class__");
  n.__dict__ = rt.intern("__dict__");
  n.__doc__ = rt.intern("__doc__");
  n.__module__ = rt.intern("__module__");
  n.__qualname__ = rt.intern("__qualname__");
  n.__iter__ = rt.intern("__iter__");
  n.__next__ = rt.intern("__next__");
  n.__len__ = rt.intern("__len__");
  n.__repr__ = rt.intern("__repr__");
  n.__str__ = rt.intern("__str__");
  n.__eq__ = rt.intern("__eq__");
  n.__hash__ = rt.intern("__hash__");
  n.__call__ = rt.intern("__call__");
  n.__getitem__ = rt.intern("__getitem__");
  n.args = rt.intern("args");
  n.code = rt.intern("code");
  n.value = rt.intern("value");
  n.__file__ = rt.intern("__file__");

  // 5. Constructors this file owns; numbers and str install theirs with their methods.
  rt.types.type->newfn = type_new;
  rt.types.object->newfn = object_new;

  // 6. The exception hierarchy (the X-macro lists bases before subclasses).
  std::unordered_map<std::string_view, Type*> by_field{{"object", rt.types.object}};
  constexpr std::uint16_t kExcFlags = Type::kBuiltin | Type::kBaseException;
#define STK_X(field, name, base)                                                              \
  rt.exc.field = rt.new_type(name, by_field.at(#base), ObjKind::Exception, exception_new,      \
                             kExcFlags);                                                       \
  by_field[#field] = rt.exc.field;
  STK_EXCEPTION_TYPES(STK_X)
#undef STK_X

  // 7. Iterator types (install_container_methods adds their methods and constructors).
  static constexpr const char* kIterNames[] = {
      "list_iterator", "tuple_iterator", "str_ascii_iterator", "range_iterator",
      "dict_keyiterator", "dict_valueiterator", "dict_itemiterator", "set_iterator",
      "enumerate", "zip", "map", "filter", "list_reverseiterator", "callable_iterator",
      "iterator", "count", "islice", "chain", "cycle",
  };
  static_assert(sizeof kIterNames / sizeof kIterNames[0] ==
                static_cast<std::size_t>(IterKind::Cycle) + 1);
  for (std::size_t i = 0; i < sizeof kIterNames / sizeof kIterNames[0]; ++i) {
    rt.types.iterators[i] =
        rt.new_type(kIterNames[i], rt.types.object, ObjKind::Iterator, nullptr, Type::kBuiltin);
  }
}

}  // namespace stk
