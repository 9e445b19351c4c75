// str.format and str.format_map, after CPython's Objects/stringlib/unicode_format.h:
// literal text with {{ }}, replacement fields {name.attr[key]!conv:spec}, automatic
// or manual numbering (never both), specs expanded recursively two levels deep.
// Everything is appended to one std::string; each field goes through
// format_value_into (format.cpp).
#include <string>

#include "objects/container_internal.hpp"
#include "objects/format.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"
#include "objects/str_internal.hpp"

namespace stk {

namespace {

enum class AutoState { Init, Auto, Manual };

struct Context {
  Runtime& rt;
  const Value* args;  // positional arguments (null for format_map)
  std::size_t nargs;
  Value kwargs;       // a dict built from the keywords, the format_map mapping, or null
  AutoState state = AutoState::Init;
  std::int64_t next_index = 0;
};

// Field-name integer: the value, -1 if `s` is not all digits (or empty), -2 raised.
std::int64_t field_integer(Runtime& rt, std::string_view s) {
  if (s.empty()) return -1;
  std::int64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    int d = c - '0';
    if (v > (INT64_MAX - d) / 10) {
      rt.raise_value_error("Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + d;
  }
  return v;
}

// Resolves a field name ("0", "", "name", "0.attr[key][1]") to its object.
Value get_field(Context& cx, std::string_view name) {
  Runtime& rt = cx.rt;
  std::size_t i = 0;
  while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
  std::string_view first = name.substr(0, i);
  std::int64_t index = field_integer(rt, first);
  if (index == -2) return Value::null();
  bool empty = first.empty();
  if (empty || index != -1) {
    if (cx.state == AutoState::Init) cx.state = empty ? AutoState::Auto : AutoState::Manual;
    if (cx.state == AutoState::Manual && empty)
      return rt.raise_value_error("cannot switch from manual field specification to automatic field numbering");
    if (cx.state == AutoState::Auto && !empty)
      return rt.raise_value_error("cannot switch from automatic field numbering to manual field specification");
    if (empty) index = cx.next_index++;
  }
  Value obj;
  if (index == -1) {
    Value key = Value::object(rt.new_str(first));
    if (!cx.kwargs) return rt.raise_key_error(key);
    Root keep(rt, key);
    obj = ops::getitem(rt, cx.kwargs, key);
  } else {
    if (!cx.args) return rt.raise_value_error("Format string contains positional fields");
    if (static_cast<std::uint64_t>(index) >= cx.nargs)
      return rt.raise(rt.exc.IndexError, "Replacement index " + std::to_string(index) +
                                             " out of range for positional args tuple");
    obj = cx.args[index];
  }
  while (obj && i < name.size()) {
    char c = name[i++];
    std::size_t start = i;
    std::string_view part;
    if (c == '.') {
      while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
      part = name.substr(start, i - start);
    } else if (c == '[') {
      while (i < name.size() && name[i] != ']') ++i;
      if (i >= name.size()) return rt.raise_value_error("Missing ']' in format string");
      part = name.substr(start, i - start);
      ++i;
    } else {
      return rt.raise_value_error("Only '.' or '[' may follow ']' in format field specifier");
    }
    if (part.empty()) return rt.raise_value_error("Empty attribute in format string");
    Root keep(rt, obj);
    if (c == '.') {
      obj = ops::getattr(rt, obj, rt.intern(part));
    } else {
      std::int64_t k = field_integer(rt, part);
      if (k == -2) return Value::null();
      Value key = k >= 0 ? make_int(rt, k) : Value::object(rt.new_str(part));
      Root keep_key(rt, key);
      obj = ops::getitem(rt, keep.get(), key);
    }
  }
  return obj;
}

bool build(Context& cx, std::string_view fmt, int depth, std::string& out);

// One replacement field: `name`, conversion (0 if none), raw spec.
bool render_field(Context& cx, std::string_view name, std::uint32_t conversion, std::string_view spec,
                  bool spec_needs_expanding, int depth, std::string& out) {
  Runtime& rt = cx.rt;
  Value obj = get_field(cx, name);
  if (!obj) return false;
  Root keep(rt, obj);
  if (conversion) {
    std::string conv;
    bool ok;
    switch (conversion) {
      case 'r': ok = ops::repr_into(rt, obj, conv); break;
      case 's': ok = ops::str_into(rt, obj, conv); break;
      case 'a': ok = ascii_into(rt, obj, conv); break;
      default: {
        std::string msg = "Unknown conversion specifier ";
        if (conversion > 32 && conversion < 127) {
          msg += static_cast<char>(conversion);
        } else {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x%x", conversion);
          msg += buf;
        }
        rt.raise_value_error(msg);
        return false;
      }
    }
    if (!ok) return false;
    if (spec.empty() && !spec_needs_expanding) {
      out += conv;
      return true;
    }
    keep.set(Value::object(rt.new_str(conv)));
  }
  if (spec_needs_expanding) {
    std::string expanded;
    if (!build(cx, spec, depth - 1, expanded)) return false;
    return format_value_into(rt, keep.get(), expanded, out);
  }
  return format_value_into(rt, keep.get(), spec, out);
}

// MarkupIterator + output_markup over the whole string.
bool build(Context& cx, std::string_view fmt, int depth, std::string& out) {
  Runtime& rt = cx.rt;
  if (depth <= 0) {
    rt.raise_value_error("Max string recursion exceeded");
    return false;
  }
  std::size_t pos = 0, n = fmt.size();
  while (pos < n) {
    std::size_t start = pos;
    char c = 0;
    bool markup = false;
    while (pos < n) {
      c = fmt[pos++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    bool at_end = pos >= n;
    std::size_t len = pos - start;
    if (markup && c == '}' && (at_end || fmt[pos] != '}')) {
      rt.raise_value_error("Single '}' encountered in format string");
      return false;
    }
    if (markup && at_end && c == '{') {
      rt.raise_value_error("Single '{' encountered in format string");
      return false;
    }
    if (markup && !at_end) {
      if (fmt[pos] == c) {
        ++pos;  // "{{" or "}}": the first brace is literal text
        markup = false;
      } else {
        --len;
      }
    }
    out.append(fmt, start, len);
    if (!markup) continue;
    // parse_field: the name runs to '!', ':' or '}' ('[...]' may contain them).
    std::size_t name_start = pos;
    c = 0;
    while (pos < n) {
      c = fmt[pos++];
      if (c == '{') {
        rt.raise_value_error("unexpected '{' in field name");
        return false;
      }
      if (c == '[') {
        while (pos < n && fmt[pos] != ']') ++pos;
        c = 0;
        continue;
      }
      if (c == '}' || c == ':' || c == '!') break;
      c = 0;
    }
    std::string_view name = fmt.substr(name_start, pos - name_start - (c ? 1 : 0));
    std::uint32_t conversion = 0;
    std::string_view spec;
    bool expand = false;
    if (c == '!' || c == ':') {
      if (c == '!') {
        if (pos >= n) {
          rt.raise_value_error("end of string while looking for conversion specifier");
          return false;
        }
        std::size_t cl;
        conversion = text::decode(fmt.data() + pos, &cl);
        pos += cl;
        if (pos < n) {
          char d = fmt[pos++];
          if (d == '}') {
            if (!render_field(cx, name, conversion, {}, false, depth, out)) return false;
            continue;
          }
          if (d != ':') {
            rt.raise_value_error("expected ':' after conversion specifier");
            return false;
          }
        }
      }
      std::size_t spec_start = pos;
      int count = 1;
      bool closed = false;
      while (pos < n) {
        char d = fmt[pos++];
        if (d == '{') {
          expand = true;
          ++count;
        } else if (d == '}' && --count == 0) {
          closed = true;
          break;
        }
      }
      if (!closed) {
        rt.raise_value_error("unmatched '{' in format spec");
        return false;
      }
      spec = fmt.substr(spec_start, pos - 1 - spec_start);
    } else if (c != '}') {
      rt.raise_value_error("expected '}' before end of string");
      return false;
    }
    if (!render_field(cx, name, conversion, spec, expand, depth, out)) return false;
  }
  return true;
}

Value str_format(Runtime& rt, const ArgView& a) {
  Context cx{rt, a.pos + 1, a.npos - 1, Value::null()};
  if (a.nkw()) {
    Dict* d = rt.new_dict();
    cx.kwargs = Value::object(d);
    for (std::size_t k = 0; k < a.nkw(); ++k)
      if (!dict_set(rt, d, a.kwnames->items()[k], a.kwvalues[k])) return Value::null();
  }
  Root keep(rt, cx.kwargs);
  std::string out;
  if (!build(cx, sv(self_str(a)), 2, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

Value str_format_map(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "format_map", 1)) return Value::null();
  Context cx{rt, nullptr, 0, a[1]};
  std::string out;
  if (!build(cx, sv(self_str(a)), 2, out)) return Value::null();
  return Value::object(rt.new_str(out));
}

}  // namespace

void install_str_format_methods(Runtime& rt) {
  add_str_method(rt, "format", str_format);
  add_str_method(rt, "format_map", str_format_map);
}

}  // namespace stk
