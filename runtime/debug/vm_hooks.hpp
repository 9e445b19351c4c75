// Where the interpreter loop calls into an attached debugger: at instruction
// boundaries picked by op_debug (polls and stepping), at a patched
// Breakpoint instruction, and when an exception is raised. Each returns
// whether the current tasklet was switched out (frozen), in which case the
// loop continues with rt.current's stack.
#pragma once

#include <cstdint>

#include "scheduler/tasklet.hpp"
#include "vm/debug_state.hpp"
#include "vm/runtime.hpp"

namespace stk {

enum class DebugOutcome { Continue, Switched };

// Every instruction goes through op_debug while the current tasklet steps.
inline bool debug_wants_every_instruction(const Runtime& rt) {
  return rt.dbg->step_tasklet == rt.current || rt.dbg->step_done_pending;
}

// The top frame's saved ip is the instruction about to run.
DebugOutcome debug_at_instruction(Runtime& rt);
// The top frame's saved ip is the Breakpoint instruction; `original` receives
// the instruction to run in its place.
DebugOutcome debug_at_breakpoint(Runtime& rt, std::uint32_t& original);
// rt.pending_exc was just raised by the instruction before the saved ip of
// `es`'s top frame.
DebugOutcome debug_at_exception(Runtime& rt, ExecStack& es);

// The frame the current tasklet executes (a native callback's nested stack
// first), and the Python frames it has alive.
Frame& executing_frame(Tasklet* t);

}  // namespace stk
