// The `random` module: CPython 3.11's random.py algorithms over MT19937
// (mt19937.hpp), so a seeded program prints CPython's exact numbers: seed (int,
// float, None), random, getrandbits, randrange/randint (_randbelow via
// getrandbits), choice, shuffle, sample (both branches), choices, uniform,
// gauss, normalvariate, expovariate, triangular.
// Why the state is a str: the generator state lives in the trailing bytes of a
// hidden empty str (the one heap layout with raw storage), bound as `self` of
// every module function, so it is collected with the module and needs no new
// object kind.
#include <cmath>
#include <cstdio>
#include <ctime>
#include <new>

#include "builtins/modules.hpp"
#include "builtins/mt19937.hpp"
#include "objects/number.hpp"

namespace stk {

namespace {

struct RandomState {
  Mt19937 mt;
  bool has_gauss = false;
  double gauss_next = 0.0;
};

constexpr std::size_t kStateOffset = 8;  // past the str's NUL, keeping 8-byte alignment
static_assert(alignof(RandomState) <= 8);

RandomState& state_of(Value self) {
  return *reinterpret_cast<RandomState*>(self.as<Str>()->data() + kStateOffset);
}

// ---- seeding ----

void seed_from_mpz(RandomState& st, mpz_srcptr n) {
  std::vector<std::uint32_t> key((mpz_sizeinbase(n, 2) + 31) / 32);
  std::size_t count = 0;
  mpz_export(key.data(), &count, -1, sizeof(std::uint32_t), 0, 0, n);
  if (count == 0) {
    key.assign(1, 0);
    count = 1;
  }
  st.mt.init_by_array(key.data(), count);
  st.has_gauss = false;
}

void seed_from_os(RandomState& st) {
  std::uint32_t key[Mt19937::kN];
  std::size_t got = 0;
  if (std::FILE* f = std::fopen("/dev/urandom", "rb")) {
    got = std::fread(key, sizeof key, 1, f);
    std::fclose(f);
  }
  if (got != 1) {
    // No urandom: time and address, as CPython's fallback.
    timespec ts{};
    timespec_get(&ts, TIME_UTC);
    key[0] = static_cast<std::uint32_t>(ts.tv_sec);
    key[1] = static_cast<std::uint32_t>(ts.tv_nsec);
    key[2] = static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(&st));
    st.mt.init_by_array(key, 3);
  } else {
    st.mt.init_by_array(key, Mt19937::kN);
  }
  st.has_gauss = false;
}

Value random_seed(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"a", "version"}, "seed")) return Value::null();
  if (a.npos + a.nkw() > 3)
    return rt.raise_type_error("Random.seed() takes from 1 to 3 positional arguments but " +
                               std::to_string(a.npos + a.nkw()) + " were given");
  RandomState& st = state_of(a[0]);
  Value v = a.npos > 1 ? a[1] : find_kwarg(a, "a");
  if (v.is_null() || v.is(rt.None())) {
    seed_from_os(st);
    return rt.None();
  }
  if (is_int(v)) {
    MpzArg n(v);
    MpzTmp absn;
    mpz_abs(absn.z, n.get());
    seed_from_mpz(st, absn.z);
    return rt.None();
  }
  if (is_kind(v, ObjKind::Float)) {
    // CPython seeds with (size_t)hash(x).
    MpzTmp n;
    mpz_set_ui(n.z, static_cast<std::uint64_t>(float_hash(float_value(v))));
    seed_from_mpz(st, n.z);
    return rt.None();
  }
  if (is_kind(v, ObjKind::Str))
    return rt.raise(rt.exc.NotImplementedError, "random.seed() with a str argument is not supported");
  return rt.raise_type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

// ---- integers ----

// getrandbits(k) for any k >= 0, as a Python int.
Value getrandbits_value(Runtime& rt, RandomState& st, std::uint64_t k) {
  if (k <= 62) return make_int(rt, static_cast<std::int64_t>(st.mt.bits64(static_cast<int>(k))));
  std::size_t words = (k - 1) / 32 + 1;
  std::vector<std::uint32_t> w(words);
  std::uint64_t left = k;
  for (std::size_t i = 0; i < words; ++i, left -= 32) {
    std::uint32_t r = st.mt.next_u32();
    if (left < 32) r >>= (32 - left);
    w[i] = r;
    if (left < 32) break;
  }
  MpzTmp z;
  mpz_import(z.z, words, -1, sizeof(std::uint32_t), 0, 0, w.data());
  return int_from_mpz(rt, z.z);
}

// _randbelow(n) for an int n > 0 of any size.
Value randbelow(Runtime& rt, RandomState& st, Value n) {
  std::int64_t small;
  if (int_to_i64(n, &small)) return make_int(rt, static_cast<std::int64_t>(st.mt.below(static_cast<std::uint64_t>(small))));
  MpzArg nz(n);
  std::uint64_t k = mpz_sizeinbase(nz.get(), 2);
  for (;;) {
    Value r = getrandbits_value(rt, st, k);
    if (int_compare(r, n) < 0) return r;
  }
}

Value random_getrandbits(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "getrandbits", 1)) return Value::null();
  std::int64_t k;
  if (!int_arg(rt, a[1], &k)) return Value::null();
  if (k < 0) return rt.raise_value_error("number of bits must be non-negative");
  return getrandbits_value(rt, state_of(a[0]), static_cast<std::uint64_t>(k));
}

// randrange's argument conversion (3.11): ints as they are; integral floats
// accepted (CPython warns); anything else is "non-integer <what> for randrange()".
bool randrange_int(Runtime& rt, Value v, const char* what, Value* out) {
  if (is_int(v)) {
    *out = int_unary(rt, UnOp::Pos, v);
    return true;
  }
  if (is_kind(v, ObjKind::Float)) {
    double d = float_value(v);
    Value i = float_to_int(rt, d);
    if (i.is_null()) return false;
    if (std::floor(d) != d) {
      rt.raise_value_error(std::string("non-integer ") + what + " for randrange()");
      return false;
    }
    *out = i;
    return true;
  }
  rt.raise_type_error("int() argument must be a string, a bytes-like object or a real number, not '" +
                      ops::type_name(rt, v) + "'");
  return false;
}

Value randrange_impl(Runtime& rt, RandomState& st, Value start, Value stop, Value step) {
  Value istart, istop, istep;
  if (!randrange_int(rt, start, "arg 1", &istart)) return Value::null();
  if (stop.is_null() || stop.is(rt.None())) {
    if (!step.is_null()) return rt.raise_type_error("Missing a non-None stop argument");
    if (int_sign(istart) > 0) return randbelow(rt, st, istart);
    return rt.raise_value_error("empty range for randrange()");
  }
  if (!randrange_int(rt, stop, "stop", &istop)) return Value::null();
  Value width = ops::binary(rt, BinOp::Sub, istop, istart);
  if (width.is_null()) return width;
  istep = Value::small(1);
  if (!step.is_null() && !randrange_int(rt, step, "step", &istep)) return Value::null();
  if (istep.is_small() && istep.small_value() == 1) {
    if (int_sign(width) > 0) {
      Value r = randbelow(rt, st, width);
      return ops::binary(rt, BinOp::Add, istart, r);
    }
    return rt.raise_value_error("empty range for randrange() (" + int_to_decimal(istart) + ", " +
                                int_to_decimal(istop) + ", " + int_to_decimal(width) + ")");
  }
  int sign = int_sign(istep);
  if (sign == 0) return rt.raise_value_error("zero step for randrange()");
  Value adj = ops::binary(rt, BinOp::Add, width, make_int(rt, sign > 0 ? -1 : 1));
  if (adj.is_null()) return adj;
  Value num = ops::binary(rt, BinOp::Add, adj, istep);
  if (num.is_null()) return num;
  Value n = ops::binary(rt, BinOp::FloorDiv, num, istep);
  if (n.is_null()) return n;
  if (int_sign(n) <= 0) return rt.raise_value_error("empty range for randrange()");
  Value r = randbelow(rt, st, n);
  Value off = ops::binary(rt, BinOp::Mul, istep, r);
  if (off.is_null()) return off;
  return ops::binary(rt, BinOp::Add, istart, off);
}

Value random_randrange(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"start", "stop", "step"}, "randrange")) return Value::null();
  std::size_t n = a.npos - 1;
  Value start = n > 0 ? a[1] : find_kwarg(a, "start");
  Value stop = n > 1 ? a[2] : find_kwarg(a, "stop");
  Value step = n > 2 ? a[3] : find_kwarg(a, "step");
  if (n > 3)
    return rt.raise_type_error("Random.randrange() takes from 2 to 4 positional arguments but " +
                               std::to_string(n + 1) + " were given");
  if (start.is_null())
    return rt.raise_type_error("Random.randrange() missing 1 required positional argument: 'start'");
  return randrange_impl(rt, state_of(a[0]), start, stop, step);
}

Value random_randint(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "randint")) return Value::null();
  if (a.npos != 3) {
    if (a.npos < 3)
      return rt.raise_type_error(std::string("Random.randint() missing ") + (a.npos == 1 ? "2 required positional arguments: 'a' and 'b'" : "1 required positional argument: 'b'"));
    return rt.raise_type_error("Random.randint() takes 3 positional arguments but " + std::to_string(a.npos) +
                               " were given");
  }
  Value b1 = ops::binary(rt, BinOp::Add, a[2], Value::small(1));
  if (b1.is_null()) return b1;
  return randrange_impl(rt, state_of(a[0]), a[1], b1, Value::null());
}

// ---- sequences ----

Value random_choice(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "choice", 1)) return Value::null();
  std::int64_t n;
  if (!ops::len(rt, a[1], &n)) return Value::null();
  if (n == 0) return rt.raise(rt.exc.IndexError, "Cannot choose from an empty sequence");
  Value i = randbelow(rt, state_of(a[0]), make_int(rt, n));
  return ops::getitem(rt, a[1], i);
}

Value random_shuffle(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "shuffle", 1)) return Value::null();
  RandomState& st = state_of(a[0]);
  Value x = a[1];
  std::int64_t n;
  if (!ops::len(rt, x, &n)) return Value::null();
  Root keep(rt, x);
  for (std::int64_t i = n - 1; i >= 1; --i) {
    std::int64_t j = static_cast<std::int64_t>(st.mt.below(static_cast<std::uint64_t>(i + 1)));
    if (is_kind(x, ObjKind::List) && static_cast<std::int64_t>(x.as<List>()->items.size()) == n) {
      auto& items = x.as<List>()->items;
      std::swap(items[static_cast<std::size_t>(i)], items[static_cast<std::size_t>(j)]);
      continue;
    }
    Value xj = ops::getitem(rt, x, Value::small(j));
    if (xj.is_null()) return xj;
    Root kj(rt, xj);
    Value xi = ops::getitem(rt, x, Value::small(i));
    if (xi.is_null()) return xi;
    Root ki(rt, xi);
    if (!ops::setitem(rt, x, Value::small(i), kj.get())) return Value::null();
    if (!ops::setitem(rt, x, Value::small(j), ki.get())) return Value::null();
  }
  return rt.None();
}

bool is_sequence(Value v) {
  return is_kind(v, ObjKind::List) || is_kind(v, ObjKind::Tuple) || is_kind(v, ObjKind::Str) ||
         is_kind(v, ObjKind::Range);
}

Value random_sample(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"population", "k"}, "sample")) return Value::null();
  Value population = a.npos > 1 ? a[1] : find_kwarg(a, "population");
  Value vk = a.npos > 2 ? a[2] : find_kwarg(a, "k");
  if (a.npos > 3)
    return rt.raise_type_error("Random.sample() takes 3 positional arguments but " + std::to_string(a.npos) +
                               " were given");
  if (population.is_null() || vk.is_null())
    return rt.raise_type_error(std::string("Random.sample() missing ") +
                               (population.is_null() ? "2 required positional arguments: 'population' and 'k'"
                                                     : "1 required positional argument: 'k'"));
  if (!is_sequence(population))
    return rt.raise_type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
  RandomState& st = state_of(a[0]);
  std::int64_t n;
  if (!ops::len(rt, population, &n)) return Value::null();
  std::int64_t k = 0;
  if (is_int(vk)) {
    if (!int_to_i64(vk, &k) || k < 0 || k > n) return rt.raise_value_error("Sample larger than population or is negative");
  } else {
    return rt.raise_type_error("'" + ops::type_name(rt, vk) + "' object cannot be interpreted as an integer");
  }
  Root keep_pop(rt, population);
  List* result = rt.new_list(static_cast<std::size_t>(k));
  Root keep_result(rt, Value::object(result));
  std::uint64_t setsize = 21;
  if (k > 5) {
    double e = std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0));
    setsize += e >= 31 ? UINT64_MAX / 2 : (std::uint64_t{1} << (2 * static_cast<int>(e)));
  }
  if (static_cast<std::uint64_t>(n) <= setsize) {
    List* pool = list_from_iterable(rt, population);
    if (!pool) return Value::null();
    for (std::int64_t i = 0; i < k; ++i) {
      std::size_t j = static_cast<std::size_t>(st.mt.below(static_cast<std::uint64_t>(n - i)));
      result->items.push_back(pool->items[j]);
      pool->items[j] = pool->items[static_cast<std::size_t>(n - i - 1)];
    }
  } else {
    std::vector<bool> selected(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < k; ++i) {
      std::uint64_t j = st.mt.below(static_cast<std::uint64_t>(n));
      while (selected[j]) j = st.mt.below(static_cast<std::uint64_t>(n));
      selected[j] = true;
      Value x = ops::getitem(rt, keep_pop.get(), make_int(rt, static_cast<std::int64_t>(j)));
      if (x.is_null()) return x;
      result->items.push_back(x);
    }
  }
  return keep_result.get();
}

// bisect.bisect_right(a, x, 0, hi)
bool bisect_right(Runtime& rt, const std::vector<Value>& cum, Value x, std::size_t hi, std::size_t* out) {
  std::size_t lo = 0;
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    int lt = ops::compare_bool(rt, CmpOp::Lt, x, cum[mid]);
    if (lt < 0) return false;
    if (lt) hi = mid;
    else lo = mid + 1;
  }
  *out = lo;
  return true;
}

Value random_choices(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"population", "weights", "cum_weights", "k"}, "choices")) return Value::null();
  if (a.npos > 3)
    return rt.raise_type_error("Random.choices() takes from 2 to 3 positional arguments but " +
                               std::to_string(a.npos) + " were given");
  Value population = a.npos > 1 ? a[1] : find_kwarg(a, "population");
  Value weights = a.npos > 2 ? a[2] : find_kwarg(a, "weights");
  Value cum_weights = find_kwarg(a, "cum_weights");
  Value vk = find_kwarg(a, "k");
  if (population.is_null())
    return rt.raise_type_error("Random.choices() missing 1 required positional argument: 'population'");
  if (weights.is(rt.None())) weights = Value::null();
  if (cum_weights.is(rt.None())) cum_weights = Value::null();
  RandomState& st = state_of(a[0]);
  std::int64_t n;
  if (!ops::len(rt, population, &n)) return Value::null();
  std::int64_t k = 1;
  if (vk && !int_arg(rt, vk, &k)) return Value::null();
  Root keep_pop(rt, population);
  List* result = rt.new_list(k > 0 ? static_cast<std::size_t>(k) : 0);
  Root keep_result(rt, Value::object(result));
  if (cum_weights.is_null() && weights.is_null()) {
    double dn = static_cast<double>(n);
    for (std::int64_t i = 0; i < k; ++i) {
      Value idx = float_to_int(rt, std::floor(st.mt.next_double() * dn));
      Value x = ops::getitem(rt, keep_pop.get(), idx);
      if (x.is_null()) return x;
      result->items.push_back(x);
    }
    return keep_result.get();
  }
  if (weights && cum_weights) return rt.raise_type_error("Cannot specify both weights and cumulative weights");
  List* cum = rt.new_list();
  Root keep_cum(rt, Value::object(cum));
  if (weights) {
    if (is_int(weights))
      return rt.raise_type_error("The number of choices must be a keyword argument: k=" + int_to_decimal(weights));
    List* w = list_from_iterable(rt, weights);
    if (!w) return Value::null();
    Root keep_w(rt, Value::object(w));
    Value total;
    for (std::size_t i = 0; i < w->items.size(); ++i) {
      total = i == 0 ? w->items[0] : ops::binary(rt, BinOp::Add, total, w->items[i]);
      if (total.is_null()) return total;
      cum->items.push_back(total);
    }
  } else {
    List* c = list_from_iterable(rt, cum_weights);
    if (!c) return Value::null();
    cum->items = c->items;
  }
  if (static_cast<std::int64_t>(cum->items.size()) != n)
    return rt.raise_value_error("The number of weights does not match the population");
  if (n == 0) return rt.raise(rt.exc.IndexError, "list index out of range");
  double total;
  Value t = ops::binary(rt, BinOp::Add, cum->items.back(), rt.new_float(0.0));
  if (t.is_null() || !number_to_double(rt, t, &total)) return Value::null();
  if (total <= 0.0) return rt.raise_value_error("Total of weights must be greater than zero");
  if (!std::isfinite(total)) return rt.raise_value_error("Total of weights must be finite");
  std::size_t hi = static_cast<std::size_t>(n - 1);
  for (std::int64_t i = 0; i < k; ++i) {
    Value x = rt.new_float(st.mt.next_double() * total);
    std::size_t pos;
    if (!bisect_right(rt, cum->items, x, hi, &pos)) return Value::null();
    Value item = ops::getitem(rt, keep_pop.get(), make_int(rt, static_cast<std::int64_t>(pos)));
    if (item.is_null()) return item;
    result->items.push_back(item);
  }
  return keep_result.get();
}

// ---- floats ----

Value random_random(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "random", 1)) return Value::null();
  return rt.new_float(state_of(a[0]).mt.next_double());
}

Value random_uniform(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "uniform") || !check_nargs(rt, a, "uniform", 2, 2, 1)) return Value::null();
  Value r = rt.new_float(state_of(a[0]).mt.next_double());
  Value diff = ops::binary(rt, BinOp::Sub, a[2], a[1]);
  if (diff.is_null()) return diff;
  Value scaled = ops::binary(rt, BinOp::Mul, diff, r);
  if (scaled.is_null()) return scaled;
  return ops::binary(rt, BinOp::Add, a[1], scaled);
}

// Optional float arguments by position or keyword, with defaults.
bool float_args(Runtime& rt, const ArgView& a, const char* fname, std::initializer_list<const char*> names,
                double* out) {
  std::size_t i = 0;
  for (const char* name : names) {
    Value v = a.npos > i + 1 ? a[i + 1] : find_kwarg(a, name);
    if (v && !v.is(rt.None()) && !number_to_double(rt, v, &out[i])) return false;
    ++i;
  }
  if (a.npos - 1 > names.size()) {
    rt.raise_type_error(std::string("Random.") + fname + "() takes from 1 to " + std::to_string(names.size() + 1) +
                        " positional arguments but " + std::to_string(a.npos) + " were given");
    return false;
  }
  return true;
}

Value random_gauss(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"mu", "sigma"}, "gauss")) return Value::null();
  double p[2] = {0.0, 1.0};
  if (!float_args(rt, a, "gauss", {"mu", "sigma"}, p)) return Value::null();
  RandomState& st = state_of(a[0]);
  double z;
  if (st.has_gauss) {
    z = st.gauss_next;
    st.has_gauss = false;
  } else {
    double x2pi = st.mt.next_double() * (2.0 * M_PI);
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - st.mt.next_double()));
    z = std::cos(x2pi) * g2rad;
    st.gauss_next = std::sin(x2pi) * g2rad;
    st.has_gauss = true;
  }
  return rt.new_float(p[0] + z * p[1]);
}

Value random_normalvariate(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"mu", "sigma"}, "normalvariate")) return Value::null();
  double p[2] = {0.0, 1.0};
  if (!float_args(rt, a, "normalvariate", {"mu", "sigma"}, p)) return Value::null();
  RandomState& st = state_of(a[0]);
  const double nv_magicconst = 4 * std::exp(-0.5) / std::sqrt(2.0);
  double z;
  for (;;) {
    double u1 = st.mt.next_double();
    double u2 = 1.0 - st.mt.next_double();
    z = nv_magicconst * (u1 - 0.5) / u2;
    double zz = z * z / 4.0;
    if (zz <= -std::log(u2)) break;
  }
  return rt.new_float(p[0] + z * p[1]);
}

Value random_expovariate(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "expovariate", 1)) return Value::null();
  double lambd;
  if (!number_to_double(rt, a[1], &lambd)) return Value::null();
  double u = 1.0 - state_of(a[0]).mt.next_double();
  if (lambd == 0.0) return rt.raise(rt.exc.ZeroDivisionError, "float division by zero");
  return rt.new_float(-std::log(u) / lambd);
}

Value random_triangular(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"low", "high", "mode"}, "triangular")) return Value::null();
  double p[3] = {0.0, 1.0, NAN};
  if (!float_args(rt, a, "triangular", {"low", "high", "mode"}, p)) return Value::null();
  double low = p[0], high = p[1];
  double u = state_of(a[0]).mt.next_double();
  if (high - low == 0.0) return rt.new_float(low);
  double c = std::isnan(p[2]) ? 0.5 : (p[2] - low) / (high - low);
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    std::swap(low, high);
  }
  return rt.new_float(low + (high - low) * std::sqrt(u * c));
}

}  // namespace

Module* make_random_module(Runtime& rt) {
  Module* m = rt.new_module("random");
  Str* holder = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, kStateOffset + sizeof(RandomState));
  holder->hash = -1;
  holder->flags = Str::kAscii;
  holder->data()[0] = '\0';
  Value self = Value::object(holder);
  new (holder->data() + kStateOffset) RandomState();
  seed_from_os(state_of(self));
  struct Fn {
    const char* name;
    NativeFnPtr fn;
  };
  const Fn fns[] = {
      {"seed", random_seed},         {"random", random_random},
      {"getrandbits", random_getrandbits}, {"randrange", random_randrange},
      {"randint", random_randint},   {"choice", random_choice},
      {"shuffle", random_shuffle},   {"sample", random_sample},
      {"choices", random_choices},   {"uniform", random_uniform},
      {"gauss", random_gauss},       {"normalvariate", random_normalvariate},
      {"expovariate", random_expovariate}, {"triangular", random_triangular},
  };
  for (const Fn& f : fns) add_bound_function(rt, m->dict, f.name, f.fn, self);
  return m;
}

}  // namespace stk
