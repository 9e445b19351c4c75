// The trace as people think about it: per-tasklet state intervals (running,
// ready, blocked on a channel, paused), send -> receive flows, per-channel and
// per-source-location statistics. `report` and the Chrome export both compute
// from this, so their figures agree. Built in one pass over the events; it
// never trusts the trace: unknown ids, out-of-order times and impossible
// transitions are absorbed (and counted), never fatal.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "trace_api.hpp"

namespace stk::cli {

// A tasklet's state on its lane. `Paused` covers "not in the ring and not
// blocked": created but never made runnable, schedule_remove(), the debugger.
enum class LaneState : std::uint8_t { Running, Ready, Blocked, Paused, RunWait, Ended };
constexpr int kLaneStates = 5;  // the states that take time (all but Ended)
const char* lane_state_name(LaneState s);  // "running", "ready", ...

constexpr std::uint8_t kSending = 1;    // Blocked::detail
constexpr std::uint8_t kReceiving = 2;

// One stretch of time a tasklet spent in one state: [begin, end) in ns.
struct Interval {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  LaneState state = LaneState::Ready;
  std::uint8_t direction = 0;  // Blocked: kSending / kReceiving
  std::uint32_t channel = 0;   // Blocked: the channel (0 = unknown)
  std::uint32_t location = 0;  // Blocked: the location string id
};

struct TaskletModel {
  std::uint32_t id = 0;
  std::size_t order = 0;  // creation order (lane order)
  std::string name;
  bool has_creator = false;
  std::uint32_t creator = 0;
  std::string created_at;  // "file:line", or "" if unknown
  std::uint64_t created_ns = 0;
  bool ended = false;
  std::uint64_t ended_ns = 0;
  std::uint8_t exit_how = 0;  // ExitHow, 0 = did not end
  std::string exception;      // the exception type name, if it died of one
  std::uint64_t state_ns[kLaneStates] = {};
  std::uint64_t switches = 0;  // times switched in
  std::uint64_t preemptions = 0;
  std::uint64_t sent = 0;
  std::uint64_t received = 0;
  std::vector<Interval> intervals;  // only with ModelOptions::keep_intervals

  // The state right now (while building) or at the end of the trace.
  LaneState state = LaneState::Paused;
  std::uint64_t since = 0;
  std::uint8_t direction = 0;
  std::uint32_t channel = 0;
  std::uint32_t location = 0;
};

struct ChannelModel {
  std::uint32_t id = 0;
  std::string created_at;
  std::string label;  // channel.label, the last one set ("" = none)
  std::uint64_t transfers = 0;
  std::uint64_t exception_transfers = 0;
  std::uint32_t waiting_senders = 0;
  std::uint32_t waiting_receivers = 0;
  std::uint32_t max_waiting_senders = 0;
  std::uint32_t max_waiting_receivers = 0;
  std::uint64_t blocked_ns = 0;  // summed over every tasklet blocked on it
  std::uint64_t blocks = 0;
  bool closed = false;
};

// A channel transfer: the value goes from `sender` to `receiver` at `time_ns`.
struct Flow {
  std::uint64_t time_ns = 0;
  std::uint32_t channel = 0;
  std::uint32_t sender = 0;
  std::uint32_t receiver = 0;
  bool exception = false;
};

// Where tasklets blocked: one entry per source location.
struct BlockSite {
  std::string location;
  std::uint64_t count = 0;
  std::uint64_t blocked_ns = 0;
  std::uint64_t sending = 0;
  std::uint64_t receiving = 0;
  std::vector<std::uint32_t> channels;  // sorted, distinct
};

// Something that happened at one instant on a tasklet's lane.
struct Instant {
  enum class Kind : std::uint8_t { Mark, RunStart, RunEnd, Preempt, ChannelClosed };
  Kind kind = Kind::Mark;
  std::uint64_t time_ns = 0;
  std::uint32_t tasklet = 0;
  std::uint32_t value = 0;  // Mark: label string id; RunStart: timeout; ChannelClosed: channel
  std::uint8_t detail = 0;
};

struct GcSlice {
  std::uint64_t begin = 0;
  std::uint64_t end = 0;
  std::uint32_t live_before = 0;
  std::uint32_t live_after = 0;
};

// A channel's balance (waiting senders minus waiting receivers) changed.
struct BalanceChange {
  std::uint64_t time_ns = 0;
  std::uint32_t channel = 0;
  std::int64_t balance = 0;
};

struct ModelOptions {
  bool keep_intervals = false;  // lanes for the Chrome export
  bool keep_instants = true;
  bool keep_flows = true;
  bool keep_balance = false;
};

class TraceModel {
 public:
  // Builds the model of data.events.
  TraceModel(const trace::TraceData& data, const ModelOptions& options);

  // Or event by event, as a trace is read (TraceReader::drop_events keeps
  // the memory bounded): construct with Streamed, add() the events in file
  // order, then finish(). `data` gives the strings and stays alive.
  struct Streamed {};
  TraceModel(Streamed, const trace::TraceData& data, const ModelOptions& options);
  void add(const trace::Event* events, std::size_t n);
  void finish();  // closes every lane at the last event's time

  const trace::TraceData& data() const { return data_; }
  std::uint64_t events() const { return events_; }  // how many it was given
  std::uint64_t end_ns() const { return end_ns_; }
  std::uint64_t anomalies() const { return anomalies_; }

  // Tasklets in creation (lane) order; channels by id.
  const std::vector<TaskletModel>& tasklets() const { return tasklets_; }
  const std::map<std::uint32_t, ChannelModel>& channels() const { return channels_; }
  const std::vector<Flow>& flows() const { return flows_; }
  const std::vector<Instant>& instants() const { return instants_; }
  const std::vector<GcSlice>& gc() const { return gc_; }
  const std::vector<BalanceChange>& balance_changes() const { return balance_; }
  // Sorted by total blocked time, longest first.
  std::vector<BlockSite> block_sites() const;
  // Tasklets still blocked when the trace ends, in lane order.
  std::vector<const TaskletModel*> still_blocked() const;
  // The index in tasklets() of a tasklet id, or -1.
  long index_of(std::uint32_t id) const;
  // "name (#id)" for a tasklet id.
  std::string tasklet_label(std::uint32_t id) const;
  // "label (#id)" for a channel id, "#id" if it has no label.
  std::string channel_label(std::uint32_t id) const;
  // A channel's label, else "ch<id>" (names in the Chrome export).
  std::string channel_name(std::uint32_t id) const;

 private:
  TaskletModel& tasklet(std::uint32_t id, std::uint64_t now);
  ChannelModel& channel(std::uint32_t id);
  void close_interval(TaskletModel& t, std::uint64_t now);
  void set_state(TaskletModel& t, LaneState s, std::uint64_t now, std::uint32_t channel = 0,
                 std::uint8_t direction = 0, std::uint32_t location = 0);
  void end_tasklet(TaskletModel& t, std::uint64_t now);
  void note_balance(std::uint64_t now, const ChannelModel& c);
  void apply(const trace::Event& e, std::uint64_t now);
  void apply_switch(const trace::Event& e, std::uint64_t now);

  const trace::TraceData& data_;
  ModelOptions options_;
  std::vector<TaskletModel> tasklets_;
  std::map<std::uint32_t, std::size_t> tasklet_index_;
  std::map<std::uint32_t, ChannelModel> channels_;
  std::vector<Flow> flows_;
  std::vector<Instant> instants_;
  std::vector<GcSlice> gc_;
  std::vector<BalanceChange> balance_;
  std::map<std::uint32_t, BlockSite> sites_;  // by location string id
  long running_ = -1;  // index of the tasklet in state Running, or -1
  bool gc_open_ = false;
  std::uint64_t end_ns_ = 0;  // the time of the latest event so far
  std::uint64_t events_ = 0;
  std::uint64_t anomalies_ = 0;
};

}  // namespace stk::cli
