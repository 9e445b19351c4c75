// The `itertools` module. count, islice, chain (and chain.from_iterable) and
// cycle are the builtin Iterator kinds of objects/iterators.cpp: this file gives
// their types a constructor, filling the fields as iterators.cpp documents.
// The others (repeat, accumulate, zip_longest, product, permutations,
// combinations, combinations_with_replacement, takewhile, dropwhile, filterfalse,
// starmap, compress, pairwise, groupby) are lazy "step" natives: a
// callable_iterator (IterKind::CallableSentinel) over a native bound to a state
// list, which returns the next item or raises StopIteration. The step native is
// its own sentinel, so no produced value can end the iteration early.
// groupby's groups are lists read eagerly (same results for the usual
// `for k, g in groupby(...)` uses; a group is not invalidated by advancing).
#include "builtins/modules.hpp"
#include "objects/number.hpp"

namespace stk {

namespace {

// ---- the builtin Iterator kinds ----

Value count_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_kwnames(rt, a, {"start", "step"}, "count")) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error("count() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  Value start = a.npos > 0 ? a[0] : find_kwarg(a, "start");
  Value step = a.npos > 1 ? a[1] : find_kwarg(a, "step");
  if (!start) start = Value::small(0);
  if (!step) step = Value::small(1);
  if (!is_number(start) || !is_number(step)) return rt.raise_type_error("a number is required");
  Iterator* it = new_iterator(rt, IterKind::Count, type);
  it->a = is_int(start) ? int_unary(rt, UnOp::Pos, start) : start;
  it->b = is_int(step) ? int_unary(rt, UnOp::Pos, step) : step;
  return Value::object(it);
}

// An islice bound: None -> `dflt`, else an int in [0, sys.maxsize]; false after ValueError.
bool islice_bound(Runtime& rt, Value v, std::int64_t dflt, const char* msg, std::int64_t* out) {
  if (v.is(rt.None())) {
    *out = dflt;
    return true;
  }
  std::int64_t n;
  if (!is_int(v) || !int_to_i64(v, &n) || n < 0) {
    rt.raise_value_error(msg);
    return false;
  }
  *out = n;
  return true;
}

Value islice_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "islice") || !check_nargs(rt, a, "islice", 2, 4)) return Value::null();
  static const char* kStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  static const char* kIndex = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  std::int64_t start = 0, stop = -1, step = 1;
  if (a.npos == 2) {
    if (!islice_bound(rt, a[1], -1, kStop, &stop)) return Value::null();
  } else {
    if (!islice_bound(rt, a[1], 0, kIndex, &start)) return Value::null();
    if (!islice_bound(rt, a[2], -1, kStop, &stop)) return Value::null();
    if (a.npos == 4) {
      std::int64_t s;
      if (!a[3].is(rt.None()) && (!is_int(a[3]) || !int_to_i64(a[3], &s) || s <= 0))
        return rt.raise_value_error("Step for islice() must be a positive integer or None.");
      if (!a[3].is(rt.None())) step = s;
    }
  }
  Value src = ops::iter(rt, a[0]);
  if (src.is_null()) return src;
  Iterator* it = new_iterator(rt, IterKind::Islice, type);
  it->a = src;
  it->i = start;
  it->j = stop;
  it->k = step;
  it->c = Value::small(0);
  return Value::object(it);
}

Value chain_of(Runtime& rt, Type* type, Value iterables) {
  Value src = ops::iter(rt, iterables);
  if (src.is_null()) return src;
  Iterator* it = new_iterator(rt, IterKind::Chain, type);
  it->a = src;
  return Value::object(it);
}

Value chain_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "chain")) return Value::null();
  return chain_of(rt, type, Value::object(tuple_from(rt, a.pos, a.npos)));
}

Value chain_from_iterable(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "chain.from_iterable")) return Value::null();
  return chain_of(rt, rt.types.iterators[static_cast<int>(IterKind::Chain)], a[0]);
}

Value cycle_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "cycle") || !check_nargs(rt, a, "cycle", 1, 1)) return Value::null();
  Value src = ops::iter(rt, a[0]);
  if (src.is_null()) return src;
  Root keep(rt, src);
  List* saved = rt.new_list();
  Iterator* it = new_iterator(rt, IterKind::Cycle, type);
  it->a = src;
  it->b = Value::object(saved);
  it->i = 0;
  return Value::object(it);
}

// ---- lazy step iterators ----

// Wraps `step` bound to `state` in a callable_iterator that stops on StopIteration.
Value lazy_iterator(Runtime& rt, const char* name, NativeFnPtr step, List* state) {
  NativeFn* fn = rt.new_native(name, step, Value::object(state));
  Iterator* it = new_iterator(rt, IterKind::CallableSentinel);
  it->a = Value::object(fn);
  it->b = Value::object(fn);
  return Value::object(it);
}

// A state list of `n` slots, all None.
List* new_state(Runtime& rt, std::size_t n) {
  List* s = rt.new_list(n);
  s->items.assign(n, rt.None());
  return s;
}

Value done(Runtime& rt) { return rt.raise_stop_iteration(Value::null()); }

// next(it) for a step native: `stop` set on exhaustion (no exception pending).
Value next_or_stop(Runtime& rt, Value it, bool* stop) {
  Value x = ops::next(rt, it);
  *stop = x.is_stop();
  return x;
}

// Positional/keyword argument `i`/`name`, or null.
Value arg(const ArgView& a, std::size_t i, std::string_view name) {
  return a.npos > i ? a[i] : find_kwarg(a, name);
}

// repeat: [object, times left (None = forever)]
Value repeat_step(Runtime& rt, const ArgView& a) {
  auto& s = a[0].as<List>()->items;
  if (s[1].is(rt.None())) return s[0];
  std::int64_t left = s[1].small_value();
  if (left <= 0) return done(rt);
  s[1] = Value::small(left - 1);
  return s[0];
}

Value itertools_repeat(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"object", "times"}, "repeat")) return Value::null();
  if (a.npos + a.nkw() > 2)
    return rt.raise_type_error("repeat() takes at most 2 arguments (" + std::to_string(a.npos + a.nkw()) + " given)");
  Value obj = arg(a, 0, "object"), times = arg(a, 1, "times");
  if (!obj) return rt.raise_type_error("repeat() missing required argument 'object' (pos 1)");
  List* s = new_state(rt, 2);
  s->items[0] = obj;
  if (times) {
    std::int64_t n;
    if (!int_arg(rt, times, &n)) return Value::null();
    s->items[1] = Value::small(n < 0 ? 0 : n);
  }
  return lazy_iterator(rt, "repeat", repeat_step, s);
}

// accumulate: [source, total, func (None = +), phase: 0 initial pending, 1 first, 2 running]
Value accumulate_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  std::int64_t phase = st->items[3].small_value();
  if (phase == 0) {
    st->items[3] = Value::small(2);
    return st->items[1];
  }
  bool stop;
  Value x = next_or_stop(rt, st->items[0], &stop);
  if (x.is_null()) return x;
  if (stop) return done(rt);
  if (phase == 1) {
    st->items[3] = Value::small(2);
    st->items[1] = x;
    return x;
  }
  Value total;
  if (st->items[2].is(rt.None())) {
    total = ops::binary(rt, BinOp::Add, st->items[1], x);
  } else {
    Value args[2] = {st->items[1], x};
    total = rt.call(st->items[2], args, 2);
  }
  if (total.is_null()) return total;
  st->items[1] = total;
  return total;
}

Value itertools_accumulate(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"iterable", "func", "initial"}, "accumulate")) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error("accumulate() takes at most 2 positional arguments (" + std::to_string(a.npos) + " given)");
  Value iterable = arg(a, 0, "iterable"), func = arg(a, 1, "func"), initial = find_kwarg(a, "initial");
  if (!iterable) return rt.raise_type_error("accumulate() missing required argument 'iterable' (pos 1)");
  Value src = ops::iter(rt, iterable);
  if (src.is_null()) return src;
  Root keep(rt, src);
  List* s = new_state(rt, 4);
  s->items[0] = src;
  if (func) s->items[2] = func;
  bool has_initial = initial && !initial.is(rt.None());
  if (has_initial) s->items[1] = initial;
  s->items[3] = Value::small(has_initial ? 0 : 1);
  return lazy_iterator(rt, "accumulate", accumulate_step, s);
}

// zip_longest: [tuple of iterators (an item is None once exhausted), fillvalue, active count]
Value zip_longest_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Tuple* its = st->items[0].as<Tuple>();
  std::int64_t active = st->items[2].small_value();
  if (its->size == 0 || active == 0) return done(rt);
  Tuple* result = rt.new_tuple(its->size);
  for (std::size_t i = 0; i < its->size; ++i) result->items()[i] = rt.None();
  Root keep(rt, Value::object(result));
  Root keep_st(rt, a[0]);
  for (std::size_t i = 0; i < its->size; ++i) {
    Value x = st->items[1];
    if (!its->items()[i].is(rt.None())) {
      bool stop;
      x = next_or_stop(rt, its->items()[i], &stop);
      if (x.is_null()) return x;
      if (stop) {
        its->items()[i] = rt.None();
        st->items[2] = Value::small(--active);
        if (active == 0) return done(rt);
        x = st->items[1];
      }
    }
    result->items()[i] = x;
  }
  return keep.get();
}

Value itertools_zip_longest(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"fillvalue"}, "zip_longest")) return Value::null();
  Value fill = find_kwarg(a, "fillvalue");
  Tuple* its = rt.new_tuple(a.npos);
  for (std::size_t i = 0; i < a.npos; ++i) its->items()[i] = rt.None();
  Root keep(rt, Value::object(its));
  for (std::size_t i = 0; i < a.npos; ++i) {
    Value it = ops::iter(rt, a[i]);
    if (it.is_null()) return it;
    its->items()[i] = it;
  }
  List* s = new_state(rt, 3);
  s->items[0] = Value::object(its);
  if (fill) s->items[1] = fill;
  s->items[2] = Value::small(static_cast<std::int64_t>(a.npos));
  return lazy_iterator(rt, "zip_longest", zip_longest_step, s);
}

// ---- combinatorics: state [pool tuple(s), indices list, cycles list, phase, r] ----
// phase: 0 first result pending, 1 running, 2 exhausted.

std::int64_t idx(const List* l, std::size_t i) { return l->items[i].small_value(); }
void set_idx(List* l, std::size_t i, std::int64_t v) { l->items[i] = Value::small(v); }

List* small_range(Runtime& rt, std::int64_t from, std::int64_t n, std::int64_t step = 1) {
  List* l = rt.new_list(static_cast<std::size_t>(n > 0 ? n : 0));
  for (std::int64_t i = 0; i < n; ++i) l->items.push_back(Value::small(from + i * step));
  return l;
}

// tuple(pool[i] for i in indices[:r])
Value pick(Runtime& rt, Tuple* pool, List* indices, std::int64_t r) {
  Tuple* t = rt.new_tuple(static_cast<std::size_t>(r));
  for (std::int64_t i = 0; i < r; ++i) t->items()[i] = pool->items()[idx(indices, static_cast<std::size_t>(i))];
  return Value::object(t);
}

Value product_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Tuple* pools = st->items[0].as<Tuple>();
  List* indices = st->items[1].as<List>();
  std::int64_t phase = st->items[3].small_value();
  std::size_t n = pools->size;
  if (phase == 2) return done(rt);
  if (phase == 0) {
    for (std::size_t i = 0; i < n; ++i)
      if (pools->items()[i].as<Tuple>()->size == 0) {
        st->items[3] = Value::small(2);
        return done(rt);
      }
    st->items[3] = Value::small(1);
  } else {
    // Odometer: advance the rightmost index that can move, reset those after it.
    std::size_t i = n;
    for (;;) {
      if (i == 0) {
        st->items[3] = Value::small(2);
        return done(rt);
      }
      --i;
      std::int64_t v = idx(indices, i) + 1;
      if (v < static_cast<std::int64_t>(pools->items()[i].as<Tuple>()->size)) {
        set_idx(indices, i, v);
        break;
      }
      set_idx(indices, i, 0);
    }
  }
  Tuple* t = rt.new_tuple(n);
  for (std::size_t i = 0; i < n; ++i) t->items()[i] = pools->items()[i].as<Tuple>()->items()[idx(indices, i)];
  return Value::object(t);
}

Tuple* tuple_of(Runtime& rt, Value iterable) {
  List* l = list_from_iterable(rt, iterable);
  if (!l) return nullptr;
  return tuple_from(rt, l->items.data(), l->items.size());
}

Value itertools_product(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"repeat"}, "product")) return Value::null();
  std::int64_t repeat = 1;
  Value vr = find_kwarg(a, "repeat");
  if (vr && !int_arg(rt, vr, &repeat)) return Value::null();
  if (repeat < 0) return rt.raise_value_error("repeat argument cannot be negative");
  List* pools = rt.new_list();
  Root keep(rt, Value::object(pools));
  for (std::size_t i = 0; i < a.npos; ++i) {
    Tuple* t = tuple_of(rt, a[i]);
    if (!t) return Value::null();
    pools->items.push_back(Value::object(t));
  }
  std::size_t base = pools->items.size();
  if (repeat == 0) pools->items.clear();
  for (std::int64_t r = 1; r < repeat; ++r)
    for (std::size_t i = 0; i < base; ++i) pools->items.push_back(pools->items[i]);
  List* s = new_state(rt, 5);
  s->items[0] = Value::object(tuple_from(rt, pools->items.data(), pools->items.size()));
  s->items[1] = Value::object(small_range(rt, 0, static_cast<std::int64_t>(pools->items.size()), 0));
  s->items[3] = Value::small(0);
  return lazy_iterator(rt, "product", product_step, s);
}

Value permutations_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Tuple* pool = st->items[0].as<Tuple>();
  List* indices = st->items[1].as<List>();
  List* cycles = st->items[2].as<List>();
  std::int64_t phase = st->items[3].small_value(), r = st->items[4].small_value();
  std::int64_t n = static_cast<std::int64_t>(pool->size);
  if (phase == 2) return done(rt);
  if (phase == 0) {
    if (r > n) {
      st->items[3] = Value::small(2);
      return done(rt);
    }
    st->items[3] = Value::small(1);
    return pick(rt, pool, indices, r);
  }
  if (n == 0) {
    st->items[3] = Value::small(2);
    return done(rt);
  }
  for (std::int64_t i = r - 1; i >= 0; --i) {
    std::size_t ui = static_cast<std::size_t>(i);
    set_idx(cycles, ui, idx(cycles, ui) - 1);
    if (idx(cycles, ui) == 0) {
      // indices[i:] = indices[i+1:] + indices[i:i+1]
      Value first = indices->items[ui];
      indices->items.erase(indices->items.begin() + i);
      indices->items.push_back(first);
      set_idx(cycles, ui, n - i);
    } else {
      std::int64_t j = idx(cycles, ui);
      std::swap(indices->items[ui], indices->items[static_cast<std::size_t>(n - j)]);
      return pick(rt, pool, indices, r);
    }
  }
  st->items[3] = Value::small(2);
  return done(rt);
}

// r argument: false after raising; `none_ok` allows None (-> `dflt`).
bool r_arg(Runtime& rt, Value v, std::int64_t dflt, std::int64_t* out) {
  if (!v || v.is(rt.None())) {
    *out = dflt;
    return true;
  }
  if (!int_arg(rt, v, out)) return false;
  if (*out < 0) {
    rt.raise_value_error("r must be non-negative");
    return false;
  }
  return true;
}

Value itertools_permutations(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"iterable", "r"}, "permutations")) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error("permutations() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  Value iterable = arg(a, 0, "iterable");
  if (!iterable) return rt.raise_type_error("permutations() missing required argument 'iterable' (pos 1)");
  Tuple* pool = tuple_of(rt, iterable);
  if (!pool) return Value::null();
  Root keep(rt, Value::object(pool));
  std::int64_t n = static_cast<std::int64_t>(pool->size), r;
  if (!r_arg(rt, arg(a, 1, "r"), n, &r)) return Value::null();
  List* s = new_state(rt, 5);
  s->items[0] = Value::object(pool);
  s->items[1] = Value::object(small_range(rt, 0, n));
  s->items[2] = Value::object(small_range(rt, n, r, -1));
  s->items[3] = Value::small(0);
  s->items[4] = Value::small(r);
  return lazy_iterator(rt, "permutations", permutations_step, s);
}

// combinations (with_replacement = false) and combinations_with_replacement.
Value combinations_step_impl(Runtime& rt, const ArgView& a, bool with_replacement) {
  List* st = a[0].as<List>();
  Tuple* pool = st->items[0].as<Tuple>();
  List* indices = st->items[1].as<List>();
  std::int64_t phase = st->items[3].small_value(), r = st->items[4].small_value();
  std::int64_t n = static_cast<std::int64_t>(pool->size);
  if (phase == 2) return done(rt);
  if (phase == 0) {
    if (with_replacement ? (n == 0 && r > 0) : r > n) {
      st->items[3] = Value::small(2);
      return done(rt);
    }
    st->items[3] = Value::small(1);
    return pick(rt, pool, indices, r);
  }
  std::int64_t i = r - 1;
  for (; i >= 0; --i) {
    std::int64_t limit = with_replacement ? n - 1 : i + n - r;
    if (idx(indices, static_cast<std::size_t>(i)) != limit) break;
  }
  if (i < 0) {
    st->items[3] = Value::small(2);
    return done(rt);
  }
  std::int64_t v = idx(indices, static_cast<std::size_t>(i)) + 1;
  for (std::int64_t j = i; j < r; ++j) set_idx(indices, static_cast<std::size_t>(j), with_replacement ? v : v + (j - i));
  return pick(rt, pool, indices, r);
}
Value combinations_step(Runtime& rt, const ArgView& a) { return combinations_step_impl(rt, a, false); }
Value combinations_wr_step(Runtime& rt, const ArgView& a) { return combinations_step_impl(rt, a, true); }

Value combinations_new(Runtime& rt, const ArgView& a, const char* name, bool with_replacement) {
  if (!check_kwnames(rt, a, {"iterable", "r"}, name)) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error(std::string(name) + "() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  Value iterable = arg(a, 0, "iterable"), vr = arg(a, 1, "r");
  if (!iterable) return rt.raise_type_error(std::string(name) + "() missing required argument 'iterable' (pos 1)");
  if (!vr) return rt.raise_type_error(std::string(name) + "() missing required argument 'r' (pos 2)");
  Tuple* pool = tuple_of(rt, iterable);
  if (!pool) return Value::null();
  Root keep(rt, Value::object(pool));
  std::int64_t r;
  if (!int_arg(rt, vr, &r)) return Value::null();
  if (r < 0) return rt.raise_value_error("r must be non-negative");
  List* s = new_state(rt, 5);
  s->items[0] = Value::object(pool);
  s->items[1] = Value::object(small_range(rt, 0, r, with_replacement ? 0 : 1));
  s->items[3] = Value::small(0);
  s->items[4] = Value::small(r);
  return lazy_iterator(rt, name, with_replacement ? combinations_wr_step : combinations_step, s);
}
Value itertools_combinations(Runtime& rt, const ArgView& a) { return combinations_new(rt, a, "combinations", false); }
Value itertools_combinations_wr(Runtime& rt, const ArgView& a) {
  return combinations_new(rt, a, "combinations_with_replacement", true);
}

// ---- predicate-driven: state [function, source iterator, flag] ----

// takewhile: flag 1 once the predicate failed.
Value takewhile_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  if (st->items[2].is(rt.True())) return done(rt);
  Root keep_st(rt, a[0]);
  bool stop;
  Value x = next_or_stop(rt, st->items[1], &stop);
  if (x.is_null()) return x;
  if (stop) return done(rt);
  Root keep(rt, x);
  Value ok = rt.call(st->items[0], &x, 1);
  if (ok.is_null()) return ok;
  int t = ops::truthy(rt, ok);
  if (t < 0) return Value::null();
  if (t) return keep.get();
  st->items[2] = rt.True();
  return done(rt);
}

// dropwhile: flag 1 once an item failed the predicate (then everything passes).
Value dropwhile_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  for (;;) {
    bool stop;
    Value x = next_or_stop(rt, st->items[1], &stop);
    if (x.is_null()) return x;
    if (stop) return done(rt);
    if (st->items[2].is(rt.True())) return x;
    Root keep(rt, x);
    Value ok = rt.call(st->items[0], &x, 1);
    if (ok.is_null()) return ok;
    int t = ops::truthy(rt, ok);
    if (t < 0) return Value::null();
    if (!t) {
      st->items[2] = rt.True();
      return keep.get();
    }
  }
}

// filterfalse: predicate None means truthiness.
Value filterfalse_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  for (;;) {
    bool stop;
    Value x = next_or_stop(rt, st->items[1], &stop);
    if (x.is_null()) return x;
    if (stop) return done(rt);
    Root keep(rt, x);
    Value ok = st->items[0].is(rt.None()) ? x : rt.call(st->items[0], &x, 1);
    if (ok.is_null()) return ok;
    int t = ops::truthy(rt, ok);
    if (t < 0) return Value::null();
    if (!t) return keep.get();
  }
}

Value starmap_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  bool stop;
  Value x = next_or_stop(rt, st->items[1], &stop);
  if (x.is_null()) return x;
  if (stop) return done(rt);
  List* args = list_from_iterable(rt, x);
  if (!args) return Value::null();
  Root keep(rt, Value::object(args));
  return rt.call(st->items[0], args->items.data(), args->items.size());
}

Value pred_iterator(Runtime& rt, const ArgView& a, const char* name, NativeFnPtr step) {
  if (!check_no_kwargs(rt, a, name) || !check_nargs(rt, a, name, 2, 2)) return Value::null();
  Value src = ops::iter(rt, a[1]);
  if (src.is_null()) return src;
  Root keep(rt, src);
  List* s = new_state(rt, 3);
  s->items[0] = a[0];
  s->items[1] = src;
  s->items[2] = rt.False();
  return lazy_iterator(rt, name, step, s);
}
Value itertools_takewhile(Runtime& rt, const ArgView& a) { return pred_iterator(rt, a, "takewhile", takewhile_step); }
Value itertools_dropwhile(Runtime& rt, const ArgView& a) { return pred_iterator(rt, a, "dropwhile", dropwhile_step); }
Value itertools_filterfalse(Runtime& rt, const ArgView& a) {
  return pred_iterator(rt, a, "filterfalse", filterfalse_step);
}
Value itertools_starmap(Runtime& rt, const ArgView& a) { return pred_iterator(rt, a, "starmap", starmap_step); }

// compress: [data iterator, selector iterator]
Value compress_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  for (;;) {
    bool stop;
    Value x = next_or_stop(rt, st->items[0], &stop);
    if (x.is_null()) return x;
    if (stop) return done(rt);
    Root keep(rt, x);
    Value sel = next_or_stop(rt, st->items[1], &stop);
    if (sel.is_null()) return sel;
    if (stop) return done(rt);
    int t = ops::truthy(rt, sel);
    if (t < 0) return Value::null();
    if (t) return keep.get();
  }
}

Value itertools_compress(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"data", "selectors"}, "compress")) return Value::null();
  Value data = arg(a, 0, "data"), selectors = arg(a, 1, "selectors");
  if (!data) return rt.raise_type_error("compress() missing required argument 'data' (pos 1)");
  if (!selectors) return rt.raise_type_error("compress() missing required argument 'selectors' (pos 2)");
  List* s = new_state(rt, 2);
  Root keep(rt, Value::object(s));
  Value d = ops::iter(rt, data);
  if (d.is_null()) return d;
  s->items[0] = d;
  Value sel = ops::iter(rt, selectors);
  if (sel.is_null()) return sel;
  s->items[1] = sel;
  return lazy_iterator(rt, "compress", compress_step, s);
}

// pairwise: [source, previous item, started flag]
Value pairwise_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  bool stop;
  if (st->items[2].is(rt.False())) {
    Value first = next_or_stop(rt, st->items[0], &stop);
    if (first.is_null()) return first;
    if (stop) return done(rt);
    st->items[1] = first;
    st->items[2] = rt.True();
  }
  Value x = next_or_stop(rt, st->items[0], &stop);
  if (x.is_null()) return x;
  if (stop) return done(rt);
  Value pair[2] = {st->items[1], x};
  st->items[1] = x;
  return Value::object(tuple_from(rt, pair, 2));
}

Value itertools_pairwise(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "pairwise") || !check_nargs(rt, a, "pairwise", 1, 1)) return Value::null();
  Value src = ops::iter(rt, a[0]);
  if (src.is_null()) return src;
  Root keep(rt, src);
  List* s = new_state(rt, 3);
  s->items[0] = src;
  s->items[2] = rt.False();
  return lazy_iterator(rt, "pairwise", pairwise_step, s);
}

// groupby: [source, key function (None = identity), pending item, its key, state]
// state: False = nothing read yet, True = an item is pending, None = exhausted.
Value groupby_step(Runtime& rt, const ArgView& a) {
  List* st = a[0].as<List>();
  Root keep_st(rt, a[0]);
  auto key_of = [&](Value x) -> Value {
    if (st->items[1].is(rt.None())) return x;
    return rt.call(st->items[1], &x, 1);
  };
  bool stop;
  if (st->items[4].is(rt.None())) return done(rt);
  if (st->items[4].is(rt.False())) {
    Value x = next_or_stop(rt, st->items[0], &stop);
    if (x.is_null()) return x;
    if (stop) return done(rt);
    st->items[2] = x;
    Value k = key_of(x);
    if (k.is_null()) return k;
    st->items[3] = k;
    st->items[4] = rt.True();
  }
  List* group = rt.new_list();
  Root keep_group(rt, Value::object(group));
  Root key(rt, st->items[3]);
  group->items.push_back(st->items[2]);
  for (;;) {
    Value x = next_or_stop(rt, st->items[0], &stop);
    if (x.is_null()) return x;
    if (stop) {
      st->items[4] = rt.None();
      break;
    }
    Root keep_x(rt, x);
    Value k = key_of(x);
    if (k.is_null()) return k;
    Root keep_k(rt, k);
    int same = ops::eq(rt, k, key.get());
    if (same < 0) return Value::null();
    if (!same) {
      st->items[2] = keep_x.get();
      st->items[3] = keep_k.get();
      break;
    }
    group->items.push_back(keep_x.get());
  }
  Value g = ops::iter(rt, keep_group.get());
  if (g.is_null()) return g;
  Value pair[2] = {key.get(), g};
  return Value::object(tuple_from(rt, pair, 2));
}

Value itertools_groupby(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"iterable", "key"}, "groupby")) return Value::null();
  Value iterable = arg(a, 0, "iterable"), key = arg(a, 1, "key");
  if (!iterable) return rt.raise_type_error("groupby() missing required argument 'iterable' (pos 1)");
  Value src = ops::iter(rt, iterable);
  if (src.is_null()) return src;
  Root keep(rt, src);
  List* s = new_state(rt, 5);
  s->items[0] = src;
  if (key) s->items[1] = key;
  s->items[4] = rt.False();
  return lazy_iterator(rt, "groupby", groupby_step, s);
}

}  // namespace

Module* make_itertools_module(Runtime& rt) {
  Module* m = rt.new_module("itertools");
  Dict* d = m->dict;
  struct KindSpec {
    IterKind kind;
    const char* name;
    NewFnPtr newfn;
  };
  const KindSpec kinds[] = {
      {IterKind::Count, "count", count_new},
      {IterKind::Islice, "islice", islice_new},
      {IterKind::Chain, "chain", chain_new},
      {IterKind::Cycle, "cycle", cycle_new},
  };
  for (const KindSpec& k : kinds) {
    Type* t = rt.types.iterators[static_cast<int>(k.kind)];
    t->newfn = k.newfn;
    dict_set_str(rt, d, rt.intern(k.name), Value::object(t));
  }
  add_method(rt, rt.types.iterators[static_cast<int>(IterKind::Chain)], "from_iterable", chain_from_iterable);
  struct Fn {
    const char* name;
    NativeFnPtr fn;
  };
  const Fn fns[] = {
      {"repeat", itertools_repeat},
      {"accumulate", itertools_accumulate},
      {"zip_longest", itertools_zip_longest},
      {"product", itertools_product},
      {"permutations", itertools_permutations},
      {"combinations", itertools_combinations},
      {"combinations_with_replacement", itertools_combinations_wr},
      {"takewhile", itertools_takewhile},
      {"dropwhile", itertools_dropwhile},
      {"filterfalse", itertools_filterfalse},
      {"starmap", itertools_starmap},
      {"compress", itertools_compress},
      {"pairwise", itertools_pairwise},
      {"groupby", itertools_groupby},
  };
  for (const Fn& f : fns) add_function(rt, d, f.name, f.fn);
  return m;
}

}  // namespace stk
