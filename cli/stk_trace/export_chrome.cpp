// Chrome Trace Event JSON (the format Perfetto UI and chrome://tracing open),
// following shared/trace-notes.md §3.4: one pid, one tid per tasklet (tasklet
// id + 1) named with `thread_name` and ordered with `thread_sort_index`; state
// slices as `X` events; each transfer as a flow v2 pair of short `X` markers
// ("send chN" with `flow_out` on the sender's lane, "recv chN" with `flow_in`
// on the receiver's) placed strictly inside a state slice of their lane and
// never partly overlapping one another; marks and scheduler moments as `i`;
// channel balances as `C` counters; collections on a "GC" lane. `ts`/`dur` are
// µs with three decimals. See docs/trace.md.
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>
#include <vector>

#include <stk/version.hpp>

#include "exporters.hpp"
#include "progress.hpp"
#include "trace_input.hpp"
#include "text_format.hpp"
#include "trace_model.hpp"

namespace stk::cli {

namespace {

constexpr int kPid = 1;
// A marker keeps this far from its slice's edges (ns): a viewer that rounds
// µs to ns may move an edge by one, and the marker must still be inside.
constexpr std::uint64_t kEdgeMargin = 2;
constexpr std::uint64_t kMinSlice = 2 * kEdgeMargin + 2;  // room for a 1 ns marker
constexpr std::uint64_t kMarkerNs = 1000;                  // a marker's length when there is room
constexpr int kSliceSearch = 8;  // how many neighbouring slices may host a marker

std::uint64_t tid_of(std::uint32_t tasklet) { return static_cast<std::uint64_t>(tasklet) + 1; }

// A flow marker on one lane: where it is anchored (the transfer time, moved
// into a slice with room) and the span it finally gets.
// (32 bytes: an export holds two per transfer.)
struct Marker {
  std::uint32_t flow = 0;
  bool out = false;  // the sender's side
  std::uint64_t anchor = 0;
  // The hosting slice, minus the margins; place_markers turns them into the
  // marker's own span [lo, hi).
  std::uint64_t lo = 0, hi = 0;
};

// The slice of `lane` that hosts a marker for time `t`: the one in effect up to
// `t`, else the one starting at `t`, else the nearest one with room. nullptr
// if no slice nearby is long enough.
const Interval* host_slice(const std::vector<Interval>& lane, std::uint64_t t) {
  auto roomy = [](const Interval& iv) { return iv.end - iv.begin >= kMinSlice; };
  // First slice beginning at or after t.
  auto it = std::lower_bound(lane.begin(), lane.end(), t,
                             [](const Interval& iv, std::uint64_t v) { return iv.begin < v; });
  std::size_t next = static_cast<std::size_t>(it - lane.begin());
  if (next > 0 && lane[next - 1].end >= t && roomy(lane[next - 1])) return &lane[next - 1];
  if (next < lane.size() && lane[next].begin == t && roomy(lane[next])) return &lane[next];
  for (int k = 1; k <= kSliceSearch; ++k) {
    const Interval* before = next >= static_cast<std::size_t>(k) ? &lane[next - static_cast<std::size_t>(k)] : nullptr;
    const Interval* after = next + static_cast<std::size_t>(k) - 1 < lane.size()
                                ? &lane[next + static_cast<std::size_t>(k) - 1]
                                : nullptr;
    std::uint64_t db = before != nullptr && roomy(*before) ? t - std::min(t, before->end) : UINT64_MAX;
    std::uint64_t da = after != nullptr && roomy(*after) ? after->begin - std::min(after->begin, t) : UINT64_MAX;
    if (db == UINT64_MAX && da == UINT64_MAX) continue;
    return db <= da ? before : after;
  }
  return nullptr;
}

// Gives each marker of one lane its span: a sender's marker ends at its
// anchor, a receiver's starts there; each stays within its slice's margins
// and on its side of the midpoints to its neighbours, so two markers are
// either disjoint or one holds the other, never partly overlapping.
void place_markers(std::vector<Marker>& ms) {
  std::stable_sort(ms.begin(), ms.end(), [](const Marker& x, const Marker& y) { return x.anchor < y.anchor; });
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Marker& m = ms[k];
    std::uint64_t p = m.anchor;
    if (m.out) {
      std::uint64_t left = m.lo;
      if (k > 0) left = std::max(left, ms[k - 1].anchor + (p - ms[k - 1].anchor) / 2);
      std::uint64_t begin = p >= kMarkerNs ? std::max(p - kMarkerNs, left) : left;
      m.lo = std::min(begin, p - 1);
      m.hi = p;
    } else {
      std::uint64_t right = m.hi;
      if (k + 1 < ms.size()) right = std::min(right, p + (ms[k + 1].anchor - p) / 2);
      m.lo = p;
      m.hi = std::max(std::min(p + kMarkerNs, right), p + 1);
    }
  }
}

std::string state_name(const Interval& iv, const TraceModel& m) {
  if (iv.state != LaneState::Blocked) return lane_state_name(iv.state);
  if (iv.channel == 0) return "blocked";
  return std::string("blocked: ") + (iv.direction == kSending ? "send " : "receive ") + m.channel_name(iv.channel);
}

class ChromeWriter {
 public:
  ChromeWriter(OutputFile& out) : out_(out), b_(out.buffer()) {}

  // Starts one trace event object: `{"ph":"X","pid":1,"tid":T,"ts":...`.
  void begin(char ph, std::uint64_t tid, bool with_tid = true) {
    b_ += first_ ? "\n" : ",\n";
    first_ = false;
    b_ += "{\"ph\":\"";
    b_ += ph;
    b_ += "\",\"pid\":";
    number(kPid);
    if (with_tid) {
      b_ += ",\"tid\":";
      number(tid);
    }
    ++written_;
  }
  void ts(std::uint64_t ns) {
    key_("ts");
    append_us(b_, ns);
  }
  void dur(std::uint64_t ns) {
    key_("dur");
    append_us(b_, ns);
  }
  void field(const char* key, std::string_view text) {
    key_(key);
    append_json_string(b_, text);
  }
  void field_raw(const char* key, std::string_view raw) {
    key_(key);
    b_ += raw;
  }
  void field_num(const char* key, std::uint64_t v) {
    key_(key);
    number(v);
  }
  void end() {
    b_ += '}';
    out_.maybe_flush();
  }
  std::size_t written() const { return written_; }
  std::string& raw() { return b_; }

 private:
  void number(std::uint64_t v) {
    char buf[24];
    b_.append(buf, static_cast<std::size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf));
  }
  void key_(const char* key) {
    b_ += ",\"";
    b_ += key;
    b_ += "\":";
  }
  OutputFile& out_;
  std::string& b_;
  bool first_ = true;
  std::size_t written_ = 0;
};

}  // namespace

ExportStats export_chrome(const std::string& trace_path, const TimeWindow& window, const std::string& output) {
  // Read first, a block at a time (the events themselves are not kept, only
  // the lanes, flows and instants the export draws); only then create the
  // output, so a damaged trace leaves no half-written file.
  TraceStream in(trace_path);
  Progress progress("export", 2 * in.file_size(), 16u << 20, Progress::Unit::Percent);
  ModelOptions mo;
  mo.keep_intervals = true;
  mo.keep_balance = true;
  TraceModel m(TraceModel::Streamed{}, in.data(), mo);
  read_into(in, m, progress);
  const trace::TraceData& data = in.data();
  OutputFile out(output);

  // The lanes cut to the window (a slice reaching into it is clipped); the
  // whole trace uses the model's lanes as they are (it keeps no empty slice).
  const bool whole = window.from_ns == 0 && window.to_ns == UINT64_MAX;
  std::vector<std::vector<Interval>> clipped(whole ? 0 : m.tasklets().size());
  std::vector<const std::vector<Interval>*> lanes(m.tasklets().size());
  for (std::size_t li = 0; li < lanes.size(); ++li) {
    if (whole) {
      lanes[li] = &m.tasklets()[li].intervals;
      continue;
    }
    for (const Interval& iv : m.tasklets()[li].intervals) {
      if (iv.end < window.from_ns || iv.begin > window.to_ns) continue;
      Interval c = iv;
      c.begin = std::max(c.begin, window.from_ns);
      c.end = std::min(c.end, window.to_ns);
      if (c.end > c.begin) clipped[li].push_back(c);
    }
    lanes[li] = &clipped[li];
  }

  // Markers per lane, decided before anything is written.
  std::vector<std::vector<Marker>> markers(m.tasklets().size());
  ExportStats stats;
  for (std::size_t i = 0; i < m.flows().size(); ++i) {
    const Flow& f = m.flows()[i];
    if (!window.contains(f.time_ns)) continue;
    Marker sides[2];
    long lane_of[2] = {m.index_of(f.sender), m.index_of(f.receiver)};
    bool ok = true;
    for (int s = 0; s < 2 && ok; ++s) {
      const Interval* iv =
          lane_of[s] < 0 ? nullptr : host_slice(*lanes[static_cast<std::size_t>(lane_of[s])], f.time_ns);
      if (iv == nullptr) {
        ok = false;
        break;
      }
      Marker& mk = sides[s];
      mk.flow = static_cast<std::uint32_t>(i);
      mk.out = s == 0;
      mk.lo = iv->begin + kEdgeMargin;
      mk.hi = iv->end - kEdgeMargin;
      mk.anchor = std::clamp(f.time_ns, mk.lo + 1, mk.hi - 1);
    }
    if (!ok) {
      ++stats.flows_dropped;
      continue;
    }
    for (int s = 0; s < 2; ++s) markers[static_cast<std::size_t>(lane_of[s])].push_back(sides[s]);
  }
  for (auto& lane : markers) place_markers(lane);

  ChromeWriter w(out);
  w.raw() += "{\"otherData\":{";
  {
    std::string& b = w.raw();
    b += "\"exporter\":";
    append_json_string(b, std::string("stk-trace ") + stk::kVersion);
    b += ",\"trace_file\":";
    append_json_string(b, trace_path);
    b += ",\"complete\":";
    b += data.complete ? "true" : "false";
    if (data.complete) b += ",\"exit_status\":" + std::to_string(data.exit_status);
    for (const auto& [k, v] : data.meta) {
      if (k == "exporter" || k == "trace_file" || k == "complete" || k == "exit_status") continue;
      b += ',';
      append_json_string(b, k);
      b += ':';
      append_json_string(b, v);
    }
    b += "},\"traceEvents\":[";
  }

  // Names and lane order.
  std::string program = data.meta_value("program");
  w.begin('M', 0, false);
  w.field("name", "process_name");
  w.field_raw("args", "{\"name\":" + json_string("stk " + (program.empty() ? trace_path : program)) + "}");
  w.end();
  std::uint64_t max_tid = 0;
  for (const TaskletModel& t : m.tasklets()) {
    std::uint64_t tid = tid_of(t.id);
    max_tid = std::max(max_tid, tid);
    std::string label = (t.name.empty() ? std::string("tasklet") : t.name) + " #" + std::to_string(t.id);
    w.begin('M', tid);
    w.field("name", "thread_name");
    w.field_raw("args", "{\"name\":" + json_string(label) + "}");
    w.end();
    w.begin('M', tid);
    w.field("name", "thread_sort_index");
    w.field_raw("args", "{\"sort_index\":" + std::to_string(t.order) + "}");
    w.end();
  }

  std::size_t total_items = 1;
  for (const auto* lane : lanes) total_items += lane->size();
  std::size_t items = 0;
  const std::uint64_t half = in.file_size();
  auto tick = [&] {
    if ((++items & 0x3FFF) == 0) progress.update(half + items * half / total_items);
  };

  // State slices and the flow markers inside them.
  for (std::size_t li = 0; li < m.tasklets().size(); ++li) {
    const TaskletModel& t = m.tasklets()[li];
    std::uint64_t tid = tid_of(t.id);
    for (const Interval& iv : *lanes[li]) {
      w.begin('X', tid);
      w.ts(iv.begin);
      w.dur(iv.end - iv.begin);
      w.field("name", state_name(iv, m));
      w.field("cat", "state");
      if (iv.state == LaneState::Blocked && iv.channel != 0) {
        std::string args = "{\"channel\":" + std::to_string(iv.channel) + ",\"direction\":" +
                           (iv.direction == kSending ? "\"send\"" : "\"receive\"");
        if (iv.location != 0) args += ",\"at\":" + json_string(data.string(iv.location));
        args += "}";
        w.field_raw("args", args);
      }
      w.end();
      tick();
    }
    for (const Marker& mk : markers[li]) {
      const Flow& f = m.flows()[mk.flow];
      w.begin('X', tid);
      w.ts(mk.lo);
      w.dur(mk.hi - mk.lo);
      w.field("name", (mk.out ? "send " : "recv ") + m.channel_name(f.channel));
      w.field("cat", "transfer");
      w.field_num("bind_id", mk.flow + 1);
      w.field_raw(mk.out ? "flow_out" : "flow_in", "true");
      std::string args = "{\"channel\":" + std::to_string(f.channel) + ",\"" + (mk.out ? "to" : "from") +
                         "\":" + json_string(m.tasklet_label(mk.out ? f.receiver : f.sender)) +
                         ",\"time_us\":" + format_us(f.time_ns);
      if (f.exception) args += ",\"exception\":true";
      args += "}";
      w.field_raw("args", args);
      w.end();
    }
  }

  // Instants: marks and scheduler moments, on the lane of the tasklet concerned.
  for (const Instant& in : m.instants()) {
    if (!window.contains(in.time_ns)) continue;
    std::string name;
    const char* cat = "scheduler";
    std::string args;
    switch (in.kind) {
      case Instant::Kind::Mark:
        name = data.string(in.value);
        cat = "mark";
        break;
      case Instant::Kind::RunStart:
        name = "stackless.run()";
        if (in.value != 0) args = "{\"timeout\":" + std::to_string(in.value) + "}";
        break;
      case Instant::Kind::RunEnd:
        name = in.detail != 0 ? "run() returned (interrupted)" : "run() returned";
        break;
      case Instant::Kind::Preempt:
        name = in.detail != 0 ? "preempted" : "preemption deferred";
        break;
      case Instant::Kind::ChannelClosed:
        name = (in.detail != 0 ? "close ch" : "reopen ch") + std::to_string(in.value);
        break;
    }
    w.begin('i', tid_of(in.tasklet));
    w.ts(in.time_ns);
    w.field("name", name);
    w.field("cat", cat);
    w.field("s", "t");
    if (!args.empty()) w.field_raw("args", args);
    w.end();
  }

  // Channel balance counters (waiting senders minus waiting receivers).
  for (const BalanceChange& bc : m.balance_changes()) {
    if (!window.contains(bc.time_ns)) continue;
    w.begin('C', 0, false);
    w.ts(bc.time_ns);
    w.field("name", m.channel_name(bc.channel) + " balance");
    w.field_raw("args", "{\"balance\":" + std::to_string(bc.balance) + "}");
    w.end();
  }

  // Collections on a lane of their own, after the tasklets.
  if (!m.gc().empty()) {
    std::uint64_t tid = max_tid + 1;
    w.begin('M', tid);
    w.field("name", "thread_name");
    w.field_raw("args", "{\"name\":\"GC\"}");
    w.end();
    w.begin('M', tid);
    w.field("name", "thread_sort_index");
    w.field_raw("args", "{\"sort_index\":" + std::to_string(m.tasklets().size()) + "}");
    w.end();
    for (const GcSlice& g : m.gc()) {
      if (g.end < window.from_ns || g.begin > window.to_ns) continue;
      std::uint64_t begin = std::max(g.begin, window.from_ns), end = std::min(g.end, window.to_ns);
      w.begin('X', tid);
      w.ts(begin);
      w.dur(end - begin);
      w.field("name", "gc");
      w.field("cat", "gc");
      w.field_raw("args", "{\"live_before\":" + std::to_string(g.live_before) +
                              ",\"live_after\":" + std::to_string(g.live_after) + "}");
      w.end();
    }
  }

  w.raw() += "\n]}\n";
  out.close();
  progress.finish();
  stats.written = w.written();
  return stats;
}

}  // namespace stk::cli
