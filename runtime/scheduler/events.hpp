// The scheduler and channel event points: one inline function per event kind,
// called where the VM does the thing. Each tests Runtime::observers once (one
// predictable branch when nobody listens) and fans out to whoever listens:
// the trace recorder (docs/trace-format.md) and the Python-level
// stackless.set_schedule_callback / set_channel_callback. The hottest events
// (switch, transfer) record inline; the others call out of line.
// Built with STK_TRACE_EVENTS=OFF, the recorder's parts compile to nothing.
#pragma once

#include "bytecode/code_object.hpp"
#include "scheduler/tasklet.hpp"
#include "trace/observers.hpp"
#include "vm/runtime.hpp"

namespace stk::events {

// Recomputes Runtime::observers; call after changing rt.recorder or a callback.
void update_observers(Runtime& rt);
// Starts or stops recording into `recorder` (null: stop).
void set_recorder(Runtime& rt, trace::Recorder* recorder);

// Whether a trace is being recorded (false in a build without event sites).
inline bool recording(const Runtime& rt) { return trace::listening(rt.observers, trace::kRecorder); }

inline std::uint32_t id(const Tasklet* t) { return static_cast<std::uint32_t>(t->id); }

std::uint32_t new_location(Runtime& rt, const Tasklet* t);

// The "file:line" string id of where `t` is (its innermost frame), 0 if unknown.
inline std::uint32_t location(Runtime& rt, const Tasklet* t) {
  if (t->exec.frames.empty()) return 0;
  const Frame& f = t->exec.frames.back();
  std::uint32_t id = rt.recorder->cached_site(f.code, f.ip > 0 ? f.ip - 1 : 0);
  return STK_LIKELY(id != 0) ? id : new_location(rt, t);
}

// ---- out of line: rare events and the Python callbacks (events.cpp) ----
void record_created(Runtime& rt, Tasklet* t);
void record_renamed(Runtime& rt, Tasklet* t);
void record_exit(Runtime& rt, Tasklet* t, trace::ExitHow how, Value exc);
void record_channel_created(Runtime& rt, Channel* ch);
void record_channel_label(Runtime& rt, Channel* ch);
void record_mark(Runtime& rt, Value label);
void record_runnable(Runtime& rt, Tasklet* t);
void record_unblocked(Runtime& rt, Tasklet* t, Channel* ch);
void call_schedule_callback(Runtime& rt, Tasklet* prev, Tasklet* next);
Tasklet* call_channel_callback(Runtime& rt, Channel* ch, int dir, Value value, Tasklet* partner);

// ---- one function per event kind ----

// `next` was switched in, `prev` out (rt.current is already `next`). If
// `prev` just joined a channel's queue, the record carries that block.
inline void switched(Runtime& rt, Tasklet* prev, Tasklet* next, trace::SwitchReason reason) {
  if (!trace::listening(rt.observers, trace::kRecorder | trace::kScheduleCallback)) return;
  if (recording(rt)) {
    std::uint32_t channel = 0, at = 0, direction = 0;
    if (prev->channel) {
      channel = prev->channel->id;
      direction = prev->block_dir > 0 ? 1 : 2;
      at = location(rt, prev);
    }
    // A transfer that hands control to its partner switches at once: the
    // switch has the transfer's time (one clock reading for both).
    if (reason == trace::SwitchReason::Transfer)
      rt.recorder->emit_same_time(trace::EventKind::Switch, id(next), static_cast<std::uint8_t>(reason), id(prev),
                                  channel, at, direction);
    else
      rt.recorder->emit(trace::EventKind::Switch, id(next), static_cast<std::uint8_t>(reason), id(prev), channel,
                        at, direction);
  }
  if (rt.observers & trace::kScheduleCallback) call_schedule_callback(rt, prev, next);
}

// A send (dir 1) or receive (dir -1) on `ch` is about to pair with `partner`
// (null: the caller will block). Returns the partner to use: the channel
// callback runs Python, which may change the channel's queue.
inline Tasklet* channel_action(Runtime& rt, Channel* ch, int dir, Value value, Tasklet* partner) {
  if (!trace::listening(rt.observers, trace::kChannelCallback)) return partner;
  return call_channel_callback(rt, ch, dir, value, partner);
}

// A value (or an exception) went from `sender` to `receiver` over `ch`.
inline void transferred(Runtime& rt, Channel* ch, Tasklet* sender, Tasklet* receiver, bool exception) {
  if (recording(rt)) rt.recorder->emit(trace::EventKind::Transfer, id(sender), exception, ch->id, id(receiver));
}

// `t` was inserted in the ring by the current tasklet (`record` false: an
// event already said so). The recording is out of line (record_runnable):
// inlined into the small hot functions ring_append and channel_unlink, the
// encoder's registers cost them a longer prologue on every call, recorded or
// not (about 3 % of a ping-pong with nobody listening).
inline void runnable(Runtime& rt, Tasklet* t, bool record = true) {
  if (recording(rt) && record) record_runnable(rt, t);
}

// `t` left `ch`'s queue (`record` false: a transfer already said so).
inline void unblocked(Runtime& rt, Tasklet* t, Channel* ch, bool record = true) {
  if (recording(rt) && record) record_unblocked(rt, t, ch);
}

inline void tasklet_created(Runtime& rt, Tasklet* t) {
  if (recording(rt)) record_created(rt, t);
}
inline void tasklet_renamed(Runtime& rt, Tasklet* t) {
  if (recording(rt)) record_renamed(rt, t);
}
inline void tasklet_exit(Runtime& rt, Tasklet* t, trace::ExitHow how, Value exc) {
  if (recording(rt)) record_exit(rt, t, how, exc);
}
inline void channel_created(Runtime& rt, Channel* ch) {
  if (recording(rt)) record_channel_created(rt, ch);
}
inline void channel_labelled(Runtime& rt, Channel* ch) {
  if (recording(rt)) record_channel_label(rt, ch);
}
inline void channel_closed(Runtime& rt, Channel* ch, bool closed) {
  if (recording(rt)) rt.recorder->emit(trace::EventKind::ChannelClosed, id(rt.current), closed, ch->id);
}
// `interrupted`: the slice ran out and the tasklet may be switched out.
inline void preempt_tick(Runtime& rt, Tasklet* t, bool interrupted) {
  if (recording(rt)) rt.recorder->emit(trace::EventKind::PreemptTick, id(t), interrupted);
}
inline void run_start(Runtime& rt, Tasklet* t, std::int64_t timeout) {
  if (recording(rt)) rt.recorder->emit(trace::EventKind::RunStart, id(t), 0, static_cast<std::uint32_t>(timeout));
}
inline void run_end(Runtime& rt, Tasklet* t, bool interrupted) {
  if (recording(rt)) rt.recorder->emit(trace::EventKind::RunEnd, id(t), interrupted);
}
inline void mark(Runtime& rt, Value label) {
  if (recording(rt)) record_mark(rt, label);
}

// The program's thread is about to wait for the outside world (input(), a
// sleep): the events recorded so far go to the trace file now, so that
// whoever follows the file sees them during the wait (docs/trace.md).
inline void waiting_outside(Runtime& rt) {
  if (recording(rt)) rt.recorder->flush();
}

}  // namespace stk::events
