// d.keys() / d.values() / d.items(): live views over a dict. repr, `in`, and
// the set behaviour of keys and items views (==, <=, <, & | - ^ with any
// iterable, results are sets), following CPython's dictobject.c view code.
// Invariant: values views are never set-like (== is identity, no operators).
#include "objects/container_internal.hpp"
#include "objects/str.hpp"

namespace stk {

static bool is_setlike_view(Value v) {
  return is_kind(v, ObjKind::DictView) && v.obj()->flags != 1;
}

bool dict_view_repr(Runtime& rt, DictView* v, std::string& out) {
  if (!repr_enter(v)) {
    out += "...";
    return true;
  }
  out += sv(v->type->name);
  out += "([";
  Dict* d = v->dict;
  bool first = true;
  for (std::size_t i = 0; i < d->entries.size(); ++i) {
    DictEntry e = d->entries[i];
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    bool ok;
    if (v->flags == 0) {
      ok = ops::repr_into(rt, e.key, out);
    } else if (v->flags == 1) {
      ok = ops::repr_into(rt, e.value, out);
    } else {
      out += '(';
      ok = ops::repr_into(rt, e.key, out);
      out += ", ";
      ok = ok && ops::repr_into(rt, e.value, out);
      out += ')';
    }
    if (!ok) {
      repr_leave(v);
      return false;
    }
  }
  out += "])";
  repr_leave(v);
  return true;
}

int dict_view_contains(Runtime& rt, DictView* v, Value item) {
  Dict* d = v->dict;
  if (v->flags == 0) {
    Value out;
    return dict_get(rt, d, item, &out);
  }
  if (v->flags == 2) {
    if (!is_kind(item, ObjKind::Tuple) || item.as<Tuple>()->size != 2) return 0;
    Tuple* t = item.as<Tuple>();
    Value found;
    int r = dict_get(rt, d, t->items()[0], &found);
    if (r <= 0) return r;
    return ops::eq(rt, found, t->items()[1]);
  }
  for (std::size_t i = 0; i < d->entries.size(); ++i) {
    Value x = d->entries[i].value;
    if (d->entries[i].key.is_null()) continue;
    int r = ops::eq(rt, x, item);
    if (r != 0) return r;
  }
  return 0;
}

// Every element of `a` is `in` b. 1/0/-1.
static int all_contained_in(Runtime& rt, Value a, Value b) {
  Value it = ops::iter(rt, a);
  if (it.is_null()) return -1;
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return -1;
    if (x.is_stop()) return 1;
    int r = ops::contains(rt, b, x);
    if (r <= 0) return r;
  }
}

static bool size_of(Runtime& rt, Value v, std::int64_t* n) { return ops::len(rt, v, n); }

Value dict_view_compare(Runtime& rt, CmpOp op, Value a, Value b) {
  if (!is_setlike_view(a)) {
    // Reflected: set OP view -> view REFLECTED-OP set.
    if (!is_setlike_view(b)) return not_impl(rt);
    static const CmpOp reflected[] = {CmpOp::Gt, CmpOp::Ge, CmpOp::Eq, CmpOp::Ne, CmpOp::Lt, CmpOp::Le};
    return dict_view_compare(rt, reflected[static_cast<int>(op)], b, a);
  }
  if (!is_kind(b, ObjKind::Set) && !is_setlike_view(b)) return not_impl(rt);
  std::int64_t la, lb;
  if (!size_of(rt, a, &la) || !size_of(rt, b, &lb)) return Value::null();
  int r;
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne:
      r = la == lb ? all_contained_in(rt, a, b) : 0;
      if (r < 0) return Value::null();
      return rt.boolean((r == 1) == (op == CmpOp::Eq));
    case CmpOp::Lt: r = la < lb ? all_contained_in(rt, a, b) : 0; break;
    case CmpOp::Le: r = la <= lb ? all_contained_in(rt, a, b) : 0; break;
    case CmpOp::Gt: r = la > lb ? all_contained_in(rt, b, a) : 0; break;
    case CmpOp::Ge: r = la >= lb ? all_contained_in(rt, b, a) : 0; break;
    default: return not_impl(rt);
  }
  if (r < 0) return Value::null();
  return rt.boolean(r == 1);
}

int dict_view_eq(Runtime& rt, DictView* v, Value other) {
  Value self = Value::object(v);
  Value r = dict_view_compare(rt, CmpOp::Eq, self, other);
  if (r.is_null()) return -1;
  if (r.is(not_impl(rt))) return -2;
  return r.is(rt.True()) ? 1 : 0;
}

// _PyDictView_Intersect
static Value view_intersect(Runtime& rt, Value self, Value other) {
  if (!is_setlike_view(self)) std::swap(self, other);
  std::int64_t len_self = static_cast<std::int64_t>(self.as<DictView>()->dict->used);
  if (is_kind(other, ObjKind::Set) && other.obj()->type == rt.types.set &&
      len_self <= static_cast<std::int64_t>(other.as<Set>()->used)) {
    Set* r = set_intersection(rt, other.as<Set>(), self);
    return r ? Value::object(r) : Value::null();
  }
  if (is_setlike_view(other) &&
      static_cast<std::int64_t>(other.as<DictView>()->dict->used) > len_self)
    std::swap(self, other);
  Set* result = new_set(rt, false);
  Root keep_r(rt, Value::object(result));
  Root keep_self(rt, self);
  Value it = ops::iter(rt, other);
  if (it.is_null()) return Value::null();
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return Value::null();
    if (x.is_stop()) return Value::object(result);
    int c = dict_view_contains(rt, keep_self.get().as<DictView>(), x);
    if (c < 0) return Value::null();
    if (c && set_add(rt, result, x) < 0) return Value::null();
  }
}

Value dict_view_binary(Runtime& rt, BinOp op, Value a, Value b) {
  if (!is_setlike_view(a) && !is_setlike_view(b)) return not_impl(rt);
  if (op == BinOp::And) return view_intersect(rt, a, b);
  if (op != BinOp::Or && op != BinOp::Sub && op != BinOp::Xor) return not_impl(rt);
  Set* result = set_from_iterable(rt, a, false);
  if (!result) return Value::null();
  Root keep(rt, Value::object(result));
  bool ok = op == BinOp::Or    ? set_update(rt, result, b)
            : op == BinOp::Sub ? set_difference_update(rt, result, b)
                               : set_symmetric_difference_update(rt, result, b);
  return ok ? Value::object(result) : Value::null();
}

static Value view_isdisjoint(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "isdisjoint", 1)) return Value::null();
  Value it = ops::iter(rt, a[1]);
  if (it.is_null()) return Value::null();
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return Value::null();
    if (x.is_stop()) return rt.True();
    int c = dict_view_contains(rt, a[0].as<DictView>(), x);
    if (c < 0) return Value::null();
    if (c) return rt.False();
  }
}

void install_dict_view_methods(Runtime& rt) {
  add_method(rt, rt.types.dict_keys, "isdisjoint", view_isdisjoint);
  add_method(rt, rt.types.dict_items, "isdisjoint", view_isdisjoint);
}

}  // namespace stk
