// The interpreter loop. `execute` runs the frames of one ExecStack until the
// frame marked Frame::kEntry returns (its result) or an exception escapes it
// (null, with the exception in rt.pending_exc). Python calls push frames and
// continue in the same loop: the C stack does not grow with Python recursion.
#pragma once

#include "scheduler/tasklet.hpp"
#include "vm/runtime.hpp"

namespace stk {

Value execute(Runtime& rt, ExecStack& es);

// Runs a module body with `globals` on a fresh nested ExecStack (imports).
Value run_module_nested(Runtime& rt, Code* code, Dict* globals);
// Runs module-like code whose top-level names live in `locals` (a debugger's
// expression evaluated in a frame's scope) on a fresh nested ExecStack.
Value run_code_nested(Runtime& rt, Code* code, Dict* globals, Dict* locals);

}  // namespace stk
