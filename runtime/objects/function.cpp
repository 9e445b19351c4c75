// repr and attribute access for functions, builtin functions, bound methods,
// types, modules, cells and code objects, and the default object repr. Kept apart
// from ops.cpp so the generic dispatch stays small; nothing here runs Python code.
#include "objects/function.hpp"

#include <cstdio>

#include "bytecode/code_object.hpp"
#include "objects/containers.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

bool is(Value v, ObjKind k) { return v.is_obj() && v.obj()->kind == k; }
Value or_none(Runtime& rt, const Obj* o) { return o ? Value::object(o) : rt.None(); }

Value type_dict_str(Type* t, Str* key) { return t->dict ? dict_get_str(t->dict, key) : Value(); }

std::string type_qualname(Runtime& rt, Type* t) {
  Value q = type_dict_str(t, rt.names.__qualname__);
  if (q && is(q, ObjKind::Str)) return std::string(sv(q.as<Str>()));
  return std::string(sv(t->name));
}

}  // namespace

void pointer_into(const void* p, std::string& out) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  out += buf;
}

std::string type_display_name(Runtime& rt, Type* t) {
  if (t->flags & Type::kBuiltin) return std::string(sv(t->name));
  Value m = type_dict_str(t, rt.names.__module__);
  std::string q = type_qualname(rt, t);
  if (m && is(m, ObjKind::Str) && sv(m.as<Str>()) != "builtins") {
    return std::string(sv(m.as<Str>())) + "." + q;
  }
  return q;
}

void default_repr_into(Runtime& rt, Value v, std::string& out) {
  out += '<';
  out += type_display_name(rt, ops::type_of(rt, v));
  out += " object at ";
  pointer_into(v.obj(), out);
  out += '>';
}

bool callable_repr_into(Runtime& rt, Value v, std::string& out) {
  if (!v.is_obj()) return false;
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      out += "<function ";
      out += sv(f->qualname ? f->qualname : f->name);
      out += " at ";
      pointer_into(f, out);
      out += '>';
      return true;
    }
    case ObjKind::NativeFn: {
      auto* f = static_cast<NativeFn*>(o);
      if (!f->self || is(f->self, ObjKind::Module)) {
        out += "<built-in function ";
        out += sv(f->name);
        out += '>';
      } else {
        out += "<built-in method ";
        out += sv(f->name);
        out += " of ";
        out += ops::type_name(rt, f->self);
        out += " object at ";
        pointer_into(f->self.is_obj() ? f->self.obj() : nullptr, out);
        out += '>';
      }
      return true;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      out += "<bound method ";
      if (is(m->func, ObjKind::Function)) {
        auto* f = m->func.as<Function>();
        out += sv(f->qualname ? f->qualname : f->name);
      } else if (is(m->func, ObjKind::NativeFn)) {
        out += sv(m->func.as<NativeFn>()->name);
      } else {
        out += '?';
      }
      out += " of ";
      if (!ops::repr_into(rt, m->self, out)) return false;
      out += '>';
      return true;
    }
    case ObjKind::Type:
      out += "<class '";
      out += type_display_name(rt, static_cast<Type*>(o));
      out += "'>";
      return true;
    case ObjKind::Module: {
      auto* m = static_cast<Module*>(o);
      out += "<module '";
      out += sv(m->name);
      Value file = dict_get_str(m->dict, rt.names.__file__);
      if (file && is(file, ObjKind::Str)) {
        out += "' from '";
        out += sv(file.as<Str>());
        out += "'>";
      } else {
        out += "' (built-in)>";
      }
      return true;
    }
    case ObjKind::Cell: {
      auto* c = static_cast<Cell*>(o);
      out += "<cell at ";
      pointer_into(c, out);
      out += ": ";
      if (!c->value) {
        out += "empty>";
      } else {
        out += ops::type_name(rt, c->value);
        out += " object at ";
        pointer_into(c->value.is_obj() ? c->value.obj() : nullptr, out);
        out += '>';
      }
      return true;
    }
    case ObjKind::Code: {
      auto* c = static_cast<Code*>(o);
      out += "<code object ";
      if (c->name) out += sv(c->name);
      out += " at ";
      pointer_into(c, out);
      out += ", file \"";
      if (c->filename) out += sv(c->filename);
      out += "\", line ";
      out += std::to_string(c->firstline);
      out += '>';
      return true;
    }
    default:
      return false;
  }
}

Value special_getattr(Runtime& rt, Value obj, Str* name) {
  std::string_view n = sv(name);
  Obj* o = obj.obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      if (f->attrs) {
        Value v = dict_get_str(f->attrs, name);
        if (v) return v;
      }
      if (n == "__name__") return Value::object(f->name);
      if (n == "__qualname__") return Value::object(f->qualname ? f->qualname : f->name);
      if (n == "__module__") return f->module ? f->module : rt.None();
      if (n == "__doc__") return rt.None();
      if (n == "__defaults__") return or_none(rt, f->defaults);
      if (n == "__kwdefaults__") return or_none(rt, f->kwdefaults);
      if (n == "__closure__") return or_none(rt, f->closure);
      if (n == "__globals__") return Value::object(f->globals);
      if (n == "__code__") return or_none(rt, f->code);
      if (n == "__dict__") {
        if (!f->attrs) f->attrs = rt.new_dict();
        return Value::object(f->attrs);
      }
      return Value::stop();
    }
    case ObjKind::NativeFn: {
      auto* f = static_cast<NativeFn*>(o);
      if (n == "__name__") return Value::object(f->name);
      if (n == "__qualname__") {
        if (!f->self || is(f->self, ObjKind::Module)) return Value::object(f->name);
        return Value::object(rt.new_str(ops::type_name(rt, f->self) + "." + std::string(sv(f->name))));
      }
      if (n == "__self__") return f->self ? f->self : rt.None();
      if (n == "__doc__") return rt.None();
      if (n == "__module__") return f->self ? rt.None() : Value::object(rt.intern("builtins"));
      return Value::stop();
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      if (n == "__self__") return m->self;
      if (n == "__func__") return m->func;
      return ops::getattr(rt, m->func, name);
    }
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      if (n.size() < 7 || n[0] != '_' || n[1] != '_') return Value::stop();
      if (n == "__name__") return Value::object(t->name);
      if (n == "__qualname__") {
        Value q = type_dict_str(t, rt.names.__qualname__);
        return q ? q : Value::object(t->name);
      }
      if (n == "__mro__") return Value::object(t->mro);
      if (n == "__bases__") {
        if (!t->base) return Value::object(rt.new_tuple(0));
        Tuple* b = rt.new_tuple(1);
        b->items()[0] = Value::object(t->base);
        return Value::object(b);
      }
      if (n == "__base__") return or_none(rt, t->base);
      if (n == "__module__") {
        Value m = type_dict_str(t, rt.names.__module__);
        return m ? m : Value::object(rt.intern("builtins"));
      }
      if (n == "__dict__") return Value::object(t->dict);
      if (n == "__doc__") {
        Value d = type_dict_str(t, rt.names.__doc__);
        return d ? d : rt.None();
      }
      return Value::stop();
    }
    case ObjKind::Module: {
      auto* m = static_cast<Module*>(o);
      Value v = dict_get_str(m->dict, name);
      if (v) return v;
      if (n == "__dict__") return Value::object(m->dict);
      return Value::stop();
    }
    case ObjKind::Cell: {
      auto* c = static_cast<Cell*>(o);
      if (n == "cell_contents") {
        if (!c->value) return rt.raise_value_error("Cell is empty");
        return c->value;
      }
      return Value::stop();
    }
    case ObjKind::Code: {
      auto* c = static_cast<Code*>(o);
      if (n == "co_name") return or_none(rt, c->name);
      if (n == "co_qualname") return or_none(rt, c->qualname);
      if (n == "co_filename") return or_none(rt, c->filename);
      if (n == "co_firstlineno") return Value::small(c->firstline);
      if (n == "co_argcount") return Value::small(c->argcount);
      return Value::stop();
    }
    default:
      return Value::stop();
  }
}

int special_setattr(Runtime& rt, Value obj, Str* name, Value value) {
  std::string_view n = sv(name);
  Obj* o = obj.obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      if (n == "__name__" || n == "__qualname__") {
        if (!is(value, ObjKind::Str)) {
          rt.raise_type_error(std::string(n) + " must be set to a string object");
          return -1;
        }
        (n == "__name__" ? f->name : f->qualname) = value.as<Str>();
        return 1;
      }
      if (n == "__defaults__") {
        if (value.is(rt.None())) {
          f->defaults = nullptr;
        } else if (is(value, ObjKind::Tuple)) {
          f->defaults = value.as<Tuple>();
        } else {
          rt.raise_type_error("__defaults__ must be set to a tuple object");
          return -1;
        }
        return 1;
      }
      if (n == "__module__") {
        f->module = value;
        return 1;
      }
      if (!f->attrs) f->attrs = rt.new_dict();
      dict_set_str(rt, f->attrs, name, value);
      return 1;
    }
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      if (t->flags & Type::kBuiltin) {
        rt.raise_type_error("cannot set '" + std::string(n) + "' attribute of immutable type '" +
                            std::string(sv(t->name)) + "'");
        return -1;
      }
      if (n == "__name__") {
        if (!is(value, ObjKind::Str)) {
          rt.raise_type_error("can only assign string to " + std::string(sv(t->name)) +
                              ".__name__, not '" + ops::type_name(rt, value) + "'");
          return -1;
        }
        t->name = value.as<Str>();
      } else {
        dict_set_str(rt, t->dict, name, value);
      }
      ++t->version;
      return 1;
    }
    case ObjKind::Module:
      dict_set_str(rt, static_cast<Module*>(o)->dict, name, value);
      return 1;
    default:
      return 0;
  }
}

int special_delattr(Runtime& rt, Value obj, Str* name) {
  Obj* o = obj.obj();
  Dict* d = nullptr;
  switch (o->kind) {
    case ObjKind::Function: d = static_cast<Function*>(o)->attrs; break;
    case ObjKind::Module: d = static_cast<Module*>(o)->dict; break;
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      if (t->flags & Type::kBuiltin) {
        rt.raise_type_error("cannot set '" + std::string(sv(name)) +
                            "' attribute of immutable type '" + std::string(sv(t->name)) + "'");
        return -1;
      }
      d = t->dict;
      ++t->version;
      break;
    }
    default: return 0;
  }
  if (d && dict_get_str(d, name)) return dict_del(rt, d, Value::object(name)) < 0 ? -1 : 1;
  return 0;
}

}  // namespace stk
