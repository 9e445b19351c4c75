// tuple: creation, repr, CPython 3.11's xxHash-based hash (sets of tuples of
// ints iterate in the oracle's order only if this is exact), lexicographic
// comparison (shared with lists), indexing, + and *, count/index, tuple().
// Invariant: a tuple's items are never null once it is visible to Python code.
#include <cstring>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

Tuple* Runtime::new_tuple(std::size_t n) {
  Tuple* t = heap.alloc<Tuple>(types.tuple, ObjKind::Tuple, n * sizeof(Value));
  t->size = n;
  for (std::size_t i = 0; i < n; ++i) new (&t->items()[i]) Value();
  return t;
}

bool tuple_repr(Runtime& rt, Tuple* t, std::string& out) {
  if (t->size == 0) {
    out += "()";
    return true;
  }
  if (!repr_enter(t)) {
    out += "(...)";
    return true;
  }
  out += '(';
  for (std::size_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    if (!ops::repr_into(rt, t->items()[i], out)) {
      repr_leave(t);
      return false;
    }
  }
  if (t->size == 1) out += ',';
  out += ')';
  repr_leave(t);
  return true;
}

bool tuple_hash(Runtime& rt, Tuple* t, std::int64_t* out) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr std::uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr std::uint64_t kPrime5 = 2870177450012600261ULL;
  std::uint64_t acc = kPrime5;
  for (std::size_t i = 0; i < t->size; ++i) {
    std::int64_t h;
    if (!ops::hash(rt, t->items()[i], &h)) return false;
    acc += static_cast<std::uint64_t>(h) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<std::uint64_t>(t->size) ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<std::uint64_t>(-1)) acc = 1546275796;
  *out = static_cast<std::int64_t>(acc);
  return true;
}

static bool cmp_result(std::size_t a, std::size_t b, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

Value seq_compare(Runtime& rt, CmpOp op, const Value* a, std::size_t na, const Value* b,
                  std::size_t nb) {
  if (na != nb && (op == CmpOp::Eq || op == CmpOp::Ne)) return rt.boolean(op == CmpOp::Ne);
  std::size_t i = 0;
  for (; i < na && i < nb; ++i) {
    if (a[i].is(b[i])) continue;
    int k = ops::eq(rt, a[i], b[i]);
    if (k < 0) return Value::null();
    if (!k) break;
  }
  if (i >= na || i >= nb) return rt.boolean(cmp_result(na, nb, op));
  if (op == CmpOp::Eq) return rt.False();
  if (op == CmpOp::Ne) return rt.True();
  return ops::compare(rt, op, a[i], b[i]);
}

int repeat_count(Runtime& rt, Value n, std::int64_t* out) {
  int r = as_int64(n, out);
  if (r == 0) return 0;
  if (r < 0) {
    rt.raise(rt.exc.OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  if (*out < 0) *out = 0;
  return 1;
}

// Too big to allocate: CPython raises MemoryError before trying.
static bool check_repeat_size(Runtime& rt, std::size_t size, std::int64_t n) {
  if (size != 0 && static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 40) / size) {
    rt.raise(rt.exc.MemoryError, "");
    return false;
  }
  return true;
}

Value tuple_getitem(Runtime& rt, Tuple* t, Value key) {
  if (is_kind(key, ObjKind::Slice)) {
    std::int64_t start, stop, step, len;
    if (!slice_indices(rt, key.as<Slice>(), static_cast<std::int64_t>(t->size), &start, &stop,
                       &step, &len))
      return Value::null();
    if (step == 1 && len == static_cast<std::int64_t>(t->size) && t->type == rt.types.tuple)
      return Value::object(t);
    Tuple* r = rt.new_tuple(static_cast<std::size_t>(len));
    for (std::int64_t i = 0, j = start; i < len; ++i, j += step) r->items()[i] = t->items()[j];
    return Value::object(r);
  }
  std::int64_t i;
  if (!seq_index(rt, key, "tuple", &i)) return Value::null();
  if (i < 0) i += static_cast<std::int64_t>(t->size);
  if (i < 0 || i >= static_cast<std::int64_t>(t->size))
    return rt.raise(rt.exc.IndexError, "tuple index out of range");
  return t->items()[i];
}

Value tuple_binary(Runtime& rt, BinOp op, Value a, Value b) {
  if (op == BinOp::Add) {
    if (!is_kind(a, ObjKind::Tuple)) return not_impl(rt);
    if (!is_kind(b, ObjKind::Tuple)) {
      if (is_kind(b, ObjKind::Instance)) return not_impl(rt);
      return rt.raise_type_error("can only concatenate tuple (not \"" + ops::type_name(rt, b) +
                                 "\") to tuple");
    }
    Tuple *x = a.as<Tuple>(), *y = b.as<Tuple>();
    if (y->size == 0 && x->type == rt.types.tuple) return a;
    if (x->size == 0 && y->type == rt.types.tuple) return b;
    Tuple* r = rt.new_tuple(x->size + y->size);
    std::memcpy(static_cast<void*>(r->items()), x->items(), x->size * sizeof(Value));
    std::memcpy(static_cast<void*>(r->items() + x->size), y->items(), y->size * sizeof(Value));
    return Value::object(r);
  }
  if (op == BinOp::Mul) {
    Value seq = is_kind(a, ObjKind::Tuple) ? a : b;
    Value nv = seq.is(a) ? b : a;
    std::int64_t n;
    int rc = repeat_count(rt, nv, &n);
    if (rc < 0) return Value::null();
    if (rc == 0) {
      if (is_kind(nv, ObjKind::Instance)) return not_impl(rt);
      return rt.raise_type_error("can't multiply sequence by non-int of type '" +
                                 ops::type_name(rt, nv) + "'");
    }
    Tuple* t = seq.as<Tuple>();
    if (n == 1 && t->type == rt.types.tuple) return seq;
    if (!check_repeat_size(rt, t->size, n)) return Value::null();
    Tuple* r = rt.new_tuple(t->size * static_cast<std::size_t>(n));
    for (std::int64_t k = 0; k < n; ++k)
      std::memcpy(static_cast<void*>(r->items() + k * t->size), t->items(), t->size * sizeof(Value));
    return Value::object(r);
  }
  return not_impl(rt);
}

// ---- methods ----

static Value tuple_count(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "tuple.count", 1)) return Value::null();
  Tuple* t = a[0].as<Tuple>();
  std::int64_t n = 0;
  for (std::size_t i = 0; i < t->size; ++i) {
    int r = ops::eq(rt, t->items()[i], a[1]);
    if (r < 0) return Value::null();
    n += r;
  }
  return Value::small(n);
}

static Value tuple_index(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "index") || !check_nargs(rt, a, "index", 1, 3, 1))
    return Value::null();
  Tuple* t = a[0].as<Tuple>();
  auto size = static_cast<std::int64_t>(t->size);
  std::int64_t start = 0, stop = size;
  if (a.npos > 2 && !clamped_index_arg(rt, a[2], &start)) return Value::null();
  if (a.npos > 3 && !clamped_index_arg(rt, a[3], &stop)) return Value::null();
  if (start < 0) start = std::max<std::int64_t>(start + size, 0);
  if (stop < 0) stop = std::max<std::int64_t>(stop + size, 0);
  for (std::int64_t i = start; i < stop && i < size; ++i) {
    int r = ops::eq(rt, t->items()[i], a[1]);
    if (r < 0) return Value::null();
    if (r) return Value::small(i);
  }
  return rt.raise_value_error("tuple.index(x): x not in tuple");
}

static Value tuple_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "tuple") || !check_nargs(rt, a, "tuple", 0, 1)) return Value::null();
  if (a.npos == 0) {
    Tuple* t = rt.new_tuple(0);
    t->type = type;
    return Value::object(t);
  }
  if (is_kind(a[0], ObjKind::Tuple) && a[0].obj()->type == rt.types.tuple && type == rt.types.tuple)
    return a[0];
  List* l = list_from_iterable(rt, a[0]);
  if (!l) return Value::null();
  Tuple* t = tuple_from(rt, l->items.data(), l->items.size());
  t->type = type;
  return Value::object(t);
}

void install_tuple_methods(Runtime& rt) {
  Type* t = rt.types.tuple;
  t->newfn = tuple_new;
  add_method(rt, t, "count", tuple_count);
  add_method(rt, t, "index", tuple_index);
}

}  // namespace stk
