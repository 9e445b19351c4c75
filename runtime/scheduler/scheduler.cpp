// The scheduling rules of real Stackless 3.7 (stackless-semantics.md section 2):
// who runs after schedule(), run(), t.run(), t.switch(), kill/throw, the end of
// a tasklet and an uncaught error. Every function here only moves tasklets
// between the ring, the watchdog stack and paused, then names the new current
// tasklet through switch_to(); the interpreter does the actual continuation.
#include "scheduler/scheduler.hpp"

#include <algorithm>
#include <string>

#include "objects/exception.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "scheduler/events.hpp"
#include "vm/call.hpp"

namespace stk {
namespace {

Value raise_runtime(Runtime& rt, const char* message) { return rt.raise(rt.exc.RuntimeError, message); }

bool trapped(Runtime& rt) {
  if (rt.sched.switch_trap == 0) return false;
  raise_runtime(rt, "switch_trap");
  return true;
}

void stop_timeout_if_owner_left(Runtime& rt);

// Drops a tasklet's frames and bindings: it will never run again.
void clear_tasklet(Runtime& rt, Tasklet* t) {
  t->life = Tasklet::Life::Dead;
  t->exec.frames.clear();
  t->exec.base_top = 0;
  t->depth = 0;
  t->func = t->args = t->kwargs = Value();
  t->bomb = Value();
  t->handled_exc = Value();
  t->resume = Tasklet::Resume::Start;
  // A run() caller killed while waiting is no longer anyone's watchdog.
  auto& w = rt.sched.watchdogs;
  w.erase(std::remove(w.begin(), w.end(), t), w.end());
  stop_timeout_if_owner_left(rt);
}

// The preemption budget in force: run(timeout) first, then `stk run --preempt`.
std::int64_t slice_ticks(const Scheduler& s) { return s.timeout > 0 ? s.timeout : s.global_slice; }

void stop_timeout_if_owner_left(Runtime& rt) {
  Scheduler& s = rt.sched;
  if (s.timeout > 0 && s.watchdogs.size() < s.timeout_owner) {
    s.timeout = 0;
    s.soft = s.soft_expired = s.totaltimeout = s.ignore_nesting = false;
    s.preempting = s.global_slice > 0;
    s.ticks = s.global_slice;
  }
}

}  // namespace

void ring_append(Runtime& rt, Tasklet* t, bool record) {
  if (t->in_ring) return;
  if (STK_UNLIKELY(t->frozen)) {
    // A debugger holds it: it becomes runnable when thawed.
    if (!t->frozen_runnable) ++rt.dbg->held_runnable;
    t->frozen_runnable = true;
    return;
  }
  events::runnable(rt, t, record);
  Tasklet* head = rt.sched.ring;
  if (!head) {
    t->next = t->prev = t;
    rt.sched.ring = t;
  } else {
    t->prev = head->prev;
    t->next = head;
    head->prev->next = t;
    head->prev = t;
  }
  t->in_ring = true;
  ++rt.sched.runcount;
}

void ring_make_head(Runtime& rt, Tasklet* t) {
  ring_append(rt, t);
  rt.sched.ring = t;
}

void ring_unlink(Runtime& rt, Tasklet* t) {
  if (!t->in_ring) return;
  if (t->next == t) {
    rt.sched.ring = nullptr;
  } else {
    t->prev->next = t->next;
    t->next->prev = t->prev;
    if (rt.sched.ring == t) rt.sched.ring = t->next;
  }
  t->next = t->prev = nullptr;
  t->in_ring = false;
  --rt.sched.runcount;
}

bool switch_allowed(Runtime& rt) {
  bool ok = rt.switch_ok;
  rt.switch_ok = false;
  return ok && rt.current->nested.empty();
}

Value refuse_switch(Runtime& rt) {
  return raise_runtime(rt,
                       "cannot switch tasklets inside a native callback (a function called by a builtin "
                       "such as sorted(key=...), map() or list(), by a special method run from C++, or by "
                       "an import)");
}

bool may_switch(Runtime& rt) {
  if (switch_allowed(rt)) return true;
  refuse_switch(rt);
  return false;
}

Value switch_to(Runtime& rt, Tasklet* next, trace::SwitchReason reason) {
  Tasklet* prev = rt.current;
  if (STK_UNLIKELY(next->frozen)) {
    // The scheduler chose a tasklet a debugger holds: run whoever else can.
    next = debug_wait_runnable(rt);
    reason = trace::SwitchReason::Debugger;
  }
  if (STK_UNLIKELY(rt.dbg != nullptr) && rt.dbg->step_tasklet == prev && next != prev) debug_switched_out(rt, prev);
  if (next->in_ring) rt.sched.ring = next;
  rt.current = next;
  Scheduler& s = rt.sched;
  if (s.preempting && !s.totaltimeout) s.ticks = slice_ticks(s);
  events::switched(rt, prev, next, reason);  // the trace and the schedule callback
  return Value::switched();
}

Value wake_watchdog(Runtime& rt, Value result, Value bomb) {
  Tasklet* w = rt.sched.watchdogs.back();
  rt.sched.watchdogs.pop_back();
  stop_timeout_if_owner_left(rt);
  w->tempval = result;
  w->bomb = bomb;
  events::run_end(rt, w, result.is_obj() && result.obj()->kind == ObjKind::Tasklet);
  ring_make_head(rt, w);
  return switch_to(rt, w, trace::SwitchReason::Woken);
}

bool someone_else_can_run(Runtime& rt) {
  Tasklet* cur = rt.current;
  Tasklet* next = cur->in_ring ? (cur->next != cur ? cur->next : nullptr) : rt.sched.ring;
  return next || !rt.sched.watchdogs.empty();
}

Value leave_ring_and_switch(Runtime& rt, const char* deadlock_message, Value watchdog_bomb) {
  Tasklet* cur = rt.current;
  Tasklet* next = cur->in_ring ? (cur->next != cur ? cur->next : nullptr) : rt.sched.ring;
  bool held = debug_holds_runnable(rt);
  if (!next && rt.sched.watchdogs.empty() && !held) {
    debug_report_deadlock(rt);
    return raise_runtime(rt, deadlock_message);
  }
  if (trapped(rt)) return Value();
  cur->resume = Tasklet::Resume::CallResult;
  ring_unlink(rt, cur);
  if (!next && held) next = debug_wait_runnable(rt);
  if (next) return switch_to(rt, next, trace::SwitchReason::Removed);
  return wake_watchdog(rt, rt.None(), watchdog_bomb);
}

Value schedule_current(Runtime& rt, Value retval, bool remove) {
  Tasklet* cur = rt.current;
  Scheduler& s = rt.sched;
  if (remove) {
    if ((!cur->in_ring || (cur->next == cur && s.watchdogs.empty())) && !debug_holds_runnable(rt)) {
      debug_report_deadlock(rt);
      return raise_runtime(rt, "Deadlock: the last runnable tasklet cannot be blocked.");
    }
    cur->tempval = retval;
    return leave_ring_and_switch(rt, "Deadlock: the last runnable tasklet cannot be blocked.");
  }
  if (s.soft_expired && !s.watchdogs.empty()) {
    // run(timeout, soft=True): the budget is spent, so this voluntary switch
    // returns to the run() caller; nobody is unlinked.
    if (trapped(rt)) return Value();
    s.soft_expired = false;
    cur->tempval = retval;
    cur->resume = Tasklet::Resume::CallResult;
    return wake_watchdog(rt, rt.None(), Value());
  }
  cur->tempval = retval;
  if (!cur->in_ring || cur->next == cur) return retval;  // alone: returns at once
  if (trapped(rt)) return Value();
  cur->resume = Tasklet::Resume::CallResult;
  return switch_to(rt, cur->next);
}

Value run_watchdog(Runtime& rt, std::int64_t timeout, bool soft, bool ignore_nesting, bool totaltimeout) {
  Tasklet* cur = rt.current;
  Scheduler& s = rt.sched;
  if (cur->in_ring && cur->next == cur) return rt.None();  // nothing else to run
  if (!cur->in_ring && !s.ring) return rt.None();
  if (trapped(rt)) return Value();
  Tasklet* next = cur->in_ring ? cur->next : s.ring;
  s.watchdogs.push_back(cur);
  if (timeout > 0 && s.timeout == 0) {
    // Only the outermost run(timeout) is the interrupt watchdog.
    s.timeout = timeout;
    s.timeout_owner = s.watchdogs.size();
    s.soft = soft;
    s.soft_expired = false;
    s.ignore_nesting = ignore_nesting;
    s.totaltimeout = totaltimeout;
    s.preempting = true;
    s.ticks = timeout;
  }
  cur->tempval = rt.None();
  cur->resume = Tasklet::Resume::CallResult;
  ring_unlink(rt, cur);
  events::run_start(rt, cur, timeout);
  return switch_to(rt, next, trace::SwitchReason::RunWait);
}

Value run_tasklet(Runtime& rt, Tasklet* t, bool pause_caller) {
  Tasklet* cur = rt.current;
  if (t == cur) return rt.None();
  if (t->blocked()) return raise_runtime(rt, "You cannot run a blocked tasklet");
  if (!t->alive()) return raise_runtime(rt, "You cannot run an unbound(dead) tasklet");
  if (trapped(rt)) return Value();
  cur->tempval = rt.None();
  cur->resume = Tasklet::Resume::CallResult;
  ring_append(rt, t);
  if (pause_caller) ring_unlink(rt, cur);
  return switch_to(rt, t);
}

Value insert_tasklet(Runtime& rt, Tasklet* t) {
  if (t->blocked()) return raise_runtime(rt, "You cannot run a blocked tasklet");
  if (!t->alive()) return raise_runtime(rt, "You cannot run an unbound(dead) tasklet");
  ring_append(rt, t);
  return Value::object(t);
}

Value remove_tasklet(Runtime& rt, Tasklet* t) {
  if (t->blocked()) return raise_runtime(rt, "You cannot remove a blocked tasklet.");
  if (t == rt.current) return raise_runtime(rt, "The current tasklet cannot be removed.");
  ring_unlink(rt, t);
  return Value::object(t);
}

// Takes a blocked tasklet out of its channel's queue (balance adjusts).
void channel_unlink(Runtime& rt, Tasklet* t, bool record) {
  Channel* ch = t->channel;
  if (!ch) return;
  events::unblocked(rt, t, ch, record);
  if (t->prev) t->prev->next = t->next;
  else ch->head = t->next;
  if (t->next) t->next->prev = t->prev;
  else ch->tail = t->prev;
  ch->balance -= t->block_dir;
  t->next = t->prev = nullptr;
  t->channel = nullptr;
  t->block_dir = 0;
}

Value throw_to(Runtime& rt, Tasklet* t, Value exc, bool pending) {
  Tasklet* cur = rt.current;
  if (t == cur) return rt.raise_value(exc);
  if (!t->alive()) {
    if (rt.exception_matches(exc, rt.exc.TaskletExit)) return rt.None();
    return raise_runtime(rt, "You cannot throw to a dead tasklet");
  }
  if (!pending && trapped(rt)) return Value();
  channel_unlink(rt, t);
  t->bomb = exc;
  ring_append(rt, t);
  if (pending) return rt.None();
  cur->tempval = rt.None();
  cur->resume = Tasklet::Resume::CallResult;
  return switch_to(rt, t, trace::SwitchReason::Killed);
}

namespace {

void finish_current(Runtime& rt, trace::ExitHow how, Value exc) {
  Tasklet* t = rt.current;
  events::tasklet_exit(rt, t, how, exc);
  Tasklet* next = t->in_ring && t->next != t ? t->next : nullptr;
  ring_unlink(rt, t);
  clear_tasklet(rt, t);
  auto reason = how == trace::ExitHow::Killed ? trace::SwitchReason::Killed : trace::SwitchReason::Finished;
  if (!next && debug_holds_runnable(rt)) next = debug_wait_runnable(rt);
  if (next) {
    switch_to(rt, next, reason);
    return;
  }
  if (!rt.sched.watchdogs.empty()) {
    wake_watchdog(rt, rt.None(), Value());
    return;
  }
  // Nobody is runnable and nobody waits in run(): main must be blocked or parked.
  Tasklet* m = rt.main;
  if (m->blocked()) {
    debug_report_deadlock(rt);
    const char* message = m->block_dir < 0 ? "the main tasklet is receiving without a sender available."
                                           : "the main tasklet is sending without a receiver available.";
    channel_unlink(rt, m);
    raise_runtime(rt, message);
    m->bomb = rt.pending_exc;
    rt.pending_exc = Value();
  }
  ring_make_head(rt, m);
  switch_to(rt, m, reason);
}

}  // namespace

void tasklet_finished(Runtime& rt) { finish_current(rt, trace::ExitHow::Normal, Value()); }

void tasklet_died(Runtime& rt, Value exc) {
  Tasklet* t = rt.current;
  if (rt.exception_matches(exc, rt.exc.TaskletExit)) {
    finish_current(rt, trace::ExitHow::Killed, exc);  // a kill ends a tasklet silently
    return;
  }
  if (rt.sched.error_handler) {
    // set_error_handler: runs in the dying tasklet; returning swallows the error.
    Root keep(rt, exc);
    Value args[3] = {Value::object(exc.obj()->type), exc,
                     exc.obj()->kind == ObjKind::Exception ? traceback_object(rt, exc.as<Exception>()) : rt.None()};
    Value r = rt.call(rt.sched.error_handler, args, 3);
    if (r) {
      tasklet_finished(rt);
      return;
    }
    exc = rt.pending_exc;
    rt.pending_exc = Value();
  }
  events::tasklet_exit(rt, t, trace::ExitHow::Exception, exc);
  ring_unlink(rt, t);
  clear_tasklet(rt, t);
  Tasklet* target = rt.main;
  if (!rt.sched.watchdogs.empty()) {
    target = rt.sched.watchdogs.back();
    rt.sched.watchdogs.pop_back();
    stop_timeout_if_owner_left(rt);
  }
  channel_unlink(rt, target);
  target->bomb = exc;
  target->tempval = rt.None();
  ring_make_head(rt, target);
  switch_to(rt, target, trace::SwitchReason::Raised);
}

namespace {

// Starts a Bound tasklet: calls func(*args, **kwargs) on its own ExecStack.
// Returns the start_call result.
CallResult start_tasklet(Runtime& rt, Tasklet* t) {
  t->life = Tasklet::Life::Started;
  ExecStack& es = t->exec;
  Tuple* args = t->args ? t->args.as<Tuple>() : nullptr;
  Dict* kwargs = t->kwargs ? t->kwargs.as<Dict>() : nullptr;
  std::uint32_t npos = args ? static_cast<std::uint32_t>(args->size) : 0;
  std::uint32_t nkw = 0;
  Tuple* kwnames = nullptr;
  if (kwargs) {
    for (const DictEntry& e : kwargs->entries)
      if (e.key) ++nkw;
    if (nkw) kwnames = rt.new_tuple(nkw);
  }
  exec_reserve(rt, es, 1 + npos + nkw + 1);
  es.stack[0] = t->func;
  for (std::uint32_t i = 0; i < npos; ++i) es.stack[1 + i] = args->items()[i];
  if (kwnames) {
    std::uint32_t k = 0;
    for (const DictEntry& e : kwargs->entries) {
      if (!e.key) continue;
      kwnames->items()[k] = e.key;
      es.stack[1 + npos + k] = e.value;
      ++k;
    }
  }
  es.base_top = 1 + npos + nkw;
  t->args = t->kwargs = Value();
  t->resume = Tasklet::Resume::CallResult;
  Root keep_names(rt, kwnames ? Value::object(kwnames) : Value());
  return start_call(rt, es, 0, es.stack[0], 1, npos + nkw, kwnames);
}

}  // namespace

ResumeOutcome resume_current(Runtime& rt) {
  for (;;) {
    Tasklet* t = rt.current;
    ExecStack& es = t->exec;
    switch (t->resume) {
      case Tasklet::Resume::Start: {
        if (t->bomb) {
          // Killed or thrown into before it ever ran: it dies without running.
          Value exc = t->bomb;
          t->bomb = Value();
          tasklet_died(rt, exc);
          continue;
        }
        CallResult r = start_tasklet(rt, t);
        if (r == CallResult::PushedFrame) {
          es.frames.front().flags |= Frame::kTaskletEntry;
          return ResumeOutcome::Run;
        }
        if (r == CallResult::Done) {
          tasklet_finished(rt);
        } else if (r == CallResult::Error) {
          Value exc = rt.pending_exc;
          rt.pending_exc = Value();
          tasklet_died(rt, exc);
        }
        continue;  // Switched: a scheduling native was the tasklet's function
      }
      case Tasklet::Resume::CallResult: {
        if (t->bomb) {
          Value exc = t->bomb;
          t->bomb = Value();
          if (es.frames.empty()) {
            tasklet_died(rt, exc);
            continue;
          }
          rt.pending_exc = exc;
          return ResumeOutcome::RaiseInCall;
        }
        if (es.frames.empty()) {
          tasklet_finished(rt);
          continue;
        }
        es.stack[es.frames.back().sp - 1] = t->tempval;
        return ResumeOutcome::Run;
      }
      case Tasklet::Resume::Interrupted: {
        t->resume = Tasklet::Resume::CallResult;
        if (t->bomb) {
          rt.pending_exc = t->bomb;
          t->bomb = Value();
          // The error unwinder blames the instruction before ip: step over the
          // interrupted instruction, which never ran.
          es.frames.back().ip += 1;
          return ResumeOutcome::Raise;
        }
        return ResumeOutcome::Run;
      }
    }
  }
}

bool preempt_current(Runtime& rt) {
  Scheduler& s = rt.sched;
  Tasklet* t = rt.current;
  std::int64_t slice = slice_ticks(s);
  events::preempt_tick(rt, t, !(t->atomic || s.switch_trap != 0 || !t->nested.empty()));
  s.ticks = slice > 0 ? slice : INT64_MAX;
  bool deferred = t->atomic || s.switch_trap != 0 || !t->nested.empty();
  if (s.timeout > 0) {
    if (deferred) return false;
    if (s.soft) {
      s.soft_expired = true;
      return false;
    }
    // Hard interrupt: the tasklet leaves the ring, paused, and run() returns it.
    t->resume = Tasklet::Resume::Interrupted;
    ring_unlink(rt, t);
    wake_watchdog(rt, Value::object(t), Value());
    return true;
  }
  if (s.global_slice > 0) {
    if (deferred || !t->in_ring || t->next == t) return false;
    t->resume = Tasklet::Resume::Interrupted;
    switch_to(rt, t->next, trace::SwitchReason::Preempted);
    return true;
  }
  s.preempting = false;
  return false;
}

std::string_view channel_label_text(const Channel* ch) {
  if (!ch->label.is_obj() || ch->label.obj()->kind != ObjKind::Str) return {};
  return sv(ch->label.as<Str>());
}

std::string tasklet_display_name(Runtime& rt, Tasklet* t) {
  if (t->name && t->name.is_obj() && t->name.obj()->kind == ObjKind::Str) return std::string(sv(t->name.as<Str>()));
  if (t == rt.main) return "main";
  Value f = t->func;
  if (!f && t->exec.base_top > 0) f = t->exec.stack[0];
  if (f && f.is_obj()) {
    Obj* o = f.obj();
    if (o->kind == ObjKind::Function) return std::string(sv(static_cast<Function*>(o)->code->name));
    if (o->kind == ObjKind::NativeFn) return std::string(sv(static_cast<NativeFn*>(o)->name));
    if (o->kind == ObjKind::BoundMethod) {
      Value inner = static_cast<BoundMethod*>(o)->func;
      if (inner.is_obj() && inner.obj()->kind == ObjKind::Function)
        return std::string(sv(inner.as<Function>()->code->name));
    }
  }
  return "tasklet";
}

void report_blocked_tasklets(Runtime& rt) {
  for (Channel* ch : rt.sched.watched_channels) {
    for (Tasklet* t = ch->head; t; t = t->next) {
      std::string where;
      if (!t->exec.frames.empty()) {
        const Frame& f = t->exec.frames.back();
        where = " at " + std::string(sv(f.code->filename)) + ":" +
                std::to_string(f.code->line_for(f.ip > 0 ? f.ip - 1 : 0));
      }
      rt.write_stderr("stk: tasklet '" + tasklet_display_name(rt, t) + "' (#" + std::to_string(t->id) +
                      ") still blocked " + (t->block_dir > 0 ? "sending on" : "receiving on") + " channel #" +
                      std::to_string(ch->id) + where + "\n");
    }
  }
}

void reset_scheduler(Runtime& rt) {
  Scheduler& s = rt.sched;
  while (s.ring) ring_unlink(rt, s.ring);
  s.watchdogs.clear();
  s.timeout = 0;
  s.preempting = s.global_slice > 0;
  rt.current = rt.main;
  ring_make_head(rt, rt.main);
}

}  // namespace stk
