// How the scheduler behaves under a debugger that freezes tasklets. A frozen
// tasklet is still runnable (or blocked) as far as the program can tell; it
// just does not get the VM. So when the ring runs dry while a frozen tasklet
// is runnable underneath, the VM waits for the debugger instead of ending
// stackless.run() or raising a deadlock; and a real deadlock (nobody frozen,
// everybody blocked) is shown to the debugger before the error is raised.
#include "scheduler/scheduler.hpp"

namespace stk {

Tasklet* debug_wait_runnable(Runtime& rt) {
  DebugState& d = *rt.dbg;
  while (!rt.sched.ring) {
    if (d.held_runnable == 0) break;
    d.in_hook = true;
    d.hooks->on_idle(false);  // may thaw tasklets (they join the ring) or throw debug::Terminate
    d.in_hook = false;
  }
  if (!rt.sched.ring) {
    // What was held got thawed into a blocked state meanwhile: nobody can
    // run. Wake the innermost run() caller, else raise the deadlock in main,
    // as the scheduler would have without the debugger.
    debug_report_deadlock(rt);
    Tasklet* target = rt.main;
    if (!rt.sched.watchdogs.empty()) {
      target = rt.sched.watchdogs.back();
      rt.sched.watchdogs.pop_back();
      target->tempval = rt.None();
    } else if (target->blocked()) {
      channel_unlink(rt, target);
      rt.raise(rt.exc.RuntimeError, "Deadlock: the last runnable tasklet cannot be blocked.");
      target->bomb = rt.pending_exc;
      rt.pending_exc = Value();
    }
    target->resume = Tasklet::Resume::CallResult;
    ring_make_head(rt, target);
  }
  return rt.sched.ring;
}

void debug_report_deadlock(Runtime& rt) {
  if (!rt.dbg || !rt.dbg->hooks) return;
  DebugState& d = *rt.dbg;
  d.in_hook = true;
  d.hooks->on_idle(true);
  d.in_hook = false;
}

bool debug_freeze_current(Runtime& rt, Tasklet::Resume resume) {
  Tasklet* t = rt.current;
  if (!t->nested.empty() || rt.sched.switch_trap != 0) return false;
  t->resume = resume;
  debug_hold(rt, t);
  Tasklet* next = rt.sched.ring ? rt.sched.ring : debug_wait_runnable(rt);
  switch_to(rt, next, trace::SwitchReason::Debugger);
  return true;
}

void debug_switched_out(Runtime& rt, Tasklet* prev) {
  DebugState& d = *rt.dbg;
  if (d.step_kind != debug::StepKind::NextSwitch) return;
  d.step_tasklet = nullptr;
  d.step_done_pending = true;  // reported at the next instruction boundary
  if (prev->alive()) debug_hold(rt, prev);
}

void debug_hold(Runtime& rt, Tasklet* t) {
  if (t->frozen) return;
  DebugState& d = *rt.dbg;
  t->frozen = true;
  ++d.frozen_count;
  if (t->in_ring) {
    ring_unlink(rt, t);
    t->frozen_runnable = true;
    ++d.held_runnable;
  }
}

}  // namespace stk
