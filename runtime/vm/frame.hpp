// Frame: one activation record on a tasklet's frame stack. Positions are slot
// INDICES into the tasklet's value stack, never pointers, because the stack block
// is reallocated when it grows (Lua's StkIdRel lesson). The interpreter keeps raw
// pointers only in its locals and re-derives them after anything that can move
// the stack (STK_RELOAD_FRAME in vm/interpreter.cpp).
#pragma once

#include <cstdint>

#include "bytecode/code_object.hpp"

namespace stk {

struct Frame {
  static constexpr std::uint32_t kEntry = 1;      // returning leaves the interpreter loop
  static constexpr std::uint32_t kClassBody = 2;  // returning creates the class (BuildClass)
  static constexpr std::uint32_t kInitCall = 4;   // __init__ of a class call: the result is the instance
  // A generator's frame, and how it was resumed (decides what its return means).
  static constexpr std::uint32_t kGenerator = 8;
  static constexpr std::uint32_t kResumedByForIter = 16;  // return ends the caller's for loop
  static constexpr std::uint32_t kResumedBySend = 32;     // return completes the caller's `yield from`
  static constexpr std::uint32_t kResumedByCall = 128;    // next(g)/g.send(v): return raises StopIteration
  // The first frame of a non-main tasklet: returning (or raising) past it ends
  // the tasklet and the scheduler picks who runs next.
  static constexpr std::uint32_t kTaskletEntry = 1u << 16;
  // A special method called for an instruction of the caller (vm/dunder_frames.cpp):
  // its return completes that instruction. Bits 8-15 hold what was already tried.
  static constexpr std::uint32_t kFinishOp = 64;
  static constexpr std::uint32_t kFinishShift = 8;
  Code* code;
  Function* func;  // null for module bodies
  Dict* globals;
  Dict* locals;    // class bodies (LoadName/StoreName); null otherwise
  Generator* gen;  // kGenerator frames: the generator object; null otherwise
  std::uint32_t ip;     // next instruction (valid while the frame is not running)
  std::uint32_t base;   // slot of local 0
  std::uint32_t sp;     // operand stack top (valid while the frame is not running)
  std::uint32_t ret;    // caller's slot that receives the return value
  std::uint32_t flags;
  // First operand slot: base + nlocals + ncells + nfree.
  std::uint32_t stack_base() const { return base + code->nlocals() + code->ncells() + code->nfree(); }
};

}  // namespace stk
