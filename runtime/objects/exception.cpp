// Exception objects: the raise helpers of Runtime, BaseException construction,
// str()/repr() as CPython prints them, and the data attributes. Every subtype
// of BaseException uses the one Exception layout; user attributes go to `attrs`.
#include "objects/exception.hpp"

#include "objects/containers.hpp"
#include "objects/str.hpp"

namespace stk {

Value Runtime::new_exception(Type* type, Tuple* args) {
  Exception* e = heap.alloc<Exception>(type, ObjKind::Exception);
  e->args = args ? args : new_tuple(0);
  e->suppress_context = false;
  e->attrs = nullptr;
  return Value::object(e);
}

Value Runtime::raise(Type* type, std::string_view message) {
  Tuple* args = new_tuple(1);
  args->items()[0] = Value::object(new_str(message));
  pending_exc = new_exception(type, args);
  return Value::null();
}

Value Runtime::raise_value(Value v) {
  if (v.is_obj() && v.obj()->kind == ObjKind::Exception) {
    pending_exc = v;
    return Value::null();
  }
  if (v.is_obj() && v.obj()->kind == ObjKind::Type &&
      ops::is_subtype(v.as<Type>(), exc.BaseException)) {
    Value inst = call(v, nullptr, 0);
    if (!inst) return Value::null();
    if (!(inst.is_obj() && inst.obj()->kind == ObjKind::Exception)) {
      return raise_type_error("calling " + ops::type_name(*this, v) +
                              " should have returned an instance of BaseException, not " +
                              ops::type_name(*this, inst));
    }
    pending_exc = inst;
    return Value::null();
  }
  return raise_type_error("exceptions must derive from BaseException");
}

Value Runtime::raise_key_error(Value key) {
  Tuple* args = new_tuple(1);
  args->items()[0] = key;
  pending_exc = new_exception(exc.KeyError, args);
  return Value::null();
}

Value Runtime::raise_stop_iteration(Value value) {
  Tuple* args = nullptr;
  if (value) {
    args = new_tuple(1);
    args->items()[0] = value;
  }
  pending_exc = new_exception(exc.StopIteration, args);
  return Value::null();
}

bool Runtime::exception_matches(Value e, Type* type) const {
  if (!e.is_obj() || !type) return false;
  return ops::is_subtype(ops::type_of(*this, e), type);
}

Value traceback_object(Runtime& rt, Exception* e) {
  if (e->traceback.empty()) return rt.None();
  // Frames are not objects in stk: the traceback is a small object with the
  // innermost line and a reference to its exception, whose entries the
  // traceback module reads (the entries stay on the exception for printing).
  auto* tb = rt.heap.alloc<Instance>(rt.types.traceback, ObjKind::Instance);
  Root keep(rt, Value::object(tb));
  tb->attrs = rt.new_dict();
  dict_set_str(rt, tb->attrs, rt.intern("tb_lineno"), Value::small(e->traceback.back().line));
  dict_set_str(rt, tb->attrs, rt.intern("_stk_exception"), Value::object(e));
  return Value::object(tb);
}

Value exception_new(Runtime& rt, Type* type, const ArgView& a) {
  if (a.nkw() != 0 && (type->flags & Type::kBuiltin)) {
    return rt.raise_type_error(std::string(sv(type->name)) + "() takes no keyword arguments");
  }
  return rt.new_exception(type, tuple_from(rt, a.pos, a.npos));
}

bool exception_str_into(Runtime& rt, Exception* e, std::string& out) {
  Tuple* args = e->args;
  if (args->size == 0) return true;
  if (args->size == 1) {
    if (ops::is_subtype(e->type, rt.exc.KeyError)) return ops::repr_into(rt, args->items()[0], out);
    return ops::str_into(rt, args->items()[0], out);
  }
  return ops::repr_into(rt, Value::object(args), out);
}

bool exception_repr_into(Runtime& rt, Exception* e, std::string& out) {
  out += sv(e->type->name);
  Tuple* args = e->args;
  if (args->size == 1) {
    out += '(';
    if (!ops::repr_into(rt, args->items()[0], out)) return false;
    out += ')';
    return true;
  }
  if (args->size == 0) {
    out += "()";
    return true;
  }
  return ops::repr_into(rt, Value::object(args), out);
}

Value exception_getattr(Runtime& rt, Exception* e, Str* name) {
  if (e->attrs) {
    Value v = dict_get_str(e->attrs, name);
    if (v) return v;
  }
  std::string_view n = sv(name);
  if (n == "args") return Value::object(e->args);
  if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
    if (n == "__cause__") return e->cause ? e->cause : rt.None();
    if (n == "__context__") return e->context ? e->context : rt.None();
    if (n == "__suppress_context__") return rt.boolean(e->suppress_context);
    if (n == "__traceback__") return traceback_object(rt, e);
    if (n == "__dict__") {
      if (!e->attrs) e->attrs = rt.new_dict();
      return Value::object(e->attrs);
    }
  }
  if (n == "code" && ops::is_subtype(e->type, rt.exc.SystemExit)) {
    if (e->args->size == 0) return rt.None();
    if (e->args->size == 1) return e->args->items()[0];
    return Value::object(e->args);
  }
  if (n == "value" && ops::is_subtype(e->type, rt.exc.StopIteration)) {
    return e->args->size > 0 ? e->args->items()[0] : rt.None();
  }
  return Value::stop();
}

bool exception_setattr(Runtime& rt, Exception* e, Str* name, Value value) {
  std::string_view n = sv(name);
  auto is_exc_or_none = [&](Value v) {
    return v.is(rt.None()) || (v.is_obj() && v.obj()->kind == ObjKind::Exception);
  };
  if (n == "args") {
    if (value.is_obj() && value.obj()->kind == ObjKind::Tuple) {
      e->args = value.as<Tuple>();
      return true;
    }
    List* l = rt.new_list();
    Root keep(rt, Value::object(l));  // the iterable may run Python code
    if (!extend_list_from_iterable(rt, l, value)) return false;
    e->args = tuple_from(rt, l->items.data(), l->items.size());
    return true;
  }
  if (n == "__cause__") {
    if (!is_exc_or_none(value)) {
      rt.raise_type_error("exception cause must be None or derive from BaseException");
      return false;
    }
    e->cause = value.is(rt.None()) ? Value() : value;
    e->suppress_context = true;
    return true;
  }
  if (n == "__context__") {
    if (!is_exc_or_none(value)) {
      rt.raise_type_error("exception context must be None or derive from BaseException");
      return false;
    }
    e->context = value.is(rt.None()) ? Value() : value;
    return true;
  }
  if (n == "__suppress_context__") {
    int t = ops::truthy(rt, value);
    if (t < 0) return false;
    e->suppress_context = t != 0;
    return true;
  }
  if (n == "__traceback__") {
    if (!value.is(rt.None())) {
      rt.raise_type_error("__traceback__ must be a traceback or None");
      return false;
    }
    e->traceback.clear();
    return true;
  }
  if (!e->attrs) e->attrs = rt.new_dict();
  dict_set_str(rt, e->attrs, name, value);
  return true;
}

bool exception_delattr(Runtime& rt, Exception* e, Str* name) {
  if (e->attrs && dict_get_str(e->attrs, name)) {
    return dict_del(rt, e->attrs, Value::object(name)) >= 0;
  }
  rt.raise(rt.exc.AttributeError, std::string(sv(name)));
  return false;
}

namespace {

Exception* self_exception(Runtime& rt, const ArgView& a, const char* what) {
  if (a.npos == 0 || !(a.pos[0].is_obj() && a.pos[0].obj()->kind == ObjKind::Exception)) {
    rt.raise_type_error(std::string("descriptor '") + what +
                        "' requires a 'BaseException' object but received a '" +
                        (a.npos ? ops::type_name(rt, a.pos[0]) : std::string("NoneType")) + "'");
    return nullptr;
  }
  return a.pos[0].as<Exception>();
}

Value exc_init(Runtime& rt, const ArgView& a) {
  Exception* e = self_exception(rt, a, "__init__");
  if (!e) return Value::null();
  if (a.nkw() != 0 && (e->type->flags & Type::kBuiltin)) {
    return rt.raise_type_error(std::string(sv(e->type->name)) + "() takes no keyword arguments");
  }
  e->args = tuple_from(rt, a.pos + 1, a.npos - 1);
  return rt.None();
}

Value exc_str(Runtime& rt, const ArgView& a) {
  Exception* e = self_exception(rt, a, "__str__");
  if (!e) return Value::null();
  std::string out;
  if (!exception_str_into(rt, e, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

Value exc_repr(Runtime& rt, const ArgView& a) {
  Exception* e = self_exception(rt, a, "__repr__");
  if (!e) return Value::null();
  std::string out;
  if (!exception_repr_into(rt, e, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

Value exc_with_traceback(Runtime& rt, const ArgView& a) {
  Exception* e = self_exception(rt, a, "with_traceback");
  if (!e) return Value::null();
  if (a.npos != 2) {
    return rt.raise_type_error("BaseException.with_traceback() takes exactly one argument (" +
                               std::to_string(a.npos - 1) + " given)");
  }
  return a.pos[0];
}

}  // namespace

void install_exception_methods(Runtime& rt) {
  Type* t = rt.exc.BaseException;
  dict_set_str(rt, t->dict, rt.names.__init__, Value::object(rt.new_native("__init__", exc_init)));
  dict_set_str(rt, t->dict, rt.names.__str__, Value::object(rt.new_native("__str__", exc_str)));
  dict_set_str(rt, t->dict, rt.names.__repr__, Value::object(rt.new_native("__repr__", exc_repr)));
  dict_set_str(rt, t->dict, rt.intern("with_traceback"),
               Value::object(rt.new_native("with_traceback", exc_with_traceback)));
}

}  // namespace stk
