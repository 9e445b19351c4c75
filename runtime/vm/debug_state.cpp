// See debug_state.hpp: the one lookup the rest of the VM needs from the
// debugger's breakpoint table.
#include "vm/debug_state.hpp"

#include <string_view>
#include <unordered_set>

#include "objects/str.hpp"

namespace stk {

bool debug_pure_native(const NativeFn* fn) {
  static const std::unordered_set<std::string_view> kReadOnly = {
      "len", "repr", "str", "int", "float", "bool", "abs", "min", "max", "sum", "sorted", "isinstance",
      "issubclass", "type", "hasattr", "getattr", "round", "tuple", "list", "dict", "set", "frozenset",
      "range", "enumerate", "zip", "any", "all", "hash", "id", "ord", "chr", "hex", "bin", "oct", "divmod",
      "pow", "format", "reversed", "keys", "values", "items", "get", "count", "index", "startswith",
      "endswith", "upper", "lower", "strip", "lstrip", "rstrip", "split", "join", "find", "rfind",
      "replace", "copy", "callable", "ascii", "__len__", "__repr__", "__str__", "__getitem__", "__contains__"};
  return kReadOnly.count(sv(fn->name)) != 0;
}

std::uint32_t patched_original(const DebugState& d, const Code* code, std::uint32_t pc) {
  auto c = d.patches.find(code);
  if (c == d.patches.end()) return code->insns[pc];
  auto p = c->second.find(pc);
  return p == c->second.end() ? code->insns[pc] : p->second.original;
}

}  // namespace stk
