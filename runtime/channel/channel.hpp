// Channel operations: the rendezvous, who runs after a transfer (the
// preference matrix, stackless-semantics.md section 4.2), blocking with its
// deadlock rules, close/open, and the channel callback.
#pragma once

#include "scheduler/tasklet.hpp"
#include "vm/runtime.hpp"

namespace stk {

Channel* new_channel(Runtime& rt, Type* type);

// send (dir 1) or receive (dir -1) on `ch`. For a send, `value` is the datum,
// or with `is_exception` an exception instance the receiver raises. Returns
// the result (None for a send, the datum for a receive), null with an
// exception raised, or Value::switched() (the caller's result then arrives
// through the scheduler). Call may_switch() first where switching is allowed;
// `can_switch` false makes an operation that would switch raise instead.
Value channel_action(Runtime& rt, Channel* ch, int dir, Value value, bool is_exception, bool can_switch);

// next(ch) for iteration: like receive, but a StopIteration arriving through
// the channel, or a closed channel, ends the loop (Value::stop()).
Value channel_next(Runtime& rt, Channel* ch, bool can_switch);

}  // namespace stk
