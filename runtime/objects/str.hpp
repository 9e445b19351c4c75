// Python str helpers shared by the VM and natives: creation from UTF-8, views,
// equality and hashing. Strings are immutable UTF-8 with a cached code-point length
// and hash; all-ASCII strings index by byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/ops.hpp"
#include "support/utf8.hpp"

namespace stk {

inline std::string_view sv(const Str* s) { return {s->data(), s->nbytes}; }
bool str_equal(const Str* a, const Str* b);  // pointer check first
std::int64_t str_hash(Str* s);               // cached in s->hash
Value str_concat(Runtime& rt, Str* a, Str* b);

// s[i] for a code-point index (negative counts from the end); IndexError
// "string index out of range".
Value str_getitem_index(Runtime& rt, Str* s, std::int64_t i);
// s[start:stop:step] for indices already resolved by slice_indices.
Value str_slice(Runtime& rt, Str* s, std::int64_t start, std::int64_t stop, std::int64_t step);
// repr(s) appended to `out`, exactly as CPython (quote choice, escapes).
void str_repr_into(const Str* s, std::string& out);
// Code-point order (= UTF-8 byte order): -1, 0, 1.
int str_compare(const Str* a, const Str* b);
Value str_repeat(Runtime& rt, Str* s, std::int64_t n);
// `needle in hay`.
bool str_contains(const Str* hay, const Str* needle);
// Byte offset of code point `index` (0 <= index <= length).
std::size_t str_byte_offset(const Str* s, std::int64_t index);

// ---- UTF-8 helpers (valid UTF-8 assumed) ----
namespace text {
inline std::size_t seq_len(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
inline std::uint32_t decode(const char* p, std::size_t* len) {
  auto c = static_cast<unsigned char>(p[0]);
  std::size_t n = seq_len(c);
  *len = n;
  if (n == 1) return c;
  std::uint32_t cp = c & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(p[i]) & 0x3F);
  return cp;
}
inline void encode(std::string& out, std::uint32_t cp) { append_utf8(out, cp); }
// Code points in `s`.
std::size_t count(std::string_view s);
bool is_printable(std::uint32_t cp);
}  // namespace text

}  // namespace stk
