// Opcode metadata from opcodes.def: names for the disassembler and stack effects
// for the compiler's depth tracking.
#include "bytecode/opcode.hpp"

#include "support/assert.hpp"

namespace stk {
namespace {

constexpr int V = 1000;  // operand-dependent; computed below

struct OpInfo {
  const char* name;
  int effect;
  bool jump;
};

constexpr OpInfo kOps[] = {
#define OP(name, effect, jump, doc) {#name, effect, jump != 0},
#include "bytecode/opcodes.def"
#undef OP
};

}  // namespace

const char* op_name(Op op) { return kOps[static_cast<int>(op)].name; }
bool op_has_jump(Op op) { return kOps[static_cast<int>(op)].jump; }

int stack_effect(Op op, std::uint32_t arg, bool jumping) {
  int n = static_cast<int>(arg);
  switch (op) {
    case Op::BuildSlice: return 1 - n;
    case Op::JumpIfFalseOrPop:
    case Op::JumpIfTrueOrPop: return jumping ? 0 : -1;
    case Op::ForIter: return jumping ? -1 : 1;
    case Op::Send: return jumping ? -1 : 0;
    case Op::BuildTuple:
    case Op::BuildList:
    case Op::BuildSet:
    case Op::BuildString: return 1 - n;
    case Op::BuildMap: return 1 - 2 * n;
    case Op::FormatValue: return (arg & 4) ? -1 : 0;
    case Op::UnpackSequence: return n - 1;
    case Op::UnpackEx: return static_cast<int>((arg & 0xff) + (arg >> 8));  // before+after+list-1
    case Op::Call: return -n;
    case Op::CallMethod: return -n - 1;
    case Op::CallEx: return -1 - static_cast<int>(arg & 1);
    case Op::MakeFunction: {
      int pops = 0;
      if (arg & 1) ++pops;
      if (arg & 2) ++pops;
      if (arg & 8) ++pops;
      return -pops;
    }
    case Op::Raise: return -n;
    default: break;
  }
  int e = kOps[static_cast<int>(op)].effect;
  STK_ASSERT(e != V);
  return e;
}

}  // namespace stk
