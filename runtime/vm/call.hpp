// Calls as the interpreter makes them: a Python function gets a frame pushed on
// the tasklet's ExecStack (no C recursion) and the loop keeps dispatching; natives
// and constructors run to completion here. Argument binding (defaults, keywords,
// *args, **kwargs) lives here too, with CPython's TypeError messages.
#pragma once

#include <cstdint>
#include <vector>

#include "scheduler/tasklet.hpp"
#include "vm/runtime.hpp"

namespace stk {

// Switched: a scheduling native switched tasklets (rt.current changed); the
// caller's result slot is filled when its tasklet is switched in again.
enum class CallResult { Done, PushedFrame, Error, Switched };

// Calls `callable` with the `nargs` values at es.stack[args_index...] (positional
// first, then the values of the keywords named by `kwnames`). A finished call
// stores its result at es.stack[ret_index]; a Python function instead pushes its
// frame, which will store the result there when it returns. Raw pointers into
// es.stack are invalid afterwards (the stack may have grown).
CallResult start_call(Runtime& rt, ExecStack& es, std::uint32_t ret_index, Value callable,
                      std::uint32_t args_index, std::uint32_t nargs, Tuple* kwnames);

// Pushes a frame for `f` whose bound locals are already in place from `base`
// (nlocals slots); creates cells and copies the closure. False on RecursionError.
bool push_function_frame(Runtime& rt, ExecStack& es, Function* f, std::uint32_t base,
                         std::uint32_t ret_index);

// Pushes a module-body frame (globals = locals = `globals`) on top of `es`.
bool push_module_frame(Runtime& rt, ExecStack& es, Code* code, Dict* globals);

// Fills `locals` (nlocals values, null = unbound) from positional and keyword
// arguments following the function's signature. False (TypeError raised) on mismatch.
bool bind_arguments(Runtime& rt, Function* f, const Value* pos, std::size_t npos,
                    const Value* kwvalues, Tuple* kwnames, std::vector<Value>& locals);

// The return of a class body (creates the class) or of an __init__ called for
// a class call (checks None, yields the instance): pops the frame and returns
// the value for the caller, or null (exception raised; frame still popped).
Value finish_special_return(Runtime& rt, ExecStack& es, Value result);

// Pops the innermost frame (recursion depth bookkeeping included).
void pop_frame(Runtime& rt, ExecStack& es);

}  // namespace stk
