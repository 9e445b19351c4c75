// The channel rendezvous. A blocked tasklet waits in the channel's FIFO (linked
// through its next/prev, the last one's next is null) with its datum in
// `tempval`; the partner that arrives later takes it and decides, by the
// preference matrix, whether it continues or the woken partner runs first.
#include "channel/channel.hpp"

#include "scheduler/events.hpp"
#include "scheduler/scheduler.hpp"

namespace stk {
namespace {

constexpr const char* kDeadlock = "Deadlock: the last runnable tasklet cannot be blocked.";

void enqueue(Channel* ch, Tasklet* t, int dir) {
  t->prev = ch->tail;
  t->next = nullptr;
  if (ch->tail) ch->tail->next = t;
  else ch->head = t;
  ch->tail = t;
  ch->balance += dir;
  t->channel = ch;
  t->block_dir = static_cast<std::int8_t>(dir);
}


// The transfer with a waiting partner, then who runs (section 4.2).
Value pair_with(Runtime& rt, Channel* ch, Tasklet* partner, int dir, Value value, bool is_exception,
                bool can_switch) {
  Tasklet* cur = rt.current;
  bool partner_first = (dir > 0 && ch->preference < 0) || (dir < 0 && ch->preference > 0);
  bool switches = ch->schedule_all || partner_first;
  if (switches) {
    if (!can_switch) return refuse_switch(rt);
    if (rt.sched.switch_trap) return rt.raise(rt.exc.RuntimeError, "switch_trap");
  }
  channel_unlink(rt, partner, /*record=*/false);  // the Transfer event says it
  events::transferred(rt, ch, dir > 0 ? cur : partner, dir > 0 ? partner : cur,
                      dir > 0 ? is_exception : partner->sends_exception);
  Value result = rt.None();
  bool result_is_exception = false;
  if (dir > 0) {
    if (is_exception) partner->bomb = value;
    else partner->tempval = value;
  } else {
    result = partner->tempval;
    result_is_exception = partner->sends_exception;
    partner->tempval = rt.None();
    partner->sends_exception = false;
  }
  if (!switches) {
    ring_append(rt, partner, false);
    if (result_is_exception) return rt.raise_value(result);
    return result;
  }
  cur->resume = Tasklet::Resume::CallResult;
  if (result_is_exception) cur->bomb = result;
  else cur->tempval = result;
  if (ch->schedule_all) {
    // The partner goes to the end; the caller yields to whoever is queued first.
    ring_append(rt, partner, false);
    return switch_to(rt, cur->in_ring ? cur->next : rt.sched.ring, trace::SwitchReason::Transfer);
  }
  // The waiting partner is preferred: it runs right now, and the caller
  // continues after everything already queued.
  if (cur->in_ring) {
    partner->prev = cur;
    partner->next = cur->next;
    cur->next->prev = partner;
    cur->next = partner;
    partner->in_ring = true;
    ++rt.sched.runcount;
  } else {
    ring_append(rt, partner, false);
  }
  return switch_to(rt, partner, trace::SwitchReason::Transfer);
}

}  // namespace

Channel* new_channel(Runtime& rt, Type* type) {
  Channel* ch = rt.heap.alloc<Channel>(type, ObjKind::Channel);
  ch->preference = -1;
  ch->id = rt.sched.next_channel_id++;
  events::channel_created(rt, ch);
  return ch;
}

Value channel_action(Runtime& rt, Channel* ch, int dir, Value value, bool is_exception, bool can_switch) {
  Tasklet* cur = rt.current;
  Tasklet* partner = (ch->balance * dir < 0) ? ch->head : nullptr;
  partner = events::channel_action(rt, ch, dir, value, partner);  // the channel callback
  if (partner) return pair_with(rt, ch, partner, dir, value, is_exception, can_switch);
  // Nobody waits: the caller blocks.
  if (ch->closing) return rt.raise(rt.exc.ValueError, "Send/receive operation on a closed channel");
  if (cur->block_trap) return rt.raise(rt.exc.RuntimeError, "this tasklet does not like to be blocked.");
  if (!can_switch) return refuse_switch(rt);
  bool held = debug_holds_runnable(rt);
  if (!someone_else_can_run(rt) && !held) {
    debug_report_deadlock(rt);
    return rt.raise(rt.exc.RuntimeError, kDeadlock);
  }
  if (rt.sched.switch_trap) return rt.raise(rt.exc.RuntimeError, "switch_trap");
  // Stackless quirk (section 4.3): the last runnable tasklet blocking in
  // send_exception also raises that exception in the run() caller it wakes.
  bool wakes_watchdog = cur->in_ring ? cur->next == cur : !rt.sched.ring;
  Value watchdog_bomb = (dir > 0 && is_exception && wakes_watchdog) ? value : Value();
  if (dir > 0) {
    cur->tempval = value;
    cur->sends_exception = is_exception;
  }
  bool was_in_ring = cur->in_ring;
  Tasklet* old_next = cur->next;
  ring_unlink(rt, cur);  // leave the ring before the channel queue reuses the links
  enqueue(ch, cur, dir);
  // No event here: the Switch that follows carries the block (channel, direction, line).
  if (rt.sched.warn_blocked && !ch->watched) {
    ch->watched = true;
    rt.sched.watched_channels.push_back(ch);
  }
  Tasklet* next = was_in_ring ? (old_next != cur ? old_next : nullptr) : rt.sched.ring;
  cur->resume = Tasklet::Resume::CallResult;
  if (!next && held) next = debug_wait_runnable(rt);
  if (next) return switch_to(rt, next, trace::SwitchReason::Blocked);
  return wake_watchdog(rt, rt.None(), watchdog_bomb);
}

Value channel_next(Runtime& rt, Channel* ch, bool can_switch) {
  if (ch->closing && ch->balance <= 0) return Value::stop();
  Value v = channel_action(rt, ch, -1, Value(), false, can_switch);
  if (!v && rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
    rt.pending_exc = Value();
    return Value::stop();
  }
  return v;
}

}  // namespace stk
