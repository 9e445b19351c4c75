// Special methods as pushed frames. When an instruction meets an instance of a
// user class whose special method is a Python function (__getitem__, __eq__,
// __add__, __contains__, __iter__, __next__ ...), it pushes that method's frame
// and the loop goes on — no C recursion, so a 100,000-deep chain of __getitem__
// calls works. The operands stay on the caller's stack; when the frame returns,
// finish_dunder completes the caller's instruction with the result (Lua's
// luaV_finishOp idea). Anything unusual (NotImplemented, reflected operands)
// falls back to the generic operations in objects/dunder.cpp.
#pragma once

#include "bytecode/opcode.hpp"
#include "scheduler/tasklet.hpp"
#include "vm/runtime.hpp"

namespace stk {

// For the instruction `word` of the top frame, whose operands are the top
// `noperands` values of its (saved) stack: 1 = a frame was pushed, 0 = not a
// case for a frame (use the generic path), -1 = error raised.
int push_dunder_frame(Runtime& rt, ExecStack& es, std::uint32_t word);

// Called when a Frame::kFinishOp frame returned `result` (already popped):
// completes the caller's instruction by fixing its saved stack pointer and ip.
// False with an exception raised (the caller's instruction failed).
bool finish_dunder(Runtime& rt, ExecStack& es, Value result, std::uint32_t flags, std::uint32_t ret);

// An exception leaving a kFinishOp frame: StopIteration from __next__ ends the
// caller's for loop (returns true: handled, exception cleared).
bool finish_dunder_exception(Runtime& rt, ExecStack& es, std::uint32_t ret);

}  // namespace stk
