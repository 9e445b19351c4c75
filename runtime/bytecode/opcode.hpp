// Op: the instruction enum generated from opcodes.def, plus encoding helpers and
// per-op metadata (name, fixed stack effect, whether the operand is a jump target).
#pragma once

#include <cstdint>

namespace stk {

enum class Op : std::uint8_t {
#define OP(name, effect, jump, doc) name,
#include "bytecode/opcodes.def"
#undef OP
  Count_
};

constexpr int kOpCount = static_cast<int>(Op::Count_);
constexpr std::uint32_t kMaxArg = (1u << 24) - 1;
constexpr std::int32_t kSmallIntBias = 1 << 23;

inline constexpr std::uint32_t encode(Op op, std::uint32_t arg) {
  return static_cast<std::uint32_t>(op) | (arg << 8);
}
inline constexpr Op op_of(std::uint32_t word) { return static_cast<Op>(word & 0xffu); }
inline constexpr std::uint32_t arg_of(std::uint32_t word) { return word >> 8; }

// Preemption ticks (run(timeout), `stk run --preempt`): every instruction
// counts one except the cheap local/constant moves, as Stackless counts only
// its slow-path dispatches. So a tick is roughly "one unit of real work".
inline constexpr bool op_is_tick_free(Op op) {
  return op == Op::LoadFast || op == Op::StoreFast || op == Op::LoadConst || op == Op::LoadSmallInt ||
         op == Op::PopTop || op == Op::Copy || op == Op::Swap || op == Op::Nop;
}

const char* op_name(Op op);
bool op_has_jump(Op op);
// Net stack effect of executing `op` with `arg` (the fall-through path; ForIter
// counts the "item pushed" path, the jumping one is one lower... see opcode.cpp).
int stack_effect(Op op, std::uint32_t arg, bool jumping = false);

}  // namespace stk
