// The VM runs on a thread with a large C stack: Python calls never use it,
// but builtins that call back into Python (sorted(key=), len() of an object
// with __len__, repr() ...) nest a C++ frame per level. Past the stack's end
// the VM raises RecursionError (Runtime::call checks), so the size only sets
// how deep that is. The memory is reserved, not committed. Every tool that
// runs a Vm (stk, stk-trace record, the debugger's VM thread) uses this.
#pragma once

#include <functional>

namespace stk {

// Runs `fn` on a thread with a 512 MiB stack and waits for it; on the
// calling thread if no such thread can be made.
void run_on_big_stack(const std::function<void()>& fn);

}  // namespace stk
