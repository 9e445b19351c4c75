// Builtin functions about numbers and characters: abs, divmod, pow (with the
// 3-argument modular form via GMP), round, bin/hex/oct, ord, chr. Arithmetic
// itself is ops::binary's; these only add the builtin's argument rules.
#include <gmp.h>

#include <cmath>
#include <string>

#include "builtins/builtins_internal.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

// Loads an int Value (small, bool or BigInt) into `z`.
void to_mpz(Value v, mpz_t z) {
  if (v.is_small()) {
    mpz_set_si(z, v.small_value());
  } else if (is_kind(v, ObjKind::Bool)) {
    mpz_set_si(z, v.as<BoolObj>()->value ? 1 : 0);
  } else {
    mpz_set(z, v.as<BigInt>()->z);
  }
}

Value builtin_abs(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "abs")) return Value::null();
  Value v = a[0];
  if (v.is_small()) {
    std::int64_t i = v.small_value();
    return i < 0 ? make_int(rt, -i) : v;
  }
  if (is_kind(v, ObjKind::Float)) return rt.new_float(std::fabs(v.as<Float>()->value));
  if (is_int(v)) {
    mpz_t z;
    mpz_init(z);
    to_mpz(v, z);
    mpz_abs(z, z);
    Value r = int_from_mpz(rt, z);
    mpz_clear(z);
    return r;
  }
  if (is_kind(v, ObjKind::Instance)) {
    Value m = ops::getattr(rt, v, rt.intern("__abs__"));
    if (!m.is_null()) return rt.call(m, nullptr, 0);
    if (!rt.exception_matches(rt.pending_exc, rt.exc.AttributeError)) return m;
    rt.pending_exc = Value::null();
  }
  return rt.raise_type_error("bad operand type for abs(): '" + ops::type_name(rt, v) + "'");
}

bool is_zero(Value v) {
  if (v.is_small()) return v.small_value() == 0;
  if (is_kind(v, ObjKind::Bool)) return !v.as<BoolObj>()->value;
  if (is_kind(v, ObjKind::Float)) return v.as<Float>()->value == 0.0;
  return false;
}

Value builtin_divmod(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "divmod") || !check_nargs(rt, a, "divmod", 2, 2)) return Value::null();
  Value x = a[0], y = a[1];
  if (!is_number(x) || !is_number(y)) {
    return rt.raise_type_error("unsupported operand type(s) for divmod(): '" + ops::type_name(rt, x) +
                               "' and '" + ops::type_name(rt, y) + "'");
  }
  if (is_zero(y) && (is_kind(x, ObjKind::Float) || is_kind(y, ObjKind::Float)))
    return rt.raise(rt.exc.ZeroDivisionError, "float divmod()");
  Value q = ops::binary(rt, BinOp::FloorDiv, x, y);
  if (q.is_null()) return q;
  Root keep(rt, q);
  Value r = ops::binary(rt, BinOp::Mod, x, y);
  if (r.is_null()) return r;
  Value items[2] = {keep.get(), r};
  return Value::object(tuple_from(rt, items, 2));
}

Value builtin_pow(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"base", "exp", "mod"}, "pow")) return Value::null();
  Value base = a.npos > 0 ? a[0] : find_kwarg(a, "base");
  Value exp = a.npos > 1 ? a[1] : find_kwarg(a, "exp");
  Value mod = a.npos > 2 ? a[2] : find_kwarg(a, "mod");
  if (a.npos > 3)
    return rt.raise_type_error("pow() takes at most 3 arguments (" + std::to_string(a.npos) + " given)");
  if (base.is_null()) return rt.raise_type_error("pow() missing required argument 'base' (pos 1)");
  if (exp.is_null()) return rt.raise_type_error("pow() missing required argument 'exp' (pos 2)");
  if (mod.is_null() || mod.is(rt.None())) return ops::binary(rt, BinOp::Pow, base, exp);
  if (!is_int(base) || !is_int(exp) || !is_int(mod))
    return rt.raise_type_error("pow() 3rd argument not allowed unless all arguments are integers");
  return int_pow_mod(rt, base, exp, mod);
}

Value builtin_round(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"number", "ndigits"}, "round")) return Value::null();
  if (a.npos > 2)
    return rt.raise_type_error("round() takes at most 2 arguments (" + std::to_string(a.npos) + " given)");
  Value x = a.npos > 0 ? a[0] : find_kwarg(a, "number");
  Value nd = a.npos > 1 ? a[1] : find_kwarg(a, "ndigits");
  if (x.is_null()) return rt.raise_type_error("round() missing required argument 'number' (pos 1)");
  if (is_kind(x, ObjKind::Float)) return float_round(rt, float_value(x), nd);
  if (is_int(x)) {
    if (!nd.is_null() && !nd.is(rt.None())) return int_round(rt, x, nd);
    return is_kind(x, ObjKind::Bool) ? Value::small(x.as<BoolObj>()->value ? 1 : 0) : x;
  }
  Str* name = rt.intern("__round__");
  if (!ops::lookup_type_attr(ops::type_of(rt, x), name).is_null()) {
    Root keep_nd(rt, nd);
    Value m = ops::getattr(rt, x, name);
    if (m.is_null()) return m;
    if (keep_nd.get().is_null() || keep_nd.get().is(rt.None())) return rt.call(m, nullptr, 0);
    Value arg = keep_nd.get();
    return rt.call(m, &arg, 1);
  }
  return rt.raise_type_error("type " + ops::type_name(rt, x) + " doesn't define __round__ method");
}

Value format_base(Runtime& rt, const ArgView& a, const char* name, int base, const char* prefix) {
  if (!check_one_arg(rt, a, name)) return Value::null();
  Value v = a[0];
  if (!is_int(v))
    return rt.raise_type_error("'" + ops::type_name(rt, v) + "' object cannot be interpreted as an integer");
  mpz_t z;
  mpz_init(z);
  to_mpz(v, z);
  bool neg = mpz_sgn(z) < 0;
  mpz_abs(z, z);
  std::string digits(mpz_sizeinbase(z, base) + 2, '\0');
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::char_traits<char>::length(digits.c_str()));
  mpz_clear(z);
  std::string out = neg ? "-" : "";
  out += prefix;
  out += digits;
  return Value::object(rt.new_str(out));
}

Value builtin_bin(Runtime& rt, const ArgView& a) { return format_base(rt, a, "bin", 2, "0b"); }
Value builtin_oct(Runtime& rt, const ArgView& a) { return format_base(rt, a, "oct", 8, "0o"); }
Value builtin_hex(Runtime& rt, const ArgView& a) { return format_base(rt, a, "hex", 16, "0x"); }

Value builtin_ord(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "ord")) return Value::null();
  if (!is_kind(a[0], ObjKind::Str))
    return rt.raise_type_error("ord() expected string of length 1, but " + ops::type_name(rt, a[0]) +
                               " found");
  Str* s = a[0].as<Str>();
  if (s->length != 1)
    return rt.raise_type_error("ord() expected a character, but string of length " +
                               std::to_string(s->length) + " found");
  auto* p = reinterpret_cast<const unsigned char*>(s->data());
  std::uint32_t cp;
  switch (s->nbytes) {
    case 1: cp = p[0]; break;
    case 2: cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu); break;
    case 3: cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); break;
    default:
      cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  }
  return Value::small(cp);
}

Value builtin_chr(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "chr")) return Value::null();
  std::int64_t i;
  int r = as_int64(a[0], &i);
  if (r == 0)
    return rt.raise_type_error("'" + ops::type_name(rt, a[0]) + "' object cannot be interpreted as an integer");
  if (r < 0 || i > INT32_MAX || i < INT32_MIN)
    return rt.raise(rt.exc.OverflowError, "Python int too large to convert to C int");
  if (i < 0 || i >= 0x110000) return rt.raise_value_error("chr() arg not in range(0x110000)");
  return str_from_codepoint(rt, static_cast<std::uint32_t>(i));
}

}  // namespace

void install_numeric_builtins(Runtime& rt, Dict* d) {
  add_function(rt, d, "abs", builtin_abs);
  add_function(rt, d, "divmod", builtin_divmod);
  add_function(rt, d, "pow", builtin_pow);
  add_function(rt, d, "round", builtin_round);
  add_function(rt, d, "bin", builtin_bin);
  add_function(rt, d, "oct", builtin_oct);
  add_function(rt, d, "hex", builtin_hex);
  add_function(rt, d, "ord", builtin_ord);
  add_function(rt, d, "chr", builtin_chr);
}

}  // namespace stk
