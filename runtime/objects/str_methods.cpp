// str methods that search, split, join, strip, pad and replace, and the str()
// constructor. Positions are code points; searching runs on the UTF-8 bytes
// (byte order = code-point order) and converts offsets only at the boundary.
#include <algorithm>
#include <string>
#include <vector>

#include "objects/containers.hpp"
#include "objects/format.hpp"
#include "objects/number.hpp"
#include "objects/str_internal.hpp"

namespace stk {

bool str_args(Runtime& rt, const ArgView& a, const char* fname, std::size_t min, std::size_t max,
              ArgStyle style, std::initializer_list<const char*> kw, Value* out) {
  std::size_t given = a.npos - 1;
  for (std::size_t i = 0; i < max; ++i) out[i] = Value();
  if (a.nkw() != 0 && kw.size() == 0) {
    rt.raise_type_error(std::string(fname) + "() takes no keyword arguments");
    return false;
  }
  std::size_t total = given + a.nkw();
  if (given > max || total > max || total < min) {
    bool most = given > max || total > max;
    std::size_t lim = most ? max : min;
    if (style == ArgStyle::kTakes) {
      rt.raise_type_error(std::string(fname) + "() takes " + (most ? "at most " : "at least ") +
                          std::to_string(lim) + (lim == 1 ? " argument (" : " arguments (") +
                          std::to_string(total) + " given)");
    } else {
      rt.raise_type_error(std::string(fname) + " expected " + (most ? "at most " : "at least ") +
                          std::to_string(lim) + (lim == 1 ? " argument, got " : " arguments, got ") +
                          std::to_string(total));
    }
    return false;
  }
  for (std::size_t i = 0; i < given; ++i) out[i] = a.pos[i + 1];
  for (std::size_t k = 0; k < a.nkw(); ++k) {
    std::string_view name = sv(a.kwnames->items()[k].as<Str>());
    std::size_t idx = 0;
    bool found = false;
    for (const char* n : kw) {
      if (name == n) {
        found = true;
        break;
      }
      ++idx;
    }
    if (!found) {
      rt.raise_type_error("'" + std::string(name) + "' is an invalid keyword argument for " + fname + "()");
      return false;
    }
    out[idx] = a.kwvalues[k];
  }
  return true;
}

void add_str_method(Runtime& rt, const char* name, NativeFnPtr fn) {
  dict_set_str(rt, rt.types.str->dict, rt.intern(name), Value::object(rt.new_native(name, fn)));
}

bool cp_is_space(std::uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

namespace {

Value new_str_value(Runtime& rt, std::string_view s) { return Value::object(rt.new_str(s)); }

Value type_error_must_be_str(Runtime& rt, Value v) {
  return rt.raise_type_error("must be str, not " + ops::type_name(rt, v));
}

// A slice bound argument (start/end): None or an int, clamped like a slice index.
bool bound_arg(Runtime& rt, Value v, std::int64_t len, std::int64_t dflt, std::int64_t* out) {
  if (!v || v.is(rt.None())) {
    *out = dflt;
    return true;
  }
  if (!is_int(v)) {
    rt.raise_type_error("slice indices must be integers or None or have an __index__ method");
    return false;
  }
  std::int64_t x;
  if (!int_to_i64(v, &x)) x = int_sign(v) < 0 ? -len - 1 : len + 1;
  if (x < 0) {
    x += len;
    if (x < 0) x = 0;
  }
  *out = x;  // may exceed len: a start past the end matches nothing
  return true;
}

// Resolves [start, end) (code points) into byte offsets of `s`; false on a raise.
// `empty` is set when start > end (nothing can match, not even "").
bool byte_range(Runtime& rt, Str* s, Value vstart, Value vend, std::size_t* b, std::size_t* e,
                bool* empty) {
  auto len = static_cast<std::int64_t>(s->length);
  std::int64_t start, end;
  if (!bound_arg(rt, vstart, len, 0, &start) || !bound_arg(rt, vend, len, len, &end)) return false;
  if (end > len) end = len;
  *empty = start > end;
  if (*empty) start = end = 0;
  *b = str_byte_offset(s, start);
  *e = s->is_ascii() ? static_cast<std::size_t>(end) : str_byte_offset(s, end);
  return true;
}

std::int64_t cp_index(Str* s, std::size_t byte_off) {
  if (s->is_ascii()) return static_cast<std::int64_t>(byte_off);
  return static_cast<std::int64_t>(text::count(std::string_view(s->data(), byte_off)));
}

// find/rfind/index/rindex/count share the argument handling.
enum class Search { Find, RFind, Index, RIndex, Count };

Value search(Runtime& rt, const ArgView& a, const char* name, Search mode) {
  Value args[3];
  if (!str_args(rt, a, name, 1, 3, ArgStyle::kTakes, {}, args)) return Value::null();
  if (!is_str_value(args[0])) return type_error_must_be_str(rt, args[0]);
  Str* s = self_str(a);
  std::string_view needle = sv(args[0].as<Str>());
  std::size_t b, e;
  bool empty;
  if (!byte_range(rt, s, args[1], args[2], &b, &e, &empty)) return Value::null();
  std::string_view hay(s->data() + b, e - b);
  if (mode == Search::Count) {
    if (empty) return Value::small(0);
    if (needle.empty()) return Value::small(static_cast<std::int64_t>(text::count(hay)) + 1);
    std::int64_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + needle.size())) ++n;
    return Value::small(n);
  }
  std::size_t p = std::string_view::npos;
  if (!empty) p = (mode == Search::Find || mode == Search::Index) ? hay.find(needle) : hay.rfind(needle);
  if (p == std::string_view::npos) {
    if (mode == Search::Index || mode == Search::RIndex) return rt.raise_value_error("substring not found");
    return Value::small(-1);
  }
  return Value::small(cp_index(s, b + p));
}

Value str_find(Runtime& rt, const ArgView& a) { return search(rt, a, "find", Search::Find); }
Value str_rfind(Runtime& rt, const ArgView& a) { return search(rt, a, "rfind", Search::RFind); }
Value str_index(Runtime& rt, const ArgView& a) { return search(rt, a, "index", Search::Index); }
Value str_rindex(Runtime& rt, const ArgView& a) { return search(rt, a, "rindex", Search::RIndex); }
Value str_count(Runtime& rt, const ArgView& a) { return search(rt, a, "count", Search::Count); }

Value starts_ends(Runtime& rt, const ArgView& a, const char* name, bool ends) {
  Value args[3];
  if (!str_args(rt, a, name, 1, 3, ArgStyle::kTakes, {}, args)) return Value::null();
  Str* s = self_str(a);
  std::size_t b, e;
  bool empty;
  if (!byte_range(rt, s, args[1], args[2], &b, &e, &empty)) return Value::null();
  std::string_view hay(s->data() + b, e - b);
  auto test = [&](Str* p) {
    if (empty) return false;
    std::string_view x = sv(p);
    if (x.size() > hay.size()) return false;
    return ends ? hay.substr(hay.size() - x.size()) == x : hay.substr(0, x.size()) == x;
  };
  Value pre = args[0];
  if (is_str_value(pre)) return rt.boolean(test(pre.as<Str>()));
  if (pre.is_obj() && pre.obj()->kind == ObjKind::Tuple) {
    Tuple* t = pre.as<Tuple>();
    for (std::size_t i = 0; i < t->size; ++i) {
      Value item = t->items()[i];
      if (!is_str_value(item)) {
        return rt.raise_type_error("tuple for " + std::string(name) +
                                   " must only contain str, not " + ops::type_name(rt, item));
      }
      if (test(item.as<Str>())) return rt.True();
    }
    return rt.False();
  }
  return rt.raise_type_error(std::string(name) + " first arg must be str or a tuple of str, not " +
                             ops::type_name(rt, pre));
}

Value str_startswith(Runtime& rt, const ArgView& a) { return starts_ends(rt, a, "startswith", false); }
Value str_endswith(Runtime& rt, const ArgView& a) { return starts_ends(rt, a, "endswith", true); }

// Splits into code points' byte boundaries is never needed: whitespace and
// separators are matched on bytes (UTF-8 is self-synchronising).
std::size_t space_len_at(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return cp_is_space(c) ? 1 : 0;
  std::size_t n;
  std::uint32_t cp = text::decode(s.data() + i, &n);
  return cp_is_space(cp) ? n : 0;
}
std::size_t space_len_before(std::string_view s, std::size_t end) {
  std::size_t i = end - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  std::size_t n = space_len_at(s, i);
  return n == end - i ? n : 0;
}

bool split_args(Runtime& rt, const ArgView& a, const char* name, Value* sep, std::int64_t* maxsplit) {
  Value args[2];
  if (!str_args(rt, a, name, 0, 2, ArgStyle::kTakes, {"sep", "maxsplit"}, args)) return false;
  *sep = args[0] && !args[0].is(rt.None()) ? args[0] : Value();
  if (*sep && !is_str_value(*sep)) {
    rt.raise_type_error("must be str or None, not " + ops::type_name(rt, *sep));
    return false;
  }
  if (*sep && sep->as<Str>()->nbytes == 0) {
    rt.raise_value_error("empty separator");
    return false;
  }
  *maxsplit = -1;
  if (args[1]) {
    if (!is_int(args[1])) {
      rt.raise_type_error("'" + ops::type_name(rt, args[1]) + "' object cannot be interpreted as an integer");
      return false;
    }
    if (!int_to_i64(args[1], maxsplit)) *maxsplit = int_sign(args[1]) < 0 ? -1 : INT64_MAX;
  }
  if (*maxsplit < 0) *maxsplit = INT64_MAX;
  return true;
}

Value str_split(Runtime& rt, const ArgView& a) {
  Value sep;
  std::int64_t maxsplit;
  if (!split_args(rt, a, "split", &sep, &maxsplit)) return Value::null();
  std::string_view s = sv(self_str(a));
  List* out = rt.new_list();
  if (sep) {
    std::string_view d = sv(sep.as<Str>());
    std::size_t start = 0;
    for (std::int64_t n = 0; n < maxsplit; ++n) {
      std::size_t p = s.find(d, start);
      if (p == std::string_view::npos) break;
      out->items.push_back(new_str_value(rt, s.substr(start, p - start)));
      start = p + d.size();
    }
    out->items.push_back(new_str_value(rt, s.substr(start)));
    return Value::object(out);
  }
  std::size_t i = 0, n = s.size();
  std::int64_t splits = 0;
  while (i < n) {
    std::size_t k;
    while (i < n && (k = space_len_at(s, i)) > 0) i += k;
    if (i >= n) break;
    if (splits >= maxsplit) {
      out->items.push_back(new_str_value(rt, s.substr(i)));
      break;
    }
    std::size_t j = i;
    while (j < n && space_len_at(s, j) == 0) j += text::seq_len(static_cast<unsigned char>(s[j]));
    out->items.push_back(new_str_value(rt, s.substr(i, j - i)));
    ++splits;
    i = j;
  }
  return Value::object(out);
}

Value str_rsplit(Runtime& rt, const ArgView& a) {
  Value sep;
  std::int64_t maxsplit;
  if (!split_args(rt, a, "rsplit", &sep, &maxsplit)) return Value::null();
  std::string_view s = sv(self_str(a));
  std::vector<std::string_view> parts;
  if (sep) {
    std::string_view d = sv(sep.as<Str>());
    std::size_t end = s.size();
    for (std::int64_t n = 0; n < maxsplit && end >= d.size(); ++n) {
      std::size_t p = s.rfind(d, end - d.size());
      if (p == std::string_view::npos) break;
      parts.push_back(s.substr(p + d.size(), end - p - d.size()));
      end = p;
    }
    parts.push_back(s.substr(0, end));
  } else {
    std::size_t e = s.size();
    std::int64_t splits = 0;
    while (e > 0) {
      std::size_t k;
      while (e > 0 && (k = space_len_before(s, e)) > 0) e -= k;
      if (e == 0) break;
      if (splits >= maxsplit) {
        parts.push_back(s.substr(0, e));
        break;
      }
      std::size_t b = e;
      while (b > 0 && space_len_before(s, b) == 0) {
        --b;
        while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      }
      parts.push_back(s.substr(b, e - b));
      ++splits;
      e = b;
    }
  }
  List* out = rt.new_list(parts.size());
  for (auto it = parts.rbegin(); it != parts.rend(); ++it) out->items.push_back(new_str_value(rt, *it));
  return Value::object(out);
}

Value str_splitlines(Runtime& rt, const ArgView& a) {
  Value args[1];
  if (!str_args(rt, a, "splitlines", 0, 1, ArgStyle::kTakes, {"keepends"}, args)) return Value::null();
  bool keep = false;
  if (args[0]) {
    int t = ops::truthy(rt, args[0]);
    if (t < 0) return Value::null();
    keep = t != 0;
  }
  std::string_view s = sv(self_str(a));
  List* out = rt.new_list();
  std::size_t i = 0, start = 0;
  while (i < s.size()) {
    std::size_t n;
    std::uint32_t cp = text::decode(s.data() + i, &n);
    bool brk = cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f' || (cp >= 0x1C && cp <= 0x1E) ||
               cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    if (!brk) {
      i += n;
      continue;
    }
    std::size_t eol = i + n;
    if (cp == '\r' && eol < s.size() && s[eol] == '\n') ++eol;
    out->items.push_back(new_str_value(rt, s.substr(start, (keep ? eol : i) - start)));
    i = start = eol;
  }
  if (start < s.size()) out->items.push_back(new_str_value(rt, s.substr(start)));
  return Value::object(out);
}

Value str_join(Runtime& rt, const ArgView& a) {
  if (a.nkw() != 0) return rt.raise_type_error("str.join() takes no keyword arguments");
  if (a.npos != 2) {
    return rt.raise_type_error("str.join() takes exactly one argument (" + std::to_string(a.npos - 1) +
                               " given)");
  }
  Str* sep = self_str(a);
  Value seq = a.pos[1];
  const Value* items;
  std::size_t n;
  List* tmp = nullptr;
  if (seq.is_obj() && seq.obj()->kind == ObjKind::List) {
    items = seq.as<List>()->items.data();
    n = seq.as<List>()->items.size();
  } else if (seq.is_obj() && seq.obj()->kind == ObjKind::Tuple) {
    items = seq.as<Tuple>()->items();
    n = seq.as<Tuple>()->size;
  } else {
    Value it = ops::iter(rt, seq);
    if (!it) {
      if (rt.exception_matches(rt.pending_exc, rt.exc.TypeError)) {
        rt.pending_exc = Value();
        return rt.raise_type_error("can only join an iterable");
      }
      return Value::null();
    }
    tmp = rt.new_list();
    // The iterable may run Python code (a generator), which can collect: root both.
    Root keep_it(rt, it);
    Root keep_tmp(rt, Value::object(tmp));
    if (!extend_list_from_iterable(rt, tmp, it)) return Value::null();
    items = tmp->items.data();
    n = tmp->items.size();
  }
  if (n == 1 && is_str_value(items[0])) return items[0];
  std::string out;
  for (std::size_t i = 0; i < n; ++i) {
    if (!is_str_value(items[i])) {
      return rt.raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " +
                                 ops::type_name(rt, items[i]) + " found");
    }
    if (i) out += sv(sep);
    out += sv(items[i].as<Str>());
  }
  return new_str_value(rt, out);
}

Value strip_impl(Runtime& rt, const ArgView& a, const char* name, bool left, bool right) {
  Value args[1];
  if (!str_args(rt, a, name, 0, 1, ArgStyle::kExpected, {}, args)) return Value::null();
  Str* self = self_str(a);
  std::string_view s = sv(self);
  std::size_t b = 0, e = s.size();
  if (!args[0] || args[0].is(rt.None())) {
    std::size_t k;
    if (left) while (b < e && (k = space_len_at(s, b)) > 0) b += k;
    if (right) while (e > b && (k = space_len_before(s.substr(0, e), e)) > 0) e -= k;
  } else {
    if (!is_str_value(args[0])) return rt.raise_type_error(std::string(name) + " arg must be None or str");
    std::string_view chars = sv(args[0].as<Str>());
    auto in_chars = [&](std::string_view ch) {
      for (std::size_t i = 0; i < chars.size();) {
        std::size_t n = text::seq_len(static_cast<unsigned char>(chars[i]));
        if (chars.substr(i, n) == ch) return true;
        i += n;
      }
      return false;
    };
    if (left) {
      while (b < e) {
        std::size_t n = text::seq_len(static_cast<unsigned char>(s[b]));
        if (!in_chars(s.substr(b, n))) break;
        b += n;
      }
    }
    if (right) {
      while (e > b) {
        std::size_t i = e - 1;
        while (i > b && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
        if (!in_chars(s.substr(i, e - i))) break;
        e = i;
      }
    }
  }
  if (b == 0 && e == s.size()) return a.pos[0];
  return new_str_value(rt, s.substr(b, e - b));
}

Value str_strip(Runtime& rt, const ArgView& a) { return strip_impl(rt, a, "strip", true, true); }
Value str_lstrip(Runtime& rt, const ArgView& a) { return strip_impl(rt, a, "lstrip", true, false); }
Value str_rstrip(Runtime& rt, const ArgView& a) { return strip_impl(rt, a, "rstrip", false, true); }

Value str_replace(Runtime& rt, const ArgView& a) {
  Value args[3];
  if (!str_args(rt, a, "replace", 2, 3, ArgStyle::kExpected, {}, args)) return Value::null();
  for (int i = 0; i < 2; ++i) {
    if (!is_str_value(args[i])) {
      return rt.raise_type_error("replace() argument " + std::to_string(i + 1) + " must be str, not " +
                                 ops::type_name(rt, args[i]));
    }
  }
  std::int64_t count = -1;
  if (args[2]) {
    if (!is_int(args[2])) {
      return rt.raise_type_error("'" + ops::type_name(rt, args[2]) + "' object cannot be interpreted as an integer");
    }
    if (!int_to_i64(args[2], &count)) count = int_sign(args[2]) < 0 ? -1 : INT64_MAX;
  }
  if (count < 0) count = INT64_MAX;
  std::string_view s = sv(self_str(a)), from = sv(args[0].as<Str>()), to = sv(args[1].as<Str>());
  std::string out;
  std::int64_t done = 0;
  if (from.empty()) {
    std::size_t i = 0;
    while (done < count) {
      out += to;
      ++done;
      if (i >= s.size()) break;
      std::size_t n = text::seq_len(static_cast<unsigned char>(s[i]));
      out += s.substr(i, n);
      i += n;
    }
    if (i < s.size()) out += s.substr(i);
    return new_str_value(rt, out);
  }
  std::size_t start = 0;
  while (done < count) {
    std::size_t p = s.find(from, start);
    if (p == std::string_view::npos) break;
    out += s.substr(start, p - start);
    out += to;
    start = p + from.size();
    ++done;
  }
  if (done == 0) return a.pos[0];
  out += s.substr(start);
  return new_str_value(rt, out);
}

Value partition_impl(Runtime& rt, const ArgView& a, const char* name, bool from_right) {
  Value args[1];
  if (!str_args(rt, a, name, 1, 1, ArgStyle::kTakes, {}, args)) return Value::null();
  if (!is_str_value(args[0])) return type_error_must_be_str(rt, args[0]);
  std::string_view s = sv(self_str(a)), d = sv(args[0].as<Str>());
  if (d.empty()) return rt.raise_value_error("empty separator");
  std::size_t p = from_right ? s.rfind(d) : s.find(d);
  Tuple* t = rt.new_tuple(3);
  Value empty = Value::object(rt.intern(""));
  if (p == std::string_view::npos) {
    t->items()[0] = from_right ? empty : a.pos[0];
    t->items()[1] = empty;
    t->items()[2] = from_right ? a.pos[0] : empty;
  } else {
    t->items()[0] = new_str_value(rt, s.substr(0, p));
    t->items()[1] = args[0];
    t->items()[2] = new_str_value(rt, s.substr(p + d.size()));
  }
  return Value::object(t);
}

Value str_partition(Runtime& rt, const ArgView& a) { return partition_impl(rt, a, "partition", false); }
Value str_rpartition(Runtime& rt, const ArgView& a) { return partition_impl(rt, a, "rpartition", true); }

bool width_arg(Runtime& rt, Value v, std::int64_t* out) {
  if (!is_int(v)) {
    rt.raise_type_error("'" + ops::type_name(rt, v) + "' object cannot be interpreted as an integer");
    return false;
  }
  if (!int_to_i64(v, out)) {
    if (int_sign(v) < 0) {
      *out = 0;
      return true;
    }
    rt.raise(rt.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  return true;
}

Value pad_impl(Runtime& rt, const ArgView& a, const char* name, int where) {
  Value args[2];
  if (!str_args(rt, a, name, 1, 2, ArgStyle::kExpected, {}, args)) return Value::null();
  std::int64_t width;
  if (!width_arg(rt, args[0], &width)) return Value::null();
  std::string_view fill = " ";
  if (args[1]) {
    if (!is_str_value(args[1])) {
      return rt.raise_type_error(std::string(name) + "() argument 2 must be str, not " +
                                 ops::type_name(rt, args[1]));
    }
    if (args[1].as<Str>()->length != 1) {
      return rt.raise_type_error("The fill character must be exactly one character long");
    }
    fill = sv(args[1].as<Str>());
  }
  Str* s = self_str(a);
  auto len = static_cast<std::int64_t>(s->length);
  if (width <= len) return a.pos[0];
  std::int64_t pad = width - len, left;
  if (where < 0) left = 0;
  else if (where > 0) left = pad;
  else left = pad / 2 + (pad & width & 1);
  std::string out;
  for (std::int64_t i = 0; i < left; ++i) out += fill;
  out += sv(s);
  for (std::int64_t i = left; i < pad; ++i) out += fill;
  return new_str_value(rt, out);
}

Value str_ljust(Runtime& rt, const ArgView& a) { return pad_impl(rt, a, "ljust", -1); }
Value str_rjust(Runtime& rt, const ArgView& a) { return pad_impl(rt, a, "rjust", 1); }
Value str_center(Runtime& rt, const ArgView& a) { return pad_impl(rt, a, "center", 0); }

Value str_zfill(Runtime& rt, const ArgView& a) {
  Value args[1];
  if (!str_args(rt, a, "zfill", 1, 1, ArgStyle::kTakes, {}, args)) return Value::null();
  std::int64_t width;
  if (!width_arg(rt, args[0], &width)) return Value::null();
  Str* s = self_str(a);
  auto len = static_cast<std::int64_t>(s->length);
  if (width <= len) return a.pos[0];
  std::string_view v = sv(s);
  std::string out;
  std::size_t i = 0;
  if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
    out += v[0];
    i = 1;
  }
  out.append(static_cast<std::size_t>(width - len), '0');
  out += v.substr(i);
  return new_str_value(rt, out);
}

Value str_expandtabs(Runtime& rt, const ArgView& a) {
  Value args[1];
  if (!str_args(rt, a, "expandtabs", 0, 1, ArgStyle::kTakes, {"tabsize"}, args)) return Value::null();
  std::int64_t tab = 8;
  if (args[0] && !width_arg(rt, args[0], &tab)) return Value::null();
  std::string_view s = sv(self_str(a));
  std::string out;
  std::int64_t col = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = text::seq_len(static_cast<unsigned char>(s[i]));
    char c = s[i];
    if (c == '\t') {
      if (tab > 0) {
        std::int64_t k = tab - col % tab;
        out.append(static_cast<std::size_t>(k), ' ');
        col += k;
      }
    } else if (c == '\n' || c == '\r') {
      out += c;
      col = 0;
    } else {
      out += s.substr(i, n);
      ++col;
    }
    i += n;
  }
  return new_str_value(rt, out);
}

Value affix_impl(Runtime& rt, const ArgView& a, const char* name, bool suffix) {
  Value args[1];
  if (!str_args(rt, a, name, 1, 1, ArgStyle::kTakes, {}, args)) return Value::null();
  if (!is_str_value(args[0])) {
    return rt.raise_type_error(std::string(name) + "() argument must be str, not " +
                               ops::type_name(rt, args[0]));
  }
  std::string_view s = sv(self_str(a)), x = sv(args[0].as<Str>());
  if (x.empty() || x.size() > s.size()) return a.pos[0];
  if (suffix ? s.substr(s.size() - x.size()) == x : s.substr(0, x.size()) == x) {
    return new_str_value(rt, suffix ? s.substr(0, s.size() - x.size()) : s.substr(x.size()));
  }
  return a.pos[0];
}

Value str_removeprefix(Runtime& rt, const ArgView& a) { return affix_impl(rt, a, "removeprefix", false); }
Value str_removesuffix(Runtime& rt, const ArgView& a) { return affix_impl(rt, a, "removesuffix", true); }

Value str_new(Runtime& rt, Type*, const ArgView& a) {
  if (a.npos == 1 && !a.kwnames) return ops::str(rt, a.pos[0]);  // str(x): the hot case
  for (std::size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items()[i].as<Str>());
    if (k != "object" && k != "encoding" && k != "errors") {
      return rt.raise_type_error("'" + std::string(k) + "' is an invalid keyword argument for str()");
    }
  }
  std::size_t total = a.npos + a.nkw();
  if (total > 3) return rt.raise_type_error("str() takes at most 3 arguments (" + std::to_string(total) + " given)");
  if (total > 1) {
    Value enc = a.npos > 1 ? a.pos[1] : Value();
    if (enc && !is_str_value(enc)) {
      return rt.raise_type_error("str() argument 'encoding' must be str, not " + ops::type_name(rt, enc));
    }
    return rt.raise(rt.exc.NotImplementedError, "str() with an encoding is not supported");
  }
  if (a.npos == 0 && a.nkw() == 0) return Value::object(rt.intern(""));
  return ops::str(rt, a.npos ? a.pos[0] : a.kwvalues[0]);
}

}  // namespace

void install_str_methods(Runtime& rt) {
  rt.types.str->newfn = str_new;
  add_str_method(rt, "find", str_find);
  add_str_method(rt, "rfind", str_rfind);
  add_str_method(rt, "index", str_index);
  add_str_method(rt, "rindex", str_rindex);
  add_str_method(rt, "count", str_count);
  add_str_method(rt, "startswith", str_startswith);
  add_str_method(rt, "endswith", str_endswith);
  add_str_method(rt, "split", str_split);
  add_str_method(rt, "rsplit", str_rsplit);
  add_str_method(rt, "splitlines", str_splitlines);
  add_str_method(rt, "join", str_join);
  add_str_method(rt, "strip", str_strip);
  add_str_method(rt, "lstrip", str_lstrip);
  add_str_method(rt, "rstrip", str_rstrip);
  add_str_method(rt, "replace", str_replace);
  add_str_method(rt, "partition", str_partition);
  add_str_method(rt, "rpartition", str_rpartition);
  add_str_method(rt, "ljust", str_ljust);
  add_str_method(rt, "rjust", str_rjust);
  add_str_method(rt, "center", str_center);
  add_str_method(rt, "zfill", str_zfill);
  add_str_method(rt, "expandtabs", str_expandtabs);
  add_str_method(rt, "removeprefix", str_removeprefix);
  add_str_method(rt, "removesuffix", str_removesuffix);
  install_str_case_methods(rt);
  install_str_format_methods(rt);
}

}  // namespace stk
