// The one place the version number lives.
#pragma once

namespace stk {
inline constexpr const char* kVersion = "0.1.0";
}  // namespace stk
