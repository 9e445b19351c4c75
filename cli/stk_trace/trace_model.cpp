// Builds the TraceModel: one pass over the events, a small state machine per
// tasklet. The rules for each event kind are in `apply`/`apply_switch`; what a
// state means is in trace_model.hpp. Time never goes backwards here: an event
// stamped earlier than its predecessor is treated as happening at the same time.
#include "trace_model.hpp"

#include <algorithm>

namespace stk::cli {

using trace::Event;
using trace::EventKind;
using trace::SwitchReason;

const char* lane_state_name(LaneState s) {
  switch (s) {
    case LaneState::Running: return "running";
    case LaneState::Ready: return "ready";
    case LaneState::Blocked: return "blocked";
    case LaneState::Paused: return "paused";
    case LaneState::RunWait: return "waiting in run()";
    case LaneState::Ended: return "ended";
  }
  return "?";
}

TraceModel::TraceModel(const trace::TraceData& data, const ModelOptions& options)
    : TraceModel(Streamed{}, data, options) {
  add(data.events.data(), data.events.size());
  finish();
}

TraceModel::TraceModel(Streamed, const trace::TraceData& data, const ModelOptions& options)
    : data_(data), options_(options) {}

void TraceModel::add(const Event* events, std::size_t n) {
  std::uint64_t now = end_ns_;
  for (std::size_t i = 0; i < n; ++i) {
    const Event& e = events[i];
    if (e.time_ns < now) {
      ++anomalies_;
    } else {
      now = e.time_ns;
    }
    apply(e, now);
  }
  end_ns_ = now;
  events_ += n;
}

void TraceModel::finish() {
  // Close every lane at the end of the trace; the state stays for still_blocked().
  for (TaskletModel& t : tasklets_) {
    // `since` stays: it says how long a still-blocked tasklet has waited.
    if (t.state != LaneState::Ended) close_interval(t, end_ns_);
  }
  if (gc_open_ && !gc_.empty()) gc_.back().end = end_ns_;
}

long TraceModel::index_of(std::uint32_t id) const {
  auto it = tasklet_index_.find(id);
  return it == tasklet_index_.end() ? -1 : static_cast<long>(it->second);
}

std::string TraceModel::tasklet_label(std::uint32_t id) const {
  long i = index_of(id);
  std::string name = i < 0 ? std::string() : tasklets_[static_cast<std::size_t>(i)].name;
  std::string hash = "#" + std::to_string(id);
  return name.empty() ? hash : name + " (" + hash + ")";
}

std::string TraceModel::channel_label(std::uint32_t id) const {
  auto it = channels_.find(id);
  std::string hash = "#" + std::to_string(id);
  return it == channels_.end() || it->second.label.empty() ? hash : it->second.label + " (" + hash + ")";
}

std::string TraceModel::channel_name(std::uint32_t id) const {
  auto it = channels_.find(id);
  return it == channels_.end() || it->second.label.empty() ? "ch" + std::to_string(id) : it->second.label;
}

TaskletModel& TraceModel::tasklet(std::uint32_t id, std::uint64_t now) {
  auto it = tasklet_index_.find(id);
  if (it != tasklet_index_.end()) return tasklets_[it->second];
  TaskletModel t;
  t.id = id;
  t.order = tasklets_.size();
  if (id == 0) {
    // The main tasklet runs the program from the start, whatever event names it first.
    t.name = "main";
    t.state = LaneState::Running;
    running_ = static_cast<long>(tasklets_.size());
    t.since = 0;
    t.created_ns = 0;
  } else {
    t.state = LaneState::Paused;
    t.since = now;
    t.created_ns = now;
  }
  tasklet_index_[id] = tasklets_.size();
  tasklets_.push_back(std::move(t));
  return tasklets_.back();
}

ChannelModel& TraceModel::channel(std::uint32_t id) {
  auto [it, inserted] = channels_.try_emplace(id);
  if (inserted) it->second.id = id;
  return it->second;
}

void TraceModel::note_balance(std::uint64_t now, const ChannelModel& c) {
  if (!options_.keep_balance) return;
  std::int64_t b = static_cast<std::int64_t>(c.waiting_senders) -
                   static_cast<std::int64_t>(c.waiting_receivers);
  if (!balance_.empty() && balance_.back().channel == c.id && balance_.back().time_ns == now) {
    balance_.back().balance = b;
    return;
  }
  balance_.push_back({now, c.id, b});
}

// Ends the interval `t` is in at `now`: adds its time to the tasklet, and for a
// blocked one to its channel and source location (and leaves the channel's queue).
void TraceModel::close_interval(TaskletModel& t, std::uint64_t now) {
  if (t.state == LaneState::Ended) return;
  std::uint64_t dur = now >= t.since ? now - t.since : 0;
  t.state_ns[static_cast<int>(t.state)] += dur;
  if (options_.keep_intervals && dur > 0)
    t.intervals.push_back({t.since, now, t.state, t.direction, t.channel, t.location});
  if (t.state == LaneState::Blocked && t.channel != 0) {
    ChannelModel& c = channel(t.channel);
    c.blocked_ns += dur;
    if (t.direction == kSending && c.waiting_senders > 0) --c.waiting_senders;
    if (t.direction == kReceiving && c.waiting_receivers > 0) --c.waiting_receivers;
    note_balance(now, c);
    sites_[t.location].blocked_ns += dur;
  }
}

// Moves `t` to state `s` at `now`. Blocked with channel 0 means "blocked, on
// what not yet known"; it is counted once the Blocked event names the channel.
void TraceModel::set_state(TaskletModel& t, LaneState s, std::uint64_t now, std::uint32_t ch,
                           std::uint8_t direction, std::uint32_t location) {
  if (t.state == s && t.channel == ch && t.direction == direction && t.location == location) return;
  close_interval(t, now);
  if (t.state == LaneState::Running && running_ == static_cast<long>(t.order)) running_ = -1;
  if (s == LaneState::Running) running_ = static_cast<long>(t.order);
  t.state = s;
  t.since = now;
  t.channel = s == LaneState::Blocked ? ch : 0;
  t.direction = s == LaneState::Blocked ? direction : 0;
  t.location = s == LaneState::Blocked ? location : 0;
  if (s == LaneState::Blocked && ch != 0) {
    ChannelModel& c = channel(ch);
    ++c.blocks;
    if (direction == kSending) c.max_waiting_senders = std::max(c.max_waiting_senders, ++c.waiting_senders);
    if (direction == kReceiving)
      c.max_waiting_receivers = std::max(c.max_waiting_receivers, ++c.waiting_receivers);
    note_balance(now, c);
    BlockSite& site = sites_[location];
    ++site.count;
    if (direction == kSending) ++site.sending;
    if (direction == kReceiving) ++site.receiving;
    auto pos = std::lower_bound(site.channels.begin(), site.channels.end(), ch);
    if (pos == site.channels.end() || *pos != ch) site.channels.insert(pos, ch);
  }
}

void TraceModel::end_tasklet(TaskletModel& t, std::uint64_t now) {
  if (t.state == LaneState::Ended) return;
  set_state(t, LaneState::Ended, now);
  t.ended = true;
  t.ended_ns = now;
}

void TraceModel::apply(const Event& e, std::uint64_t now) {
  switch (e.kind) {
    case EventKind::TaskletCreated: {
      tasklet(e.a, now);
      bool known = tasklet_index_.count(e.tasklet) != 0;
      TaskletModel& t = tasklet(e.tasklet, now);
      if (known && t.state == LaneState::Ended) {
        // The same id bound again (or a damaged trace): a new life on the same lane.
        ++anomalies_;
        t.ended = false;
        t.exit_how = 0;
        t.exception.clear();
        t.since = now;
        t.state = LaneState::Paused;
      }
      t.has_creator = e.a != e.tasklet;  // the main tasklet names itself
      t.creator = e.a;
      if (e.b != 0) t.name = data_.string(e.b);
      t.created_at = e.c != 0 ? data_.string(e.c) : std::string();
      if (!known) t.created_ns = now;
      break;
    }
    case EventKind::Runnable: {
      TaskletModel& t = tasklet(e.tasklet, now);
      if (t.state == LaneState::Running) break;  // the current tasklet is in the ring already
      if (t.state == LaneState::Ended) {
        ++anomalies_;
        t.ended = false;
      }
      set_state(t, LaneState::Ready, now);
      break;
    }
    case EventKind::Switch:
      apply_switch(e, now);
      break;
    case EventKind::Blocked: {
      TaskletModel& t = tasklet(e.tasklet, now);
      if (t.state == LaneState::Ended) {
        ++anomalies_;
        break;
      }
      if (t.state == LaneState::Blocked && t.channel == 0) {
        // The Switch came first: the interval goes on from its start; only now
        // are the channel and the location known (and counted).
        std::uint64_t since = t.since;
        t.state = LaneState::Ended;  // so set_state closes nothing
        set_state(t, LaneState::Blocked, now, e.a, e.detail, e.c);
        t.since = since;
        break;
      }
      set_state(t, LaneState::Blocked, now, e.a, e.detail, e.c);
      break;
    }
    case EventKind::Unblocked: {
      // Already released by the Transfer that paired it, or killed/thrown into.
      TaskletModel& t = tasklet(e.tasklet, now);
      if (t.state == LaneState::Blocked) set_state(t, LaneState::Ready, now);
      break;
    }
    case EventKind::Transfer: {
      ChannelModel& c = channel(e.a);
      ++c.transfers;
      if (e.detail != 0) ++c.exception_transfers;
      tasklet(e.tasklet, now);
      tasklet(e.b, now);
      TaskletModel& sender = tasklets_[tasklet_index_[e.tasklet]];
      ++sender.sent;
      // The side that was waiting in the channel's queue leaves it now: the
      // transfer is what unblocks it (it runs when it is next switched in).
      if (sender.state == LaneState::Blocked && sender.channel == e.a && sender.direction == kSending)
        set_state(sender, LaneState::Ready, now);
      TaskletModel& receiver = tasklets_[tasklet_index_[e.b]];
      ++receiver.received;
      if (receiver.state == LaneState::Blocked && receiver.channel == e.a && receiver.direction == kReceiving)
        set_state(receiver, LaneState::Ready, now);
      if (options_.keep_flows) flows_.push_back({now, e.a, e.tasklet, e.b, e.detail != 0});
      break;
    }
    case EventKind::ChannelCreated: {
      tasklet(e.tasklet, now);
      ChannelModel& c = channel(e.a);
      if (e.c != 0) c.created_at = data_.string(e.c);
      break;
    }
    case EventKind::ChannelClosed: {
      channel(e.a).closed = e.detail == 1;
      if (options_.keep_instants)
        instants_.push_back({Instant::Kind::ChannelClosed, now, e.tasklet, e.a, e.detail});
      break;
    }
    case EventKind::TaskletExit: {
      TaskletModel& t = tasklet(e.tasklet, now);
      t.exit_how = e.detail;
      t.exception = e.b != 0 ? data_.string(e.b) : std::string();
      end_tasklet(t, now);
      break;
    }
    case EventKind::PreemptTick: {
      TaskletModel& t = tasklet(e.tasklet, now);
      if (e.detail == 1) ++t.preemptions;
      if (options_.keep_instants) instants_.push_back({Instant::Kind::Preempt, now, e.tasklet, 0, e.detail});
      break;
    }
    case EventKind::RunStart:
    case EventKind::RunEnd:
    case EventKind::Mark: {
      tasklet(e.tasklet, now);
      if (!options_.keep_instants) break;
      Instant::Kind k = e.kind == EventKind::Mark       ? Instant::Kind::Mark
                        : e.kind == EventKind::RunStart ? Instant::Kind::RunStart
                                                        : Instant::Kind::RunEnd;
      std::uint32_t value = e.kind == EventKind::Mark ? e.b : e.a;
      instants_.push_back({k, now, e.tasklet, value, e.detail});
      break;
    }
    case EventKind::GcStart:
      if (gc_open_) ++anomalies_;
      gc_.push_back({now, now, e.a, 0});
      gc_open_ = true;
      break;
    case EventKind::GcEnd:
      if (!gc_open_ || gc_.empty()) {
        ++anomalies_;
        break;
      }
      gc_.back().end = now;
      gc_.back().live_after = e.a;
      gc_open_ = false;
      break;
    case EventKind::Rename:
      tasklet(e.tasklet, now).name = e.b != 0 ? data_.string(e.b) : std::string();
      break;
    case EventKind::ChannelLabel:
      tasklet(e.tasklet, now);
      channel(e.a).label = e.b != 0 ? data_.string(e.b) : std::string();
      break;
    default:
      ++anomalies_;  // a kind this tool does not know (a newer writer)
      break;
  }
}

void TraceModel::apply_switch(const Event& e, std::uint64_t now) {
  if (e.tasklet == e.a) return;
  // Make sure both exist before taking references (the vector may grow).
  tasklet(e.a, now);
  tasklet(e.tasklet, now);
  TaskletModel& out = tasklets_[tasklet_index_[e.a]];
  auto reason = static_cast<SwitchReason>(e.detail);
  bool was_running = out.state == LaneState::Running;
  if (e.b != 0) {
    // Version 2: the tasklet switched out blocked on channel b (whatever the reason).
    if (out.state != LaneState::Ended)
      set_state(out, LaneState::Blocked, now, e.b, static_cast<std::uint8_t>(e.d), e.c);
    reason = SwitchReason::Blocked;
  }
  switch (reason) {
    case SwitchReason::Blocked:
      if (out.state != LaneState::Blocked && out.state != LaneState::Ended)
        set_state(out, LaneState::Blocked, now);  // version 1: the Blocked event will name the channel
      break;
    case SwitchReason::Finished:
    case SwitchReason::Raised:
      if (out.exit_how == 0)
        out.exit_how = static_cast<std::uint8_t>(reason == SwitchReason::Finished ? trace::ExitHow::Normal
                                                                                  : trace::ExitHow::Exception);
      end_tasklet(out, now);
      break;
    case SwitchReason::RunWait:
      if (out.state != LaneState::Ended) set_state(out, LaneState::RunWait, now);
      break;
    case SwitchReason::Removed:
    case SwitchReason::Debugger:
      if (out.state != LaneState::Ended) set_state(out, LaneState::Paused, now);
      break;
    default:  // Schedule, Preempted, Killed, Woken, Transfer: still in the ring
      if (was_running) set_state(out, LaneState::Ready, now);
      break;
  }
  // Only one tasklet runs at a time: a third one still marked running missed
  // its switch-out (a damaged or partial trace).
  if (running_ >= 0) {
    TaskletModel& other = tasklets_[static_cast<std::size_t>(running_)];
    if (other.id != e.tasklet && other.state == LaneState::Running) {
      ++anomalies_;
      set_state(other, LaneState::Ready, now);
    }
  }
  TaskletModel& in = tasklets_[tasklet_index_[e.tasklet]];
  if (in.state == LaneState::Ended) {
    ++anomalies_;
    in.ended = false;
    in.state = LaneState::Paused;
    in.since = now;
  }
  ++in.switches;
  set_state(in, LaneState::Running, now);
}

std::vector<BlockSite> TraceModel::block_sites() const {
  std::vector<BlockSite> out;
  for (const auto& [loc, site] : sites_) {
    if (site.count == 0) continue;
    BlockSite s = site;
    s.location = loc != 0 ? data_.string(loc) : std::string("(unknown)");
    out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const BlockSite& x, const BlockSite& y) {
    if (x.blocked_ns != y.blocked_ns) return x.blocked_ns > y.blocked_ns;
    return x.count > y.count;
  });
  return out;
}

std::vector<const TaskletModel*> TraceModel::still_blocked() const {
  std::vector<const TaskletModel*> out;
  for (const TaskletModel& t : tasklets_)
    if (t.state == LaneState::Blocked) out.push_back(&t);
  return out;
}

}  // namespace stk::cli
