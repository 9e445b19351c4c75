// Python str helpers shared by the VM and natives: creation from UTF-8, views,
// equality and hashing. Strings are immutable UTF-8 with a cached code-point length
// and hash; all-ASCII strings index by byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/ops.hpp"

namespace stk {

inline std::string_view sv(const Str* s) { return {s->data(), s->nbytes}; }
bool str_equal(const Str* a, const Str* b);  // pointer check first
std::int64_t str_hash(Str* s);               // cached in s->hash
Value str_concat(Runtime& rt, Str* a, Str* b);

}  // namespace stk
