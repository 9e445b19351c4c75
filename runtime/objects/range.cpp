// range: int64 start/stop/step with a precomputed length (arguments beyond
// int64 raise OverflowError, a documented limit), repr, ==, O(1) `in` and
// indexing, slicing to a new range, count/index and range().
// Invariant: `length` is exact and >= 0; every value the range yields fits int64.
#include "objects/container_internal.hpp"
#include "objects/int.hpp"

namespace stk {

// GCC/Clang extension; `__extension__` keeps -Wpedantic quiet.
__extension__ typedef __int128 i128;

static bool fits_int64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

static bool range_length(std::int64_t start, std::int64_t stop, std::int64_t step, i128* out) {
  i128 lo = start, hi = stop, st = step;
  if (st > 0 && lo < hi)
    *out = (hi - lo - 1) / st + 1;
  else if (st < 0 && lo > hi)
    *out = (lo - hi - 1) / (-st) + 1;
  else
    *out = 0;
  return fits_int64(*out);
}

Value new_range(Runtime& rt, std::int64_t start, std::int64_t stop, std::int64_t step) {
  i128 len;
  if (!range_length(start, stop, step, &len))
    return rt.raise(rt.exc.OverflowError, "Python int too large to convert to C ssize_t");
  Range* r = rt.heap.alloc<Range>(rt.types.range, ObjKind::Range);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = static_cast<std::int64_t>(len);
  return Value::object(r);
}

bool range_repr(Runtime&, Range* r, std::string& out) {
  out += "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  out += ')';
  return true;
}

Value range_compare(Runtime& rt, CmpOp op, Range* a, Range* b) {
  if (op != CmpOp::Eq && op != CmpOp::Ne) return not_impl(rt);
  bool eq = a->length == b->length &&
            (a->length == 0 || (a->start == b->start && (a->length == 1 || a->step == b->step)));
  return rt.boolean(eq == (op == CmpOp::Eq));
}

static Value range_item(Runtime& rt, Range* r, std::int64_t i) {
  return make_int(rt, static_cast<std::int64_t>(static_cast<i128>(r->start) +
                                                static_cast<i128>(i) * r->step));
}

Value range_getitem(Runtime& rt, Range* r, Value key) {
  if (is_kind(key, ObjKind::Slice)) {
    std::int64_t start, stop, step, len;
    if (!slice_indices(rt, key.as<Slice>(), r->length, &start, &stop, &step, &len))
      return Value::null();
    i128 nstart = static_cast<i128>(r->start) + static_cast<i128>(start) * r->step;
    i128 nstop = static_cast<i128>(r->start) + static_cast<i128>(stop) * r->step;
    i128 nstep = static_cast<i128>(step) * r->step;
    if (!fits_int64(nstart) || !fits_int64(nstop) || !fits_int64(nstep))
      return rt.raise(rt.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return new_range(rt, static_cast<std::int64_t>(nstart), static_cast<std::int64_t>(nstop),
                     static_cast<std::int64_t>(nstep));
  }
  std::int64_t i;
  if (!seq_index(rt, key, "range", &i)) return Value::null();
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) return rt.raise(rt.exc.IndexError, "range object index out of range");
  return range_item(rt, r, i);
}

// Position of the int `v` in the range, or -1.
static std::int64_t int_position(Range* r, std::int64_t v) {
  i128 d = static_cast<i128>(v) - r->start;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
  if (d % r->step != 0) return -1;
  return static_cast<std::int64_t>(d / r->step);
}

// Values other than ints: compare against every element (1.0 in range(3)).
static int linear_search(Runtime& rt, Range* r, Value item, std::int64_t* pos) {
  for (std::int64_t i = 0; i < r->length; ++i) {
    int c = ops::eq(rt, range_item(rt, r, i), item);
    if (c < 0) return -1;
    if (c) {
      *pos = i;
      return 1;
    }
  }
  return 0;
}

int range_contains(Runtime& rt, Range* r, Value item) {
  std::int64_t v;
  int k = as_int64(item, &v);
  if (k == 1) return int_position(r, v) >= 0 ? 1 : 0;
  if (k == -1) return 0;
  std::int64_t pos;
  return linear_search(rt, r, item, &pos);
}

static Value range_count(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "range.count", 1)) return Value::null();
  Range* r = a[0].as<Range>();
  std::int64_t v;
  int k = as_int64(a[1], &v);
  if (k == 1) return Value::small(int_position(r, v) >= 0 ? 1 : 0);
  if (k == -1) return Value::small(0);
  std::int64_t n = 0;
  for (std::int64_t i = 0; i < r->length; ++i) {
    int c = ops::eq(rt, range_item(rt, r, i), a[1]);
    if (c < 0) return Value::null();
    n += c;
  }
  return Value::small(n);
}

static Value range_index(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "range.index", 1)) return Value::null();
  Range* r = a[0].as<Range>();
  std::int64_t v, pos = -1;
  int k = as_int64(a[1], &v);
  if (k == 1) {
    pos = int_position(r, v);
  } else if (k == 0) {
    int c = linear_search(rt, r, a[1], &pos);
    if (c < 0) return Value::null();
    if (c == 0) pos = -1;
  }
  if (pos >= 0) return make_int(rt, pos);
  std::string msg;
  if (!ops::repr_into(rt, a[1], msg)) return Value::null();
  return rt.raise_value_error(msg + " is not in range");
}

static Value range_new(Runtime& rt, Type*, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "range") || !check_nargs(rt, a, "range", 1, 3)) return Value::null();
  std::int64_t v[3] = {0, 0, 1};
  for (std::size_t i = 0; i < a.npos; ++i)
    if (!int_arg(rt, a[i], &v[i])) return Value::null();
  if (a.npos == 1) return new_range(rt, 0, v[0], 1);
  if (a.npos == 3 && v[2] == 0) return rt.raise_value_error("range() arg 3 must not be zero");
  return new_range(rt, v[0], v[1], v[2]);
}

void install_range_methods(Runtime& rt) {
  Type* t = rt.types.range;
  t->newfn = range_new;
  add_method(rt, t, "count", range_count);
  add_method(rt, t, "index", range_index);
}

}  // namespace stk
