// Python str core: creation and interning, hashing, equality and ordering,
// indexing and slicing by code point, concatenation, repetition and repr.
// Methods live in str_methods.cpp / str_case.cpp. Invariant: `length` and the
// kAscii flag are computed once here, so every consumer can trust them.
#include "objects/str.hpp"

#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/containers.hpp"

namespace stk {

namespace text {

std::size_t count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool is_printable(std::uint32_t cp) {
  if (cp < 0x7F) return cp >= 0x20;
  if (cp <= 0xA0 || cp == 0xAD) return false;
  if (cp < 0x300) return true;
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
      (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
      (cp >= 0xFFF9 && cp <= 0xFFFB)) {
    return false;
  }
  if ((cp >= 0x600 && cp <= 0x605) || cp == 0x61C || cp == 0x6DD || cp == 0x70F || cp == 0x180E) {
    return false;
  }
  if (cp >= 0xD800 && cp <= 0xF8FF) return false;  // surrogates, private use
  if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) return false;
  if (cp == 0x110BD || (cp >= 0x1D173 && cp <= 0x1D17A)) return false;
  if (cp >= 0xE0000 && cp <= 0xE0FFF) return cp >= 0xE0100 && cp <= 0xE01EF;
  if (cp >= 0xF0000) return false;
  return true;
}

}  // namespace text

namespace {

Str* alloc_str(Runtime& rt, std::string_view utf8);

}  // namespace

Str* Runtime::new_str(std::string_view utf8) {
  // One-character ASCII strings are shared, as CPython shares its latin-1
  // singletons: s[i], iteration over text and str(digit) allocate nothing.
  if (utf8.size() == 1 && static_cast<unsigned char>(utf8[0]) < 128) {
    Str*& c = ascii_chars[static_cast<unsigned char>(utf8[0])];
    if (!c) c = intern(utf8);
    return c;
  }
  return alloc_str(*this, utf8);
}

namespace {

Str* alloc_str(Runtime& rt, std::string_view utf8) {
  Str* s = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, utf8.size() + 1);
  std::memcpy(s->data(), utf8.data(), utf8.size());
  s->data()[utf8.size()] = '\0';
  s->nbytes = utf8.size();
  s->hash = -1;
  // ASCII check eight bytes at a time; only non-ASCII text pays for counting.
  const char* p = utf8.data();
  std::size_t size = utf8.size(), i = 0;
  std::uint64_t high = 0;
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    high |= w;
  }
  for (; i < size; ++i) high |= static_cast<unsigned char>(p[i]);
  if ((high & 0x8080808080808080ull) == 0) {
    s->length = size;
    s->flags |= Str::kAscii;
    return s;
  }
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  s->length = n;
  return s;
}

}  // namespace

Str* Runtime::intern(std::string_view utf8) {
  auto it = interned.find(utf8);
  if (it != interned.end()) return it->second;
  Str* s = alloc_str(*this, utf8);
  s->flags |= Str::kInterned;
  interned.emplace(sv(s), s);
  return s;
}

bool str_equal(const Str* a, const Str* b) {
  if (a == b) return true;
  if (a->nbytes != b->nbytes) return false;
  if ((a->flags & b->flags & Str::kInterned) != 0) return false;  // both interned, distinct
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data(), b->data(), a->nbytes) == 0;
}

std::int64_t str_hash(Str* s) {
  if (s->hash != -1) return s->hash;
  // FNV-1a over the bytes, then a 64-bit finaliser (splitmix64) to spread bits.
  std::uint64_t h = 0xcbf29ce484222325ull;
  const auto* p = reinterpret_cast<const unsigned char*>(s->data());
  for (std::size_t i = 0; i < s->nbytes; ++i) {
    h ^= p[i];
    h *= 0x100000001b3ull;
  }
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  auto r = static_cast<std::int64_t>(h);
  if (r == -1) r = -2;
  s->hash = r;
  return r;
}

int str_compare(const Str* a, const Str* b) {
  if (a == b) return 0;
  std::size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
  int c = std::memcmp(a->data(), b->data(), n);
  if (c != 0) return c < 0 ? -1 : 1;
  return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes ? 1 : 0;
}

namespace {

// Below this size a concatenation simply copies; above it the result goes into a
// growable shared buffer (see Str in layouts.hpp).
constexpr std::size_t kSharedMinBytes = 128;

Str* new_shared_view(Runtime& rt, Str* owner, std::size_t nbytes) {
  Str* s = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, sizeof(Str::SharedTail));
  s->flags |= Str::kShared;
  s->shared()->bytes = owner->shared()->bytes;
  s->shared()->owner = owner;
  s->nbytes = nbytes;
  s->hash = -1;
  return s;
}

}  // namespace

Value str_concat(Runtime& rt, Str* a, Str* b) {
  if (a->nbytes == 0) return Value::object(b);
  if (b->nbytes == 0) return Value::object(a);
  std::size_t total = a->nbytes + b->nbytes;
  Str* s;
  if (total < kSharedMinBytes) {
    s = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, total + 1);
    std::memcpy(s->data(), a->data(), a->nbytes);
    std::memcpy(s->data() + a->nbytes, b->data(), b->nbytes);
    s->data()[total] = '\0';
    s->nbytes = total;
    s->hash = -1;
  } else if ((a->flags & Str::kShared) && a->shared()->owner->shared()->used == a->nbytes &&
             a->shared()->owner->shared()->capacity >= total) {
    // `a` is the longest view of its buffer and there is room: append in place.
    Str* owner = a->shared()->owner;
    std::memcpy(owner->shared()->bytes + a->nbytes, b->data(), b->nbytes);
    owner->shared()->used = total;
    s = new_shared_view(rt, owner, total);
  } else {
    std::size_t capacity = total * 2;
    char* bytes = static_cast<char*>(std::malloc(capacity));
    if (!bytes) return rt.raise_value(rt.new_exception(rt.exc.MemoryError, nullptr));
    rt.heap.account(static_cast<std::ptrdiff_t>(capacity));
    std::memcpy(bytes, a->data(), a->nbytes);
    std::memcpy(bytes + a->nbytes, b->data(), b->nbytes);
    s = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, sizeof(Str::SharedTail));
    s->flags |= Str::kShared;
    s->shared()->bytes = bytes;
    s->shared()->owner = s;
    rt.heap.needs_destroy(s);  // frees `bytes`
    s->shared()->capacity = capacity;
    s->shared()->used = total;
    s->nbytes = total;
    s->hash = -1;
  }
  s->length = a->length + b->length;
  if (a->is_ascii() && b->is_ascii()) s->flags |= Str::kAscii;
  return Value::object(s);
}

Value str_repeat(Runtime& rt, Str* s, std::int64_t n) {
  if (n <= 0 || s->nbytes == 0) return Value::object(rt.intern(""));
  if (n == 1) return Value::object(s);
  if (static_cast<std::uint64_t>(n) > (std::uint64_t{1} << 40) / s->nbytes) {
    return rt.raise_value(rt.new_exception(rt.exc.MemoryError, nullptr));
  }
  std::size_t total = s->nbytes * static_cast<std::size_t>(n);
  Str* r = rt.heap.alloc<Str>(rt.types.str, ObjKind::Str, total + 1);
  char* d = r->data();
  if (s->nbytes == 1) {
    std::memset(d, s->data()[0], total);
  } else {
    for (std::int64_t i = 0; i < n; ++i) std::memcpy(d + i * s->nbytes, s->data(), s->nbytes);
  }
  d[total] = '\0';
  r->nbytes = total;
  r->length = s->length * static_cast<std::size_t>(n);
  r->hash = -1;
  r->flags = s->flags & Str::kAscii;
  return Value::object(r);
}

bool str_contains(const Str* hay, const Str* needle) {
  return sv(hay).find(sv(needle)) != std::string_view::npos;
}

std::size_t str_byte_offset(const Str* s, std::int64_t index) {
  if (s->is_ascii()) return static_cast<std::size_t>(index);
  const char* p = s->data();
  std::size_t off = 0;
  for (std::int64_t i = 0; i < index && off < s->nbytes; ++i) {
    off += text::seq_len(static_cast<unsigned char>(p[off]));
  }
  return off;
}

Value str_getitem_index(Runtime& rt, Str* s, std::int64_t i) {
  auto len = static_cast<std::int64_t>(s->length);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return rt.raise(rt.exc.IndexError, "string index out of range");
  std::size_t off = str_byte_offset(s, i);
  std::size_t n = text::seq_len(static_cast<unsigned char>(s->data()[off]));
  return Value::object(rt.new_str(std::string_view(s->data() + off, n)));
}

Value str_slice(Runtime& rt, Str* s, std::int64_t start, std::int64_t stop, std::int64_t step) {
  std::int64_t n;
  if (step > 0) n = start < stop ? (stop - start - 1) / step + 1 : 0;
  else n = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
  if (n <= 0) return Value::object(rt.intern(""));
  if (step == 1 && n == static_cast<std::int64_t>(s->length)) return Value::object(s);
  const char* p = s->data();
  if (step == 1) {
    std::size_t b = str_byte_offset(s, start);
    std::size_t e = s->is_ascii() ? static_cast<std::size_t>(stop) : b;
    if (!s->is_ascii()) {
      for (std::int64_t k = 0; k < n; ++k) e += text::seq_len(static_cast<unsigned char>(p[e]));
    }
    return Value::object(rt.new_str(std::string_view(p + b, e - b)));
  }
  std::string out;
  if (s->is_ascii()) {
    out.resize(static_cast<std::size_t>(n));
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) out[k] = p[i];
  } else {
    std::vector<std::uint32_t> offsets;
    offsets.reserve(s->length + 1);
    for (std::size_t off = 0; off < s->nbytes; off += text::seq_len(static_cast<unsigned char>(p[off]))) {
      offsets.push_back(static_cast<std::uint32_t>(off));
    }
    offsets.push_back(static_cast<std::uint32_t>(s->nbytes));
    for (std::int64_t k = 0, i = start; k < n; ++k, i += step) {
      out.append(p + offsets[i], offsets[i + 1] - offsets[i]);
    }
  }
  return Value::object(rt.new_str(out));
}

void str_repr_into(const Str* s, std::string& out) {
  std::string_view v = sv(s);
  char quote = '\'';
  if (v.find('\'') != std::string_view::npos && v.find('"') == std::string_view::npos) quote = '"';
  static const char kHex[] = "0123456789abcdef";
  out += quote;
  for (std::size_t i = 0; i < v.size();) {
    auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x80) {
      ++i;
      if (c == static_cast<unsigned char>(quote) || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c == '\n') {
        out += "\\n";
      } else if (c == '\t') {
        out += "\\t";
      } else if (c == '\r') {
        out += "\\r";
      } else if (c < 0x20 || c == 0x7F) {
        out += "\\x";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
      continue;
    }
    std::size_t n;
    std::uint32_t cp = text::decode(v.data() + i, &n);
    if (text::is_printable(cp)) {
      out.append(v.data() + i, n);
    } else if (cp < 0x100) {
      out += "\\x";
      out += kHex[cp >> 4];
      out += kHex[cp & 15];
    } else if (cp < 0x10000) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
    }
    i += n;
  }
  out += quote;
}

}  // namespace stk
