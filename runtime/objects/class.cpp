// User classes: creation, the attribute protocol with descriptors, property,
// staticmethod, classmethod and super(). See class.hpp.
#include "objects/class.hpp"

#include <string>

#include "objects/containers.hpp"
#include "objects/exception.hpp"
#include "objects/str.hpp"
#include "scheduler/tasklet.hpp"

namespace stk {
namespace {

std::string str_of(const Str* s) { return std::string(sv(s)); }

Value raise_attr(Runtime& rt, const std::string& msg) { return rt.raise(rt.exc.AttributeError, msg); }

// The innermost frame of the running tasklet: the caller of a native.
const Frame* caller_frame(Runtime& rt) {
  Tasklet* t = rt.current;
  const ExecStack& es = t->nested.empty() ? t->exec : *t->nested.back();
  return es.frames.empty() ? nullptr : &es.frames.back();
}
const ExecStack& caller_stack(Runtime& rt) {
  Tasklet* t = rt.current;
  return t->nested.empty() ? t->exec : *t->nested.back();
}

}  // namespace

Value mro_lookup(const Type* t, Str* name, const Type* after) {
  bool searching = after == nullptr;
  for (const Type* c = t; c; c = c->base) {
    if (!searching) {
      if (c == after) searching = true;
      continue;
    }
    if (c->dict) {
      Value v = dict_get_str(c->dict, name);
      if (v) return v;
    }
  }
  return Value();
}

Value bind_class_attr(Runtime& rt, Value attr, Value obj, Type* owner, bool obj_is_class) {
  if (!attr.is_obj()) return attr;
  switch (attr.obj()->kind) {
    case ObjKind::Function:
      if (obj_is_class) return attr;
      {
        auto* m = rt.heap.alloc<BoundMethod>(rt.types.method, ObjKind::BoundMethod);
        m->self = obj;
        m->func = attr;
        return Value::object(m);
      }
    case ObjKind::StaticMethod: return attr.as<MethodWrapper>()->func;
    case ObjKind::ClassMethod: {
      auto* m = rt.heap.alloc<BoundMethod>(rt.types.method, ObjKind::BoundMethod);
      m->self = obj_is_class ? obj : Value::object(owner);
      m->func = attr.as<MethodWrapper>()->func;
      return Value::object(m);
    }
    case ObjKind::NativeFn:
    {
      if (obj_is_class || attr.as<NativeFn>()->self) return attr;
      NativeFn* b = rt.new_native(sv(attr.as<NativeFn>()->name), attr.as<NativeFn>()->fn, obj);
      b->data = attr.as<NativeFn>()->data;
      b->flags = attr.as<NativeFn>()->flags;
      return Value::object(b);
    }
    default: return attr;
  }
}

Value make_class(Runtime& rt, Value name, Value bases, Dict* ns) {
  Tuple* bt = bases.as<Tuple>();
  Type* base = rt.types.object;
  if (bt->size > 1) return rt.raise(rt.exc.NotImplementedError, "multiple inheritance is not supported");
  if (bt->size == 1) {
    Value b = bt->items()[0];
    if (!(b.is_obj() && b.obj()->kind == ObjKind::Type))
      return rt.raise_type_error("bases must be types");
    base = b.as<Type>();
  }
  if (base->flags & Type::kFinal)
    return rt.raise_type_error("type '" + str_of(base->name) + "' is not an acceptable base type");
  ObjKind kind;
  std::uint16_t flags = 0;
  if (ops::is_subtype(base, rt.exc.BaseException)) {
    kind = ObjKind::Exception;
    flags = Type::kBaseException;
  } else if (base->instance_kind == ObjKind::Instance) {
    kind = ObjKind::Instance;
  } else if (base->instance_kind == ObjKind::Tasklet) {
    kind = ObjKind::Tasklet;  // instance attributes live in Tasklet::attrs
  } else {
    return rt.raise(rt.exc.NotImplementedError,
                    "subclassing the builtin type '" + str_of(base->name) + "' is not supported");
  }
  Type* t = rt.new_type(sv(name.as<Str>()), base, kind, base->newfn, flags);
  for (const DictEntry& e : ns->entries)
    if (e.key && !dict_set(rt, t->dict, e.key, e.value)) return Value();
  // A class that defines __eq__ but not __hash__ is unhashable (as CPython).
  Str* eq = rt.intern("__eq__");
  Str* hash = rt.names.__hash__;
  if (dict_get_str(t->dict, eq) && !dict_get_str(t->dict, hash)) dict_set_str(rt, t->dict, hash, rt.None());
  return Value::object(t);
}

Value user_getattr(Runtime& rt, Value obj, Str* name) {
  if (!obj.is_obj()) return Value::stop();
  Obj* o = obj.obj();
  if (o->kind == ObjKind::Type) {
    auto* cls = static_cast<Type*>(o);
    if (!is_user_type(cls)) return Value::stop();
    Value attr = mro_lookup(cls, name);
    if (attr) return bind_class_attr(rt, attr, obj, cls, true);
    return Value::stop();
  }
  if (o->kind == ObjKind::Super) {
    auto* sp = static_cast<Super*>(o);
    Value attr = mro_lookup(sp->obj_type, name, sp->after);
    if (attr) {
      bool is_class = sp->obj.is_obj() && sp->obj.obj()->kind == ObjKind::Type;
      if (attr.is_obj() && attr.obj()->kind == ObjKind::Property && !is_class) {
        Value fget = attr.as<Property>()->fget;
        if (!fget) return raise_attr(rt, "unreadable attribute");
        return rt.call(fget, &sp->obj, 1);
      }
      return bind_class_attr(rt, attr, sp->obj, sp->obj_type, is_class);
    }
    return raise_attr(rt, "'super' object has no attribute '" + str_of(name) + "'");
  }
  Type* t = o->type;
  if (!is_user_type(t)) return Value::stop();
  Value descr = mro_lookup(t, name);
  if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property) {
    Value fget = descr.as<Property>()->fget;
    if (!fget)
      return raise_attr(rt, "property '" + str_of(name) + "' of '" + str_of(t->name) + "' object has no getter");
    if (fget.is_obj() && fget.obj()->kind == ObjKind::NativeFn)
      return fget.as<NativeFn>()->fn(rt, ArgView{&obj, 1, nullptr, nullptr});
    return rt.call(fget, &obj, 1);
  }
  Dict* attrs = o->kind == ObjKind::Instance ? static_cast<Instance*>(o)->attrs
                : o->kind == ObjKind::Exception ? static_cast<Exception*>(o)->attrs
                : o->kind == ObjKind::Tasklet   ? static_cast<Tasklet*>(o)->attrs
                                                : nullptr;
  if (attrs) {
    Value v = dict_get_str(attrs, name);
    if (v) return v;
  }
  if (o->kind == ObjKind::Exception && !descr) {
    Value v = exception_getattr(rt, static_cast<Exception*>(o), name);
    if (!v.is_stop()) return v;
  }
  if (descr) return bind_class_attr(rt, descr, obj, t, false);
  if (name == rt.names.__dict__ && o->kind == ObjKind::Instance) {
    t->flags |= Type::kMethodShadowed;  // the dict may now be written directly
    auto* inst = static_cast<Instance*>(o);
    if (!inst->attrs) inst->attrs = rt.new_dict();
    return Value::object(inst->attrs);
  }
  if (name == rt.names.__class__) return Value::object(t);
  Value getattr_hook = mro_lookup(t, rt.intern("__getattr__"));
  if (getattr_hook) {
    Value args[2] = {obj, Value::object(name)};
    return rt.call(getattr_hook, args, 2);
  }
  return raise_attr(rt, "'" + str_of(t->name) + "' object has no attribute '" + str_of(name) + "'");
}

int user_setattr(Runtime& rt, Value obj, Str* name, Value value) {
  if (!obj.is_obj()) return 0;
  Obj* o = obj.obj();
  if (o->kind == ObjKind::Type) {
    auto* cls = static_cast<Type*>(o);
    if (!is_user_type(cls)) return 0;
    dict_set_str(rt, cls->dict, name, value);
    ++cls->version;
    ++rt.class_epoch;
    return 1;
  }
  Type* t = o->type;
  if (!is_user_type(t)) return 0;
  Value descr = mro_lookup(t, name);
  if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property) {
    Value fset = descr.as<Property>()->fset;
    if (!fset) {
      raise_attr(rt, "property '" + str_of(name) + "' of '" + str_of(t->name) + "' object has no setter");
      return -1;
    }
    Value args[2] = {obj, value};
    if (fset.is_obj() && fset.obj()->kind == ObjKind::NativeFn)
      return fset.as<NativeFn>()->fn(rt, ArgView{args, 2, nullptr, nullptr}) ? 1 : -1;
    return rt.call(fset, args, 2) ? 1 : -1;
  }
  if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Function)
    t->flags |= Type::kMethodShadowed;  // the instance now shadows a method
  if (o->kind == ObjKind::Instance) {
    auto* inst = static_cast<Instance*>(o);
    if (!inst->attrs) inst->attrs = rt.new_dict();
    dict_set_str(rt, inst->attrs, name, value);
    return 1;
  }
  if (o->kind == ObjKind::Tasklet) {
    auto* t = static_cast<Tasklet*>(o);
    if (!t->attrs) t->attrs = rt.new_dict();
    dict_set_str(rt, t->attrs, name, value);
    return 1;
  }
  return 0;  // Exception instances: exception_setattr handles args and attrs
}

int user_delattr(Runtime& rt, Value obj, Str* name) {
  if (!obj.is_obj()) return 0;
  Obj* o = obj.obj();
  Type* t = o->kind == ObjKind::Type ? static_cast<Type*>(o) : o->type;
  if (!is_user_type(t)) return 0;
  if (o->kind == ObjKind::Type) {
    int r = dict_del(rt, t->dict, Value::object(name));
    if (r == 0) raise_attr(rt, "type object '" + str_of(t->name) + "' has no attribute '" + str_of(name) + "'");
    ++t->version;
    ++rt.class_epoch;
    return r > 0 ? 1 : -1;
  }
  Value descr = mro_lookup(t, name);
  if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property) {
    Value fdel = descr.as<Property>()->fdel;
    if (!fdel) {
      raise_attr(rt, "property '" + str_of(name) + "' of '" + str_of(t->name) + "' object has no deleter");
      return -1;
    }
    return rt.call(fdel, &obj, 1) ? 1 : -1;
  }
  if (o->kind == ObjKind::Instance) {
    auto* inst = static_cast<Instance*>(o);
    int r = inst->attrs ? dict_del(rt, inst->attrs, Value::object(name)) : 0;
    if (r == 0) raise_attr(rt, "'" + str_of(t->name) + "' object has no attribute '" + str_of(name) + "'");
    return r > 0 ? 1 : -1;
  }
  return 0;
}

// ------------------------------------------------------------ descriptors

namespace {

Value property_new(Runtime& rt, Type* type, const ArgView& a) {
  auto* p = rt.heap.alloc<Property>(type, ObjKind::Property);
  Value* slots[4] = {&p->fget, &p->fset, &p->fdel, &p->doc};
  if (a.npos > 4) return rt.raise_type_error("property() takes at most 4 arguments (" + std::to_string(a.npos) + " given)");
  for (std::size_t i = 0; i < a.npos; ++i)
    if (!a.pos[i].is(rt.None())) *slots[i] = a.pos[i];
  static const char* kNames[4] = {"fget", "fset", "fdel", "doc"};
  for (std::size_t k = 0; k < a.nkw(); ++k) {
    std::string_view key = sv(a.kwnames->items()[k].as<Str>());
    bool found = false;
    for (int i = 0; i < 4; ++i)
      if (key == kNames[i]) {
        if (!a.kwvalues[k].is(rt.None())) *slots[i] = a.kwvalues[k];
        found = true;
      }
    if (!found) return rt.raise_type_error("property() got an unexpected keyword argument '" + std::string(key) + "'");
  }
  return Value::object(p);
}

Value property_copy_with(Runtime& rt, const ArgView& a, int which) {
  if (a.npos != 2) return rt.raise_type_error("expected 1 argument");
  auto* src = a.pos[0].as<Property>();
  auto* p = rt.heap.alloc<Property>(src->type, ObjKind::Property);
  p->fget = src->fget;
  p->fset = src->fset;
  p->fdel = src->fdel;
  p->doc = src->doc;
  Value f = a.pos[1].is(rt.None()) ? Value() : a.pos[1];
  if (which == 0) p->fget = f;
  if (which == 1) p->fset = f;
  if (which == 2) p->fdel = f;
  return Value::object(p);
}
Value property_getter(Runtime& rt, const ArgView& a) { return property_copy_with(rt, a, 0); }
Value property_setter(Runtime& rt, const ArgView& a) { return property_copy_with(rt, a, 1); }
Value property_deleter(Runtime& rt, const ArgView& a) { return property_copy_with(rt, a, 2); }

Value wrapper_new(Runtime& rt, Type* type, const ArgView& a, ObjKind kind, const char* name) {
  if (a.nkw()) return rt.raise_type_error(std::string(name) + "() takes no keyword arguments");
  if (a.npos != 1)
    return rt.raise_type_error(std::string(name) + " expected 1 argument, got " + std::to_string(a.npos));
  auto* w = rt.heap.alloc<MethodWrapper>(type, kind);
  w->func = a.pos[0];
  return Value::object(w);
}
Value staticmethod_new(Runtime& rt, Type* type, const ArgView& a) {
  return wrapper_new(rt, type, a, ObjKind::StaticMethod, "staticmethod");
}
Value classmethod_new(Runtime& rt, Type* type, const ArgView& a) {
  return wrapper_new(rt, type, a, ObjKind::ClassMethod, "classmethod");
}

Value super_new(Runtime& rt, Type* type, const ArgView& a) {
  Value cls, obj;
  if (a.npos == 2) {
    cls = a.pos[0];
    obj = a.pos[1];
  } else if (a.npos == 0) {
    const Frame* f = caller_frame(rt);
    if (!f || !f->code) return rt.raise(rt.exc.RuntimeError, "super(): no arguments");
    Code* code = f->code;
    const ExecStack& es = caller_stack(rt);
    const Value* slots = es.stack + f->base;
    std::size_t cell_index = code->nfree();
    for (std::size_t i = 0; i < code->nfree(); ++i)
      if (sv(code->freevars[i]) == "__class__") cell_index = i;
    if (cell_index == code->nfree()) return rt.raise(rt.exc.RuntimeError, "super(): __class__ cell not found");
    Value cell = slots[code->nlocals() + code->ncells() + cell_index];
    cls = cell.as<Cell>()->value;
    if (!cls) return rt.raise(rt.exc.RuntimeError, "super(): empty __class__ cell");
    if (code->argcount == 0) return rt.raise(rt.exc.RuntimeError, "super(): no arguments");
    obj = slots[0];
    for (std::size_t i = 0; i < code->ncells(); ++i)
      if (code->cell_from_arg[i] == 0) obj = slots[code->nlocals() + i].as<Cell>()->value;
    if (!obj) return rt.raise(rt.exc.RuntimeError, "super(): arg[0] deleted");
  } else {
    return rt.raise_type_error("super() takes 0 or 2 arguments");
  }
  if (!(cls.is_obj() && cls.obj()->kind == ObjKind::Type))
    return rt.raise_type_error("super() argument 1 must be a type, not " + ops::type_name(rt, cls));
  Type* obj_type;
  if (obj.is_obj() && obj.obj()->kind == ObjKind::Type && ops::is_subtype(obj.as<Type>(), cls.as<Type>()))
    obj_type = obj.as<Type>();
  else
    obj_type = ops::type_of(rt, obj);
  if (!ops::is_subtype(obj_type, cls.as<Type>()))
    return rt.raise_type_error("super(type, obj): obj must be an instance or subtype of type");
  auto* s = rt.heap.alloc<Super>(type, ObjKind::Super);
  s->after = cls.as<Type>();
  s->obj = obj;
  s->obj_type = obj_type;
  return Value::object(s);
}

void add_method(Runtime& rt, Type* t, const char* name, NativeFnPtr fn) {
  dict_set_str(rt, t->dict, rt.intern(name), Value::object(rt.new_native(name, fn)));
}

}  // namespace

void install_class_support(Runtime& rt) {
  rt.types.property->newfn = property_new;
  rt.types.property->instance_kind = ObjKind::Property;
  add_method(rt, rt.types.property, "getter", property_getter);
  add_method(rt, rt.types.property, "setter", property_setter);
  add_method(rt, rt.types.property, "deleter", property_deleter);
  rt.types.staticmethod->newfn = staticmethod_new;
  rt.types.classmethod->newfn = classmethod_new;
  rt.types.super->newfn = super_new;
  for (Type* t : {rt.types.property, rt.types.staticmethod, rt.types.classmethod, rt.types.super})
    dict_set_str(rt, rt.builtins->dict, t->name, Value::object(t));
}

}  // namespace stk
