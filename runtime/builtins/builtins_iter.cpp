// Builtin functions that consume iterables: min, max, sum, sorted, any, all,
// iter, next. (enumerate, zip, map, filter and reversed are types: see
// objects/iterators.cpp.) Values held across Python calls (key functions,
// generators) are rooted.
#include "builtins/builtins_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

Value min_max(Runtime& rt, const ArgView& a, CmpOp op, const char* name) {
  if (!check_kwnames(rt, a, {"key", "default"}, name)) return Value::null();
  if (a.npos == 0)
    return rt.raise_type_error(std::string(name) + " expected at least 1 argument, got 0");
  Value key = find_kwarg(a, "key");
  if (!key.is_null() && key.is(rt.None())) key = Value::null();
  Value dflt = find_kwarg(a, "default");
  if (a.npos > 1 && !dflt.is_null())
    return rt.raise_type_error(std::string("Cannot specify a default for ") + name +
                               "() with multiple positional arguments");
  Value iterable = a.npos == 1 ? a[0] : Value::object(tuple_from(rt, a.pos, a.npos));
  Root keep_key(rt, key), keep_dflt(rt, dflt), keep_iterable(rt, iterable);
  Value it = ops::iter(rt, iterable);
  if (it.is_null()) return it;
  Root keep_it(rt, it), best(rt, Value::null()), best_key(rt, Value::null());
  for (;;) {
    Value x = ops::next(rt, keep_it.get());
    if (x.is_null()) return x;
    if (x.is_stop()) break;
    Root keep_x(rt, x);
    Value kx = x;
    if (!keep_key.get().is_null()) {
      kx = rt.call(keep_key.get(), &x, 1);
      if (kx.is_null()) return kx;
    }
    if (best.get().is_null()) {
      best.set(keep_x.get());
      best_key.set(kx);
      continue;
    }
    Root keep_kx(rt, kx);
    int c = ops::compare_bool(rt, op, kx, best_key.get());
    if (c < 0) return Value::null();
    if (c) {
      best.set(keep_x.get());
      best_key.set(keep_kx.get());
    }
  }
  if (!best.get().is_null()) return best.get();
  if (!keep_dflt.get().is_null()) return keep_dflt.get();
  return rt.raise_value_error(std::string(name) + "() arg is an empty sequence");
}

Value builtin_min(Runtime& rt, const ArgView& a) { return min_max(rt, a, CmpOp::Lt, "min"); }
Value builtin_max(Runtime& rt, const ArgView& a) { return min_max(rt, a, CmpOp::Gt, "max"); }

Value builtin_sum(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"start"}, "sum")) return Value::null();
  if (a.npos == 0) return rt.raise_type_error("sum() takes at least 1 positional argument (0 given)");
  if (a.npos + a.nkw() > 2)
    return rt.raise_type_error("sum() takes at most 2 arguments (" + std::to_string(a.npos + a.nkw()) +
                               " given)");
  Value start = a.npos > 1 ? a[1] : find_kwarg(a, "start");
  if (start.is_null()) start = Value::small(0);
  if (is_kind(start, ObjKind::Str))
    return rt.raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  Root acc(rt, start);
  Value it = ops::iter(rt, a[0]);
  if (it.is_null()) return it;
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, keep_it.get());
    if (x.is_null()) return x;
    if (x.is_stop()) return acc.get();
    Value cur = acc.get();
    if (both_small(cur, x)) {
      std::int64_t s = cur.small_value() + x.small_value();  // cannot overflow int64
      acc.set(make_int(rt, s));
      continue;
    }
    Value r = ops::binary(rt, BinOp::Add, cur, x);
    if (r.is_null()) return r;
    acc.set(r);
  }
}

Value builtin_sorted(Runtime& rt, const ArgView& a) {
  if (!check_nargs(rt, a, "sorted", 1, 1)) return Value::null();
  if (!check_kwnames(rt, a, {"key", "reverse"}, "sort")) return Value::null();
  List* l = list_from_iterable(rt, a[0]);
  if (!l) return Value::null();
  Root keep(rt, Value::object(l));
  Value key = find_kwarg(a, "key");
  if (!key.is_null() && key.is(rt.None())) key = Value::null();
  Value rev = find_kwarg(a, "reverse");
  bool reverse = false;
  if (!rev.is_null()) {
    std::int64_t r;
    if (!int_arg(rt, rev, &r)) return Value::null();
    reverse = r != 0;
  }
  if (!list_sort(rt, l, key, reverse)) return Value::null();
  return Value::object(l);
}

Value any_all(Runtime& rt, const ArgView& a, const char* name, bool want) {
  if (!check_one_arg(rt, a, name)) return Value::null();
  Value it = ops::iter(rt, a[0]);
  if (it.is_null()) return it;
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, keep_it.get());
    if (x.is_null()) return x;
    if (x.is_stop()) return rt.boolean(!want);
    int t = ops::truthy(rt, x);
    if (t < 0) return Value::null();
    if ((t == 1) == want) return rt.boolean(want);
  }
}

Value builtin_any(Runtime& rt, const ArgView& a) { return any_all(rt, a, "any", true); }
Value builtin_all(Runtime& rt, const ArgView& a) { return any_all(rt, a, "all", false); }

bool is_callable(Runtime& rt, Value v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case ObjKind::Function: case ObjKind::NativeFn: case ObjKind::BoundMethod: case ObjKind::Type:
      return true;
    default:
      return !ops::lookup_type_attr(v.obj()->type, rt.names.__call__).is_null();
  }
}

Value builtin_iter(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "iter") || !check_nargs(rt, a, "iter", 1, 2)) return Value::null();
  if (a.npos == 1) return ops::iter(rt, a[0]);
  if (!is_callable(rt, a[0])) return rt.raise_type_error("iter(v, w): v must be callable");
  Iterator* it = new_iterator(rt, IterKind::CallableSentinel);
  it->a = a[0];
  it->b = a[1];
  return Value::object(it);
}

Value builtin_next(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "next") || !check_nargs(rt, a, "next", 1, 2)) return Value::null();
  Value v = a[0];
  Value dflt = a.npos > 1 ? a[1] : Value::null();
  Root keep(rt, dflt);
  Value r;
  Value returned;
  if (is_kind(v, ObjKind::Iterator)) {
    r = iterator_next(rt, v.as<Iterator>());
  } else if (is_kind(v, ObjKind::Generator)) {
    r = rt.next_generator(rt, v.as<Generator>(), &returned);
    if (r.is_stop() && keep.get().is_null()) return rt.raise_stop_iteration(returned.is(rt.None()) ? Value() : returned);
  } else if (is_kind(v, ObjKind::Generator) ||
             (v.is_obj() && !ops::lookup_type_attr(v.obj()->type, rt.names.__next__).is_null())) {
    r = ops::next(rt, v);
  } else {
    return rt.raise_type_error("'" + ops::type_name(rt, v) + "' object is not an iterator");
  }
  if (r.is_null()) {
    if (!keep.get().is_null() && rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
      rt.pending_exc = Value::null();
      return keep.get();
    }
    return r;
  }
  if (r.is_stop()) {
    if (!keep.get().is_null()) return keep.get();
    return rt.raise_stop_iteration(Value::null());
  }
  return r;
}

}  // namespace

void install_iter_builtins(Runtime& rt, Dict* d) {
  add_function(rt, d, "min", builtin_min);
  add_function(rt, d, "max", builtin_max);
  add_function(rt, d, "sum", builtin_sum);
  add_function(rt, d, "sorted", builtin_sorted);
  add_function(rt, d, "any", builtin_any);
  add_function(rt, d, "all", builtin_all);
  add_function(rt, d, "iter", builtin_iter);
  add_function(rt, d, "next", builtin_next);
}

}  // namespace stk
