// list: creation, repr (`[[...]]` for recursion), indexing and slice
// assignment/deletion (CPython's list_ass_subscript rules), + and * (in place
// too), the list methods except sort (list_sort.cpp), and list().
// Invariant: anything that may run Python code (__eq__, iteration of a
// generator) re-reads `items` afterwards: the vector may have been resized.
#include <algorithm>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

List* Runtime::new_list(std::size_t reserve) {
  List* l = heap.alloc<List>(types.list, ObjKind::List);
  if (reserve) {
    l->items.reserve(reserve);
    heap.account(static_cast<std::ptrdiff_t>(reserve * sizeof(Value)));
  }
  return l;
}

void list_account(Runtime& rt, List* l, std::size_t old_capacity) {
  if (l->items.capacity() > old_capacity)
    rt.heap.account(static_cast<std::ptrdiff_t>((l->items.capacity() - old_capacity) * sizeof(Value)));
}

bool list_repr(Runtime& rt, List* l, std::string& out) {
  if (l->items.empty()) {
    out += "[]";
    return true;
  }
  if (!repr_enter(l)) {
    out += "[...]";
    return true;
  }
  out += '[';
  for (std::size_t i = 0; i < l->items.size(); ++i) {
    if (i) out += ", ";
    if (!ops::repr_into(rt, l->items[i], out)) {
      repr_leave(l);
      return false;
    }
  }
  out += ']';
  repr_leave(l);
  return true;
}

bool extend_list_from_iterable(Runtime& rt, List* out, Value iterable) {
  std::size_t cap = out->items.capacity();
  if (is_kind(iterable, ObjKind::List)) {
    std::vector<Value> copy = iterable.as<List>()->items;  // `out` may be the same list
    out->items.insert(out->items.end(), copy.begin(), copy.end());
  } else if (is_kind(iterable, ObjKind::Tuple)) {
    Tuple* t = iterable.as<Tuple>();
    out->items.insert(out->items.end(), t->items(), t->items() + t->size);
  } else if (is_kind(iterable, ObjKind::Range)) {
    Range* r = iterable.as<Range>();
    out->items.reserve(out->items.size() + static_cast<std::size_t>(r->length));
    std::int64_t v = r->start;
    for (std::int64_t i = 0; i < r->length; ++i, v += r->step) out->items.push_back(make_int(rt, v));
  } else {
    Root keep_out(rt, Value::object(out));
    Value it = ops::iter(rt, iterable);
    if (it.is_null()) return false;
    Root keep_it(rt, it);
    for (;;) {
      Value x = ops::next(rt, it);
      if (x.is_null()) return false;
      if (x.is_stop()) break;
      out->items.push_back(x);
    }
  }
  list_account(rt, out, cap);
  return true;
}

List* list_from_iterable(Runtime& rt, Value iterable) {
  List* l = rt.new_list();
  if (!extend_list_from_iterable(rt, l, iterable)) return nullptr;
  return l;
}

// PySequence_Fast: a list of the items, with `message` replacing the TypeError
// of a non-iterable.
static List* sequence_fast(Runtime& rt, Value v, const char* message) {
  if (!is_kind(v, ObjKind::List) && !is_kind(v, ObjKind::Tuple)) {
    Value it = ops::iter(rt, v);
    if (it.is_null()) {
      if (rt.exception_matches(rt.pending_exc, rt.exc.TypeError)) {
        rt.pending_exc = Value::null();
        rt.raise_type_error(message);
      }
      return nullptr;
    }
    return list_from_iterable(rt, it);
  }
  return list_from_iterable(rt, v);
}

Value list_getitem(Runtime& rt, List* l, Value key) {
  if (key.is_small()) {
    std::int64_t i = key.small_value();
    auto n = static_cast<std::int64_t>(l->items.size());
    if (i < 0) i += n;
    if (i < 0 || i >= n) return rt.raise(rt.exc.IndexError, "list index out of range");
    return l->items[static_cast<std::size_t>(i)];
  }
  if (is_kind(key, ObjKind::Slice)) {
    std::int64_t start, stop, step, len;
    if (!slice_indices(rt, key.as<Slice>(), static_cast<std::int64_t>(l->items.size()), &start,
                       &stop, &step, &len))
      return Value::null();
    List* r = rt.new_list(static_cast<std::size_t>(len));
    if (step == 1) {
      r->items.assign(l->items.begin() + start, l->items.begin() + start + len);
    } else {
      for (std::int64_t i = 0, j = start; i < len; ++i, j += step) r->items.push_back(l->items[j]);
    }
    return Value::object(r);
  }
  std::int64_t i;
  if (!seq_index(rt, key, "list", &i)) return Value::null();
  auto n = static_cast<std::int64_t>(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return rt.raise(rt.exc.IndexError, "list index out of range");
  return l->items[static_cast<std::size_t>(i)];
}

// list_ass_slice: a[lo:hi] = v (v null: delete).
static bool list_assign_simple_slice(Runtime& rt, List* l, std::int64_t lo, std::int64_t hi,
                                     Value v) {
  List* src = nullptr;
  if (!v.is_null()) {
    src = sequence_fast(rt, v, "can only assign an iterable");
    if (!src) return false;
  }
  auto n = static_cast<std::int64_t>(l->items.size());
  lo = std::clamp<std::int64_t>(lo, 0, n);
  hi = std::clamp<std::int64_t>(hi, lo, n);
  std::size_t cap = l->items.capacity();
  l->items.erase(l->items.begin() + lo, l->items.begin() + hi);
  if (src) l->items.insert(l->items.begin() + lo, src->items.begin(), src->items.end());
  list_account(rt, l, cap);
  return true;
}

static bool list_assign_slice(Runtime& rt, List* l, Slice* s, Value v) {
  std::int64_t start, stop, step, len;
  if (!slice_indices(rt, s, static_cast<std::int64_t>(l->items.size()), &start, &stop, &step, &len))
    return false;
  if (step == 1) return list_assign_simple_slice(rt, l, start, stop, v);
  if (v.is_null()) {
    if (len <= 0) return true;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (len - 1) - 1;
      step = -step;
    }
    std::vector<Value> kept;
    kept.reserve(l->items.size() - static_cast<std::size_t>(len));
    for (std::int64_t i = 0; i < static_cast<std::int64_t>(l->items.size()); ++i) {
      bool removed = i >= start && i < start + step * len && (i - start) % step == 0;
      if (!removed) kept.push_back(l->items[i]);
    }
    l->items.swap(kept);
    return true;
  }
  List* src = sequence_fast(rt, v, "must assign iterable to extended slice");
  if (!src) return false;
  if (static_cast<std::int64_t>(src->items.size()) != len) {
    rt.raise_value_error("attempt to assign sequence of size " + std::to_string(src->items.size()) +
                         " to extended slice of size " + std::to_string(len));
    return false;
  }
  for (std::int64_t i = 0, j = start; i < len; ++i, j += step) l->items[j] = src->items[i];
  return true;
}

bool list_setitem(Runtime& rt, List* l, Value key, Value value) {
  if (is_kind(key, ObjKind::Slice)) return list_assign_slice(rt, l, key.as<Slice>(), value);
  std::int64_t i;
  if (!seq_index(rt, key, "list", &i)) return false;
  auto n = static_cast<std::int64_t>(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    rt.raise(rt.exc.IndexError, "list assignment index out of range");
    return false;
  }
  l->items[static_cast<std::size_t>(i)] = value;
  return true;
}

bool list_delitem(Runtime& rt, List* l, Value key) {
  if (is_kind(key, ObjKind::Slice)) return list_assign_slice(rt, l, key.as<Slice>(), Value::null());
  std::int64_t i;
  if (!seq_index(rt, key, "list", &i)) return false;
  auto n = static_cast<std::int64_t>(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    rt.raise(rt.exc.IndexError, "list assignment index out of range");
    return false;
  }
  l->items.erase(l->items.begin() + i);
  return true;
}

Value list_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (op == BinOp::Add) {
    if (!is_kind(a, ObjKind::List)) return not_impl(rt);
    List* x = a.as<List>();
    if (inplace) {
      if (!extend_list_from_iterable(rt, x, b)) return Value::null();
      return a;
    }
    if (!is_kind(b, ObjKind::List)) {
      if (is_kind(b, ObjKind::Instance)) return not_impl(rt);
      return rt.raise_type_error("can only concatenate list (not \"" + ops::type_name(rt, b) +
                                 "\") to list");
    }
    List* y = b.as<List>();
    List* r = rt.new_list(x->items.size() + y->items.size());
    r->items.insert(r->items.end(), x->items.begin(), x->items.end());
    r->items.insert(r->items.end(), y->items.begin(), y->items.end());
    return Value::object(r);
  }
  if (op == BinOp::Mul) {
    Value seq = is_kind(a, ObjKind::List) ? a : b;
    Value nv = seq.is(a) ? b : a;
    std::int64_t n;
    int rc = repeat_count(rt, nv, &n);
    if (rc < 0) return Value::null();
    if (rc == 0) {
      if (is_kind(nv, ObjKind::Instance)) return not_impl(rt);
      return rt.raise_type_error("can't multiply sequence by non-int of type '" +
                                 ops::type_name(rt, nv) + "'");
    }
    List* l = seq.as<List>();
    std::size_t size = l->items.size();
    if (size != 0 && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 40) / size)
      return rt.raise(rt.exc.MemoryError, "");
    if (inplace && seq.is(a)) {
      std::size_t cap = l->items.capacity();
      std::vector<Value> copy = l->items;
      l->items.clear();
      l->items.reserve(size * static_cast<std::size_t>(n));
      for (std::int64_t k = 0; k < n; ++k) l->items.insert(l->items.end(), copy.begin(), copy.end());
      list_account(rt, l, cap);
      return a;
    }
    List* r = rt.new_list(size * static_cast<std::size_t>(n));
    for (std::int64_t k = 0; k < n; ++k) r->items.insert(r->items.end(), l->items.begin(), l->items.end());
    return Value::object(r);
  }
  return not_impl(rt);
}

// ---- methods (a[0] is self) ----

static List* self_list(const ArgView& a) { return a[0].as<List>(); }

static Value list_append(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "list.append", 1)) return Value::null();
  List* l = self_list(a);
  std::size_t cap = l->items.capacity();
  l->items.push_back(a[1]);
  if (l->items.capacity() != cap) list_account(rt, l, cap);
  return rt.None();
}

static Value list_extend(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "list.extend", 1)) return Value::null();
  if (!extend_list_from_iterable(rt, self_list(a), a[1])) return Value::null();
  return rt.None();
}

static Value list_insert(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "insert") || !check_nargs(rt, a, "insert", 2, 2, 1))
    return Value::null();
  std::int64_t i;
  int r = as_int64(a[1], &i);
  if (r == 0) return rt.raise_type_error("'" + ops::type_name(rt, a[1]) +
                                         "' object cannot be interpreted as an integer");
  if (r < 0) i = mpz_sgn(a[1].as<BigInt>()->z) < 0 ? INT64_MIN : INT64_MAX;
  List* l = self_list(a);
  auto n = static_cast<std::int64_t>(l->items.size());
  if (i < 0) i = std::max<std::int64_t>(i + n, 0);
  if (i > n) i = n;
  std::size_t cap = l->items.capacity();
  l->items.insert(l->items.begin() + i, a[2]);
  list_account(rt, l, cap);
  return rt.None();
}

static Value list_pop(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "pop") || !check_nargs(rt, a, "pop", 0, 1, 1)) return Value::null();
  List* l = self_list(a);
  std::int64_t i = -1;
  if (a.npos > 1 && !int_arg(rt, a[1], &i)) return Value::null();
  if (l->items.empty()) return rt.raise(rt.exc.IndexError, "pop from empty list");
  auto n = static_cast<std::int64_t>(l->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) return rt.raise(rt.exc.IndexError, "pop index out of range");
  Value v = l->items[static_cast<std::size_t>(i)];
  l->items.erase(l->items.begin() + i);
  return v;
}

static Value list_remove(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "list.remove", 1)) return Value::null();
  List* l = self_list(a);
  for (std::size_t i = 0; i < l->items.size(); ++i) {
    Value x = l->items[i];
    int r = x.is(a[1]) ? 1 : ops::eq(rt, x, a[1]);
    if (r < 0) return Value::null();
    if (r) {
      if (i < l->items.size()) l->items.erase(l->items.begin() + static_cast<std::ptrdiff_t>(i));
      return rt.None();
    }
  }
  return rt.raise_value_error("list.remove(x): x not in list");
}

static Value list_index(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "index") || !check_nargs(rt, a, "index", 1, 3, 1))
    return Value::null();
  List* l = self_list(a);
  std::int64_t start = 0, stop = INT64_MAX;
  if (a.npos > 2 && !clamped_index_arg(rt, a[2], &start)) return Value::null();
  if (a.npos > 3 && !clamped_index_arg(rt, a[3], &stop)) return Value::null();
  auto n = static_cast<std::int64_t>(l->items.size());
  if (start < 0) start = std::max<std::int64_t>(start + n, 0);
  if (stop < 0) stop = std::max<std::int64_t>(stop + n, 0);
  for (std::int64_t i = start; i < stop && i < static_cast<std::int64_t>(l->items.size()); ++i) {
    Value x = l->items[static_cast<std::size_t>(i)];
    int r = x.is(a[1]) ? 1 : ops::eq(rt, x, a[1]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  std::string msg;
  if (!ops::repr_into(rt, a[1], msg)) return Value::null();
  return rt.raise_value_error(msg + " is not in list");
}

static Value list_count(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "list.count", 1)) return Value::null();
  List* l = self_list(a);
  std::int64_t n = 0;
  for (std::size_t i = 0; i < l->items.size(); ++i) {
    Value x = l->items[i];
    int r = x.is(a[1]) ? 1 : ops::eq(rt, x, a[1]);
    if (r < 0) return Value::null();
    n += r;
  }
  return Value::small(n);
}

static Value list_sort_method(Runtime& rt, const ArgView& a) {
  if (a.npos > 1) return rt.raise_type_error("sort() takes no positional arguments");
  if (!check_kwnames(rt, a, {"key", "reverse"}, "sort")) return Value::null();
  Value key = find_kwarg(a, "key");
  Value rev = find_kwarg(a, "reverse");
  bool reverse = false;
  if (!rev.is_null()) {
    std::int64_t r;
    if (!int_arg(rt, rev, &r)) return Value::null();
    reverse = r != 0;
  }
  if (!key.is_null() && key.is(rt.None())) key = Value::null();
  if (!list_sort(rt, self_list(a), key, reverse)) return Value::null();
  return rt.None();
}

static Value list_reverse(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "list.reverse", 1)) return Value::null();
  std::reverse(self_list(a)->items.begin(), self_list(a)->items.end());
  return rt.None();
}

static Value list_copy(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "list.copy", 1)) return Value::null();
  List* r = rt.new_list(self_list(a)->items.size());
  r->items = self_list(a)->items;
  return Value::object(r);
}

static Value list_clear(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "list.clear", 1)) return Value::null();
  self_list(a)->items.clear();
  return rt.None();
}

static Value list_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "list") || !check_nargs(rt, a, "list", 0, 1)) return Value::null();
  List* l = rt.new_list();
  l->type = type;
  if (a.npos == 1 && !extend_list_from_iterable(rt, l, a[0])) return Value::null();
  return Value::object(l);
}

void install_list_methods(Runtime& rt) {
  Type* t = rt.types.list;
  t->newfn = list_new;
  add_method(rt, t, "append", list_append);
  add_method(rt, t, "extend", list_extend);
  add_method(rt, t, "insert", list_insert);
  add_method(rt, t, "pop", list_pop);
  add_method(rt, t, "remove", list_remove);
  add_method(rt, t, "index", list_index);
  add_method(rt, t, "count", list_count);
  add_method(rt, t, "sort", list_sort_method);
  add_method(rt, t, "reverse", list_reverse);
  add_method(rt, t, "copy", list_copy);
  add_method(rt, t, "clear", list_clear);
}

}  // namespace stk
