// Generators as frames: creating one (calling a generator function), resuming it
// as a frame pushed on the running ExecStack (for loops and `yield from` do this
// without any C recursion), and the generator methods (send, throw, close,
// __next__), which resume on a nested ExecStack because they are natives.
#pragma once

#include "scheduler/tasklet.hpp"
#include "vm/runtime.hpp"

namespace stk {

// Turns the frame just pushed for a generator function into a Generator object
// (popping the frame). Returns the generator.
Value make_generator(Runtime& rt, ExecStack& es);

// Pushes `g`'s frame with its result slot at `ret` (frame base ret + 1). When
// `push_value`, `value` becomes the result of the pending yield (ignored on the
// first start, where it must be None). False with an exception raised.
bool push_generator_frame(Runtime& rt, ExecStack& es, Generator* g, std::uint32_t ret, Value value,
                          std::uint32_t resume_flags, bool push_value);

// Resumes `g` from C++ on a nested ExecStack: the yielded value; Value::stop()
// when it returned (its value in *returned); null with an exception raised.
// `throw_exc` (if set) is raised at the yield instead of sending `value`.
Value resume_generator_nested(Runtime& rt, Generator* g, Value value, Value throw_exc, Value* returned);

// True when calling native `f` with `args` would resume a generator: `next(g)`
// (no default), `g.__next__()` or `g.send(v)` on a started-or-new, unfinished
// generator. The interpreter then resumes it as a pushed frame instead.
bool is_generator_resume(Runtime& rt, NativeFn* f, const Value* args, std::uint32_t nargs, Generator** gen,
                         Value* value);

void install_generator_methods(Runtime& rt);

}  // namespace stk
