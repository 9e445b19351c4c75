// debug::Control: attaching a debugger to a Runtime, and the scheduling
// primitives — freeze and thaw any tasklet, arm a step, kill. Breakpoints,
// inspection and evaluation are in their own files.
#include <stk/debug.hpp>

#include <algorithm>

#include "debug/control_impl.hpp"
#include "debug/vm_hooks.hpp"
#include "scheduler/scheduler.hpp"

namespace stk::debug {

const char* state_name(TaskletState s) {
  switch (s) {
    case TaskletState::Running: return "running";
    case TaskletState::Runnable: return "runnable";
    case TaskletState::Blocked: return "blocked";
    case TaskletState::Unstarted: return "unstarted";
    case TaskletState::Paused: return "paused";
    case TaskletState::Dead: return "dead";
  }
  return "?";
}

Control::Control(Runtime& rt) : impl_(std::make_unique<Impl>(rt)) {}

Control::~Control() { detach(); }

void Control::attach(Hooks* hooks) {
  Runtime& rt = impl_->rt;
  DebugState& d = impl_->state;
  d.hooks = hooks;
  d.code_loaded = &code_loaded_hook;
  if (d.tasklets.empty()) d.tasklets.push_back(rt.main);
  rt.dbg = &d;
  impl_->attached = true;
}

void Control::detach() {
  if (!impl_->attached) return;
  Runtime& rt = impl_->rt;
  for (Tasklet* t : impl_->state.tasklets)
    if (t->frozen) thaw(t->id);
  cancel_step();
  rt.dbg = nullptr;
  impl_->attached = false;
}

void Control::set_output_handler(std::function<void(bool, std::string_view)> handler) {
  impl_->rt.output_handler = std::move(handler);
}

void Control::request_poll() { impl_->rt.heap.interrupt(); }

void Control::flush_output() { impl_->rt.flush_stdout(); }

TaskletId Control::current() const { return impl_->rt.current->id; }

Tasklet* Control::Impl::find(TaskletId id) const {
  // The registry is in creation order, so ordered by id (ids only grow).
  const auto& v = state.tasklets;
  auto it = std::lower_bound(v.begin(), v.end(), id, [](const Tasklet* t, TaskletId want) { return t->id < want; });
  return it != v.end() && (*it)->id == id ? *it : nullptr;
}

void Control::Impl::prune() {
  auto& v = state.tasklets;
  std::size_t keep = 0;
  for (Tasklet* t : v)
    if (t->alive() || t == rt.main) v[keep++] = t;
  v.resize(keep);
}

bool Control::freeze(TaskletId id) {
  Runtime& rt = impl_->rt;
  Tasklet* t = impl_->find(id);
  if (!t || !t->alive() || t == rt.current) return false;
  debug_hold(rt, t);
  return true;
}

bool Control::thaw(TaskletId id) {
  Runtime& rt = impl_->rt;
  DebugState& d = impl_->state;
  Tasklet* t = impl_->find(id);
  if (!t || !t->frozen) return false;
  t->frozen = false;
  --d.frozen_count;
  if (t->frozen_runnable) {
    t->frozen_runnable = false;
    --d.held_runnable;
    if (t->alive()) ring_append(rt, t);
  }
  return true;
}

bool Control::is_frozen(TaskletId id) const {
  Tasklet* t = impl_->find(id);
  return t && t->frozen;
}

bool Control::can_freeze_current() const {
  Runtime& rt = impl_->rt;
  return rt.current->nested.empty() && rt.sched.switch_trap == 0;
}

bool Control::step(TaskletId id, StepKind kind) {
  Runtime& rt = impl_->rt;
  DebugState& d = impl_->state;
  Tasklet* t = impl_->find(id);
  if (!t || !t->alive()) return false;
  d.step_tasklet = t;
  d.step_kind = kind;
  d.step_done_pending = false;
  auto frames = impl_->frame_refs(t);
  if (frames.empty()) {
    // Never started: any first line of it ends the step.
    d.step_depth = 1;
    d.step_line = -1;
    d.step_pc = 0;
    if (kind != StepKind::NextSwitch) d.step_kind = StepKind::In;
  } else {
    const Impl::FrameRef& top = frames.front();
    bool at = t == rt.current ? d.at_instruction : t->resume == Tasklet::Resume::Interrupted;
    std::uint32_t pc = at ? top.frame->ip : (top.frame->ip > 0 ? top.frame->ip - 1 : 0);
    d.step_depth = t->depth;
    d.step_line = top.frame->code->line_for(pc);
    d.step_pc = pc;
  }
  return true;
}

void Control::cancel_step() {
  impl_->state.step_tasklet = nullptr;
  impl_->state.step_done_pending = false;
}

TaskletId Control::stepping() const {
  const DebugState& d = impl_->state;
  return d.step_tasklet ? d.step_tasklet->id : UINT64_MAX;
}

bool Control::kill(TaskletId id) {
  Runtime& rt = impl_->rt;
  Tasklet* t = impl_->find(id);
  if (!t || !t->alive() || t == rt.current) return false;
  Value saved = rt.pending_exc;
  rt.pending_exc = Value();
  Value exc = rt.new_exception(rt.exc.TaskletExit, nullptr);
  Value r = throw_to(rt, t, exc, /*pending=*/true);
  rt.pending_exc = saved;
  return static_cast<bool>(r);
}

}  // namespace stk::debug
