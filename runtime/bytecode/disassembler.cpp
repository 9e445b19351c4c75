// Disassembly in the spirit of CPython's `dis`: line, offset, opcode, operand and
// a hint (the constant's repr, the name, the jump target). Nested code objects
// follow their parent.
#include "bytecode/disassembler.hpp"

#include <cstdio>
#include <vector>

#include "bytecode/opcode.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"

namespace stk {
namespace {

std::string hint(Runtime& rt, Code* code, Op op, std::uint32_t arg) {
  auto name_at = [&](const std::vector<Str*>& v, std::uint32_t i) {
    return i < v.size() ? std::string(sv(v[i])) : std::string("?");
  };
  switch (op) {
    case Op::LoadConst:
    case Op::KwNames: {
      if (arg >= code->consts.size()) return "?";
      Value v = code->consts[arg];
      if (v.is_obj() && v.obj()->kind == ObjKind::Code) return "<code " + std::string(sv(v.as<Code>()->name)) + ">";
      std::string out;
      if (!ops::repr_into(rt, v, out)) {
        rt.pending_exc = Value();
        return "?";
      }
      return out;
    }
    case Op::LoadSmallInt: return std::to_string(static_cast<std::int64_t>(arg) - kSmallIntBias);
    case Op::LoadFast:
    case Op::StoreFast:
    case Op::DeleteFast: return name_at(code->varnames, arg);
    case Op::LoadDeref:
    case Op::StoreDeref:
    case Op::DeleteDeref:
    case Op::LoadClosure:
      return arg < code->ncells() ? name_at(code->cellvars, arg) : name_at(code->freevars, arg - code->ncells());
    case Op::LoadGlobal:
    case Op::StoreGlobal:
    case Op::DeleteGlobal:
    case Op::LoadName:
    case Op::StoreName:
    case Op::DeleteName:
    case Op::LoadAttr:
    case Op::StoreAttr:
    case Op::DeleteAttr:
    case Op::LoadMethod:
    case Op::ImportName:
    case Op::ImportFrom: return name_at(code->names, arg);
    case Op::BinaryOp: return binop_symbol(static_cast<BinOp>(arg));
    case Op::InplaceOp: return inplace_symbol(static_cast<BinOp>(arg));
    case Op::CompareOp: return cmpop_symbol(static_cast<CmpOp>(arg));
    default: break;
  }
  if (op_has_jump(op)) return "to " + std::to_string(arg);
  return {};
}

void listing(Runtime& rt, Code* code, std::string& out, std::vector<Code*>& nested) {
  out += "Disassembly of <code " + std::string(sv(code->qualname)) + ", line " + std::to_string(code->firstline) + ">:\n";
  int last_line = -1;
  for (std::uint32_t pc = 0; pc < code->insns.size(); ++pc) {
    std::uint32_t word = code->insns[pc];
    Op op = op_of(word);
    std::uint32_t arg = arg_of(word);
    int line = code->line_for(pc);
    char buf[128];
    std::snprintf(buf, sizeof buf, "%5s %5u %-20s %6u", line != last_line ? std::to_string(line).c_str() : "", pc,
                  op_name(op), arg);
    last_line = line;
    out += buf;
    std::string h = hint(rt, code, op, arg);
    if (!h.empty()) out += " (" + h + ")";
    out += "\n";
  }
  for (const HandlerEntry& h : code->handlers)
    out += "  handler [" + std::to_string(h.start) + ", " + std::to_string(h.end) + ") -> " +
           std::to_string(h.target) + " depth " + std::to_string(h.depth) + "\n";
  out += "\n";
  for (Value v : code->consts)
    if (v.is_obj() && v.obj()->kind == ObjKind::Code) nested.push_back(v.as<Code>());
}

}  // namespace

std::string disassemble(Runtime& rt, Code* code) {
  std::string out;
  std::vector<Code*> todo{code};
  for (std::size_t i = 0; i < todo.size(); ++i) listing(rt, todo[i], out, todo);
  return out;
}

}  // namespace stk
