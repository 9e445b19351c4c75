// The scheduler: the runnables ring, the watchdog stack of run() callers, and
// every operation that switches tasklets, following real Stackless 3.7
// (../shared/stackless-semantics.md sections 1-6).
//
// A switch never touches the C stack. An operation decides who runs next,
// sets rt.current and returns Value::switched(); the interpreter loop then
// continues with the new current tasklet's ExecStack (resume_current below).
// The switched-out tasklet receives its call's result later, through its
// `tempval` (or `bomb`, an exception to raise), when it is switched in again.
#pragma once

#include <string>
#include <string_view>

#include "scheduler/tasklet.hpp"
#include "support/assert.hpp"
#include "vm/debug_state.hpp"
#include "vm/runtime.hpp"

namespace stk {

// ---- ring primitives ----
// Links `t` at the end of the round (just before the head); no-op if linked.
void ring_append(Runtime& rt, Tasklet* t, bool record = true);
// Links `t` as the new head (it runs next, "in place").
void ring_make_head(Runtime& rt, Tasklet* t);
void ring_unlink(Runtime& rt, Tasklet* t);

// Checks that the current code may switch tasklets: called from an instruction
// (rt.switch_ok, consumed here), not inside a nested native callback, not under
// switch_trap. Raises RuntimeError naming the reason and returns false otherwise.
bool may_switch(Runtime& rt);
// The same test without raising (consumes rt.switch_ok), and the error it raises.
bool switch_allowed(Runtime& rt);
Value refuse_switch(Runtime& rt);

// Makes `next` current (its ring position is left alone; it becomes the head if
// in the ring), restarts the preemption slice, reports the switch to the
// schedule callback. Returns Value::switched().
Value switch_to(Runtime& rt, Tasklet* next, trace::SwitchReason reason = trace::SwitchReason::Schedule);

// The current tasklet leaves the ring (to block or park): the successor runs;
// with nobody runnable the innermost run() caller wakes (raising
// `watchdog_bomb` there if given). Returns null with `deadlock_message` raised
// as RuntimeError when nobody can run.
Value leave_ring_and_switch(Runtime& rt, const char* deadlock_message, Value watchdog_bomb = Value());
// Whether the current tasklet could leave the ring without a deadlock.
bool someone_else_can_run(Runtime& rt);

// Wakes the innermost run() caller with `result` (or raises `bomb` in it).
Value wake_watchdog(Runtime& rt, Value result, Value bomb);

// The trace id of a tasklet (main = 0).
inline std::uint32_t trace_id(const Tasklet* t) { return static_cast<std::uint32_t>(t->id); }

// Module-level operations (arguments already checked).
Value schedule_current(Runtime& rt, Value retval, bool remove);
Value run_watchdog(Runtime& rt, std::int64_t timeout, bool soft, bool ignore_nesting, bool totaltimeout);
Value run_tasklet(Runtime& rt, Tasklet* t, bool pause_caller);  // t.run() / t.switch()
Value throw_to(Runtime& rt, Tasklet* t, Value exc, bool pending);
Value insert_tasklet(Runtime& rt, Tasklet* t);
Value remove_tasklet(Runtime& rt, Tasklet* t);
// Takes a blocked tasklet out of its channel's queue (the balance adjusts).
void channel_unlink(Runtime& rt, Tasklet* t, bool record = true);

// ---- for the interpreter ----
// The current tasklet's function returned / raised `exc` past its first frame.
// Picks the next current tasklet (rule 6 / rule 11).
void tasklet_finished(Runtime& rt);
void tasklet_died(Runtime& rt, Value exc);

// Makes rt.current ready to dispatch: starts a fresh tasklet, delivers the
// result of the call it was suspended in, or leaves rt.pending_exc set when
// it must raise. Tasklets that finish at once are handled here, so
// rt.current may change several times.
enum class ResumeOutcome {
  Run,          // dispatch from the top frame's saved ip
  Raise,        // raise rt.pending_exc at the top frame
  RaiseInCall,  // the same, as the result of the call it was suspended in
};
ResumeOutcome resume_current(Runtime& rt);

// The preemption budget ran out at an instruction boundary of the current
// tasklet. Returns true when the tasklet was switched out (the caller saved
// its state for Resume::Interrupted), false when it keeps running.
bool preempt_current(Runtime& rt);

// ---- an attached debugger (scheduler/debug_scheduling.cpp) ----
// Whether a debugger holds a tasklet that would otherwise be runnable: the
// ring running dry then waits for it instead of ending run() or deadlocking.
inline bool debug_holds_runnable(const Runtime& rt);
// Waits (in the debugger's idle hook) until a tasklet is runnable; returns it
// (the ring's head). Only called while debug_holds_runnable.
Tasklet* debug_wait_runnable(Runtime& rt);
// Every live tasklet is blocked: lets the debugger stop and show it before
// the deadlock error is raised. No-op without a debugger.
void debug_report_deadlock(Runtime& rt);
// Takes the current tasklet out of scheduling at an instruction boundary (its
// state saved for Resume::Interrupted) and switches to another. False (and
// nothing changes) when it cannot switch now (inside a native callback).
bool debug_freeze_current(Runtime& rt, Tasklet::Resume resume = Tasklet::Resume::Interrupted);
// Freezes `t` (not the current tasklet): a runnable one leaves the ring and
// is held until thawed.
void debug_hold(Runtime& rt, Tasklet* t);
// The stepping tasklet is being switched out: a NextSwitch step ends here.
void debug_switched_out(Runtime& rt, Tasklet* prev);

// Unlinks every tasklet (the program ended): nothing is left scheduled.
void reset_scheduler(Runtime& rt);

// `stk run --warn-blocked`: one stderr line per tasklet still blocked on a
// channel at the end (name, direction, channel, where it waits).
void report_blocked_tasklets(Runtime& rt);

// The tool-facing name of a tasklet: its `name` if set, else its function's.
std::string tasklet_display_name(Runtime& rt, Tasklet* t);
// A channel's `label` as text: "" when never set, None or ''.
std::string_view channel_label_text(const Channel* ch);

inline bool debug_holds_runnable(const Runtime& rt) {
  return STK_UNLIKELY(rt.dbg != nullptr) && rt.dbg->held_runnable > 0;
}

}  // namespace stk
