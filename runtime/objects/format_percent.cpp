// printf-style `str % args`, after CPython's PyUnicode_Format (Objects/unicodeobject.c):
// %[(key)][flags][width|*][.precision|*][hlL]type with types s r a d i u o x X
// e E f F g G c %. A tuple supplies the arguments in order, anything else is the
// single argument, and a mapping (dict, list...) may serve %(key)s. The result is
// built in one std::string; "at index N" positions count code points.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>

#include "objects/container_internal.hpp"
#include "objects/format.hpp"
#include "objects/int.hpp"
#include "objects/number.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

constexpr unsigned kLJust = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16;

struct Formatter {
  Runtime& rt;
  Value args;            // the right operand
  const Value* items;    // tuple items, or &args for a single argument
  std::int64_t arglen;   // -1: single argument
  std::int64_t argidx;   // -2: single argument not consumed yet
  Value dict;            // the mapping for %(key)s, or null
  Value keyed;           // the value a %(key) selected (rooted by the caller)
};

Value next_arg(Formatter& fx) {
  if (fx.argidx < fx.arglen) {
    std::int64_t i = fx.argidx++;
    if (fx.arglen < 0) return fx.keyed ? fx.keyed : fx.args;
    return fx.items[i];
  }
  return fx.rt.raise_type_error("not enough arguments for format string");
}

bool is_mapping(Runtime& rt, Value v) {
  if (!v.is_obj()) return false;
  switch (v.obj()->kind) {
    case ObjKind::Dict: case ObjKind::List: case ObjKind::Range:
      return true;
    case ObjKind::Tuple: case ObjKind::Str:
      return false;
    default:
      return !(v.obj()->type->flags & Type::kBuiltin) &&
             ops::lookup_type_attr(v.obj()->type, rt.names.__getitem__);
  }
}

// `* wants int` argument for width or precision.
bool star_arg(Formatter& fx, std::int64_t* out) {
  Value v = next_arg(fx);
  if (!v) return false;
  if (!is_int(v)) {
    fx.rt.raise_type_error("* wants int");
    return false;
  }
  if (!int_to_i64(v, out)) {
    fx.rt.raise(fx.rt.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

// _PyUnicode_FormatLong: [-][0x]digits, digits zero-extended to `prec`.
void format_long(Value v, bool alt, std::int64_t prec, char type, std::string& out) {
  int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string digits;
  bool negative;
  std::int64_t i;
  if (int_to_i64(v, &i)) {
    negative = i < 0;
    std::uint64_t u = negative ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
    char buf[72];
    auto r = std::to_chars(buf, buf + sizeof buf, u, base);
    digits.assign(buf, r.ptr);
  } else {
    mpz_srcptr z = v.as<BigInt>()->z;
    negative = mpz_sgn(z) < 0;
    digits.resize(mpz_sizeinbase(z, base) + 2);
    mpz_get_str(digits.data(), base, z);
    digits.resize(std::char_traits<char>::length(digits.c_str()));
    if (negative) digits.erase(0, 1);
  }
  if (negative) out += '-';
  if (alt && base != 10) {
    out += '0';
    out += type == 'o' ? 'o' : type;
  }
  if (prec > static_cast<std::int64_t>(digits.size()))
    out.append(static_cast<std::size_t>(prec) - digits.size(), '0');
  if (type == 'X')
    for (char& c : digits)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  out += digits;
}

// One conversion's text into `str`; `sign` says whether it is numeric.
bool format_arg(Formatter& fx, char ch, unsigned flags, std::int64_t prec, std::size_t index,
                std::string& str, bool* sign, std::uint32_t bad) {
  Runtime& rt = fx.rt;
  Value v = next_arg(fx);
  if (!v) return false;
  *sign = false;
  switch (ch) {
    case 's':
      return ops::str_into(rt, v, str);
    case 'r':
      return ops::repr_into(rt, v, str);
    case 'a':
      return ascii_into(rt, v, str);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
      Value iv = v;
      if (!is_int(v)) {
        bool wrong = !is_kind(v, ObjKind::Float) || ch == 'o' || ch == 'x' || ch == 'X';
        if (wrong) {
          rt.raise_type_error(std::string("%") + ch + " format: " +
                              ((ch == 'o' || ch == 'x' || ch == 'X') ? "an integer" : "a real number") +
                              " is required, not " + ops::type_name(rt, v));
          return false;
        }
        iv = float_to_int(rt, float_value(v));
        if (!iv) return false;
      }
      format_long(iv, (flags & kAlt) != 0, prec, ch, str);
      *sign = true;
      return true;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      if (!is_number(v)) {
        rt.raise_type_error("must be real number, not " + ops::type_name(rt, v));
        return false;
      }
      double d;
      if (!number_to_double(rt, v, &d)) return false;
      double_to_string(d, ch, prec < 0 ? 6 : static_cast<int>(prec), (flags & kAlt) ? kDtsAlt : 0, str);
      *sign = true;
      return true;
    }
    case 'c': {
      if (is_kind(v, ObjKind::Str)) {
        Str* s = v.as<Str>();
        if (s->length == 1) {
          str += sv(s);
          return true;
        }
      } else if (is_int(v)) {
        std::int64_t x;
        if (!int_to_i64(v, &x) || x < 0 || x > 0x10FFFF) {
          rt.raise(rt.exc.OverflowError, "%c arg not in range(0x110000)");
          return false;
        }
        text::encode(str, static_cast<std::uint32_t>(x));
        return true;
      }
      rt.raise_type_error("%c requires int or char");
      return false;
    }
    default: {
      char buf[96];
      std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu",
                    (bad >= 31 && bad <= 126) ? static_cast<char>(bad) : '?', bad, index);
      rt.raise_value_error(buf);
      return false;
    }
  }
}

// unicode_format_arg_output: width, sign, '0x' prefix and padding.
void output_arg(std::string& out, std::string_view str, char ch, unsigned flags, std::int64_t width,
                std::int64_t prec, bool sign) {
  char fill = (sign && (flags & kZero)) ? '0' : ' ';
  auto len = static_cast<std::int64_t>(text::count(str));
  if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && !(flags & (kSign | kBlank))) {
    out += str;
    return;
  }
  if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
    len = prec;
    std::size_t b = 0;
    for (std::int64_t i = 0; i < len; ++i) b += text::seq_len(static_cast<unsigned char>(str[b]));
    str = str.substr(0, b);
  }
  char signchar = 0;
  if (sign) {
    if (!str.empty() && (str[0] == '-' || str[0] == '+')) {
      signchar = str[0];
      str.remove_prefix(1);
      --len;
    } else if (flags & kSign) {
      signchar = '+';
    } else if (flags & kBlank) {
      signchar = ' ';
    }
  }
  if (width < len) width = len;
  if (signchar) {
    if (fill != ' ') out += signchar;
    if (width > len) --width;
  }
  bool prefix = (flags & kAlt) && (ch == 'x' || ch == 'X' || ch == 'o');
  std::string_view pfx;
  if (prefix) {
    pfx = str.substr(0, 2);
    str.remove_prefix(2);
    if (fill != ' ') out += pfx;
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !(flags & kLJust)) {
    out.append(static_cast<std::size_t>(width - len), fill);
    width = len;
  }
  if (fill == ' ') {
    if (signchar) out += signchar;
    if (prefix) out += pfx;
  }
  out += str;
  if (width > len) out.append(static_cast<std::size_t>(width - len), ' ');
}

}  // namespace

Value str_percent_format(Runtime& rt, Str* fmt_str, Value args) {
  Formatter fx{rt, args, nullptr, -1, -2, Value::null(), Value::null()};
  if (is_kind(args, ObjKind::Tuple)) {
    fx.items = args.as<Tuple>()->items();
    fx.arglen = static_cast<std::int64_t>(args.as<Tuple>()->size);
    fx.argidx = 0;
  }
  if (is_mapping(rt, args)) fx.dict = args;
  Root keep_fmt(rt, Value::object(fmt_str));
  Root keep_args(rt, args);
  Root keep_keyed(rt, Value::null());
  std::string_view fmt = sv(fmt_str);
  std::string out;
  out.reserve(fmt.size() + 16);
  std::size_t pos = 0, n = fmt.size();
  std::size_t cp_index = 0;  // code points before `pos`
  auto advance = [&]() -> std::uint32_t {  // reads one code point at `pos`
    std::size_t len;
    std::uint32_t c = text::decode(fmt.data() + pos, &len);
    pos += len;
    ++cp_index;
    return c;
  };
  while (pos < n) {
    if (fmt[pos] != '%') {
      std::size_t start = pos;
      while (pos < n && fmt[pos] != '%') {
        if (static_cast<unsigned char>(fmt[pos]) < 0x80 || (static_cast<unsigned char>(fmt[pos]) & 0xC0) != 0x80)
          ++cp_index;
        ++pos;
      }
      out.append(fmt, start, pos - start);
      continue;
    }
    advance();  // '%'
    if (pos >= n) return rt.raise_value_error("incomplete format");
    if (fmt[pos] == '%') {
      advance();
      out += '%';
      continue;
    }
    unsigned flags = 0;
    std::int64_t width = -1, prec = -1;
    std::uint32_t ch = 0;
    bool have = false;  // `ch` holds a character read past the flags
    if (fmt[pos] == '(') {
      if (!fx.dict) return rt.raise_type_error("format requires a mapping");
      advance();
      std::size_t key_start = pos;
      int pcount = 1;
      while (pcount > 0 && pos < n) {
        std::uint32_t c = advance();
        if (c == ')') --pcount;
        else if (c == '(') ++pcount;
      }
      if (pcount > 0) return rt.raise_value_error("incomplete format key");
      Value key = Value::object(rt.new_str(fmt.substr(key_start, pos - 1 - key_start)));
      Root keep_key(rt, key);
      Value v = ops::getitem(rt, fx.dict, key);
      if (!v) return Value::null();
      keep_keyed.set(v);
      fx.keyed = v;
      fx.arglen = -1;
      fx.argidx = -2;
    }
    while (pos < n) {
      ch = advance();
      have = true;
      if (ch == '-') flags |= kLJust;
      else if (ch == '+') flags |= kSign;
      else if (ch == ' ') flags |= kBlank;
      else if (ch == '#') flags |= kAlt;
      else if (ch == '0') flags |= kZero;
      else break;
      have = false;
    }
    if (!have) return rt.raise_value_error("incomplete format");
    auto read_next = [&]() -> bool {
      if (pos >= n) return false;
      ch = advance();
      return true;
    };
    bool ok = true;  // false: ran off the end of the format
    if (ch == '*') {
      if (!star_arg(fx, &width)) return Value::null();
      if (width < 0) {
        flags |= kLJust;
        width = -width;
      }
      ok = read_next();
    } else if (ch >= '0' && ch <= '9') {
      width = ch - '0';
      ok = false;
      while (pos < n) {
        ch = advance();
        if (ch < '0' || ch > '9') {
          ok = true;
          break;
        }
        if (width > (INT64_MAX - (ch - '0')) / 10) return rt.raise_value_error("width too big");
        width = width * 10 + (ch - '0');
      }
    }
    if (ok && ch == '.') {
      prec = 0;
      ok = read_next();
      if (ok && ch == '*') {
        if (!star_arg(fx, &prec)) return Value::null();
        if (prec < 0) prec = 0;
        ok = read_next();
      } else if (ok && ch >= '0' && ch <= '9') {
        prec = ch - '0';
        ok = false;
        while (pos < n) {
          ch = advance();
          if (ch < '0' || ch > '9') {
            ok = true;
            break;
          }
          if (prec > (INT32_MAX - (ch - '0')) / 10) return rt.raise_value_error("precision too big");
          prec = prec * 10 + (ch - '0');
        }
      }
    }
    if (ok && (ch == 'h' || ch == 'l' || ch == 'L')) ok = read_next();
    if (!ok) return rt.raise_value_error("incomplete format");
    std::string piece;
    bool sign = false;
    char c8 = ch < 0x80 ? static_cast<char>(ch) : '\x7f';
    if (!format_arg(fx, c8, flags, prec, cp_index - 1, piece, &sign, ch)) return Value::null();
    output_arg(out, piece, c8, flags, width, prec, sign);
    if (fx.dict && fx.argidx < fx.arglen)
      return rt.raise_type_error("not all arguments converted during string formatting");
  }
  if (fx.argidx < fx.arglen && !fx.dict)
    return rt.raise_type_error("not all arguments converted during string formatting");
  return Value::object(rt.new_str(out));
}

}  // namespace stk
