// Python float: boxed doubles. Arithmetic with CPython's semantics (floor division
// and modulo follow the divisor's sign, float_pow's special cases), hashing as
// _Py_HashDouble, repr as the shortest round-trip string, correctly rounded
// round(x, n), and float(). Ints mix in through int_to_double (exact or OverflowError).
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/containers.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"

namespace stk {

Value Runtime::new_float(double d) {
  Float* f = heap.alloc<Float>(types.float_, ObjKind::Float);
  f->value = d;
  return Value::object(f);
}

bool is_number(Value v) {
  return is_int(v) || (v.is_obj() && v.obj()->kind == ObjKind::Float);
}

bool number_to_double(Runtime& rt, Value v, double* out) {
  if (v.is_obj() && v.obj()->kind == ObjKind::Float) {
    *out = v.as<Float>()->value;
    return true;
  }
  if (is_int(v)) return int_to_double(rt, v, out);
  rt.raise_type_error("must be real number, not " + ops::type_name(rt, v));
  return false;
}

std::int64_t float_hash(double v) {
  constexpr std::uint64_t kP = (std::uint64_t{1} << 61) - 1;
  if (!std::isfinite(v)) return std::isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  std::uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kP) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    auto y = static_cast<std::uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kP) x -= kP;
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & kP) | x >> (61 - e);
  auto h = static_cast<std::int64_t>(x) * sign;
  return h == -1 ? -2 : h;
}

void float_repr_into(double d, std::string& out) {
  if (std::isnan(d)) {
    out += "nan";
    return;
  }
  if (std::isinf(d)) {
    out += d > 0 ? "inf" : "-inf";
    return;
  }
  if (d == 0) {
    out += std::signbit(d) ? "-0.0" : "0.0";
    return;
  }
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  // buf: [-]D[.DDD]e(+|-)XX
  const char* p = buf;
  if (*p == '-') {
    out += '-';
    ++p;
  }
  char digits[24];
  int nd = 0;
  while (p < r.ptr && *p != 'e') {
    if (*p != '.') digits[nd++] = *p;
    ++p;
  }
  // The exponent: 'e', a sign, digits (to_chars does not NUL-terminate).
  int exp = 0;
  bool neg_exp = false;
  for (const char* q = p + 1; q < r.ptr; ++q) {
    if (*q == '-') neg_exp = true;
    else if (*q >= '0' && *q <= '9') exp = exp * 10 + (*q - '0');
  }
  if (neg_exp) exp = -exp;
  if (exp >= -4 && exp < 16) {
    if (exp >= 0) {
      for (int i = 0; i <= exp; ++i) out += i < nd ? digits[i] : '0';
      out += '.';
      if (nd > exp + 1) out.append(digits + exp + 1, static_cast<std::size_t>(nd - exp - 1));
      else out += '0';
    } else {
      out += "0.";
      out.append(static_cast<std::size_t>(-exp - 1), '0');
      out.append(digits, static_cast<std::size_t>(nd));
    }
    return;
  }
  out += digits[0];
  if (nd > 1) {
    out += '.';
    out.append(digits + 1, static_cast<std::size_t>(nd - 1));
  }
  out += 'e';
  out += exp < 0 ? '-' : '+';
  int ae = exp < 0 ? -exp : exp;
  if (ae < 10) out += '0';
  out += std::to_string(ae);
}

bool float_divmod(Runtime& rt, double vx, double wx, double* q, double* r) {
  if (wx == 0.0) {
    rt.raise(rt.exc.ZeroDivisionError, "float divmod()");
    return false;
  }
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  *q = floordiv;
  *r = mod;
  return true;
}

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

Value float_pow(Runtime& rt, double iv, double iw) {
  if (iw == 0) return rt.new_float(1.0);
  if (std::isnan(iv)) return rt.new_float(iv);
  if (std::isnan(iw)) return rt.new_float(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return rt.new_float(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return rt.new_float(std::fabs(iw));
    return rt.new_float(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return rt.new_float(odd ? iv : std::fabs(iv));
    return rt.new_float(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) {
      return rt.raise(rt.exc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
    }
    return rt.new_float(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      return rt.raise(rt.exc.NotImplementedError, "complex numbers are not supported");
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return rt.new_float(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) {
    return rt.raise(rt.exc.OverflowError, "(34, 'Numerical result out of range')");
  }
  return rt.new_float(negate ? -ix : ix);
}

}  // namespace

Value float_binary_d(Runtime& rt, BinOp op, double x, double y) {
  switch (op) {
    case BinOp::Add: return rt.new_float(x + y);
    case BinOp::Sub: return rt.new_float(x - y);
    case BinOp::Mul: return rt.new_float(x * y);
    case BinOp::TrueDiv:
      if (y == 0.0) return rt.raise(rt.exc.ZeroDivisionError, "float division by zero");
      return rt.new_float(x / y);
    case BinOp::FloorDiv: {
      if (y == 0.0) return rt.raise(rt.exc.ZeroDivisionError, "float floor division by zero");
      double q, r;
      float_divmod(rt, x, y, &q, &r);
      return rt.new_float(q);
    }
    case BinOp::Mod: {
      if (y == 0.0) return rt.raise(rt.exc.ZeroDivisionError, "float modulo");
      double mod = std::fmod(x, y);
      if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
      } else {
        mod = std::copysign(0.0, y);
      }
      return rt.new_float(mod);
    }
    case BinOp::Pow: return float_pow(rt, x, y);
    default:
      return rt.raise_type_error(std::string("unsupported operand type(s) for ") +
                                 binop_symbol(op) + ": 'float' and 'float'");
  }
}

Value float_binary(Runtime& rt, BinOp op, Value a, Value b) {
  double x, y;
  if (!number_to_double(rt, a, &x) || !number_to_double(rt, b, &y)) return Value::null();
  return float_binary_d(rt, op, x, y);
}

bool number_compare(Runtime&, CmpOp op, Value a, Value b) {
  int c;  // -1, 0, 1, or 2 when unordered (NaN)
  bool fa = a.is_obj() && a.obj()->kind == ObjKind::Float;
  bool fb = b.is_obj() && b.obj()->kind == ObjKind::Float;
  if (fa && fb) {
    double x = a.as<Float>()->value, y = b.as<Float>()->value;
    c = x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
  } else if (fb) {
    c = int_compare_double(a, b.as<Float>()->value);
  } else if (fa) {
    c = int_compare_double(b, a.as<Float>()->value);
    if (c != 2) c = -c;
  } else {
    c = int_compare(a, b);
  }
  if (c == 2) return op == CmpOp::Ne;
  switch (op) {
    case CmpOp::Lt: return c < 0;
    case CmpOp::Le: return c <= 0;
    case CmpOp::Eq: return c == 0;
    case CmpOp::Ne: return c != 0;
    case CmpOp::Gt: return c > 0;
    case CmpOp::Ge: return c >= 0;
  }
  return false;
}

Value float_round(Runtime& rt, double x, Value ndigits) {
  if (!ndigits || ndigits.is(rt.None())) {
    double r = std::round(x);
    if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
    return float_to_int(rt, r);
  }
  if (!is_int(ndigits)) {
    return rt.raise_type_error("'" + ops::type_name(rt, ndigits) +
                               "' object cannot be interpreted as an integer");
  }
  std::int64_t n;
  if (!int_to_i64(ndigits, &n)) n = int_sign(ndigits) > 0 ? 100000 : -100000;
  if (n > 323) return rt.new_float(x);
  if (n < -308) return rt.new_float(0.0 * x);
  if (x == 0.0 || !std::isfinite(x)) return rt.new_float(x);
  // Exact decimal rounding of the binary value, half to even, then one correctly
  // rounded conversion back (CPython's double_round with dtoa mode 3 + strtod).
  int e;
  double m = std::frexp(std::fabs(x), &e);
  auto mant = static_cast<std::int64_t>(std::ldexp(m, 53));
  e -= 53;
  mpz_t num, den, q, r;
  mpz_inits(num, den, q, r, nullptr);
  mpz_set_si(num, mant);
  mpz_set_ui(den, 1);
  if (e >= 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_t p;
  mpz_init(p);
  mpz_ui_pow_ui(p, 10, static_cast<unsigned long>(n >= 0 ? n : -n));
  if (n >= 0) mpz_mul(num, num, p);
  else mpz_mul(den, den, p);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string text = x < 0 ? "-" : "";
  std::size_t start = text.size();
  text.resize(start + mpz_sizeinbase(q, 10) + 2);
  mpz_get_str(text.data() + start, 10, q);
  text.resize(std::strlen(text.c_str()));
  text += "e" + std::to_string(-n);
  mpz_clears(num, den, q, r, p, nullptr);
  double result = std::strtod(text.c_str(), nullptr);
  if (std::isinf(result)) return rt.raise(rt.exc.OverflowError, "rounded value too large to represent");
  return rt.new_float(result);
}

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool ieq(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// Copies digits of `s` from `i` into `out`, allowing single underscores between
// digits; returns the number of digits, or -1 for a misplaced underscore.
int take_digits(std::string_view s, std::size_t& i, std::string& out) {
  int n = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      out += c;
      ++n;
      ++i;
    } else if (c == '_') {
      if (n == 0 || i + 1 >= s.size() || !(s[i + 1] >= '0' && s[i + 1] <= '9')) return -1;
      ++i;
    } else {
      break;
    }
  }
  return n;
}

}  // namespace

Value float_from_str(Runtime& rt, Str* str) {
  std::string_view s = sv(str);
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  std::string_view t = s.substr(b, e - b);
  std::string clean;
  bool negative = false;
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
    negative = t[i] == '-';
    ++i;
  }
  std::string_view rest = t.substr(i);
  if (ieq(rest, "inf") || ieq(rest, "infinity")) return rt.new_float(negative ? -HUGE_VAL : HUGE_VAL);
  if (ieq(rest, "nan")) return rt.new_float(negative ? -NAN : NAN);
  if (negative) clean += '-';
  int whole = take_digits(t, i, clean);
  int frac = 0;
  bool ok = whole >= 0;
  if (ok && i < t.size() && t[i] == '.') {
    clean += '.';
    ++i;
    frac = take_digits(t, i, clean);
    ok = frac >= 0;
  }
  ok = ok && (whole > 0 || frac > 0);
  if (ok && i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    clean += 'e';
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) clean += t[i++];
    ok = take_digits(t, i, clean) > 0;
  }
  if (!ok || i != t.size()) {
    Value r = ops::repr(rt, Value::object(str));
    if (!r) return Value::null();
    return rt.raise_value_error("could not convert string to float: " + std::string(sv(r.as<Str>())));
  }
  return rt.new_float(std::strtod(clean.c_str(), nullptr));
}

namespace {

Value float_new(Runtime& rt, Type*, const ArgView& a) {
  if (a.nkw() != 0) return rt.raise_type_error("float() takes no keyword arguments");
  if (a.npos > 1) {
    return rt.raise_type_error("float expected at most 1 argument, got " + std::to_string(a.npos));
  }
  if (a.npos == 0) return rt.new_float(0.0);
  Value x = a.pos[0];
  if (x.is_obj() && x.obj()->kind == ObjKind::Float) return x;
  if (is_int(x)) {
    double d;
    if (!int_to_double(rt, x, &d)) return Value::null();
    return rt.new_float(d);
  }
  if (x.is_obj() && x.obj()->kind == ObjKind::Str) return float_from_str(rt, x.as<Str>());
  return rt.raise_type_error("float() argument must be a string or a real number, not '" +
                             ops::type_name(rt, x) + "'");
}

bool no_args(Runtime& rt, const ArgView& a, const char* name) {
  if (a.npos == 1 && a.nkw() == 0) return true;
  rt.raise_type_error(std::string(name) + "() takes no arguments (" + std::to_string(a.npos - 1) +
                      " given)");
  return false;
}

Value float_is_integer(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "float.is_integer")) return Value::null();
  double d = a.pos[0].as<Float>()->value;
  return rt.boolean(std::isfinite(d) && d == std::floor(d));
}

Value float_as_integer_ratio(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "float.as_integer_ratio")) return Value::null();
  double d = a.pos[0].as<Float>()->value;
  if (std::isinf(d)) return rt.raise(rt.exc.OverflowError, "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return rt.raise_value_error("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); ++i) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Tuple* t = rt.new_tuple(2);
  t->items()[0] = int_from_mpz(rt, num);
  t->items()[1] = int_from_mpz(rt, den);
  mpz_clears(num, den, nullptr);
  return Value::object(t);
}

Value float_conjugate(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "float.conjugate")) return Value::null();
  return a.pos[0];
}

}  // namespace

void install_float_methods(Runtime& rt) {
  rt.types.float_->newfn = float_new;
  Dict* d = rt.types.float_->dict;
  dict_set_str(rt, d, rt.intern("is_integer"),
               Value::object(rt.new_native("is_integer", float_is_integer)));
  dict_set_str(rt, d, rt.intern("as_integer_ratio"),
               Value::object(rt.new_native("as_integer_ratio", float_as_integer_ratio)));
  dict_set_str(rt, d, rt.intern("conjugate"),
               Value::object(rt.new_native("conjugate", float_conjugate)));
}

}  // namespace stk
