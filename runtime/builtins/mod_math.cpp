// The `math` module: CPython 3.11's mathmodule.c for what programs print — the
// libm wrappers with its error rules (math_1/math_2: a NaN from a non-NaN is
// "math domain error", an infinity from finite input is "math range error" or a
// domain error), integer functions on GMP (factorial, gcd, lcm, isqrt, comb,
// perm), correctly rounded fsum (Shewchuk) and hypot/dist (vector_norm).
// Invariant: every float result is computed with the same operation order as
// CPython's C code, so results agree to the last bit, not just approximately.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "builtins/modules.hpp"
#include "objects/number.hpp"

namespace stk {

namespace {

Value domain_error(Runtime& rt) { return rt.raise_value_error("math domain error"); }
Value range_error(Runtime& rt) { return rt.raise(rt.exc.OverflowError, "math range error"); }

// CPython's math_1: one float argument, libm function, error rules.
Value math_1(Runtime& rt, const ArgView& a, const char* name, double (*fn)(double), bool can_overflow) {
  if (!check_one_arg(rt, a, name)) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  double r = fn(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(rt);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(rt) : domain_error(rt);
  return rt.new_float(r);
}

// CPython's math_2 rules for two float arguments.
Value math_2_result(Runtime& rt, double x, double y, double r) {
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(rt);
  return rt.new_float(r);
}

bool two_doubles(Runtime& rt, const ArgView& a, const char* name, double* x, double* y) {
  if (!check_no_kwargs(rt, a, name) || !check_nargs(rt, a, name, 2, 2)) return false;
  return number_to_double(rt, a[0], x) && number_to_double(rt, a[1], y);
}

#define STK_MATH_1(cname, pyname, fn, overflow) \
  Value cname(Runtime& rt, const ArgView& a) { return math_1(rt, a, "math." pyname, fn, overflow); }

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_exp2(double x) { return std::exp2(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_log1p(double x) { return std::log1p(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_cbrt(double x) { return std::cbrt(x); }

STK_MATH_1(math_sqrt, "sqrt", c_sqrt, false)
STK_MATH_1(math_exp, "exp", c_exp, true)
STK_MATH_1(math_exp2, "exp2", c_exp2, true)
STK_MATH_1(math_expm1, "expm1", c_expm1, true)
STK_MATH_1(math_log1p, "log1p", c_log1p, false)
STK_MATH_1(math_sin, "sin", c_sin, false)
STK_MATH_1(math_cos, "cos", c_cos, false)
STK_MATH_1(math_tan, "tan", c_tan, false)
STK_MATH_1(math_asin, "asin", c_asin, false)
STK_MATH_1(math_acos, "acos", c_acos, false)
STK_MATH_1(math_atan, "atan", c_atan, false)
STK_MATH_1(math_sinh, "sinh", c_sinh, true)
STK_MATH_1(math_cosh, "cosh", c_cosh, true)
STK_MATH_1(math_tanh, "tanh", c_tanh, false)
STK_MATH_1(math_asinh, "asinh", c_asinh, false)
STK_MATH_1(math_acosh, "acosh", c_acosh, false)
STK_MATH_1(math_atanh, "atanh", c_atanh, false)
STK_MATH_1(math_fabs, "fabs", c_fabs, false)
STK_MATH_1(math_cbrt, "cbrt", c_cbrt, false)

#undef STK_MATH_1

Value math_degrees(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.degrees")) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  return rt.new_float(x * (180.0 / M_PI));
}

Value math_radians(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.radians")) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  return rt.new_float(x * (M_PI / 180.0));
}

// floor/ceil: ints come back unchanged (bools as ints), floats as exact ints.
Value round_to_int(Runtime& rt, const ArgView& a, const char* name, double (*fn)(double)) {
  if (!check_one_arg(rt, a, name)) return Value::null();
  if (is_int(a[0])) return int_unary(rt, UnOp::Pos, a[0]);
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  return float_to_int(rt, fn(x));
}
double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }
Value math_floor(Runtime& rt, const ArgView& a) { return round_to_int(rt, a, "math.floor", c_floor); }
Value math_ceil(Runtime& rt, const ArgView& a) { return round_to_int(rt, a, "math.ceil", c_ceil); }

Value math_trunc(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.trunc")) return Value::null();
  if (is_int(a[0])) return int_unary(rt, UnOp::Pos, a[0]);
  if (!is_kind(a[0], ObjKind::Float))
    return rt.raise_type_error("type " + ops::type_name(rt, a[0]) + " doesn't define __trunc__ method");
  return float_to_int(rt, float_value(a[0]));
}

// ---- logarithms (CPython's loghelper: ints too big for a double still work) ----

bool log_of(Runtime& rt, Value v, double (*fn)(double), double* out) {
  if (is_int(v)) {
    if (int_sign(v) <= 0) {
      domain_error(rt);
      return false;
    }
    double x;
    if (v.is_obj() && v.obj()->kind == ObjKind::BigInt && mpz_sizeinbase(v.as<BigInt>()->z, 2) > 1023) {
      // x ~= m * 2**e with m in [0.5, 1): log(x) ~= log(m) + log(2) * e.
      signed long e;
      double m = mpz_get_d_2exp(&e, v.as<BigInt>()->z);
      *out = fn(m) + fn(2.0) * static_cast<double>(e);
      return true;
    }
    if (!int_to_double(rt, v, &x)) return false;
    *out = fn(x);
    return true;
  }
  double x;
  if (!number_to_double(rt, v, &x)) return false;
  double r = fn(x);
  if ((std::isnan(r) && !std::isnan(x)) || (std::isinf(r) && std::isfinite(x))) {
    domain_error(rt);
    return false;
  }
  *out = r;
  return true;
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Value math_log(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "log")) return Value::null();
  if (a.npos < 1 || a.npos > 2) return rt.raise_type_error("math.log requires 1 to 2 arguments");
  double num;
  if (!log_of(rt, a[0], c_log, &num)) return Value::null();
  if (a.npos == 1) return rt.new_float(num);
  double den;
  if (!log_of(rt, a[1], c_log, &den)) return Value::null();
  if (den == 0.0) return rt.raise(rt.exc.ZeroDivisionError, "float division by zero");
  return rt.new_float(num / den);
}

Value math_log2(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.log2")) return Value::null();
  double r;
  if (!log_of(rt, a[0], c_log2, &r)) return Value::null();
  return rt.new_float(r);
}

Value math_log10(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.log10")) return Value::null();
  double r;
  if (!log_of(rt, a[0], c_log10, &r)) return Value::null();
  return rt.new_float(r);
}

// ---- two-argument float functions ----

Value math_pow(Runtime& rt, const ArgView& a) {
  double x, y;
  if (!two_doubles(rt, a, "pow", &x, &y)) return Value::null();
  double r = 0.0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    // IEEE specials handled directly, as CPython does.
    if (std::isnan(x)) {
      r = y == 0.0 ? 1.0 : x;
    } else if (std::isnan(y)) {
      r = x == 1.0 ? 1.0 : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.0) r = odd_y ? x : std::fabs(x);
      else if (y == 0.0) r = 1.0;
      else r = odd_y ? std::copysign(0.0, x) : 0.0;
    } else {
      if (std::fabs(x) == 1.0) r = 1.0;
      else if (y > 0.0 && std::fabs(x) > 1.0) r = y;
      else if (y < 0.0 && std::fabs(x) < 1.0) r = -y;
      else r = 0.0;
    }
    return rt.new_float(r);
  }
  r = std::pow(x, y);
  if (std::isnan(r)) return domain_error(rt);
  if (std::isinf(r)) return x == 0.0 ? domain_error(rt) : range_error(rt);
  return rt.new_float(r);
}

Value math_atan2(Runtime& rt, const ArgView& a) {
  double x, y;
  if (!two_doubles(rt, a, "atan2", &x, &y)) return Value::null();
  return math_2_result(rt, x, y, std::atan2(x, y));
}

Value math_copysign(Runtime& rt, const ArgView& a) {
  double x, y;
  if (!two_doubles(rt, a, "copysign", &x, &y)) return Value::null();
  return math_2_result(rt, x, y, std::copysign(x, y));
}

Value math_remainder(Runtime& rt, const ArgView& a) {
  double x, y;
  if (!two_doubles(rt, a, "remainder", &x, &y)) return Value::null();
  return math_2_result(rt, x, y, std::remainder(x, y));
}

Value math_fmod(Runtime& rt, const ArgView& a) {
  double x, y;
  if (!two_doubles(rt, a, "fmod", &x, &y)) return Value::null();
  if (std::isinf(y) && std::isfinite(x)) return rt.new_float(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error(rt);
  return rt.new_float(r);
}

Value float_pair(Runtime& rt, Value x, Value y) {
  Value items[2] = {x, y};
  return Value::object(tuple_from(rt, items, 2));
}

Value math_modf(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.modf")) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  if (std::isinf(x)) return float_pair(rt, rt.new_float(std::copysign(0.0, x)), rt.new_float(x));
  if (std::isnan(x)) return float_pair(rt, rt.new_float(x), rt.new_float(x));
  double ip;
  double frac = std::modf(x, &ip);
  return float_pair(rt, rt.new_float(frac), rt.new_float(ip));
}

Value math_frexp(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.frexp")) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  int e = 0;
  double m = x;
  if (!std::isnan(x) && !std::isinf(x) && x != 0.0) m = std::frexp(x, &e);
  return float_pair(rt, rt.new_float(m), Value::small(e));
}

Value math_ldexp(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "ldexp") || !check_nargs(rt, a, "ldexp", 2, 2)) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  if (!is_int(a[1])) return rt.raise_type_error("Expected an int as second argument to ldexp.");
  if (x == 0.0 || !std::isfinite(x)) return rt.new_float(x);
  int sign = int_sign(a[1]);
  std::int64_t e = 0;
  if (!int_to_i64(a[1], &e)) e = sign > 0 ? INT64_MAX : INT64_MIN;
  if (e > INT32_MAX) return range_error(rt);
  if (e < INT32_MIN) return rt.new_float(std::copysign(0.0, x));
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error(rt);
  return rt.new_float(r);
}

// ---- predicates ----

Value float_predicate(Runtime& rt, const ArgView& a, const char* name, bool (*pred)(double)) {
  if (!check_one_arg(rt, a, name)) return Value::null();
  double x;
  if (!number_to_double(rt, a[0], &x)) return Value::null();
  return rt.boolean(pred(x));
}
bool p_finite(double x) { return std::isfinite(x); }
bool p_inf(double x) { return std::isinf(x); }
bool p_nan(double x) { return std::isnan(x); }
Value math_isfinite(Runtime& rt, const ArgView& a) { return float_predicate(rt, a, "math.isfinite", p_finite); }
Value math_isinf(Runtime& rt, const ArgView& a) { return float_predicate(rt, a, "math.isinf", p_inf); }
Value math_isnan(Runtime& rt, const ArgView& a) { return float_predicate(rt, a, "math.isnan", p_nan); }

Value math_isclose(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"a", "b", "rel_tol", "abs_tol"}, "isclose")) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error("isclose() takes exactly 2 positional arguments (" + std::to_string(a.npos) +
                               " given)");
  Value va = a.npos > 0 ? a[0] : find_kwarg(a, "a");
  Value vb = a.npos > 1 ? a[1] : find_kwarg(a, "b");
  if (va.is_null()) return rt.raise_type_error("isclose() missing required argument 'a' (pos 1)");
  if (vb.is_null()) return rt.raise_type_error("isclose() missing required argument 'b' (pos 2)");
  double x, y, rel_tol = 1e-09, abs_tol = 0.0;
  if (!number_to_double(rt, va, &x) || !number_to_double(rt, vb, &y)) return Value::null();
  Value r = find_kwarg(a, "rel_tol"), t = find_kwarg(a, "abs_tol");
  if (r && !number_to_double(rt, r, &rel_tol)) return Value::null();
  if (t && !number_to_double(rt, t, &abs_tol)) return Value::null();
  if (rel_tol < 0.0 || abs_tol < 0.0) return rt.raise_value_error("tolerances must be non-negative");
  if (x == y) return rt.True();
  if (std::isinf(x) || std::isinf(y)) return rt.False();
  double diff = std::fabs(y - x);
  return rt.boolean(diff <= std::fabs(rel_tol * y) || diff <= std::fabs(rel_tol * x) || diff <= abs_tol);
}

// ---- sums and norms ----

// fsum: Shewchuk's exact partials, then CPython's half-even fix-up across partials.
Value math_fsum(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.fsum")) return Value::null();
  Value it = ops::iter(rt, a[0]);
  if (it.is_null()) return it;
  Root keep(rt, it);
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Value item = ops::next(rt, keep.get());
    if (item.is_null()) return item;
    if (item.is_stop()) break;
    double x;
    if (!number_to_double(rt, item, &x)) return Value::null();
    double xsave = x;
    std::size_t i = 0;
    for (std::size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // Either intermediate overflow, or a NaN/inf among the summands.
        if (std::isfinite(xsave)) return rt.raise(rt.exc.OverflowError, "intermediate overflow in fsum");
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
  }
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) return rt.raise_value_error("-inf + inf in fsum");
    return rt.new_float(special_sum);
  }
  double hi = 0.0;
  std::size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    while (n > 0) {
      double x = hi;
      double y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return rt.new_float(hi);
}

struct DoubleLength {
  double hi, lo;
};
DoubleLength dl_fast_sum(double a, double b) {
  double x = a + b;
  return {x, (a - x) + b};
}
DoubleLength dl_mul(double x, double y) {
  double z = x * y;
  return {z, std::fma(x, y, -z)};
}

// CPython 3.11's vector_norm: an accurately rounded sqrt(sum of squares).
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || vec.size() <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (double x : vec) {
    x *= scale;
    DoubleLength pr = dl_mul(x, x);
    DoubleLength sm = dl_fast_sum(csum, pr.hi);
    csum = sm.hi;
    frac1 += pr.lo;
    frac2 += sm.lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2));
  DoubleLength pr = dl_mul(-h, h);
  DoubleLength sm = dl_fast_sum(csum, pr.hi);
  csum = sm.hi;
  frac1 += pr.lo;
  frac2 += sm.lo;
  double x = csum - 1.0 + (frac1 + frac2);
  return (h + x / (2.0 * h)) / scale;
}

Value math_hypot(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "hypot")) return Value::null();
  std::vector<double> vec(a.npos);
  double max = 0.0;
  bool found_nan = false;
  for (std::size_t i = 0; i < a.npos; ++i) {
    double x;
    if (!number_to_double(rt, a[i], &x)) return Value::null();
    x = std::fabs(x);
    vec[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return rt.new_float(vector_norm(vec, max, found_nan));
}

bool sequence_doubles(Runtime& rt, Value v, std::vector<double>* out) {
  List* l = list_from_iterable(rt, v);
  if (!l) return false;
  for (Value x : l->items) {
    double d;
    if (!number_to_double(rt, x, &d)) return false;
    out->push_back(d);
  }
  return true;
}

Value math_dist(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "dist") || !check_nargs(rt, a, "dist", 2, 2)) return Value::null();
  for (int i = 0; i < 2; ++i) {
    if (!is_kind(a[i], ObjKind::Tuple) && !is_kind(a[i], ObjKind::List))
      return rt.raise_type_error(std::string("dist() argument ") + (i == 0 ? "1" : "2") +
                                 " must be tuple, not " + ops::type_name(rt, a[i]));
  }
  std::vector<double> p, q;
  if (!sequence_doubles(rt, a[0], &p) || !sequence_doubles(rt, a[1], &q)) return Value::null();
  if (p.size() != q.size()) return rt.raise_value_error("both points must have the same number of dimensions");
  double max = 0.0;
  bool found_nan = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    double x = std::fabs(p[i] - q[i]);
    p[i] = x;
    found_nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return rt.new_float(vector_norm(p, max, found_nan));
}

Value math_prod(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"start"}, "prod")) return Value::null();
  if (a.npos != 1)
    return rt.raise_type_error("prod() takes exactly 1 positional argument (" + std::to_string(a.npos) +
                               " given)");
  Value start = find_kwarg(a, "start");
  Value it = ops::iter(rt, a[0]);
  if (it.is_null()) return it;
  Root keep_it(rt, it);
  Root result(rt, start ? start : Value::small(1));
  for (;;) {
    Value x = ops::next(rt, keep_it.get());
    if (x.is_null()) return x;
    if (x.is_stop()) return result.get();
    Value r = ops::binary(rt, BinOp::Mul, result.get(), x);
    if (r.is_null()) return r;
    result.set(r);
  }
}

// ---- integer functions ----

Value math_factorial(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.factorial")) return Value::null();
  if (!int_value_arg(rt, a[0])) return Value::null();
  if (int_sign(a[0]) < 0) return rt.raise_value_error("factorial() not defined for negative values");
  std::int64_t n;
  if (!int_to_i64(a[0], &n))
    return rt.raise(rt.exc.OverflowError, "factorial() argument should not exceed 9223372036854775807");
  MpzTmp r;
  mpz_fac_ui(r.z, static_cast<unsigned long>(n));
  return int_from_mpz(rt, r.z);
}

Value gcd_or_lcm(Runtime& rt, const ArgView& a, const char* name, bool lcm) {
  if (!check_no_kwargs(rt, a, name)) return Value::null();
  MpzTmp r;
  mpz_set_ui(r.z, lcm ? 1 : 0);
  for (std::size_t i = 0; i < a.npos; ++i) {
    if (!int_value_arg(rt, a[i])) return Value::null();
    MpzArg x(a[i]);
    if (lcm) mpz_lcm(r.z, r.z, x.get());
    else mpz_gcd(r.z, r.z, x.get());
  }
  if (a.npos == 1) mpz_abs(r.z, r.z);
  return int_from_mpz(rt, r.z);
}
Value math_gcd(Runtime& rt, const ArgView& a) { return gcd_or_lcm(rt, a, "gcd", false); }
Value math_lcm(Runtime& rt, const ArgView& a) { return gcd_or_lcm(rt, a, "lcm", true); }

Value math_isqrt(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "math.isqrt")) return Value::null();
  if (!int_value_arg(rt, a[0])) return Value::null();
  if (int_sign(a[0]) < 0) return rt.raise_value_error("isqrt() argument must be nonnegative");
  MpzArg x(a[0]);
  MpzTmp r;
  mpz_sqrt(r.z, x.get());
  return int_from_mpz(rt, r.z);
}

// n and k for comb/perm: false after raising.
bool n_and_k(Runtime& rt, Value vn, Value vk) {
  if (!int_value_arg(rt, vn) || !int_value_arg(rt, vk)) return false;
  if (int_sign(vn) < 0) {
    rt.raise_value_error("n must be a non-negative integer");
    return false;
  }
  if (int_sign(vk) < 0) {
    rt.raise_value_error("k must be a non-negative integer");
    return false;
  }
  return true;
}

Value math_comb(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "comb") || !check_nargs(rt, a, "comb", 2, 2)) return Value::null();
  if (!n_and_k(rt, a[0], a[1])) return Value::null();
  MpzArg n(a[0]), k(a[1]);
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::small(0);
  MpzTmp nk;
  mpz_sub(nk.z, n.get(), k.get());
  mpz_srcptr small = mpz_cmp(nk.z, k.get()) < 0 ? nk.z : k.get();
  if (!mpz_fits_slong_p(small))
    return rt.raise(rt.exc.OverflowError, "min(n - k, k) must not exceed 9223372036854775807");
  MpzTmp r;
  mpz_bin_ui(r.z, n.get(), mpz_get_ui(small));
  return int_from_mpz(rt, r.z);
}

Value math_perm(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "perm") || !check_nargs(rt, a, "perm", 1, 2)) return Value::null();
  if (a.npos == 1 || a[1].is(rt.None())) return math_factorial(rt, ArgView{a.pos, 1, nullptr, nullptr});
  if (!n_and_k(rt, a[0], a[1])) return Value::null();
  MpzArg n(a[0]), k(a[1]);
  if (mpz_cmp(k.get(), n.get()) > 0) return Value::small(0);
  if (!mpz_fits_slong_p(k.get()))
    return rt.raise(rt.exc.OverflowError, "k must not exceed 9223372036854775807");
  unsigned long kk = mpz_get_ui(k.get());
  MpzTmp r, f;
  mpz_set_ui(r.z, 1);
  mpz_set(f.z, n.get());
  for (unsigned long i = 0; i < kk; ++i) {
    mpz_mul(r.z, r.z, f.z);
    mpz_sub_ui(f.z, f.z, 1);
  }
  return int_from_mpz(rt, r.z);
}

}  // namespace

Module* make_math_module(Runtime& rt) {
  Module* m = rt.new_module("math");
  Dict* d = m->dict;
  auto set = [&](const char* name, double v) { dict_set_str(rt, d, rt.intern(name), rt.new_float(v)); };
  set("pi", M_PI);
  set("e", M_E);
  set("tau", 2 * M_PI);
  set("inf", HUGE_VAL);
  set("nan", NAN);
  struct Fn {
    const char* name;
    NativeFnPtr fn;
  };
  const Fn fns[] = {
      {"sqrt", math_sqrt},     {"exp", math_exp},         {"exp2", math_exp2},
      {"expm1", math_expm1},   {"log1p", math_log1p},     {"sin", math_sin},
      {"cos", math_cos},       {"tan", math_tan},         {"asin", math_asin},
      {"acos", math_acos},     {"atan", math_atan},       {"sinh", math_sinh},
      {"cosh", math_cosh},     {"tanh", math_tanh},       {"asinh", math_asinh},
      {"acosh", math_acosh},   {"atanh", math_atanh},     {"fabs", math_fabs},
      {"cbrt", math_cbrt},     {"degrees", math_degrees}, {"radians", math_radians},
      {"floor", math_floor},   {"ceil", math_ceil},       {"trunc", math_trunc},
      {"log", math_log},       {"log2", math_log2},       {"log10", math_log10},
      {"pow", math_pow},       {"atan2", math_atan2},     {"copysign", math_copysign},
      {"remainder", math_remainder}, {"fmod", math_fmod}, {"modf", math_modf},
      {"frexp", math_frexp},   {"ldexp", math_ldexp},     {"isfinite", math_isfinite},
      {"isinf", math_isinf},   {"isnan", math_isnan},     {"isclose", math_isclose},
      {"fsum", math_fsum},     {"hypot", math_hypot},     {"dist", math_dist},
      {"prod", math_prod},     {"factorial", math_factorial}, {"gcd", math_gcd},
      {"lcm", math_lcm},       {"isqrt", math_isqrt},     {"comb", math_comb},
      {"perm", math_perm},
  };
  for (const Fn& f : fns) add_function(rt, d, f.name, f.fn);
  return m;
}

}  // namespace stk
