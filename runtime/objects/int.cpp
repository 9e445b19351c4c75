// Python int: small-int fast paths on int64 and the GMP slow path (BigInt), plus
// int(), hashing, exact int/float comparison and decimal conversion.
// Invariant: every result goes through make_int/int_from_mpz/take_mpz, so an int
// that fits 63 bits is always a small int (canonical form, see value.hpp).
#include "objects/int.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <string>

#include "objects/containers.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"
#include "support/assert.hpp"

namespace stk {

namespace {

constexpr std::uint64_t kHashModulus = (std::uint64_t{1} << 61) - 1;
// Largest result we let GMP build (bits); beyond it we raise MemoryError rather
// than let GMP abort on a failed allocation.
constexpr std::uint64_t kMaxIntBits = std::uint64_t{1} << 32;
constexpr std::size_t kMaxStrDigits = 4300;  // CPython 3.11's sys.int_info default

// A read-only mpz for any is_int() value: BigInts are used in place, small ints
// and bools go through a temporary.
class MpzView {
 public:
  explicit MpzView(Value v) {
    if (v.is_obj() && v.obj()->kind == ObjKind::BigInt) {
      p_ = v.as<BigInt>()->z;
    } else {
      std::int64_t x = 0;
      int_to_i64(v, &x);
      mpz_init_set_si(tmp_, x);
      p_ = tmp_;
      owned_ = true;
    }
  }
  ~MpzView() {
    if (owned_) mpz_clear(tmp_);
  }
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  mpz_srcptr get() const { return p_; }

 private:
  mpz_t tmp_;
  mpz_srcptr p_;
  bool owned_ = false;
};

// RAII mpz for results.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
};

// Moves `z` into a Value (small int when it fits); `z` is left empty but valid.
Value take_mpz(Runtime& rt, mpz_t z) {
  if (mpz_fits_slong_p(z)) {
    long x = mpz_get_si(z);
    if (Value::fits_small(x)) return Value::small(x);
  }
  BigInt* b = rt.heap.alloc<BigInt>(rt.types.int_, ObjKind::BigInt);
  mpz_init(b->z);
  mpz_swap(b->z, z);
  rt.heap.account(static_cast<std::ptrdiff_t>(mpz_size(b->z) * sizeof(mp_limb_t)));
  return Value::object(b);
}

Value memory_error(Runtime& rt) {
  return rt.raise_value(rt.new_exception(rt.exc.MemoryError, nullptr));
}

// Correctly rounded a / b for ints (CPython's long_true_divide semantics).
Value int_true_divide(Runtime& rt, Value a, Value b) {
  MpzView va(a), vb(b);
  if (mpz_sgn(vb.get()) == 0) return rt.raise(rt.exc.ZeroDivisionError, "division by zero");
  if (mpz_sgn(va.get()) == 0) return rt.new_float(mpz_sgn(vb.get()) < 0 ? -0.0 : 0.0);
  bool negative = (mpz_sgn(va.get()) < 0) != (mpz_sgn(vb.get()) < 0);
  Mpz na, nb, q, r;
  mpz_abs(na.z, va.get());
  mpz_abs(nb.z, vb.get());
  long bits_a = static_cast<long>(mpz_sizeinbase(na.z, 2));
  long bits_b = static_cast<long>(mpz_sizeinbase(nb.z, 2));
  long diff = bits_a - bits_b;
  if (diff > 1025) {
    return rt.raise(rt.exc.OverflowError, "integer division result too large for a float");
  }
  if (diff < -1080) return rt.new_float(negative ? -0.0 : 0.0);
  // Scale so the quotient has 55-56 bits; below the subnormal range keep units of 2**-1074.
  long shift = 55 - diff;
  bool subnormal = shift > 1074;
  if (subnormal) shift = 1074;
  if (shift >= 0) mpz_mul_2exp(na.z, na.z, static_cast<mp_bitcnt_t>(shift));
  else mpz_mul_2exp(nb.z, nb.z, static_cast<mp_bitcnt_t>(-shift));
  mpz_tdiv_qr(q.z, r.z, na.z, nb.z);
  double result;
  if (subnormal) {
    // q counts units of 2**-1074 exactly: round half to even here, once.
    mpz_mul_2exp(r.z, r.z, 1);
    int c = mpz_cmp(r.z, nb.z);
    if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
    result = std::ldexp(static_cast<double>(mpz_get_ui(q.z)), -1074);
  } else {
    std::uint64_t top = mpz_get_ui(q.z);
    if (mpz_sgn(r.z) != 0) top |= 1;  // sticky bit: below the rounding position
    result = std::ldexp(static_cast<double>(top), static_cast<int>(-shift));
    if (std::isinf(result)) {
      return rt.raise(rt.exc.OverflowError, "integer division result too large for a float");
    }
  }
  return rt.new_float(negative ? -result : result);
}

Value int_pow(Runtime& rt, Value a, Value b) {
  if (int_sign(b) < 0) {
    double x, y;
    if (!int_to_double(rt, a, &x) || !int_to_double(rt, b, &y)) return Value::null();
    return float_binary_d(rt, BinOp::Pow, x, y);
  }
  std::int64_t x = 0, y = 0;
  bool small_a = int_to_i64(a, &x);
  if (!int_to_i64(b, &y)) {
    // Astronomical exponent: only 0, 1 and -1 give a representable result.
    if (small_a && (x == 0 || x == 1)) return Value::small(x);
    if (small_a && x == -1) return Value::small(mpz_odd_p(MpzView(b).get()) ? -1 : 1);
    return memory_error(rt);
  }
  if (small_a) {
    std::int64_t result = 1, base = x, e = y;
    bool overflow = false;
    while (e > 0) {
      if (e & 1) overflow |= __builtin_mul_overflow(result, base, &result);
      e >>= 1;
      if (e > 0) overflow |= __builtin_mul_overflow(base, base, &base);
      if (overflow) break;
    }
    if (!overflow) return make_int(rt, result);
    if (x == 0 || x == 1) return Value::small(x);
    if (x == -1) return Value::small((y & 1) ? -1 : 1);
  }
  MpzView va(a);
  std::uint64_t bits = mpz_sizeinbase(va.get(), 2);
  if (bits > 1 && static_cast<std::uint64_t>(y) > kMaxIntBits / (bits - 1)) return memory_error(rt);
  Mpz r;
  mpz_pow_ui(r.z, va.get(), static_cast<unsigned long>(y));
  return take_mpz(rt, r.z);
}

Value int_shift(Runtime& rt, BinOp op, Value a, Value b) {
  if (int_sign(b) < 0) return rt.raise_value_error("negative shift count");
  std::int64_t x = 0, y = 0;
  bool small_a = int_to_i64(a, &x);
  bool small_b = int_to_i64(b, &y);
  if (op == BinOp::RShift) {
    if (!small_b) return Value::small(int_sign(a) < 0 ? -1 : 0);
    if (small_a) return Value::small(y >= 63 ? (x < 0 ? -1 : 0) : (x >> y));
    Mpz r;
    mpz_fdiv_q_2exp(r.z, MpzView(a).get(), static_cast<mp_bitcnt_t>(y));
    return take_mpz(rt, r.z);
  }
  if (int_sign(a) == 0) return Value::small(0);
  if (!small_b || static_cast<std::uint64_t>(y) > kMaxIntBits) return memory_error(rt);
  if (small_a && y < 62) {
    if (x >= (Value::kMinSmall >> y) && x <= (Value::kMaxSmall >> y)) {
      return Value::small(static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << y));
    }
  }
  Mpz r;
  mpz_mul_2exp(r.z, MpzView(a).get(), static_cast<mp_bitcnt_t>(y));
  return take_mpz(rt, r.z);
}

}  // namespace

// ---------------------------------------------------------------------------
// Construction and conversion.

Value make_int(Runtime& rt, std::int64_t i) {
  if (STK_LIKELY(Value::fits_small(i))) return Value::small(i);
  Mpz z;
  mpz_set_si(z.z, i);
  return take_mpz(rt, z.z);
}

Value int_from_mpz(Runtime& rt, mpz_srcptr z) {
  Mpz copy;
  mpz_set(copy.z, z);
  return take_mpz(rt, copy.z);
}

Value int_from_digits(Runtime& rt, std::string_view digits, int base) {
  if (digits.size() <= 15 || (base == 16 && digits.size() <= 15)) {
    std::int64_t v = 0;
    bool ok = true;
    for (char c : digits) {
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10
              : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
      if (d >= base) { ok = false; break; }
      v = v * base + d;
    }
    if (ok && Value::fits_small(v)) return Value::small(v);
  }
  std::string s(digits);
  Mpz z;
  if (mpz_set_str(z.z, s.c_str(), base) != 0) mpz_set_ui(z.z, 0);
  return take_mpz(rt, z.z);
}

bool is_int(Value v) {
  if (v.is_small()) return true;
  if (!v.is_obj()) return false;
  ObjKind k = v.obj()->kind;
  return k == ObjKind::BigInt || k == ObjKind::Bool;
}

bool int_to_i64(Value v, std::int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  if (v.is_obj() && v.obj()->kind == ObjKind::Bool) {
    *out = v.as<BoolObj>()->value ? 1 : 0;
    return true;
  }
  return false;
}

int int_sign(Value v) {
  std::int64_t x;
  if (int_to_i64(v, &x)) return (x > 0) - (x < 0);
  return mpz_sgn(v.as<BigInt>()->z);
}

std::string int_to_decimal(Value v) {
  std::int64_t x;
  if (int_to_i64(v, &x)) return std::to_string(x);
  mpz_srcptr z = v.as<BigInt>()->z;
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  return s;
}

bool int_repr_into(Runtime& rt, Value v, std::string& out) {
  std::int64_t x;
  if (int_to_i64(v, &x)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, x);
    out.append(buf, r.ptr);
    return true;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  std::size_t estimate = mpz_sizeinbase(z, 10);
  if (estimate > kMaxStrDigits + 1) {
    rt.raise_value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
    return false;
  }
  std::size_t start = out.size();
  out.resize(start + estimate + 2);
  mpz_get_str(out.data() + start, 10, z);
  out.resize(start + std::strlen(out.c_str() + start));
  std::size_t ndigits = out.size() - start - (mpz_sgn(z) < 0 ? 1 : 0);
  if (ndigits > kMaxStrDigits) {
    out.resize(start);
    rt.raise_value_error(
        "Exceeds the limit (4300 digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit");
    return false;
  }
  return true;
}

bool int_to_double(Runtime& rt, Value v, double* out) {
  std::int64_t x;
  if (int_to_i64(v, &x)) {
    *out = static_cast<double>(x);
    return true;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  std::size_t bits = mpz_sizeinbase(z, 2);
  if (bits > 1024) {
    rt.raise(rt.exc.OverflowError, "int too large to convert to float");
    return false;
  }
  // Keep 55 bits plus a sticky bit so the hardware conversion rounds once, correctly.
  Mpz top;
  mpz_abs(top.z, z);
  long shift = static_cast<long>(bits) - 55;
  std::uint64_t t;
  if (shift > 0) {
    bool sticky = mpz_scan1(top.z, 0) < static_cast<mp_bitcnt_t>(shift);
    mpz_tdiv_q_2exp(top.z, top.z, static_cast<mp_bitcnt_t>(shift));
    t = mpz_get_ui(top.z) | (sticky ? 1 : 0);
  } else {
    t = mpz_get_ui(top.z);
    shift = 0;
  }
  double d = std::ldexp(static_cast<double>(t), static_cast<int>(shift));
  if (std::isinf(d)) {
    rt.raise(rt.exc.OverflowError, "int too large to convert to float");
    return false;
  }
  *out = mpz_sgn(z) < 0 ? -d : d;
  return true;
}

Value float_to_int(Runtime& rt, double d) {
  if (std::isinf(d)) return rt.raise(rt.exc.OverflowError, "cannot convert float infinity to integer");
  if (std::isnan(d)) return rt.raise_value_error("cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (std::fabs(t) < 4.0e18) return make_int(rt, static_cast<std::int64_t>(t));
  Mpz z;
  mpz_set_d(z.z, t);
  return take_mpz(rt, z.z);
}

namespace {

bool is_py_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == '\x1c' || c == '\x1d' || c == '\x1e' || c == '\x1f';
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

Value invalid_int_literal(Runtime& rt, Str* s, int base) {
  std::string msg = "invalid literal for int() with base " + std::to_string(base) + ": ";
  Value r = ops::repr(rt, Value::object(s));
  if (!r) return Value::null();
  msg += sv(r.as<Str>());
  return rt.raise_value_error(msg);
}

}  // namespace

Value int_from_str(Runtime& rt, Str* str, int base) {
  std::string_view s = sv(str);
  std::size_t b = 0, e = s.size();
  while (b < e && is_py_space(s[b])) ++b;
  while (e > b && is_py_space(s[e - 1])) --e;
  s = s.substr(b, e - b);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  int actual = base;
  bool after_prefix = false;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
    if (pb && (base == 0 || base == pb)) {
      actual = pb;
      s.remove_prefix(2);
      after_prefix = true;
    }
  }
  if (actual == 0) actual = 10;
  std::string digits;
  digits.reserve(s.size());
  bool prev_digit = after_prefix;  // an underscore may follow a base prefix
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      if (!prev_digit || i + 1 >= s.size()) return invalid_int_literal(rt, str, base);
      prev_digit = false;
      continue;
    }
    if (digit_value(c) >= actual) return invalid_int_literal(rt, str, base);
    digits.push_back(c);
    prev_digit = true;
  }
  if (digits.empty() || !prev_digit) return invalid_int_literal(rt, str, base);
  if (base == 0 && !after_prefix && digits[0] == '0' &&
      digits.find_first_not_of('0') != std::string::npos) {
    return invalid_int_literal(rt, str, base);
  }
  if (actual == 10 && digits.size() > kMaxStrDigits) {
    return rt.raise_value_error(
        "Exceeds the limit (4300 digits) for integer string conversion: value has " +
        std::to_string(digits.size()) +
        " digits; use sys.set_int_max_str_digits() to increase the limit");
  }
  Value v = int_from_digits(rt, digits, actual);
  return negative ? int_unary(rt, UnOp::Neg, v) : v;
}

// ---------------------------------------------------------------------------
// Arithmetic.

Value int_binary(Runtime& rt, BinOp op, Value a, Value b) {
  std::int64_t x, y;
  if (int_to_i64(a, &x) && int_to_i64(b, &y)) {
    std::int64_t r;
    switch (op) {
      case BinOp::Add: return make_int(rt, x + y);
      case BinOp::Sub: return make_int(rt, x - y);
      case BinOp::Mul:
        if (!__builtin_mul_overflow(x, y, &r)) return make_int(rt, r);
        break;
      case BinOp::FloorDiv:
      case BinOp::Mod: {
        if (y == 0) {
          return rt.raise(rt.exc.ZeroDivisionError, op == BinOp::Mod ? "integer modulo by zero"
                                                  : "integer division or modulo by zero");
        }
        std::int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) {
          --q;
          m += y;
        }
        return make_int(rt, op == BinOp::Mod ? m : q);
      }
      case BinOp::TrueDiv: {
        constexpr std::int64_t kExact = std::int64_t{1} << 53;
        if (y == 0) return rt.raise(rt.exc.ZeroDivisionError, "division by zero");
        if (x >= -kExact && x <= kExact && y >= -kExact && y <= kExact) {
          return rt.new_float(static_cast<double>(x) / static_cast<double>(y));
        }
        break;
      }
      case BinOp::And: return Value::small(x & y);
      case BinOp::Or: return Value::small(x | y);
      case BinOp::Xor: return Value::small(x ^ y);
      default: break;
    }
  }
  switch (op) {
    case BinOp::TrueDiv: return int_true_divide(rt, a, b);
    case BinOp::Pow: return int_pow(rt, a, b);
    case BinOp::LShift:
    case BinOp::RShift: return int_shift(rt, op, a, b);
    case BinOp::MatMul:
      return rt.raise_type_error("unsupported operand type(s) for @: '" + ops::type_name(rt, a) +
                                 "' and '" + ops::type_name(rt, b) + "'");
    default: break;
  }
  MpzView va(a), vb(b);
  Mpz r;
  switch (op) {
    case BinOp::Add: mpz_add(r.z, va.get(), vb.get()); break;
    case BinOp::Sub: mpz_sub(r.z, va.get(), vb.get()); break;
    case BinOp::Mul:
      if (mpz_sizeinbase(va.get(), 2) + mpz_sizeinbase(vb.get(), 2) > kMaxIntBits) {
        return memory_error(rt);
      }
      mpz_mul(r.z, va.get(), vb.get());
      break;
    case BinOp::FloorDiv:
    case BinOp::Mod:
      if (mpz_sgn(vb.get()) == 0) {
        return rt.raise(rt.exc.ZeroDivisionError, op == BinOp::Mod ? "integer modulo by zero"
                                                : "integer division or modulo by zero");
      }
      if (op == BinOp::Mod) mpz_fdiv_r(r.z, va.get(), vb.get());
      else mpz_fdiv_q(r.z, va.get(), vb.get());
      break;
    case BinOp::And: mpz_and(r.z, va.get(), vb.get()); break;
    case BinOp::Or: mpz_ior(r.z, va.get(), vb.get()); break;
    case BinOp::Xor: mpz_xor(r.z, va.get(), vb.get()); break;
    default: STK_UNREACHABLE();
  }
  return take_mpz(rt, r.z);
}

bool int_divmod(Runtime& rt, Value a, Value b, Value* q, Value* r) {
  std::int64_t x, y;
  if (int_to_i64(a, &x) && int_to_i64(b, &y) && y != 0) {
    std::int64_t qq = x / y, m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) {
      --qq;
      m += y;
    }
    *q = make_int(rt, qq);
    *r = make_int(rt, m);
    return true;
  }
  MpzView va(a), vb(b);
  if (mpz_sgn(vb.get()) == 0) {
    rt.raise(rt.exc.ZeroDivisionError, "integer division or modulo by zero");
    return false;
  }
  Mpz qq, rr;
  mpz_fdiv_qr(qq.z, rr.z, va.get(), vb.get());
  *q = take_mpz(rt, qq.z);
  *r = take_mpz(rt, rr.z);
  return true;
}

Value int_pow_mod(Runtime& rt, Value a, Value b, Value m) {
  MpzView va(a), vb(b), vm(m);
  if (mpz_sgn(vm.get()) == 0) return rt.raise_value_error("pow() 3rd argument cannot be 0");
  Mpz mod, base, r;
  mpz_abs(mod.z, vm.get());
  mpz_set(base.z, va.get());
  if (mpz_sgn(vb.get()) < 0) {
    if (mpz_invert(base.z, va.get(), mod.z) == 0) {
      return rt.raise_value_error("base is not invertible for the given modulus");
    }
    Mpz e;
    mpz_neg(e.z, vb.get());
    mpz_powm(r.z, base.z, e.z, mod.z);
  } else {
    mpz_powm(r.z, base.z, vb.get(), mod.z);
  }
  if (mpz_sgn(vm.get()) < 0 && mpz_sgn(r.z) != 0) mpz_add(r.z, r.z, vm.get());
  return take_mpz(rt, r.z);
}

Value int_unary(Runtime& rt, UnOp op, Value a) {
  std::int64_t x;
  if (int_to_i64(a, &x)) {
    switch (op) {
      case UnOp::Neg: return make_int(rt, -x);
      case UnOp::Pos: return Value::small(x);
      case UnOp::Invert: return Value::small(~x);
    }
  }
  Mpz r;
  switch (op) {
    case UnOp::Neg: mpz_neg(r.z, a.as<BigInt>()->z); break;
    case UnOp::Pos: return a;
    case UnOp::Invert: mpz_com(r.z, a.as<BigInt>()->z); break;
  }
  return take_mpz(rt, r.z);
}

Value int_abs(Runtime& rt, Value a) {
  return int_sign(a) < 0 ? int_unary(rt, UnOp::Neg, a) : int_unary(rt, UnOp::Pos, a);
}

int int_compare(Value a, Value b) {
  std::int64_t x, y;
  if (int_to_i64(a, &x) && int_to_i64(b, &y)) return (x > y) - (x < y);
  int c = mpz_cmp(MpzView(a).get(), MpzView(b).get());
  return (c > 0) - (c < 0);
}

int int_compare_double(Value a, double d) {
  if (std::isnan(d)) return 2;
  std::int64_t x;
  if (int_to_i64(a, &x)) {
    constexpr std::int64_t kExact = std::int64_t{1} << 53;
    if (x >= -kExact && x <= kExact) {
      double dx = static_cast<double>(x);
      return (dx > d) - (dx < d);
    }
    if (d >= 9223372036854775808.0) return -1;
    if (d < -9223372036854775808.0) return 1;
    double t = std::trunc(d);
    auto ti = static_cast<std::int64_t>(t);
    if (x != ti) return x < ti ? -1 : 1;
    double frac = d - t;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
  }
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int c = mpz_cmp_d(a.as<BigInt>()->z, d);
  return (c > 0) - (c < 0);
}

std::int64_t int_hash(Value v) {
  std::int64_t x;
  std::int64_t h;
  if (int_to_i64(v, &x)) {
    std::uint64_t m = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
    h = static_cast<std::int64_t>(m % kHashModulus);
    if (x < 0) h = -h;
  } else {
    mpz_srcptr z = v.as<BigInt>()->z;
    h = static_cast<std::int64_t>(mpz_tdiv_ui(z, kHashModulus));
    if (mpz_sgn(z) < 0) h = -h;
  }
  return h == -1 ? -2 : h;
}

Value int_round(Runtime& rt, Value x, Value ndigits) {
  if (!ndigits || ndigits.is(rt.None())) return int_unary(rt, UnOp::Pos, x);
  if (!is_int(ndigits)) {
    return rt.raise_type_error("'" + ops::type_name(rt, ndigits) +
                               "' object cannot be interpreted as an integer");
  }
  if (int_sign(ndigits) >= 0) return int_unary(rt, UnOp::Pos, x);
  std::int64_t n;
  if (!int_to_i64(ndigits, &n) || n < -100000) return Value::small(0);
  Mpz p, q, r;
  mpz_ui_pow_ui(p.z, 10, static_cast<unsigned long>(-n));
  mpz_fdiv_qr(q.z, r.z, MpzView(x).get(), p.z);
  mpz_mul_2exp(r.z, r.z, 1);
  int c = mpz_cmp(r.z, p.z);
  if (c > 0 || (c == 0 && mpz_odd_p(q.z))) mpz_add_ui(q.z, q.z, 1);
  mpz_mul(q.z, q.z, p.z);
  return take_mpz(rt, q.z);
}

// ---------------------------------------------------------------------------
// Methods and constructors.

namespace {

Value int_new(Runtime& rt, Type*, const ArgView& a) {
  Value base_arg;
  for (std::size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items()[i].as<Str>());
    if (k != "base") {
      return rt.raise_type_error("'" + std::string(k) + "' is an invalid keyword argument for int()");
    }
    base_arg = a.kwvalues[i];
  }
  std::size_t n = a.npos;
  if (n > 2 || (n == 2 && base_arg)) {
    return rt.raise_type_error("int() takes at most 2 arguments (" +
                               std::to_string(n + (base_arg ? 1 : 0)) + " given)");
  }
  if (n == 2) base_arg = a.pos[1];
  if (n == 0) {
    if (base_arg) return rt.raise_type_error("int() missing string argument");
    return Value::small(0);
  }
  Value x = a.pos[0];
  if (base_arg) {
    std::int64_t base;
    if (!is_int(base_arg)) {
      return rt.raise_type_error("'" + ops::type_name(rt, base_arg) +
                                 "' object cannot be interpreted as an integer");
    }
    if (!int_to_i64(base_arg, &base) || (base != 0 && (base < 2 || base > 36))) {
      return rt.raise_value_error("int() base must be >= 2 and <= 36, or 0");
    }
    if (!(x.is_obj() && x.obj()->kind == ObjKind::Str)) {
      return rt.raise_type_error("int() can't convert non-string with explicit base");
    }
    return int_from_str(rt, x.as<Str>(), static_cast<int>(base));
  }
  if (is_int(x)) return int_unary(rt, UnOp::Pos, x);
  if (x.is_obj()) {
    switch (x.obj()->kind) {
      case ObjKind::Float: return float_to_int(rt, x.as<Float>()->value);
      case ObjKind::Str: return int_from_str(rt, x.as<Str>(), 10);
      default: break;
    }
  }
  return rt.raise_type_error(
      "int() argument must be a string, a bytes-like object or a real number, not '" +
      ops::type_name(rt, x) + "'");
}

Value int_bit_length(Runtime& rt, const ArgView& a) {
  if (a.npos != 1) {
    return rt.raise_type_error("int.bit_length() takes no arguments (" + std::to_string(a.npos - 1) +
                               " given)");
  }
  std::int64_t x;
  if (int_to_i64(a.pos[0], &x)) {
    std::uint64_t m = x < 0 ? 0 - static_cast<std::uint64_t>(x) : static_cast<std::uint64_t>(x);
    return Value::small(m == 0 ? 0 : 64 - __builtin_clzll(m));
  }
  return make_int(rt, static_cast<std::int64_t>(mpz_sizeinbase(a.pos[0].as<BigInt>()->z, 2)));
}

Value int_conjugate(Runtime& rt, const ArgView& a) {
  if (a.npos != 1) {
    return rt.raise_type_error("int.conjugate() takes no arguments (" + std::to_string(a.npos - 1) +
                               " given)");
  }
  return int_unary(rt, UnOp::Pos, a.pos[0]);
}

Value bool_new(Runtime& rt, Type*, const ArgView& a) {
  if (a.nkw() != 0) return rt.raise_type_error("bool() takes no keyword arguments");
  if (a.npos > 1) {
    return rt.raise_type_error("bool expected at most 1 argument, got " + std::to_string(a.npos));
  }
  if (a.npos == 0) return rt.False();
  int t = ops::truthy(rt, a.pos[0]);
  if (t < 0) return Value::null();
  return rt.boolean(t != 0);
}

}  // namespace

void install_float_methods(Runtime& rt);  // float.cpp

void install_number_methods(Runtime& rt) {
  rt.types.int_->newfn = int_new;
  rt.types.bool_->newfn = bool_new;
  Dict* d = rt.types.int_->dict;
  dict_set_str(rt, d, rt.intern("bit_length"),
               Value::object(rt.new_native("bit_length", int_bit_length)));
  dict_set_str(rt, d, rt.intern("conjugate"),
               Value::object(rt.new_native("conjugate", int_conjugate)));
  install_float_methods(rt);
}

}  // namespace stk
