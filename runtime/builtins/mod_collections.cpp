// The `collections` module: deque. A deque is an object with the List layout
// (ObjKind::List, so len, iteration, `in`, reversed, list() and unpacking take
// the list fast paths) and its own type `collections.deque`, whose natives the
// generic container code defers to for what differs from list: repr, indexing
// errors, + and * (objects/containers.cpp). maxlen lives in Obj::aux: 0 = None,
// else maxlen + 1.
// popleft/appendleft are O(n) on the vector; fine for the program sizes we run.
#include <algorithm>

#include "builtins/modules.hpp"
#include "objects/number.hpp"

namespace stk {

namespace {

bool has_maxlen(List* d) { return d->aux != 0; }
std::size_t maxlen_of(List* d) { return d->aux - 1; }

List* self_deque(const ArgView& a) { return a[0].as<List>(); }

// Drops items from the side opposite to where they were added, to respect maxlen.
void trim_left(List* d) {
  if (has_maxlen(d) && d->items.size() > maxlen_of(d))
    d->items.erase(d->items.begin(), d->items.begin() + static_cast<std::ptrdiff_t>(d->items.size() - maxlen_of(d)));
}
void trim_right(List* d) {
  if (has_maxlen(d) && d->items.size() > maxlen_of(d)) d->items.resize(maxlen_of(d));
}

void push_right(Runtime& rt, List* d, Value x) {
  if (has_maxlen(d) && maxlen_of(d) == 0) return;
  std::size_t cap = d->items.capacity();
  d->items.push_back(x);
  list_account(rt, d, cap);
  trim_left(d);
}

void push_left(Runtime& rt, List* d, Value x) {
  if (has_maxlen(d) && maxlen_of(d) == 0) return;
  std::size_t cap = d->items.capacity();
  d->items.insert(d->items.begin(), x);
  list_account(rt, d, cap);
  trim_right(d);
}

List* new_deque(Runtime& rt, Type* type, std::uint32_t aux) {
  List* d = rt.heap.alloc<List>(type, ObjKind::List);
  d->aux = aux;
  return d;
}

Value deque_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_kwnames(rt, a, {"iterable", "maxlen"}, "deque")) return Value::null();
  if (a.npos + a.nkw() > 2)
    return rt.raise_type_error("deque() takes at most 2 arguments (" + std::to_string(a.npos + a.nkw()) +
                               " given)");
  Value iterable = a.npos > 0 ? a[0] : find_kwarg(a, "iterable");
  Value maxlen = a.npos > 1 ? a[1] : find_kwarg(a, "maxlen");
  std::uint32_t aux = 0;
  if (maxlen && !maxlen.is(rt.None())) {
    if (!is_int(maxlen)) return rt.raise_type_error("an integer is required");
    std::int64_t n;
    if (!int_arg(rt, maxlen, &n)) return Value::null();
    if (n < 0) return rt.raise_value_error("maxlen must be non-negative");
    if (n >= UINT32_MAX) return rt.raise(rt.exc.OverflowError, "maxlen is too large");
    aux = static_cast<std::uint32_t>(n + 1);
  }
  List* d = new_deque(rt, type, aux);
  if (iterable) {
    Root keep(rt, Value::object(d));
    if (!extend_list_from_iterable(rt, d, iterable)) return Value::null();
    trim_left(d);
  }
  return Value::object(d);
}

Value deque_repr(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.__repr__", 1)) return Value::null();
  List* d = self_deque(a);
  if (!repr_enter(d)) return Value::object(rt.new_str("[...]"));
  // The items print as a list would; `d` stays entered so a deque inside
  // itself prints as [...].
  List* tmp = rt.new_list();
  tmp->items = d->items;
  Root keep(rt, Value::object(tmp));
  std::string out = "deque(";
  bool ok = ops::repr_into(rt, Value::object(tmp), out);
  repr_leave(d);
  if (!ok) return Value::null();
  if (has_maxlen(d)) out += ", maxlen=" + std::to_string(maxlen_of(d));
  out += ")";
  return Value::object(rt.new_str(out));
}

Value deque_append(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.append", 1)) return Value::null();
  push_right(rt, self_deque(a), a[1]);
  return rt.None();
}

Value deque_appendleft(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.appendleft", 1)) return Value::null();
  push_left(rt, self_deque(a), a[1]);
  return rt.None();
}

Value deque_pop(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.pop", 1)) return Value::null();
  List* d = self_deque(a);
  if (d->items.empty()) return rt.raise(rt.exc.IndexError, "pop from an empty deque");
  Value x = d->items.back();
  d->items.pop_back();
  return x;
}

Value deque_popleft(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.popleft", 1)) return Value::null();
  List* d = self_deque(a);
  if (d->items.empty()) return rt.raise(rt.exc.IndexError, "pop from an empty deque");
  Value x = d->items.front();
  d->items.erase(d->items.begin());
  return x;
}

// Items of `iterable` as a list (a copy when it is the deque itself).
List* items_of(Runtime& rt, Value iterable) { return list_from_iterable(rt, iterable); }

Value deque_extend(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.extend", 1)) return Value::null();
  List* src = items_of(rt, a[1]);
  if (!src) return Value::null();
  List* d = self_deque(a);
  for (Value x : src->items) push_right(rt, d, x);
  return rt.None();
}

Value deque_extendleft(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.extendleft", 1)) return Value::null();
  List* src = items_of(rt, a[1]);
  if (!src) return Value::null();
  List* d = self_deque(a);
  for (Value x : src->items) push_left(rt, d, x);
  return rt.None();
}

Value deque_rotate(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "deque.rotate") || !check_nargs(rt, a, "rotate", 0, 1, 1)) return Value::null();
  std::int64_t n = 1;
  if (a.npos == 2 && !int_arg(rt, a[1], &n)) return Value::null();
  auto& items = self_deque(a)->items;
  std::int64_t len = static_cast<std::int64_t>(items.size());
  if (len <= 1) return rt.None();
  n %= len;
  if (n < 0) n += len;
  std::rotate(items.begin(), items.end() - n, items.end());
  return rt.None();
}

Value deque_clear(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.clear", 1)) return Value::null();
  self_deque(a)->items.clear();
  return rt.None();
}

Value deque_copy(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.copy", 1)) return Value::null();
  List* d = self_deque(a);
  List* c = new_deque(rt, d->type, d->aux);
  c->items = d->items;
  list_account(rt, c, 0);
  return Value::object(c);
}

Value deque_reverse(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "deque.reverse", 1)) return Value::null();
  auto& items = self_deque(a)->items;
  std::reverse(items.begin(), items.end());
  return rt.None();
}

Value deque_count(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.count", 1)) return Value::null();
  Root keep(rt, a[0]);
  List* d = self_deque(a);
  std::int64_t n = 0;
  for (std::size_t i = 0; i < d->items.size(); ++i) {
    int r = ops::eq(rt, d->items[i], a[1]);
    if (r < 0) return Value::null();
    n += r;
  }
  return make_int(rt, n);
}

// Position of the first item equal to `x` in [start, stop), -1 if none, -2 on error.
std::int64_t find(Runtime& rt, List* d, Value x, std::int64_t start, std::int64_t stop) {
  for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(d->items.size()); ++i) {
    int r = ops::eq(rt, d->items[static_cast<std::size_t>(i)], x);
    if (r < 0) return -2;
    if (r) return i;
  }
  return -1;
}

Value not_in_deque(Runtime& rt, Value x) {
  std::string msg;
  if (!ops::repr_into(rt, x, msg)) return Value::null();
  return rt.raise_value_error(msg + " is not in deque");
}

Value deque_index(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "index") || !check_nargs(rt, a, "index", 1, 3, 1)) return Value::null();
  List* d = self_deque(a);
  std::int64_t len = static_cast<std::int64_t>(d->items.size());
  std::int64_t start = 0, stop = len;
  if (a.npos > 2 && !clamped_index_arg(rt, a[2], &start)) return Value::null();
  if (a.npos > 3 && !clamped_index_arg(rt, a[3], &stop)) return Value::null();
  if (start < 0) start = std::max<std::int64_t>(0, start + len);
  if (stop < 0) stop = std::max<std::int64_t>(0, stop + len);
  Root keep(rt, a[0]);
  std::int64_t i = find(rt, d, a[1], start, stop);
  if (i == -2) return Value::null();
  if (i < 0) return not_in_deque(rt, a[1]);
  return make_int(rt, i);
}

Value deque_remove(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.remove", 1)) return Value::null();
  List* d = self_deque(a);
  Root keep(rt, a[0]);
  std::int64_t i = find(rt, d, a[1], 0, static_cast<std::int64_t>(d->items.size()));
  if (i == -2) return Value::null();
  if (i < 0) return not_in_deque(rt, a[1]);
  d->items.erase(d->items.begin() + i);
  return rt.None();
}

Value deque_insert(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "insert")) return Value::null();
  if (a.npos != 3)
    return rt.raise_type_error("insert() takes exactly 2 arguments (" + std::to_string(a.npos - 1) + " given)");
  List* d = self_deque(a);
  std::int64_t i;
  if (!clamped_index_arg(rt, a[1], &i)) return Value::null();
  if (has_maxlen(d) && d->items.size() >= maxlen_of(d))
    return rt.raise(rt.exc.IndexError, "deque already at its maximum size");
  std::int64_t len = static_cast<std::int64_t>(d->items.size());
  if (i < 0) i = std::max<std::int64_t>(0, i + len);
  if (i > len) i = len;
  d->items.insert(d->items.begin() + i, a[2]);
  return rt.None();
}

// d[i]: ints only (no slices), "deque index out of range".
Value deque_getitem(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.__getitem__", 1)) return Value::null();
  List* d = self_deque(a);
  if (!is_int(a[1]))
    return rt.raise_type_error("sequence index must be integer, not '" + ops::type_name(rt, a[1]) + "'");
  std::int64_t i;
  std::int64_t len = static_cast<std::int64_t>(d->items.size());
  if (!int_to_i64(a[1], &i)) return rt.raise(rt.exc.IndexError, "cannot fit 'int' into an index-sized integer");
  if (i < 0) i += len;
  if (i < 0 || i >= len) return rt.raise(rt.exc.IndexError, "deque index out of range");
  return d->items[static_cast<std::size_t>(i)];
}

Value deque_add(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.__add__", 1)) return Value::null();
  List* d = self_deque(a);
  if (!is_kind(a[1], ObjKind::List) || a[1].obj()->type != d->type)
    return rt.raise_type_error("can only concatenate deque (not \"" + ops::type_name(rt, a[1]) + "\") to deque");
  List* r = new_deque(rt, d->type, d->aux);
  r->items = d->items;
  for (Value x : a[1].as<List>()->items) push_right(rt, r, x);
  return Value::object(r);
}

Value deque_mul(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "deque.__mul__", 1)) return Value::null();
  List* d = self_deque(a);
  if (!is_int(a[1]))
    return rt.raise_type_error("can't multiply sequence by non-int of type '" + ops::type_name(rt, a[1]) + "'");
  std::int64_t n;
  if (!int_arg(rt, a[1], &n)) return Value::null();
  List* r = new_deque(rt, d->type, d->aux);
  for (std::int64_t k = 0; k < n; ++k)
    for (Value x : d->items) push_right(rt, r, x);
  return Value::object(r);
}

}  // namespace

Module* make_collections_module(Runtime& rt) {
  Module* m = rt.new_module("collections");
  Type* t = rt.new_type("collections.deque", rt.types.object, ObjKind::List, deque_new, Type::kBuiltin);
  struct Fn {
    const char* name;
    NativeFnPtr fn;
  };
  const Fn methods[] = {
      {"append", deque_append},   {"appendleft", deque_appendleft}, {"pop", deque_pop},
      {"popleft", deque_popleft}, {"extend", deque_extend},         {"extendleft", deque_extendleft},
      {"rotate", deque_rotate},   {"clear", deque_clear},           {"copy", deque_copy},
      {"reverse", deque_reverse}, {"count", deque_count},           {"index", deque_index},
      {"remove", deque_remove},   {"insert", deque_insert},         {"__repr__", deque_repr},
      {"__getitem__", deque_getitem}, {"__add__", deque_add},       {"__mul__", deque_mul},
  };
  for (const Fn& f : methods) add_method(rt, t, f.name, f.fn);
  dict_set_str(rt, m->dict, rt.intern("deque"), Value::object(t));
  return m;
}

}  // namespace stk
