// The generic operations of ops.hpp: dispatch on the operand kinds to the number,
// str, exception and function code, forwarding container kinds to containers.hpp
// and turning "not applicable" answers into CPython's TypeError texts.
// Hot paths (small ints, floats, str equality) come first in every function and
// build no std::string; messages are only formatted on the error paths.
#include "objects/ops.hpp"

#include <charconv>
#include <cmath>
#include <string>

#include "objects/class.hpp"
#include "objects/dunder.hpp"
#include "objects/containers.hpp"
#include "objects/exception.hpp"
#include "objects/format.hpp"
#include "objects/function.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"

namespace stk {

const char* binop_symbol(BinOp op) {
  static const char* const k[] = {"+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "&", "|", "^"};
  return k[static_cast<int>(op)];
}
const char* inplace_symbol(BinOp op) {
  static const char* const k[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=",
                                  "**=", "<<=", ">>=", "&=", "|=", "^="};
  return k[static_cast<int>(op)];
}
const char* cmpop_symbol(CmpOp op) {
  static const char* const k[] = {"<", "<=", "==", "!=", ">", ">="};
  return k[static_cast<int>(op)];
}

namespace ops {

namespace {

inline ObjKind kind_of(Value v) { return v.obj()->kind; }
inline bool is(Value v, ObjKind k) { return v.is_obj() && v.obj()->kind == k; }
inline bool is_float(Value v) { return is(v, ObjKind::Float); }
inline bool is_str(Value v) { return is(v, ObjKind::Str); }
inline bool is_container(Value v) { return v.is_obj() && is_container_kind(v.obj()->kind); }
inline bool is_not_implemented(Runtime& rt, Value v) { return v.is(Value::object(rt.not_implemented)); }

std::int64_t pointer_hash(const void* p) {
  auto y = reinterpret_cast<std::uint64_t>(p);
  y = (y >> 4) | (y << 60);
  auto h = static_cast<std::int64_t>(y);
  return h == -1 ? -2 : h;
}

std::string quoted_type(const Runtime& rt, Value v) { return "'" + type_name(rt, v) + "'"; }

// A Python-level (not native) method `name` on a user-defined type, or null.
Value user_method(Runtime& rt, Value self, Str* name) {
  Type* t = type_of(rt, self);
  if (t->flags & Type::kBuiltin) return Value::null();
  Value m = lookup_type_attr(t, name);
  if (!m || is(m, ObjKind::NativeFn)) return Value::null();
  return m;
}

// Calls a user __repr__/__str__; the result must be a str.
Value call_text_method(Runtime& rt, Value method, Value self, const char* dunder) {
  Value r = rt.call(method, &self, 1);
  if (!r) return r;
  if (!is_str(r)) {
    return rt.raise_type_error(std::string(dunder) + " returned non-string (type " +
                               type_name(rt, r) + ")");
  }
  return r;
}

}  // namespace

Type* type_of(const Runtime& rt, Value v) {
  if (v.is_small()) return rt.types.int_;
  if (v.is_obj()) return v.obj()->type;
  return rt.types.none;
}

std::string type_name(const Runtime& rt, Value v) { return std::string(sv(type_of(rt, v)->name)); }

bool is_subtype(const Type* t, const Type* base) {
  if (t == base) return true;
  if (t->mro) {
    const Value* items = t->mro->items();
    for (std::size_t i = 0; i < t->mro->size; ++i) {
      if (items[i].obj() == base) return true;
    }
    return false;
  }
  for (const Type* b = t->base; b; b = b->base) {
    if (b == base) return true;
  }
  return false;
}

Value lookup_type_attr(const Type* t, Str* name) {
  if (t->mro) {
    const Value* items = t->mro->items();
    for (std::size_t i = 0; i < t->mro->size; ++i) {
      Type* b = items[i].as<Type>();
      if (b->dict) {
        Value v = dict_get_str(b->dict, name);
        if (v) return v;
      }
    }
    return Value::null();
  }
  for (; t; t = t->base) {
    if (t->dict) {
      Value v = dict_get_str(t->dict, name);
      if (v) return v;
    }
  }
  return Value::null();
}

// ---------------------------------------------------------------------------
// repr / str

bool repr_into(Runtime& rt, Value v, std::string& out) {
  if (v.is_small()) return int_repr_into(rt, v, out);
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::None: out += "None"; return true;
    case ObjKind::Bool: out += static_cast<BoolObj*>(o)->value ? "True" : "False"; return true;
    case ObjKind::BigInt: return int_repr_into(rt, v, out);
    case ObjKind::Float: float_repr_into(static_cast<Float*>(o)->value, out); return true;
    case ObjKind::Str: str_repr_into(static_cast<Str*>(o), out); return true;
    case ObjKind::Singleton: out += static_cast<Singleton*>(o)->repr; return true;
    case ObjKind::Exception:
    case ObjKind::Instance: {
      if (Value m = user_method(rt, v, rt.names.__repr__)) {
        Root keep(rt, v);
        Value r = call_text_method(rt, m, v, "__repr__");
        if (!r) return false;
        out += sv(r.as<Str>());
        return true;
      }
      if (o->kind == ObjKind::Exception) return exception_repr_into(rt, static_cast<Exception*>(o), out);
      default_repr_into(rt, v, out);
      return true;
    }
    default:
      if (is_container_kind(o->kind)) return container_repr(rt, v, out);
      if (callable_repr_into(rt, v, out)) return true;
      if (rt.pending_exc) return false;
      default_repr_into(rt, v, out);
      return true;
  }
}

bool str_into(Runtime& rt, Value v, std::string& out) {
  if (v.is_obj()) {
    Obj* o = v.obj();
    if (o->kind == ObjKind::Str) {
      out += sv(static_cast<Str*>(o));
      return true;
    }
    if (o->kind == ObjKind::Exception || o->kind == ObjKind::Instance) {
      if (Value m = user_method(rt, v, rt.names.__str__)) {
        Root keep(rt, v);
        Value r = call_text_method(rt, m, v, "__str__");
        if (!r) return false;
        out += sv(r.as<Str>());
        return true;
      }
      if (o->kind == ObjKind::Exception) {
        // A user __repr__ does not change str(); only __str__ does.
        return exception_str_into(rt, static_cast<Exception*>(o), out);
      }
    }
  }
  return repr_into(rt, v, out);
}

Value repr(Runtime& rt, Value v) {
  std::string out;
  if (!repr_into(rt, v, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

Value str(Runtime& rt, Value v) {
  if (is_str(v)) return v;
  if (v.is_small()) {  // the hot case (str(i) in loops): no std::string detour
    char buf[24];
    auto res = std::to_chars(buf, buf + sizeof buf, v.small_value());
    return Value::object(rt.new_str(std::string_view(buf, static_cast<std::size_t>(res.ptr - buf))));
  }
  std::string out;
  if (!str_into(rt, v, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

// ---------------------------------------------------------------------------
// hash / truth / equality / ordering

bool hash(Runtime& rt, Value v, std::int64_t* out) {
  if (v.is_small()) {
    *out = int_hash(v);
    return true;
  }
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::Bool:
    case ObjKind::BigInt: *out = int_hash(v); return true;
    case ObjKind::Float: {
      double d = static_cast<Float*>(o)->value;
      *out = std::isnan(d) ? pointer_hash(o) : float_hash(d);
      return true;
    }
    case ObjKind::Str: *out = str_hash(static_cast<Str*>(o)); return true;
    default: {
      int u = user_hash(rt, v, out);
      if (u != 0) return u > 0;
    }
      if (is_container_kind(o->kind)) return container_hash(rt, v, out);
      *out = pointer_hash(o);
      return true;
  }
}

int truthy(Runtime& rt, Value v) {
  if (v.is_small()) return v.small_value() != 0;
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::None: return 0;
    case ObjKind::Bool: return static_cast<BoolObj*>(o)->value;
    case ObjKind::BigInt: return 1;
    case ObjKind::Float: return static_cast<Float*>(o)->value != 0.0;
    case ObjKind::Str: return static_cast<Str*>(o)->nbytes != 0;
    case ObjKind::Tuple: case ObjKind::List: case ObjKind::Dict: case ObjKind::Set:
    case ObjKind::Range: case ObjKind::DictView: {
      std::int64_t n;
      if (!container_len(rt, v, &n)) return -1;
      return n != 0;
    }
    default: {
      int u = user_truthy(rt, v);
      return u == -2 ? 1 : u;
    }
  }
}

int eq(Runtime& rt, Value a, Value b) {
  if (a.is(b)) return 1;
  if (both_small(a, b)) return 0;
  if (is_number(a) && is_number(b)) return number_compare(rt, CmpOp::Eq, a, b);
  if (is_user_instance(a) || is_user_instance(b)) {  // before the int test: 1 == Eq() reflects
    Value r = user_compare(rt, CmpOp::Eq, a, b);
    if (!r) return -1;
    return truthy(rt, r);
  }
  if (!a.is_obj() || !b.is_obj()) return 0;
  ObjKind ka = kind_of(a), kb = kind_of(b);
  if (ka == ObjKind::Str && kb == ObjKind::Str) return str_equal(a.as<Str>(), b.as<Str>());
  if (is_container_kind(ka) || is_container_kind(kb)) {
    int r = container_eq(rt, a, b);
    return r == -2 ? 0 : r;
  }
  return 0;
}

Value compare(Runtime& rt, CmpOp op, Value a, Value b) {
  int r = compare_bool(rt, op, a, b);
  if (r < 0) return Value::null();
  return rt.boolean(r != 0);
}

int compare_bool(Runtime& rt, CmpOp op, Value a, Value b) {
  if (both_small(a, b)) {
    std::int64_t x = a.small_value(), y = b.small_value();
    switch (op) {
      case CmpOp::Lt: return x < y;
      case CmpOp::Le: return x <= y;
      case CmpOp::Eq: return x == y;
      case CmpOp::Ne: return x != y;
      case CmpOp::Gt: return x > y;
      case CmpOp::Ge: return x >= y;
    }
  }
  if (is_number(a) && is_number(b)) return number_compare(rt, op, a, b);
  if (is_str(a) && is_str(b)) {
    if (op == CmpOp::Eq) return str_equal(a.as<Str>(), b.as<Str>());
    if (op == CmpOp::Ne) return !str_equal(a.as<Str>(), b.as<Str>());
    int c = str_compare(a.as<Str>(), b.as<Str>());
    switch (op) {
      case CmpOp::Lt: return c < 0;
      case CmpOp::Le: return c <= 0;
      case CmpOp::Gt: return c > 0;
      default: return c >= 0;
    }
  }
  if (is_user_instance(a) || is_user_instance(b)) {
    Value r = user_compare(rt, op, a, b);
    if (!r) return -1;
    return truthy(rt, r);
  }
  if (is_container(a) || is_container(b)) {
    Value r = container_compare(rt, op, a, b);
    if (!r) return -1;
    if (!is_not_implemented(rt, r)) return truthy(rt, r);
  }
  if (op == CmpOp::Eq || op == CmpOp::Ne) {
    int e = eq(rt, a, b);
    if (e < 0) return -1;
    return op == CmpOp::Eq ? e : !e;
  }
  rt.raise_type_error(std::string("'") + cmpop_symbol(op) + "' not supported between instances of " +
                      quoted_type(rt, a) + " and " + quoted_type(rt, b));
  return -1;
}

// ---------------------------------------------------------------------------
// arithmetic

namespace {

bool is_arith(BinOp op) {
  switch (op) {
    case BinOp::Add: case BinOp::Sub: case BinOp::Mul: case BinOp::TrueDiv:
    case BinOp::FloorDiv: case BinOp::Mod: case BinOp::Pow: return true;
    default: return false;
  }
}

bool is_sequence(Value v) {
  return v.is_obj() && (kind_of(v) == ObjKind::Str || kind_of(v) == ObjKind::List ||
                        kind_of(v) == ObjKind::Tuple);
}

Value repeat_str(Runtime& rt, Str* s, Value n) {
  std::int64_t count;
  if (!int_to_i64(n, &count)) {
    if (int_sign(n) < 0) return Value::object(rt.intern(""));
    return rt.raise(rt.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return str_repeat(rt, s, count);
}

Value binary_error(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (op == BinOp::Add && is_sequence(a)) {
    std::string n = type_name(rt, a);
    return rt.raise_type_error("can only concatenate " + n + " (not \"" + type_name(rt, b) +
                               "\") to " + n);
  }
  if (op == BinOp::Mul && (is_sequence(a) || is_sequence(b))) {
    Value other = is_sequence(a) ? b : a;
    return rt.raise_type_error("can't multiply sequence by non-int of type " +
                               quoted_type(rt, other));
  }
  const char* symbol = inplace ? inplace_symbol(op) : op == BinOp::Pow ? "** or pow()" : binop_symbol(op);
  return rt.raise_type_error(std::string("unsupported operand type(s) for ") + symbol + ": " +
                             quoted_type(rt, a) + " and " + quoted_type(rt, b));
}

Value binary_impl(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (is_user_instance(a) || is_user_instance(b)) {
    Value r = user_binary(rt, op, a, b, inplace);
    if (!r.is_stop()) return r;
  }
  if (is_int(a) && is_int(b)) {
    if ((op == BinOp::And || op == BinOp::Or || op == BinOp::Xor) && is(a, ObjKind::Bool) &&
        is(b, ObjKind::Bool)) {
      bool x = a.as<BoolObj>()->value, y = b.as<BoolObj>()->value;
      return rt.boolean(op == BinOp::And ? (x && y) : op == BinOp::Or ? (x || y) : (x != y));
    }
    if (op == BinOp::MatMul) return binary_error(rt, op, a, b, inplace);
    return int_binary(rt, op, a, b);
  }
  if (is_number(a) && is_number(b)) {
    if (is_arith(op)) return float_binary(rt, op, a, b);
    return binary_error(rt, op, a, b, inplace);
  }
  if (is_str(a)) {
    if (op == BinOp::Add && is_str(b)) return str_concat(rt, a.as<Str>(), b.as<Str>());
    if (op == BinOp::Mul && is_int(b)) return repeat_str(rt, a.as<Str>(), b);
    if (op == BinOp::Mod) return str_percent_format(rt, a.as<Str>(), b);
  } else if (is_str(b) && op == BinOp::Mul && is_int(a)) {
    return repeat_str(rt, b.as<Str>(), a);
  }
  if (is_container(a) || is_container(b)) {
    Value r = container_binary(rt, op, a, b, inplace);
    if (!r || !is_not_implemented(rt, r)) return r;
  }
  Value reflected = user_reflected_binary(rt, op, a, b);
  if (!reflected.is_stop() && (!reflected || !is_not_implemented(rt, reflected))) return reflected;
  return binary_error(rt, op, a, b, inplace);
}

}  // namespace

Value binary(Runtime& rt, BinOp op, Value a, Value b) { return binary_impl(rt, op, a, b, false); }
Value inplace(Runtime& rt, BinOp op, Value a, Value b) { return binary_impl(rt, op, a, b, true); }

Value unary(Runtime& rt, UnOp op, Value a) {
  if (is_int(a)) return int_unary(rt, op, a);
  if (is_user_instance(a)) return user_unary(rt, op, a);
  if (is_float(a) && op != UnOp::Invert) {
    double d = a.as<Float>()->value;
    return op == UnOp::Neg ? rt.new_float(-d) : a;
  }
  static const char* const kSym[] = {"-", "+", "~"};
  return rt.raise_type_error(std::string("bad operand type for unary ") +
                             kSym[static_cast<int>(op)] + ": " + quoted_type(rt, a));
}

// ---------------------------------------------------------------------------
// subscripts and membership

Value getitem(Runtime& rt, Value obj, Value key) {
  if (is_str(obj)) {
    Str* s = obj.as<Str>();
    std::int64_t i;
    if (int_to_i64(key, &i)) return str_getitem_index(rt, s, i);
    if (is(key, ObjKind::BigInt)) {
      return rt.raise(rt.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (is(key, ObjKind::Slice)) {
      std::int64_t start, stop, step, n;
      if (!slice_indices(rt, key.as<Slice>(), static_cast<std::int64_t>(s->length), &start, &stop,
                         &step, &n)) {
        return Value::null();
      }
      return str_slice(rt, s, start, stop, step);
    }
    return rt.raise_type_error("string indices must be integers, not " + quoted_type(rt, key));
  }
  if (is_container(obj)) {
    Value r = container_getitem(rt, obj, key);
    if (!r || !is_not_implemented(rt, r)) return r;
  }
  if (is_user_instance(obj)) return user_getitem(rt, obj, key);
  return rt.raise_type_error(quoted_type(rt, obj) + " object is not subscriptable");
}

bool setitem(Runtime& rt, Value obj, Value key, Value value) {
  if (is_container(obj)) return container_setitem(rt, obj, key, value);
  int u = user_setitem(rt, obj, key, value);
  if (u != 0) return u > 0;
  rt.raise_type_error(quoted_type(rt, obj) + " object does not support item assignment");
  return false;
}

bool delitem(Runtime& rt, Value obj, Value key) {
  if (is_container(obj)) return container_delitem(rt, obj, key);
  int u = user_delitem(rt, obj, key);
  if (u != 0) return u > 0;
  if (is_str(obj)) {
    rt.raise_type_error("'str' object doesn't support item deletion");
    return false;
  }
  rt.raise_type_error(quoted_type(rt, obj) + " object does not support item deletion");
  return false;
}

int contains(Runtime& rt, Value container, Value item) {
  if (is_str(container)) {
    if (!is_str(item)) {
      rt.raise_type_error("'in <string>' requires string as left operand, not " + type_name(rt, item));
      return -1;
    }
    return str_contains(container.as<Str>(), item.as<Str>());
  }
  if (is_container(container)) {
    int r = container_contains(rt, container, item);
    if (r != -2) return r;
  }
  int u = user_contains(rt, container, item);
  if (u != -2) return u;
  rt.raise_type_error("argument of type " + quoted_type(rt, container) + " is not iterable");
  return -1;
}

// ---------------------------------------------------------------------------
// attributes

namespace {

Value bind(Runtime& rt, Value obj, Value attr) {
  if (is(attr, ObjKind::NativeFn)) {
    NativeFn* f = attr.as<NativeFn>();
    if (f->self) return attr;
    NativeFn* b = rt.new_native(sv(f->name), f->fn, obj);
    b->data = f->data;
    b->flags = f->flags;
    return Value::object(b);
  }
  if (is(attr, ObjKind::Function)) {
    BoundMethod* m = rt.heap.alloc<BoundMethod>(rt.types.method, ObjKind::BoundMethod);
    m->self = obj;
    m->func = attr;
    return Value::object(m);
  }
  return attr;
}

Value number_attr(Runtime& rt, Value obj, std::string_view n) {
  if (is_int(obj)) {
    if (n == "real" || n == "numerator") return int_unary(rt, UnOp::Pos, obj);
    if (n == "imag") return Value::small(0);
    if (n == "denominator") return Value::small(1);
  } else if (is_float(obj)) {
    if (n == "real") return obj;
    if (n == "imag") return rt.new_float(0.0);
  }
  return Value::stop();
}

}  // namespace

// Properties of builtin types (tasklet.alive, channel.balance...) have native
// accessors, called directly; Python ones go through Runtime::call.
Value property_get(Runtime& rt, Property* p, Value obj, Str* name) {
  if (!p->fget) return rt.raise(rt.exc.AttributeError, "unreadable attribute '" + std::string(sv(name)) + "'");
  if (p->fget.is_obj() && p->fget.obj()->kind == ObjKind::NativeFn)
    return p->fget.as<NativeFn>()->fn(rt, ArgView{&obj, 1, nullptr, nullptr});
  return rt.call(p->fget, &obj, 1);
}

bool property_set(Runtime& rt, Property* p, Value obj, Value value) {
  Value args[2] = {obj, value};
  if (p->fset.is_obj() && p->fset.obj()->kind == ObjKind::NativeFn)
    return !p->fset.as<NativeFn>()->fn(rt, ArgView{args, 2, nullptr, nullptr}).is_null();
  return !rt.call(p->fset, args, 2).is_null();
}

bool is_callable(Runtime& rt, Value v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case ObjKind::Function: case ObjKind::NativeFn: case ObjKind::BoundMethod: case ObjKind::Type:
    case ObjKind::StaticMethod:
      return true;
    default: return !lookup_type_attr(v.obj()->type, rt.names.__call__).is_null();
  }
}

Value getattr(Runtime& rt, Value obj, Str* name) {
  if (obj.is_obj()) {
    Value user = user_getattr(rt, obj, name);
    if (!user.is_stop()) return user;
    Obj* o = obj.obj();
    Value v = Value::stop();
    switch (o->kind) {
      case ObjKind::Exception: v = exception_getattr(rt, static_cast<Exception*>(o), name); break;
      case ObjKind::Instance: {
        Dict* attrs = static_cast<Instance*>(o)->attrs;
        if (attrs) {
          Value a = dict_get_str(attrs, name);
          if (a) return a;
        }
        if (name == rt.names.__dict__) {
          if (!attrs) static_cast<Instance*>(o)->attrs = attrs = rt.new_dict();
          return Value::object(attrs);
        }
        break;
      }
      case ObjKind::Function: case ObjKind::NativeFn: case ObjKind::BoundMethod:
      case ObjKind::Type: case ObjKind::Module: case ObjKind::Cell: case ObjKind::Code:
        v = special_getattr(rt, obj, name);
        break;
      case ObjKind::Float: case ObjKind::BigInt: case ObjKind::Bool:
        v = number_attr(rt, obj, sv(name));
        break;
      default:
        if (is_container_kind(o->kind)) v = container_getattr(rt, obj, name);
        break;
    }
    if (!v.is_stop()) return v;  // found, or raised (null)
    if (o->kind == ObjKind::Type) {
      Type* t = static_cast<Type*>(o);
      Value a = lookup_type_attr(t, name);
      if (a) return a;
      if (name == rt.names.__class__) return Value::object(o->type);
      Value meta = lookup_type_attr(o->type, name);
      if (meta) return bind(rt, obj, meta);
      return rt.raise(rt.exc.AttributeError, "type object '" + std::string(sv(t->name)) +
                                                 "' has no attribute '" + std::string(sv(name)) + "'");
    }
    if (o->kind == ObjKind::Module) {
      return rt.raise(rt.exc.AttributeError, "module '" + std::string(sv(static_cast<Module*>(o)->name)) +
                                                 "' has no attribute '" + std::string(sv(name)) + "'");
    }
  } else {
    Value v = number_attr(rt, obj, sv(name));
    if (!v.is_stop()) return v;
  }
  Type* t = type_of(rt, obj);
  Value a = lookup_type_attr(t, name);
  if (a && a.is_obj() && a.obj()->kind == ObjKind::Property) return property_get(rt, a.as<Property>(), obj, name);
  if (a) return bind(rt, obj, a);
  if (name == rt.names.__class__) return Value::object(t);
  return rt.raise(rt.exc.AttributeError, quoted_type(rt, obj) + " object has no attribute '" +
                                             std::string(sv(name)) + "'");
}

bool setattr(Runtime& rt, Value obj, Str* name, Value value) {
  if (obj.is_obj()) {
    int user = user_setattr(rt, obj, name, value);
    if (user != 0) return user > 0;
    Obj* o = obj.obj();
    if (o->kind == ObjKind::Exception) return exception_setattr(rt, static_cast<Exception*>(o), name, value);
    if (o->kind == ObjKind::Instance) {
      auto* inst = static_cast<Instance*>(o);
      if (!inst->attrs) inst->attrs = rt.new_dict();
      dict_set_str(rt, inst->attrs, name, value);
      return true;
    }
    int r = special_setattr(rt, obj, name, value);
    if (r != 0) return r > 0;
  }
  Value descr = lookup_type_attr(type_of(rt, obj), name);
  if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property && descr.as<Property>()->fset)
    return property_set(rt, descr.as<Property>(), obj, value);
  if (descr) {
    rt.raise(rt.exc.AttributeError, quoted_type(rt, obj) + " object attribute '" +
                                        std::string(sv(name)) + "' is read-only");
  } else {
    rt.raise(rt.exc.AttributeError, quoted_type(rt, obj) + " object has no attribute '" +
                                        std::string(sv(name)) + "'");
  }
  return false;
}

bool delattr(Runtime& rt, Value obj, Str* name) {
  if (obj.is_obj()) {
    int user = user_delattr(rt, obj, name);
    if (user != 0) return user > 0;
    Obj* o = obj.obj();
    if (o->kind == ObjKind::Exception) return exception_delattr(rt, static_cast<Exception*>(o), name);
    if (o->kind == ObjKind::Instance) {
      Dict* attrs = static_cast<Instance*>(o)->attrs;
      if (attrs && dict_get_str(attrs, name)) return dict_del(rt, attrs, Value::object(name)) >= 0;
      rt.raise(rt.exc.AttributeError, std::string(sv(name)));
      return false;
    }
    int r = special_delattr(rt, obj, name);
    if (r != 0) return r > 0;
    if (o->kind == ObjKind::Module) {
      rt.raise(rt.exc.AttributeError, "module '" + std::string(sv(static_cast<Module*>(o)->name)) +
                                          "' has no attribute '" + std::string(sv(name)) + "'");
      return false;
    }
  }
  rt.raise(rt.exc.AttributeError, quoted_type(rt, obj) + " object has no attribute '" +
                                      std::string(sv(name)) + "'");
  return false;
}

// ---------------------------------------------------------------------------
// iteration and length

Value iter(Runtime& rt, Value v) {
  if (v.is_obj()) {
    ObjKind k = kind_of(v);
    if (k == ObjKind::Generator || (k == ObjKind::Channel && rt.channel_next)) return v;
    if (k == ObjKind::Str || is_container_kind(k)) {
      Value r = container_iter(rt, v);
      if (!r || !is_not_implemented(rt, r)) return r;
    }
    if (is_user_instance(v)) {
      Value r = user_iter(rt, v);
      if (!r.is_stop()) return r;
      if (lookup_type_attr(v.obj()->type, rt.names.__getitem__)) {
        // The old sequence protocol: __getitem__(0), (1), ... until IndexError.
        Iterator* it = rt.heap.alloc<Iterator>(rt.types.iterators[static_cast<int>(IterKind::SeqGetItem)], ObjKind::Iterator);
        it->flags = static_cast<std::uint16_t>(IterKind::SeqGetItem);
        it->a = v;
        return Value::object(it);
      }
    }
  }
  return rt.raise_type_error(quoted_type(rt, v) + " object is not iterable");
}

Value next(Runtime& rt, Value it) {
  if (is(it, ObjKind::Iterator)) return iterator_next(rt, it.as<Iterator>());
  if (is(it, ObjKind::Generator)) {
    Value returned;
    return rt.next_generator(rt, it.as<Generator>(), &returned);
  }
  if (is_user_instance(it)) return user_next(rt, it);
  if (is(it, ObjKind::Channel) && rt.channel_next) return rt.channel_next(rt, it);
  return rt.raise_type_error(quoted_type(rt, it) + " object is not an iterator");
}

bool len(Runtime& rt, Value v, std::int64_t* out) {
  if (is_str(v)) {
    *out = static_cast<std::int64_t>(v.as<Str>()->length);
    return true;
  }
  if (is_container(v)) return container_len(rt, v, out);
  if (is_user_instance(v)) {
    int u = user_len(rt, v, out);
    if (u != 0) return u > 0;
  }
  rt.raise_type_error("object of type " + quoted_type(rt, v) + " has no len()");
  return false;
}

bool index_value(Runtime& rt, Value v, std::int64_t* out) {
  if (int_to_i64(v, out)) return true;
  if (is(v, ObjKind::BigInt)) {
    rt.raise(rt.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  rt.raise_type_error(quoted_type(rt, v) + " object cannot be interpreted as an integer");
  return false;
}

}  // namespace ops
}  // namespace stk
