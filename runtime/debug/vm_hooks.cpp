// The debugger's entry points in the interpreter loop (vm_hooks.hpp). They
// decide *whether* the debugger must hear about this instruction (a step
// completing, a poll falling due, a breakpoint, an exception worth a stop),
// call the Hooks, and carry out a Freeze. What to do at a stop is the
// debugger's business (debugger/), not the VM's.
#include "debug/vm_hooks.hpp"

#include "objects/exception.hpp"
#include "scheduler/scheduler.hpp"

namespace stk {
namespace {

// Marks the VM as inside a hook for its duration: evaluation run from a hook
// must not re-enter the debugger (its breakpoints, steps and exceptions are
// the user's expression's, not the program's).
class HookScope {
 public:
  HookScope(DebugState& d, bool at_instruction) : d_(d), saved_at_(d.at_instruction) {
    d_.in_hook = true;
    d_.at_instruction = at_instruction;
  }
  ~HookScope() {
    d_.in_hook = false;
    d_.at_instruction = saved_at_;
  }

 private:
  DebugState& d_;
  bool saved_at_;
};

bool is_line_start(const Code* code, std::uint32_t pc) {
  for (const LineEntry& e : code->lines)
    if (e.start_pc == pc) return true;
  return false;
}

// Whether the stepping tasklet's step ends at the instruction it is about to
// run. Lines count as in CPython's tracer: a new line in the stepped frame
// (or a jump back to a line's start), any entered frame for In, any return
// below the stepped frame.
bool step_complete(DebugState& d, Tasklet* t) {
  const Frame& f = executing_frame(t);
  int depth = t->depth;
  std::uint32_t pc = f.ip;
  if (d.step_kind == debug::StepKind::NextSwitch) return false;  // ends in switch_to, not on a line
  if (depth < d.step_depth) return true;  // returned from the stepped frame
  if (depth > d.step_depth) return d.step_kind == debug::StepKind::In;
  if (d.step_kind == debug::StepKind::Out) return false;
  int line = f.code->line_for(pc);
  bool new_line = line != d.step_line || (pc < d.step_pc && is_line_start(f.code, pc));
  d.step_pc = pc;
  return new_line;
}

bool patched_here(const DebugState& d, const Frame& f) {
  return op_of(f.code->insns[f.ip]) == Op::Breakpoint && d.patches.count(f.code);
}

}  // namespace

Frame& executing_frame(Tasklet* t) {
  return t->nested.empty() ? t->exec.frames.back() : t->nested.back()->frames.back();
}

DebugOutcome debug_at_instruction(Runtime& rt) {
  DebugState& d = *rt.dbg;
  if (d.in_hook || !d.hooks) return DebugOutcome::Continue;  // code run by the debugger itself
  Tasklet* t = rt.current;
  debug::Action action = debug::Action::Continue;
  HookScope scope(d, true);
  bool stopped_here = false;
  if (d.step_done_pending) {
    d.step_done_pending = false;
    action = d.hooks->on_step_done();
  } else if (d.step_tasklet == t) {
    if (!step_complete(d, t)) return DebugOutcome::Continue;  // the common case while stepping
    d.step_tasklet = nullptr;
    stopped_here = true;
    action = d.hooks->on_step_done();
  }
  if (action == debug::Action::Continue) action = d.hooks->on_poll();
  Frame& f = executing_frame(t);
  // A stop reported at a breakpointed instruction is that breakpoint's stop too.
  if ((stopped_here || action == debug::Action::Freeze) && patched_here(d, f)) t->bp_skip = f.ip;
  if (action == debug::Action::Freeze && debug_freeze_current(rt)) return DebugOutcome::Switched;
  return DebugOutcome::Continue;
}

DebugOutcome debug_at_breakpoint(Runtime& rt, std::uint32_t& original) {
  DebugState& d = *rt.dbg;
  Tasklet* t = rt.current;
  Frame& f = executing_frame(t);
  auto code_it = d.patches.find(f.code);
  DebugState::Patch patch;
  if (code_it != d.patches.end()) {
    auto it = code_it->second.find(f.ip);
    if (it != code_it->second.end()) patch = it->second;
  }
  original = patch.original;
  if (!original) original = f.code->insns[f.ip];  // cannot happen: the patch table owns every Breakpoint
  bool skip = t->bp_skip == f.ip;
  t->bp_skip = UINT32_MAX;
  if (skip || d.in_hook || !d.hooks) return DebugOutcome::Continue;
  HookScope scope(d, true);
  debug::Action action = debug::Action::Continue;
  if (patch.function_bp && f.ip == 0) action = d.hooks->on_function(patch.function_bp);
  if (action == debug::Action::Continue && patch.line_bp) action = d.hooks->on_breakpoint(patch.line_bp);
  if (action == debug::Action::Freeze) {
    t->bp_skip = f.ip;
    if (debug_freeze_current(rt)) return DebugOutcome::Switched;
    t->bp_skip = UINT32_MAX;
  }
  return DebugOutcome::Continue;
}

namespace {

// Whether some frame of `es` (up to the tasklet's first frame) has a handler
// around its current instruction. A handler that turns out not to match
// re-raises, and the question is asked again then, from that frame.
bool handler_ahead(const Tasklet* t, const ExecStack& es) {
  for (auto f = es.frames.rbegin(); f != es.frames.rend(); ++f) {
    std::uint32_t pc = f->ip > 0 ? f->ip - 1 : 0;
    for (const HandlerEntry& h : f->code->handlers)
      if (pc >= h.start && pc < h.end) return true;
    if (f->flags & Frame::kTaskletEntry) return false;
    if (f->flags & Frame::kEntry) return &es != &t->exec;  // a native callback's caller may catch it
  }
  return &es != &t->exec;
}

}  // namespace

DebugOutcome debug_at_exception(Runtime& rt, ExecStack& es) {
  DebugState& d = *rt.dbg;
  Value exc = rt.pending_exc;
  if (d.in_hook || !d.hooks || !exc.is_obj() || exc.obj() == d.reported_exception) return DebugOutcome::Continue;
  // A kill (TaskletExit) or sys.exit() ends things on purpose: no stop.
  if (rt.exception_matches(exc, rt.exc.SystemExit)) return DebugOutcome::Continue;
  bool fresh = exc.obj()->kind != ObjKind::Exception || exc.as<Exception>()->traceback.empty();
  bool uncaught = !handler_ahead(rt.current, es);
  if (!(d.stop_on_raise && fresh) && !(d.stop_on_uncaught && uncaught)) return DebugOutcome::Continue;
  d.reported_exception = exc.obj();
  Tasklet* t = rt.current;
  debug::Action action;
  {
    HookScope scope(d, false);
    action = d.hooks->on_exception(uncaught);
  }
  if (action == debug::Action::Freeze && &es == &t->exec) {
    // Frozen mid-raise: the exception is raised again, from the same
    // instruction, when the tasklet is thawed (Resume::CallResult + bomb).
    rt.pending_exc = Value();
    t->bomb = exc;
    if (debug_freeze_current(rt, Tasklet::Resume::CallResult)) return DebugOutcome::Switched;
    t->bomb = Value();
    rt.pending_exc = exc;
  }
  return DebugOutcome::Continue;
}

}  // namespace stk
