// Line-table queries for tracebacks, breakpoints and the disassembler.
#include "bytecode/code_object.hpp"

#include <algorithm>

namespace stk {
namespace {

const LineEntry* entry_for(const std::vector<LineEntry>& lines, std::uint32_t pc) {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc,
                             [](std::uint32_t p, const LineEntry& e) { return p < e.start_pc; });
  if (it == lines.begin()) return lines.empty() ? nullptr : &lines.front();
  return &*(it - 1);
}

}  // namespace

int Code::line_for(std::uint32_t pc) const {
  const LineEntry* e = entry_for(lines, pc);
  return e ? e->line : firstline;
}

int Code::column_for(std::uint32_t pc) const {
  const LineEntry* e = entry_for(lines, pc);
  return e ? e->column : 0;
}

}  // namespace stk
