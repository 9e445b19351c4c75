// Case mapping and character classes for str methods (upper, lower, casefold,
// title, capitalize, swapcase, is*). Coverage: ASCII exactly; Latin-1, Latin
// Extended-A, Greek and Cyrillic basic letters map case one-to-one (plus ß -> SS);
// other scripts are left unchanged and count as letters when in common letter
// blocks. Full Unicode tables are deliberately out of scope (README.md).
#include <string>

#include "objects/str_internal.hpp"

namespace stk {

std::uint32_t cp_upper(std::uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (c == 0xB5) return 0x39C;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c : c - 1;
    if (c == 0x130 || c == 0x138 || c == 0x149 || c == 0x178) return c;
    return (c & 1) ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c == 0x3AC) return 0x386;
  if (c >= 0x3AD && c <= 0x3AF) return c - 37;
  if (c == 0x3CC) return 0x38C;
  if (c == 0x3CD || c == 0x3CE) return c - 63;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

std::uint32_t cp_lower(std::uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F) {
    if (c == 0x130) return 'i';
    if (c == 0x178) return 0xFF;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
    return (c & 1) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c == 0x386) return 0x3AC;
  if (c >= 0x388 && c <= 0x38A) return c + 37;
  if (c == 0x38C) return 0x3CC;
  if (c == 0x38E || c == 0x38F) return c + 63;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

bool cp_is_upper(std::uint32_t c) { return cp_lower(c) != c || c == 0x130; }
bool cp_is_lower(std::uint32_t c) {
  return cp_upper(c) != c || c == 0xDF || c == 0x138 || c == 0x149 || c == 0xAA || c == 0xBA;
}

bool cp_is_alpha(std::uint32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == 0xAA || c == 0xB5 || c == 0xBA) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  if (c >= 0x370 && c <= 0x3FF) return c != 0x375 && c != 0x37E && c != 0x384 && c != 0x385 && c != 0x387;
  if (c >= 0x400 && c <= 0x52F) return !(c >= 0x482 && c <= 0x489);
  if (c >= 0x5D0 && c <= 0x5EA) return true;            // Hebrew letters
  if (c >= 0x620 && c <= 0x64A) return true;            // Arabic letters
  if (c >= 0x3041 && c <= 0x30FF) return c != 0x30A0 && c != 0x30FB;  // kana
  if (c >= 0x3400 && c <= 0x9FFF) return true;          // CJK ideographs
  if (c >= 0xAC00 && c <= 0xD7A3) return true;          // Hangul syllables
  return false;
}

bool cp_is_decimal(std::uint32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return (c >= 0x660 && c <= 0x669) || (c >= 0x6F0 && c <= 0x6F9) || (c >= 0x966 && c <= 0x96F) ||
         (c >= 0xFF10 && c <= 0xFF19);
}

namespace {

bool cp_is_digit(std::uint32_t c) {
  return cp_is_decimal(c) || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
         (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468);
}
bool cp_is_numeric(std::uint32_t c) {
  return cp_is_digit(c) || c == 0xBC || c == 0xBD || c == 0xBE || (c >= 0x2150 && c <= 0x2189) ||
         (c >= 0x3007 && c == 0x3007) || c == 0x4E00 || c == 0x4E8C || c == 0x4E09 || c == 0x56DB ||
         c == 0x4E94 || c == 0x516D || c == 0x4E03 || c == 0x516B || c == 0x4E5D || c == 0x5341;
}
bool cp_is_cased(std::uint32_t c) { return cp_is_upper(c) || cp_is_lower(c); }

bool no_args(Runtime& rt, const ArgView& a, const char* name) {
  if (a.npos == 1 && a.nkw() == 0) return true;
  if (a.nkw() != 0) {
    rt.raise_type_error(std::string("str.") + name + "() takes no keyword arguments");
  } else {
    rt.raise_type_error(std::string("str.") + name + "() takes no arguments (" +
                        std::to_string(a.npos - 1) + " given)");
  }
  return false;
}

template <class F>
void for_each_cp(std::string_view s, F f) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n;
    std::uint32_t cp = text::decode(s.data() + i, &n);
    f(cp);
    i += n;
  }
}

// Appends upper(cp), expanding ß to "SS" as Python does.
void append_upper(std::string& out, std::uint32_t cp) {
  if (cp == 0xDF) out += "SS";
  else text::encode(out, cp_upper(cp));
}
void append_title(std::string& out, std::uint32_t cp) {
  if (cp == 0xDF) out += "Ss";
  else text::encode(out, cp_upper(cp));
}

Value map_case(Runtime& rt, const ArgView& a, const char* name, int mode) {
  if (!no_args(rt, a, name)) return Value::null();
  Str* s = self_str(a);
  std::string_view v = sv(s);
  std::string out;
  out.reserve(v.size());
  if (s->is_ascii() && mode <= 2) {
    for (char c : v) {
      if (mode == 0 && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      else if (mode != 0 && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      out += c;
    }
    return Value::object(rt.new_str(out));
  }
  bool prev_cased = false, first = true;
  for_each_cp(v, [&](std::uint32_t cp) {
    switch (mode) {
      case 0: append_upper(out, cp); break;                       // upper
      case 1: text::encode(out, cp_lower(cp)); break;             // lower
      case 2:                                                     // casefold
        if (cp == 0xDF) out += "ss";
        else text::encode(out, cp == 0x3C2 ? 0x3C3 : cp_lower(cp));
        break;
      case 3:                                                     // swapcase
        if (cp_is_upper(cp)) text::encode(out, cp_lower(cp));
        else if (cp_is_lower(cp)) append_upper(out, cp);
        else text::encode(out, cp);
        break;
      case 4:                                                     // title
        if (cp_is_cased(cp)) {
          if (prev_cased) text::encode(out, cp_lower(cp));
          else append_title(out, cp);
          prev_cased = true;
        } else {
          text::encode(out, cp);
          prev_cased = false;
        }
        break;
      case 5:                                                     // capitalize
        if (first) append_title(out, cp);
        else text::encode(out, cp_lower(cp));
        break;
    }
    first = false;
  });
  return Value::object(rt.new_str(out));
}

Value str_upper(Runtime& rt, const ArgView& a) { return map_case(rt, a, "upper", 0); }
Value str_lower(Runtime& rt, const ArgView& a) { return map_case(rt, a, "lower", 1); }
Value str_casefold(Runtime& rt, const ArgView& a) { return map_case(rt, a, "casefold", 2); }
Value str_swapcase(Runtime& rt, const ArgView& a) { return map_case(rt, a, "swapcase", 3); }
Value str_title(Runtime& rt, const ArgView& a) { return map_case(rt, a, "title", 4); }
Value str_capitalize(Runtime& rt, const ArgView& a) { return map_case(rt, a, "capitalize", 5); }

// all(pred(cp)) over a non-empty string.
template <bool (*Pred)(std::uint32_t)>
Value all_of(Runtime& rt, const ArgView& a, const char* name) {
  if (!no_args(rt, a, name)) return Value::null();
  std::string_view v = sv(self_str(a));
  if (v.empty()) return rt.False();
  bool ok = true;
  for_each_cp(v, [&](std::uint32_t cp) { ok = ok && Pred(cp); });
  return rt.boolean(ok);
}

bool pred_alnum(std::uint32_t c) { return cp_is_alpha(c) || cp_is_numeric(c); }
bool pred_printable(std::uint32_t c) { return text::is_printable(c); }

Value str_isdigit(Runtime& rt, const ArgView& a) { return all_of<cp_is_digit>(rt, a, "isdigit"); }
Value str_isdecimal(Runtime& rt, const ArgView& a) { return all_of<cp_is_decimal>(rt, a, "isdecimal"); }
Value str_isnumeric(Runtime& rt, const ArgView& a) { return all_of<cp_is_numeric>(rt, a, "isnumeric"); }
Value str_isalpha(Runtime& rt, const ArgView& a) { return all_of<cp_is_alpha>(rt, a, "isalpha"); }
Value str_isalnum(Runtime& rt, const ArgView& a) { return all_of<pred_alnum>(rt, a, "isalnum"); }
Value str_isspace(Runtime& rt, const ArgView& a) { return all_of<cp_is_space>(rt, a, "isspace"); }

Value str_isascii(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "isascii")) return Value::null();
  return rt.boolean(self_str(a)->is_ascii());
}

Value str_isprintable(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "isprintable")) return Value::null();
  bool ok = true;
  for_each_cp(sv(self_str(a)), [&](std::uint32_t cp) { ok = ok && pred_printable(cp); });
  return rt.boolean(ok);
}

Value cased_test(Runtime& rt, const ArgView& a, const char* name, bool upper) {
  if (!no_args(rt, a, name)) return Value::null();
  bool any_cased = false, ok = true;
  for_each_cp(sv(self_str(a)), [&](std::uint32_t cp) {
    if (upper ? cp_is_lower(cp) : cp_is_upper(cp)) ok = false;
    if (cp_is_cased(cp)) any_cased = true;
  });
  return rt.boolean(ok && any_cased);
}

Value str_isupper(Runtime& rt, const ArgView& a) { return cased_test(rt, a, "isupper", true); }
Value str_islower(Runtime& rt, const ArgView& a) { return cased_test(rt, a, "islower", false); }

Value str_istitle(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "istitle")) return Value::null();
  bool ok = true, cased = false, prev_cased = false;
  for_each_cp(sv(self_str(a)), [&](std::uint32_t cp) {
    if (cp_is_upper(cp)) {
      if (prev_cased) ok = false;
      prev_cased = cased = true;
    } else if (cp_is_lower(cp)) {
      if (!prev_cased) ok = false;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  });
  return rt.boolean(ok && cased);
}

Value str_isidentifier(Runtime& rt, const ArgView& a) {
  if (!no_args(rt, a, "isidentifier")) return Value::null();
  std::string_view v = sv(self_str(a));
  if (v.empty()) return rt.False();
  bool ok = true, first = true;
  for_each_cp(v, [&](std::uint32_t cp) {
    bool start = cp == '_' || cp_is_alpha(cp);
    ok = ok && (first ? start : (start || cp_is_decimal(cp)));
    first = false;
  });
  return rt.boolean(ok);
}

}  // namespace

void install_str_case_methods(Runtime& rt) {
  add_str_method(rt, "upper", str_upper);
  add_str_method(rt, "lower", str_lower);
  add_str_method(rt, "casefold", str_casefold);
  add_str_method(rt, "swapcase", str_swapcase);
  add_str_method(rt, "title", str_title);
  add_str_method(rt, "capitalize", str_capitalize);
  add_str_method(rt, "isdigit", str_isdigit);
  add_str_method(rt, "isdecimal", str_isdecimal);
  add_str_method(rt, "isnumeric", str_isnumeric);
  add_str_method(rt, "isalpha", str_isalpha);
  add_str_method(rt, "isalnum", str_isalnum);
  add_str_method(rt, "isspace", str_isspace);
  add_str_method(rt, "isascii", str_isascii);
  add_str_method(rt, "isprintable", str_isprintable);
  add_str_method(rt, "isupper", str_isupper);
  add_str_method(rt, "islower", str_islower);
  add_str_method(rt, "istitle", str_istitle);
  add_str_method(rt, "isidentifier", str_isidentifier);
}

}  // namespace stk
