// The format-spec mini-language, after CPython's Python/formatter_unicode.c:
// [[fill]align][sign][z][#][0][width][grouping][.precision][type] for int, float
// and str, plus `double_to_string` (PyOS_double_to_string) that `%` shares.
// Widths count code points; numbers are laid out as CPython's calc_number_widths
// does: <lpad><sign><prefix><spad><grouped digits><decimal + remainder><rpad>.
#include "objects/format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

struct Spec {
  std::uint32_t fill = ' ';
  std::uint32_t align = 0;
  char sign = 0;
  bool no_neg_0 = false;
  bool alternate = false;
  std::int64_t width = -1;
  char thousands = 0;  // 0, ',' or '_'
  std::int64_t precision = -1;
  std::uint32_t type = 0;
};

bool is_align(std::uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Decimal digits at `*pos`: 1 parsed (`*out` set), 0 none, -1 raised (too many).
int get_integer(Runtime& rt, std::string_view s, std::size_t* pos, std::int64_t* out) {
  std::int64_t v = 0;
  std::size_t start = *pos;
  while (*pos < s.size() && s[*pos] >= '0' && s[*pos] <= '9') {
    int d = s[*pos] - '0';
    if (v > (INT64_MAX - d) / 10) {
      rt.raise_value_error("Too many decimal digits in format string");
      return -1;
    }
    v = v * 10 + d;
    ++*pos;
  }
  *out = v;
  return *pos > start ? 1 : 0;
}

std::uint32_t cp_at(std::string_view s, std::size_t pos, std::size_t* len) {
  return text::decode(s.data() + pos, len);
}

void thousands_error(Runtime& rt, char sep, std::uint32_t type) {
  char buf[64];
  if (type > 32 && type < 128)
    std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '%c'.", sep, static_cast<char>(type));
  else
    std::snprintf(buf, sizeof buf, "Cannot specify '%c' with '\\x%x'.", sep, type);
  rt.raise_value_error(buf);
}

bool parse_spec(Runtime& rt, Value obj, std::string_view s, std::uint32_t default_type,
                std::uint32_t default_align, Spec* f) {
  f->align = default_align;
  f->type = default_type;
  std::size_t pos = 0;
  bool fill_specified = false, align_specified = false;
  std::size_t n0 = 0, n1 = 0;
  std::uint32_t c0 = s.empty() ? 0 : cp_at(s, 0, &n0);
  std::uint32_t c1 = s.size() > n0 && !s.empty() ? cp_at(s, n0, &n1) : 0;
  if (s.size() > n0 && !s.empty() && is_align(c1)) {
    f->fill = c0;
    f->align = c1;
    fill_specified = align_specified = true;
    pos = n0 + n1;
  } else if (!s.empty() && is_align(c0)) {
    f->align = c0;
    align_specified = true;
    pos = 1;
  }
  if (pos < s.size() && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f->sign = s[pos++];
  if (pos < s.size() && s[pos] == 'z') {
    f->no_neg_0 = true;
    ++pos;
  }
  if (pos < s.size() && s[pos] == '#') {
    f->alternate = true;
    ++pos;
  }
  if (!fill_specified && pos < s.size() && s[pos] == '0') {
    f->fill = '0';
    if (!align_specified && default_align == '>') f->align = '=';
    ++pos;
  }
  int got = get_integer(rt, s, &pos, &f->width);
  if (got < 0) return false;
  if (got == 0) f->width = -1;
  if (pos < s.size() && s[pos] == ',') {
    f->thousands = ',';
    ++pos;
  }
  if (pos < s.size() && s[pos] == '_') {
    if (f->thousands) {
      rt.raise_value_error("Cannot specify both ',' and '_'.");
      return false;
    }
    f->thousands = '_';
    ++pos;
  }
  if (pos < s.size() && s[pos] == ',' && f->thousands == '_') {
    rt.raise_value_error("Cannot specify both ',' and '_'.");
    return false;
  }
  if (pos < s.size() && s[pos] == '.') {
    ++pos;
    got = get_integer(rt, s, &pos, &f->precision);
    if (got < 0) return false;
    if (got == 0) {
      rt.raise_value_error("Format specifier missing precision");
      return false;
    }
  }
  if (pos < s.size()) {
    std::size_t n = 0;
    std::uint32_t t = cp_at(s, pos, &n);
    if (pos + n < s.size()) {
      rt.raise_value_error("Invalid format specifier '" + std::string(s) + "' for object of type '" +
                           ops::type_name(rt, obj) + "'");
      return false;
    }
    f->type = t;
  }
  if (f->thousands) {
    switch (f->type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f->thousands == '_') break;
        [[fallthrough]];
      default:
        thousands_error(rt, f->thousands, f->type);
        return false;
    }
  }
  return true;
}

void unknown_type(Runtime& rt, std::uint32_t type, const std::string& name) {
  char buf[32];
  if (type > 32 && type < 128) std::snprintf(buf, sizeof buf, "'%c'", static_cast<char>(type));
  else std::snprintf(buf, sizeof buf, "'\\x%x'", type);
  rt.raise_value_error(std::string("Unknown format code ") + buf + " for object of type '" + name + "'");
}

void put_fill(std::string& out, std::uint32_t fill, std::int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(static_cast<std::size_t>(n), static_cast<char>(fill));
    return;
  }
  for (std::int64_t i = 0; i < n; ++i) text::encode(out, fill);
}

// _PyUnicode_InsertThousandsGrouping: `digits` grouped by `group` (0 = none) with
// `sep`, zero-extended on the left to at least `min_width` characters.
void put_grouped(std::string& out, std::string_view digits, std::int64_t min_width, int group, char sep,
                 bool upper) {
  std::string r;  // built right to left
  min_width = std::max<std::int64_t>(0, min_width);
  auto remaining = static_cast<std::int64_t>(digits.size());
  std::size_t pos = digits.size();
  bool use_sep = false, broken = false;
  auto chunk = [&](std::int64_t len) {
    std::int64_t zeros = std::max<std::int64_t>(0, len - remaining);
    std::int64_t chars = std::max<std::int64_t>(0, std::min(remaining, len));
    if (use_sep) r += sep;
    for (std::int64_t i = 0; i < chars; ++i) r += digits[--pos];
    r.append(static_cast<std::size_t>(zeros), '0');
    remaining -= chars;
  };
  if (group > 0) {
    for (;;) {
      std::int64_t len = std::min<std::int64_t>(group, std::max({remaining, min_width, std::int64_t{1}}));
      chunk(len);
      use_sep = true;
      min_width -= len;
      if (remaining <= 0 && min_width <= 0) {
        broken = true;
        break;
      }
      min_width -= 1;
    }
  }
  if (!broken) chunk(std::max({remaining, min_width, std::int64_t{1}}));
  std::reverse(r.begin(), r.end());
  if (upper)
    for (char& c : r)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  out += r;
}

// calc_number_widths + fill_number. `sign_char` is '-' or 0; `digits` are ASCII;
// `tail` is the decimal point and the remainder (exponent, '%', "inf", a 'c'
// character), `tail_len` its length in code points.
void put_number(std::string& out, const Spec& f, char sign_char, std::string_view prefix,
                std::string_view digits, std::string_view tail, std::int64_t tail_len, int group,
                bool upper) {
  char sign = 0;
  if (f.sign == '+') sign = sign_char == '-' ? '-' : '+';
  else if (f.sign == ' ') sign = sign_char == '-' ? '-' : ' ';
  else if (sign_char == '-') sign = '-';
  std::int64_t n_non_digit = (sign ? 1 : 0) + static_cast<std::int64_t>(prefix.size()) + tail_len;
  std::int64_t min_width = (f.fill == '0' && f.align == '=') ? f.width - n_non_digit : 0;
  std::string grouped;
  if (!digits.empty()) put_grouped(grouped, digits, min_width, group, f.thousands, upper);
  std::int64_t padding = f.width - (n_non_digit + static_cast<std::int64_t>(grouped.size()));
  std::int64_t lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  put_fill(out, f.fill, lpad);
  if (sign) out += sign;
  if (upper) {
    for (char c : prefix) out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  } else {
    out += prefix;
  }
  put_fill(out, f.fill, spad);
  out += grouped;
  out += tail;
  put_fill(out, f.fill, rpad);
}

// Magnitude digits of an int in `base` (lowercase), and whether it is negative.
void int_digits(Value v, int base, std::string& digits, bool* negative) {
  std::int64_t i;
  if (int_to_i64(v, &i)) {
    *negative = i < 0;
    std::uint64_t u = i < 0 ? (0 - static_cast<std::uint64_t>(i)) : static_cast<std::uint64_t>(i);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, u, base);
    digits.assign(buf, r.ptr);
    return;
  }
  mpz_srcptr z = v.as<BigInt>()->z;
  *negative = mpz_sgn(z) < 0;
  std::size_t n = mpz_sizeinbase(z, base) + 2;
  digits.resize(n);
  mpz_get_str(digits.data(), base, z);
  digits.resize(std::char_traits<char>::length(digits.c_str()));
  if (*negative) digits.erase(0, 1);
}

bool format_float(Runtime& rt, double val, const Spec& f0, std::string& out);

bool format_int(Runtime& rt, Value v, const Spec& f, std::string& out) {
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d;
      if (!int_to_double(rt, v, &d)) return false;
      return format_float(rt, d, f, out);
    }
    default:
      unknown_type(rt, f.type, ops::type_name(rt, v));
      return false;
  }
  if (f.precision != -1) {
    rt.raise_value_error("Precision not allowed in integer format specifier");
    return false;
  }
  if (f.no_neg_0) {
    rt.raise_value_error("Negative zero coercion (z) not allowed in integer format specifier");
    return false;
  }
  if (f.type == 'c') {
    if (f.sign) {
      rt.raise_value_error("Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (f.alternate) {
      rt.raise_value_error("Alternate form (#) not allowed with integer format specifier 'c'");
      return false;
    }
    std::int64_t x;
    if (!int_to_i64(v, &x)) {
      rt.raise(rt.exc.OverflowError, "Python int too large to convert to C long");
      return false;
    }
    if (x < 0 || x > 0x10FFFF) {
      rt.raise(rt.exc.OverflowError, "%c arg not in range(0x110000)");
      return false;
    }
    std::string ch;
    text::encode(ch, static_cast<std::uint32_t>(x));
    put_number(out, f, 0, {}, {}, ch, 1, 0, false);
    return true;
  }
  int base = f.type == 'b' ? 2 : f.type == 'o' ? 8 : (f.type == 'x' || f.type == 'X') ? 16 : 10;
  std::string digits;
  bool negative;
  int_digits(v, base, digits, &negative);
  const char* prefix = "";
  if (f.alternate) prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
  if (!f.sign && f.width == -1 && !f.thousands && f.type != 'X' && f.type != 'n') {
    if (negative) out += '-';
    out += prefix;
    out += digits;
    return true;
  }
  int group = f.thousands == 0 ? 0 : (f.thousands == '_' && base != 10) ? 4 : 3;
  put_number(out, f, negative ? '-' : 0, prefix, digits, {}, 0, group, f.type == 'X');
  return true;
}

bool format_float(Runtime& rt, double val, const Spec& f, std::string& out) {
  std::uint32_t type = f.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      unknown_type(rt, type, "float");
      return false;
  }
  if (f.precision > INT32_MAX) {
    rt.raise_value_error("precision too big");
    return false;
  }
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (f.alternate) flags |= kDtsAlt;
  if (f.no_neg_0) flags |= kDtsNoNeg0;
  if (type == 0) {
    flags |= kDtsAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool add_pct = false;
  if (type == '%') {
    type = 'f';
    val *= 100;
    add_pct = true;
  }
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string buf;
  double_to_string(val, static_cast<char>(type), precision, flags, buf);
  if (add_pct) buf += '%';
  if (f.sign != '+' && f.sign != ' ' && f.width == -1 && f.type != 'n' && !f.thousands) {
    out += buf;
    return true;
  }
  std::string_view s = buf;
  char sign_char = 0;
  if (!s.empty() && s[0] == '-') {
    sign_char = '-';
    s.remove_prefix(1);
  }
  std::size_t nd = 0;
  while (nd < s.size() && s[nd] >= '0' && s[nd] <= '9') ++nd;
  std::string_view tail = s.substr(nd);
  put_number(out, f, sign_char, {}, s.substr(0, nd), tail, static_cast<std::int64_t>(tail.size()),
             f.thousands ? 3 : 0, false);
  return true;
}

bool format_str(Runtime& rt, Value v, const Spec& f, std::string& out) {
  if (f.type != 's') {
    unknown_type(rt, f.type, ops::type_name(rt, v));
    return false;
  }
  if (f.sign) {
    rt.raise_value_error(f.sign == ' ' ? "Space not allowed in string format specifier"
                                       : "Sign not allowed in string format specifier");
    return false;
  }
  if (f.no_neg_0) {
    rt.raise_value_error("Negative zero coercion (z) not allowed in string format specifier");
    return false;
  }
  if (f.alternate) {
    rt.raise_value_error("Alternate form (#) not allowed in string format specifier");
    return false;
  }
  if (f.align == '=') {
    rt.raise_value_error("'=' alignment not allowed in string format specifier");
    return false;
  }
  if (f.thousands) {
    thousands_error(rt, f.thousands, f.type);
    return false;
  }
  Str* s = v.as<Str>();
  std::string_view text = sv(s);
  auto len = static_cast<std::int64_t>(s->length);
  if (f.precision >= 0 && len > f.precision) {
    len = f.precision;
    text = text.substr(0, str_byte_offset(s, len));
  }
  std::int64_t padding = f.width > len ? f.width - len : 0;
  std::int64_t left = f.align == '>' ? padding : f.align == '^' ? padding / 2 : 0;
  put_fill(out, f.fill, left);
  out += text;
  put_fill(out, f.fill, padding - left);
  return true;
}

void to_upper_ascii(std::string& s, std::size_t from) {
  for (std::size_t i = from; i < s.size(); ++i)
    if (s[i] >= 'a' && s[i] <= 'z') s[i] = static_cast<char>(s[i] - 'a' + 'A');
}

// Parses "[-]D[.DDD]e(+|-)XX" from to_chars: mantissa digits and decimal exponent.
void split_scientific(std::string_view s, std::string& digits, int* exp) {
  std::size_t i = 0;
  digits.clear();
  while (i < s.size() && s[i] != 'e') {
    if (s[i] >= '0' && s[i] <= '9') digits += s[i];
    ++i;
  }
  int e = 0;
  bool neg = false;
  for (++i; i < s.size(); ++i) {
    if (s[i] == '-') neg = true;
    else if (s[i] >= '0' && s[i] <= '9') e = e * 10 + (s[i] - '0');
  }
  *exp = neg ? -e : e;
}

void put_exponent(std::string& out, int exp) {
  out += 'e';
  out += exp < 0 ? '-' : '+';
  int a = exp < 0 ? -exp : exp;
  if (a < 10) out += '0';
  out += std::to_string(a);
}

// 'g' (and repr's 'r') from significant `digits` and `decpt` (dtoa's convention:
// value = 0.DIGITS * 10**decpt), as format_float_short lays them out.
void layout_general(std::string& out, std::string digits, int decpt, int precision, bool repr, unsigned flags) {
  bool alt = (flags & kDtsAlt) != 0;
  if (!alt || repr)
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  bool add_dot_0 = (flags & kDtsAddDot0) != 0;
  bool use_exp = repr ? (decpt <= -4 || decpt > 16)
                      : (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision));
  if (use_exp) {
    out += digits[0];
    if (digits.size() > 1 || alt) out += '.';
    out.append(digits, 1, std::string::npos);
    put_exponent(out, decpt - 1);
    return;
  }
  auto nd = static_cast<int>(digits.size());
  if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= nd) {
    out += digits;
    out.append(static_cast<std::size_t>(decpt - nd), '0');
    if (add_dot_0) out += ".0";
    else if (alt) out += '.';
  } else {
    out.append(digits, 0, static_cast<std::size_t>(decpt));
    out += '.';
    out.append(digits, static_cast<std::size_t>(decpt), std::string::npos);
  }
}

}  // namespace

void double_to_string(double d, char type, int precision, unsigned flags, std::string& out) {
  std::size_t start = out.size();
  bool upper = type == 'E' || type == 'F' || type == 'G';
  char lower = upper ? static_cast<char>(type - 'A' + 'a') : type;
  if (std::isnan(d)) {
    out += upper ? "NAN" : "nan";
    return;
  }
  if (std::isinf(d)) {
    out += d < 0 ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
    return;
  }
  if (std::signbit(d)) out += '-';
  double a = std::fabs(d);
  bool alt = (flags & kDtsAlt) != 0;
  std::string buf;
  if (lower == 'f') {
    buf.resize(static_cast<std::size_t>(precision) + 330);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, precision);
    out.append(buf.data(), r.ptr);
    if (alt && precision == 0) out += '.';
  } else if (lower == 'e') {
    buf.resize(static_cast<std::size_t>(precision) + 32);
    auto r = std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific, precision);
    std::string_view s(buf.data(), static_cast<std::size_t>(r.ptr - buf.data()));
    if (alt && precision == 0) {
      std::size_t e = s.find('e');
      out.append(s.substr(0, e));
      out += '.';
      out.append(s.substr(e));
    } else {
      out += s;
    }
  } else {
    bool repr = lower == 'r';
    if (!repr && precision == 0) precision = 1;
    std::string digits;
    int exp = 0;
    if (a == 0) {
      digits = repr ? "0" : std::string(static_cast<std::size_t>(precision), '0');
    } else {
      buf.resize(static_cast<std::size_t>(repr ? 0 : precision) + 40);
      auto r = repr ? std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific)
                    : std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::scientific,
                                    precision - 1);
      split_scientific(std::string_view(buf.data(), static_cast<std::size_t>(r.ptr - buf.data())), digits, &exp);
    }
    layout_general(out, std::move(digits), exp + 1, precision, repr, flags);
  }
  if (upper) to_upper_ascii(out, start);
  if ((flags & kDtsNoNeg0) && out.size() > start && out[start] == '-') {
    bool zero = true;
    for (std::size_t i = start + 1; i < out.size(); ++i) {
      char c = out[i];
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') zero = false;
    }
    if (zero) out.erase(start, 1);
  }
}

bool ascii_into(Runtime& rt, Value v, std::string& out) {
  std::string r;
  if (!ops::repr_into(rt, v, r)) return false;
  for (std::size_t i = 0; i < r.size();) {
    auto c = static_cast<unsigned char>(r[i]);
    if (c < 0x80) {
      out += r[i++];
      continue;
    }
    std::size_t n;
    std::uint32_t cp = text::decode(r.data() + i, &n);
    i += n;
    char buf[16];
    if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return true;
}

bool format_value_into(Runtime& rt, Value v, std::string_view spec, std::string& out) {
  Spec f;
  if (is_int(v)) {
    if (spec.empty()) return ops::str_into(rt, v, out);
    if (!parse_spec(rt, v, spec, 'd', '>', &f)) return false;
    return format_int(rt, v, f, out);
  }
  if (v.is_obj()) {
    Obj* o = v.obj();
    if (o->kind == ObjKind::Float) {
      if (spec.empty()) {
        float_repr_into(float_value(v), out);
        return true;
      }
      if (!parse_spec(rt, v, spec, 0, '>', &f)) return false;
      return format_float(rt, float_value(v), f, out);
    }
    if (o->kind == ObjKind::Str) {
      if (spec.empty()) {
        out += sv(v.as<Str>());
        return true;
      }
      if (!parse_spec(rt, v, spec, 's', '<', &f)) return false;
      return format_str(rt, v, f, out);
    }
    if (!(o->type->flags & Type::kBuiltin)) {
      // A user type may define __format__ (else object.__format__ below).
      Value m = ops::lookup_type_attr(o->type, rt.intern("__format__"));
      if (m && !is_kind(m, ObjKind::NativeFn)) {
        Value args[2] = {v, Value::object(rt.new_str(spec))};
        Root keep(rt, args[1]);
        Value r = rt.call(m, args, 2);
        if (!r) return false;
        if (!is_kind(r, ObjKind::Str)) {
          rt.raise_type_error("__format__ must return a str, not " + ops::type_name(rt, r));
          return false;
        }
        out += sv(r.as<Str>());
        return true;
      }
    }
  }
  if (!spec.empty()) {
    rt.raise_type_error("unsupported format string passed to " + ops::type_name(rt, v) + ".__format__");
    return false;
  }
  return ops::str_into(rt, v, out);
}

Value format_value_spec(Runtime& rt, Value v, std::string_view spec) {
  std::string out;
  if (!format_value_into(rt, v, spec, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

Value builtin_format(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "format") || !check_nargs(rt, a, "format", 1, 2)) return Value::null();
  std::string_view spec;
  if (a.npos == 2) {
    if (!is_kind(a[1], ObjKind::Str))
      return rt.raise_type_error("format() argument 2 must be str, not " + ops::type_name(rt, a[1]));
    spec = sv(a[1].as<Str>());
  }
  Value v = a[0];
  if (spec.empty() && is_kind(v, ObjKind::Str) && v.obj()->type == rt.types.str) return v;
  return format_value_spec(rt, v, spec);
}

}  // namespace stk
