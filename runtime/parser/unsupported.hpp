// Python constructs that stk parses far enough to recognise but does not implement.
// The parser (and later the compiler) rejects them through `reject_unsupported`, so
// every such diagnostic has one wording: NotImplementedError "'X' is not supported".
#pragma once

#include <string_view>

#include <stk/error.hpp>

namespace stk {

enum class Unsupported {
  AsyncDef,
  AsyncFor,
  AsyncWith,
  Await,
  MatchStatement,
  ExceptStar,
  TypeParameters,
  TypeAlias,
  NamedUnicodeEscape,
  Count,
};

// The construct as users write it, e.g. "async def".
std::string_view unsupported_name(Unsupported what);

// Throws CompileError("NotImplementedError", loc, "'<name>' is not supported").
[[noreturn]] void reject_unsupported(Unsupported what, SourceLocation loc);

}  // namespace stk
