// Special methods of user classes, for the generic operations (objects/ops.cpp):
// binary and reflected operators, rich comparisons, hash, truth, len, item
// access, `in`, iteration. These run the Python method through Runtime::call (a
// nested loop); the interpreter's own opcodes avoid that for the hot cases by
// pushing frames instead (vm/dunder_frames.cpp).
#include "objects/dunder.hpp"

#include <string>

#include "objects/class.hpp"
#include "objects/containers.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {
namespace {

std::string tname(Runtime& rt, Value v) { return ops::type_name(rt, v); }

Value special(Runtime& rt, Value obj, const char* name) {
  if (!is_user_instance(obj)) return Value();
  return mro_lookup(obj.obj()->type, rt.intern(name));
}

Value call1(Runtime& rt, Value method, Value self) { return rt.call(method, &self, 1); }
Value call2(Runtime& rt, Value method, Value self, Value arg) {
  Value args[2] = {self, arg};
  return rt.call(method, args, 2);
}

bool is_not_impl(Runtime& rt, Value v) { return v.is(Value::object(rt.not_implemented)); }

}  // namespace

const DunderNames& binop_dunders(BinOp op) {
  static const DunderNames kNames[] = {
      {"__add__", "__radd__", "__iadd__"},       {"__sub__", "__rsub__", "__isub__"},
      {"__mul__", "__rmul__", "__imul__"},       {"__matmul__", "__rmatmul__", "__imatmul__"},
      {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
      {"__mod__", "__rmod__", "__imod__"},       {"__pow__", "__rpow__", "__ipow__"},
      {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
      {"__and__", "__rand__", "__iand__"},       {"__or__", "__ror__", "__ior__"},
      {"__xor__", "__rxor__", "__ixor__"},
  };
  return kNames[static_cast<int>(op)];
}

const DunderNames& cmpop_dunders(CmpOp op) {
  // `reflected` is the method the right operand answers with (a < b  <=>  b > a).
  static const DunderNames kNames[] = {
      {"__lt__", "__gt__", nullptr}, {"__le__", "__ge__", nullptr}, {"__eq__", "__eq__", nullptr},
      {"__ne__", "__ne__", nullptr}, {"__gt__", "__lt__", nullptr}, {"__ge__", "__le__", nullptr},
  };
  return kNames[static_cast<int>(op)];
}

Value user_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace, int skip) {
  if (!is_user_instance(a) && !is_user_instance(b)) return Value::stop();
  const DunderNames& n = binop_dunders(op);
  if (inplace && !(skip & kSkipInplace)) {
    Value m = special(rt, a, n.inplace);
    if (m) {
      Value r = call2(rt, m, a, b);
      if (!r || !is_not_impl(rt, r)) return r;
    }
  }
  Value lm = special(rt, a, n.op);
  // A right operand whose type is a proper subclass of the left's, overriding the
  // reflected method, gets the first try (CPython's rule).
  bool right_first = is_user_instance(b) && a.is_obj() && b.obj()->type != a.obj()->type &&
                     ops::is_subtype(b.obj()->type, a.obj()->type) &&
                     !special(rt, b, n.reflected).is(mro_lookup(a.obj()->type, rt.intern(n.reflected)));
  if (right_first && special(rt, b, n.reflected)) {
    Value r = call2(rt, special(rt, b, n.reflected), b, a);
    if (!r || !is_not_impl(rt, r)) return r;
  }
  if (lm && !(skip & kSkipLeft)) {
    Value r = call2(rt, lm, a, b);
    if (!r || !is_not_impl(rt, r)) return r;
  } else if (!lm && !is_user_instance(a)) {
    // A builtin left operand: its own operation may still apply (e.g. [1] * n).
    return Value::stop();
  }
  if (!(is_user_instance(a) && is_user_instance(b) && a.obj()->type == b.obj()->type)) {
    Value rm = special(rt, b, n.reflected);
    if (rm) {
      Value r = call2(rt, rm, b, a);
      if (!r || !is_not_impl(rt, r)) return r;
    }
  }
  const char* symbol = inplace ? inplace_symbol(op) : op == BinOp::Pow ? "** or pow()" : binop_symbol(op);
  return rt.raise_type_error(std::string("unsupported operand type(s) for ") + symbol + ": '" + tname(rt, a) +
                             "' and '" + tname(rt, b) + "'");
}

Value first_binary_method(Runtime& rt, BinOp op, Value a, Value b, bool inplace, int* tried) {
  if (!is_user_instance(a)) return Value();
  const DunderNames& n = binop_dunders(op);
  if (inplace) {
    Value m = special(rt, a, n.inplace);
    if (m) {
      *tried = kSkipInplace;
      return m;
    }
  }
  // A subclass on the right that overrides the reflected method goes first: leave
  // that ordering to user_binary.
  if (is_user_instance(b) && b.obj()->type != a.obj()->type && ops::is_subtype(b.obj()->type, a.obj()->type))
    return Value();
  Value m = special(rt, a, n.op);
  if (m) *tried = kSkipInplace | kSkipLeft;
  return m;
}

Value first_compare_method(Runtime& rt, CmpOp op, Value a, Value b) {
  if (!is_user_instance(a)) return Value();
  if (is_user_instance(b) && b.obj()->type != a.obj()->type && ops::is_subtype(b.obj()->type, a.obj()->type))
    return Value();
  Value m = special(rt, a, cmpop_dunders(op).op);
  return m && !m.is(rt.None()) ? m : Value();
}

Value user_reflected_binary(Runtime& rt, BinOp op, Value a, Value b) {
  if (!is_user_instance(b)) return Value::stop();
  Value rm = special(rt, b, binop_dunders(op).reflected);
  if (!rm) return Value::stop();
  return call2(rt, rm, b, a);
}

Value user_compare(Runtime& rt, CmpOp op, Value a, Value b, bool skip_left) {
  if (!is_user_instance(a) && !is_user_instance(b)) return Value::stop();
  const DunderNames& n = cmpop_dunders(op);
  Value lm = skip_left ? Value() : special(rt, a, n.op);
  if (op == CmpOp::Ne && !lm && !skip_left) {
    // The default __ne__ inverts __eq__.
    Value eqm = special(rt, a, "__eq__");
    if (eqm && !eqm.is(rt.None())) {
      Value r = call2(rt, eqm, a, b);
      if (!r) return r;
      if (!is_not_impl(rt, r)) {
        int t = ops::truthy(rt, r);
        if (t < 0) return Value();
        return rt.boolean(!t);
      }
    }
  }
  if (lm && !lm.is(rt.None())) {
    Value r = call2(rt, lm, a, b);
    if (!r || !is_not_impl(rt, r)) return r;
  }
  Value rm = special(rt, b, n.reflected);
  if (rm && !rm.is(rt.None())) {
    Value r = call2(rt, rm, b, a);
    if (!r || !is_not_impl(rt, r)) return r;
  }
  if (op == CmpOp::Eq) return rt.boolean(a.is(b));
  if (op == CmpOp::Ne) return rt.boolean(!a.is(b));
  return rt.raise_type_error(std::string("'") + cmpop_symbol(op) + "' not supported between instances of '" +
                             tname(rt, a) + "' and '" + tname(rt, b) + "'");
}

int user_hash(Runtime& rt, Value v, std::int64_t* out) {
  if (!is_user_instance(v)) return 0;
  Value m = special(rt, v, "__hash__");
  if (!m) return 0;
  if (m.is(rt.None())) {
    rt.raise_type_error("unhashable type: '" + tname(rt, v) + "'");
    return -1;
  }
  Value r = call1(rt, m, v);
  if (!r) return -1;
  if (!is_int(r)) {
    rt.raise_type_error("__hash__ method should return an integer");
    return -1;
  }
  return ops::hash(rt, r, out) ? 1 : -1;
}

int user_truthy(Runtime& rt, Value v) {
  if (!is_user_instance(v)) return -2;
  Value m = special(rt, v, "__bool__");
  if (m) {
    Value r = call1(rt, m, v);
    if (!r) return -1;
    if (!(r.is_obj() && r.obj()->kind == ObjKind::Bool)) {
      rt.raise_type_error("__bool__ should return bool, returned " + tname(rt, r));
      return -1;
    }
    return r.is(rt.True()) ? 1 : 0;
  }
  if (special(rt, v, "__len__")) {
    std::int64_t n = 0;
    if (user_len(rt, v, &n) < 0) return -1;
    return n != 0;
  }
  return 1;
}

int user_len(Runtime& rt, Value v, std::int64_t* out) {
  Value m = special(rt, v, "__len__");
  if (!m) return 0;
  Value r = call1(rt, m, v);
  if (!r) return -1;
  if (!is_int(r)) {
    rt.raise_type_error("'" + tname(rt, r) + "' object cannot be interpreted as an integer");
    return -1;
  }
  if (!r.is_small()) {
    rt.raise(rt.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  std::int64_t n = r.is_small() ? r.small_value() : 0;
  if (n < 0) {
    rt.raise_value_error("__len__() should return >= 0");
    return -1;
  }
  *out = n;
  return 1;
}

Value user_getitem(Runtime& rt, Value obj, Value key) {
  if (!is_user_instance(obj)) return Value::stop();
  Value m = special(rt, obj, "__getitem__");
  if (!m) return rt.raise_type_error("'" + tname(rt, obj) + "' object is not subscriptable");
  return call2(rt, m, obj, key);
}

int user_setitem(Runtime& rt, Value obj, Value key, Value value) {
  if (!is_user_instance(obj)) return 0;
  Value m = special(rt, obj, "__setitem__");
  if (!m) {
    rt.raise_type_error("'" + tname(rt, obj) + "' object does not support item assignment");
    return -1;
  }
  Value args[3] = {obj, key, value};
  return rt.call(m, args, 3) ? 1 : -1;
}

int user_delitem(Runtime& rt, Value obj, Value key) {
  if (!is_user_instance(obj)) return 0;
  Value m = special(rt, obj, "__delitem__");
  if (!m) {
    rt.raise_type_error("'" + tname(rt, obj) + "' object doesn't support item deletion");
    return -1;
  }
  return call2(rt, m, obj, key) ? 1 : -1;
}

int user_contains(Runtime& rt, Value container, Value item) {
  if (!is_user_instance(container)) return -2;
  Value m = special(rt, container, "__contains__");
  if (m) {
    Value r = call2(rt, m, container, item);
    if (!r) return -1;
    return ops::truthy(rt, r);
  }
  if (!special(rt, container, "__iter__") && !special(rt, container, "__getitem__")) {
    rt.raise_type_error("argument of type '" + tname(rt, container) + "' is not iterable");
    return -1;
  }
  Value it = ops::iter(rt, container);
  if (!it) return -1;
  Root keep(rt, it);
  for (;;) {
    Value v = ops::next(rt, it);
    if (v.is_stop()) return 0;
    if (!v) return -1;
    int e = ops::eq(rt, v, item);
    if (e != 0) return e;
  }
}

Value user_iter(Runtime& rt, Value v) {
  if (!is_user_instance(v)) return Value::stop();
  Value m = special(rt, v, "__iter__");
  if (!m) return Value::stop();  // ops falls back to __getitem__ iteration or the TypeError
  Value r = call1(rt, m, v);
  if (!r) return r;
  bool iterator = (r.is_obj() && (r.obj()->kind == ObjKind::Iterator || r.obj()->kind == ObjKind::Generator)) ||
                  special(rt, r, "__next__");
  if (!iterator) return rt.raise_type_error("iter() returned non-iterator of type '" + tname(rt, r) + "'");
  return r;
}

Value user_next(Runtime& rt, Value it) {
  if (!is_user_instance(it)) return Value::stop();
  Value m = special(rt, it, "__next__");
  if (!m) return rt.raise_type_error("'" + tname(rt, it) + "' object is not an iterator");
  Value r = call1(rt, m, it);
  if (!r && rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
    rt.pending_exc = Value();
    return Value::stop();
  }
  return r;
}

Value user_unary(Runtime& rt, UnOp op, Value a) {
  if (!is_user_instance(a)) return Value::stop();
  const char* name = op == UnOp::Neg ? "__neg__" : op == UnOp::Pos ? "__pos__" : "__invert__";
  Value m = special(rt, a, name);
  if (!m) {
    const char* sym = op == UnOp::Neg ? "-" : op == UnOp::Pos ? "+" : "~";
    return rt.raise_type_error(std::string("bad operand type for unary ") + sym + ": '" + tname(rt, a) + "'");
  }
  return call1(rt, m, a);
}

}  // namespace stk
