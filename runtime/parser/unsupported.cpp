// The one table of Python constructs stk rejects at compile time, and the single
// function that words the error. tests/unsupported/ and docs render the same list,
// so adding a construct here is the whole change on the diagnostic side.
#include "parser/unsupported.hpp"

#include <string>

namespace stk {
namespace {

struct UnsupportedEntry {
  Unsupported what;
  std::string_view name;
};

constexpr UnsupportedEntry kUnsupported[] = {
    {Unsupported::AsyncDef, "async def"},
    {Unsupported::AsyncFor, "async for"},
    {Unsupported::AsyncWith, "async with"},
    {Unsupported::Await, "await"},
    {Unsupported::MatchStatement, "match"},
    {Unsupported::ExceptStar, "except*"},
    {Unsupported::TypeParameters, "type parameters"},
    {Unsupported::TypeAlias, "type"},
    {Unsupported::NamedUnicodeEscape, "\\N{...}"},
};

static_assert(std::size(kUnsupported) == static_cast<size_t>(Unsupported::Count),
              "every Unsupported enumerator needs a row in kUnsupported");

}  // namespace

std::string_view unsupported_name(Unsupported what) {
  for (const UnsupportedEntry& entry : kUnsupported) {
    if (entry.what == what) return entry.name;
  }
  return "?";
}

void reject_unsupported(Unsupported what, SourceLocation loc) {
  throw CompileError("NotImplementedError", loc,
                     "'" + std::string(unsupported_name(what)) + "' is not supported");
}

}  // namespace stk
