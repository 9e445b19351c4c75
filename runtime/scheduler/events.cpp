// The out-of-line halves of the event points (scheduler/events.hpp): the
// rare events, which intern strings, and the Python-level schedule and
// channel callbacks, whose errors are reported like CPython's unraisable
// errors and never stop the operation that called them.
#include "scheduler/events.hpp"

#include <string>

#include "objects/exception.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "scheduler/scheduler.hpp"

namespace stk::events {

void update_observers(Runtime& rt) {
  std::uint8_t bits = 0;
  if (rt.recorder) bits |= trace::kRecorder;
  if (rt.sched.schedule_callback) bits |= trace::kScheduleCallback;
  if (rt.sched.channel_callback) bits |= trace::kChannelCallback;
  rt.observers = bits;
}

void set_recorder(Runtime& rt, trace::Recorder* recorder) {
  rt.recorder = recorder;
  update_observers(rt);
}

std::uint32_t new_location(Runtime& rt, const Tasklet* t) {
  const Frame& f = t->exec.frames.back();
  std::uint32_t pc = f.ip > 0 ? f.ip - 1 : 0;
  int line = f.code->line_for(pc);
  return rt.recorder->cache_site(f.code, pc, line, std::string(sv(f.code->filename)) + ":" + std::to_string(line));
}

void record_created(Runtime& rt, Tasklet* t) {
  rt.recorder->emit(trace::EventKind::TaskletCreated, id(t), 0, id(rt.current),
                    rt.recorder->intern(tasklet_display_name(rt, t)), location(rt, rt.current));
}

void record_renamed(Runtime& rt, Tasklet* t) {
  rt.recorder->emit(trace::EventKind::Rename, id(t), 0, 0, rt.recorder->intern(tasklet_display_name(rt, t)));
}

void record_exit(Runtime& rt, Tasklet* t, trace::ExitHow how, Value exc) {
  std::uint32_t type_name = 0;
  if (exc.is_obj()) type_name = rt.recorder->intern(sv(exc.obj()->type->name));
  rt.recorder->emit(trace::EventKind::TaskletExit, id(t), static_cast<std::uint8_t>(how), 0, type_name);
}

void record_channel_label(Runtime& rt, Channel* ch) {
  std::string_view text = channel_label_text(ch);
  std::uint32_t label = text.empty() ? 0 : rt.recorder->intern(text);
  rt.recorder->emit(trace::EventKind::ChannelLabel, id(rt.current), 0, ch->id, label);
}

void record_channel_created(Runtime& rt, Channel* ch) {
  rt.recorder->emit(trace::EventKind::ChannelCreated, id(rt.current), 0, ch->id, 0, location(rt, rt.current));
}

void record_mark(Runtime& rt, Value label) {
  rt.recorder->emit(trace::EventKind::Mark, id(rt.current), 0, 0, rt.recorder->intern(sv(label.as<Str>())),
                    location(rt, rt.current));
}

void record_runnable(Runtime& rt, Tasklet* t) { rt.recorder->emit(trace::EventKind::Runnable, id(t), 0, id(rt.current)); }

void record_unblocked(Runtime& rt, Tasklet* t, Channel* ch) {
  rt.recorder->emit(trace::EventKind::Unblocked, id(t), 0, ch->id);
}

void call_schedule_callback(Runtime& rt, Tasklet* prev, Tasklet* next) {
  Value args[2] = {Value::object(prev), Value::object(next)};
  Value saved = rt.pending_exc;
  rt.pending_exc = Value();
  Value r = rt.call(rt.sched.schedule_callback, args, 2);
  if (!r) {
    Value exc = rt.pending_exc;
    rt.pending_exc = Value();
    std::string text;
    if (exc.is_obj() && exc.obj()->kind == ObjKind::Exception) exception_str_into(rt, exc.as<Exception>(), text);
    rt.flush_stdout();
    rt.write_stderr("Exception ignored in schedule callback: " + ops::type_name(rt, exc) +
                    (text.empty() ? "" : ": " + text) + "\n");
  }
  rt.pending_exc = saved;
}

Tasklet* call_channel_callback(Runtime& rt, Channel* ch, int dir, Value value, Tasklet* partner) {
  // The callback runs Python (and may collect): keep the datum and the channel alive.
  Root keep_value(rt, value);
  Root keep_channel(rt, Value::object(ch));
  Value args[4] = {Value::object(ch), Value::object(rt.current), Value::small(dir > 0 ? 1 : 0),
                   Value::small(partner == nullptr ? 1 : 0)};
  Value saved = rt.pending_exc;
  rt.pending_exc = Value();
  if (!rt.call(rt.sched.channel_callback, args, 4)) {
    rt.flush_stdout();
    rt.write_stderr("Exception ignored in channel callback\n");
  }
  rt.pending_exc = saved;
  return (ch->balance * dir < 0) ? ch->head : nullptr;  // the callback may have changed the queue
}

}  // namespace stk::events
