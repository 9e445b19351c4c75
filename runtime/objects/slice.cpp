// slice objects: creation, repr, slice(), slice.indices(), and slice_indices —
// CPython's PySlice_GetIndicesEx (unpack with clamping of huge ints, then
// adjust against a length), which every sequence's slicing goes through.
// Invariant: omitted parts are stored as None, never null.
#include <gmp.h>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"

namespace stk {

Value new_slice(Runtime& rt, Value start, Value stop, Value step) {
  Slice* s = rt.heap.alloc<Slice>(rt.types.slice, ObjKind::Slice);
  s->start = start.is_null() ? rt.None() : start;
  s->stop = stop.is_null() ? rt.None() : stop;
  s->step = step.is_null() ? rt.None() : step;
  return Value::object(s);
}

bool slice_repr(Runtime& rt, Slice* s, std::string& out) {
  out += "slice(";
  if (!ops::repr_into(rt, s->start, out)) return false;
  out += ", ";
  if (!ops::repr_into(rt, s->stop, out)) return false;
  out += ", ";
  if (!ops::repr_into(rt, s->step, out)) return false;
  out += ')';
  return true;
}

// _PyEval_SliceIndex: ints saturate to the int64 range.
static bool slice_index(Runtime& rt, Value v, std::int64_t* out) {
  int r = as_int64(v, out);
  if (r == 1) return true;
  if (r == -1) {
    *out = mpz_sgn(v.as<BigInt>()->z) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  rt.raise_type_error("slice indices must be integers or None or have an __index__ method");
  return false;
}

bool slice_indices(Runtime& rt, Slice* s, std::int64_t length, std::int64_t* start,
                   std::int64_t* stop, std::int64_t* step, std::int64_t* slicelength) {
  Value none = rt.None();
  if (s->step.is(none)) {
    *step = 1;
  } else {
    if (!slice_index(rt, s->step, step)) return false;
    if (*step == 0) {
      rt.raise_value_error("slice step cannot be zero");
      return false;
    }
    if (*step < -INT64_MAX) *step = -INT64_MAX;
  }
  if (s->start.is(none)) {
    *start = *step < 0 ? INT64_MAX : 0;
  } else if (!slice_index(rt, s->start, start)) {
    return false;
  }
  if (s->stop.is(none)) {
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
  } else if (!slice_index(rt, s->stop, stop)) {
    return false;
  }
  auto adjust = [&](std::int64_t* p) {
    if (*p < 0) {
      *p += length;
      if (*p < 0) *p = *step < 0 ? -1 : 0;
    } else if (*p >= length) {
      *p = *step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  if (*step < 0) {
    *slicelength = *stop < *start ? (*start - *stop - 1) / (-*step) + 1 : 0;
  } else {
    *slicelength = *start < *stop ? (*stop - *start - 1) / *step + 1 : 0;
  }
  return true;
}

static Value slice_indices_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "slice.indices", 1)) return Value::null();
  std::int64_t length;
  if (!int_arg(rt, a[1], &length)) return Value::null();
  if (length < 0) return rt.raise_value_error("length should not be negative");
  std::int64_t start, stop, step, len;
  if (!slice_indices(rt, a[0].as<Slice>(), length, &start, &stop, &step, &len))
    return Value::null();
  Value items[3] = {make_int(rt, start), make_int(rt, stop), make_int(rt, step)};
  return Value::object(tuple_from(rt, items, 3));
}

static Value slice_new(Runtime& rt, Type*, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "slice") || !check_nargs(rt, a, "slice", 1, 3)) return Value::null();
  if (a.npos == 1) return new_slice(rt, Value::null(), a[0], Value::null());
  return new_slice(rt, a[0], a[1], a.npos == 3 ? a[2] : Value::null());
}

void install_slice_methods(Runtime& rt) {
  rt.types.slice->newfn = slice_new;
  add_method(rt, rt.types.slice, "indices", slice_indices_method);
}

}  // namespace stk
