// `stk-trace report FILE [--json]`: the summary people read. Per tasklet, per
// channel, the source locations where tasklets blocked longest, and the
// tasklets left blocked at the end (a deadlock). The figures come from
// TraceModel; the text tables and the JSON document show the same data.
#include <cstdio>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <stk/error.hpp>

#include "commands.hpp"
#include "progress.hpp"
#include "text_format.hpp"
#include "trace_input.hpp"
#include "trace_model.hpp"

namespace stk::cli {

namespace {

constexpr std::size_t kTopSites = 10;

using Json = nlohmann::ordered_json;

std::uint64_t other_ns(const TaskletModel& t) {
  return t.state_ns[static_cast<int>(LaneState::Paused)] + t.state_ns[static_cast<int>(LaneState::RunWait)];
}

std::uint64_t state_ns(const TaskletModel& t, LaneState s) { return t.state_ns[static_cast<int>(s)]; }

std::uint64_t lifetime_ns(const TaskletModel& t, const TraceModel& m) {
  std::uint64_t end = t.ended ? t.ended_ns : m.end_ns();
  return end >= t.created_ns ? end - t.created_ns : 0;
}

// How a tasklet ended, for people: "normal", "exception ValueError", "killed",
// or its state when the trace ends ("still blocked").
std::string ending(const TaskletModel& t) {
  if (!t.ended) return std::string("still ") + lane_state_name(t.state);
  const char* name = t.exit_how != 0 ? trace::exit_how_name(t.exit_how) : nullptr;
  std::string how = name != nullptr ? name : "ended";
  if (!t.exception.empty()) how += " " + t.exception;
  return how;
}

// The same, as one stable word for JSON: normal | exception | killed | ended
// (how it ended), or its state at the end: running | ready | blocked | paused | run_wait.
std::string ending_word(const TaskletModel& t) {
  if (t.ended) {
    const char* how = t.exit_how != 0 ? trace::exit_how_name(t.exit_how) : nullptr;
    return how != nullptr ? how : "ended";
  }
  return t.state == LaneState::RunWait ? "run_wait" : lane_state_name(t.state);
}

std::string direction_word(std::uint8_t d) { return d == kSending ? "sending" : d == kReceiving ? "receiving" : "?"; }

std::string channel_list(const std::vector<std::uint32_t>& ids, const TraceModel& m) {
  std::string out;
  for (std::uint32_t id : ids) {
    if (!out.empty()) out += ", ";
    out += printable(m.channel_label(id));
  }
  return out;
}

std::string print_text(const std::string& path, const TraceModel& m) {
  const trace::TraceData& d = m.data();
  std::string out = "stk trace: " + printable(path) + "\n";
  for (const auto& [k, v] : d.meta) out += "  " + printable(k) + ": " + printable(v) + "\n";
  out += "  " + format_duration(m.end_ns()) + " recorded, " + std::to_string(m.events()) + " events";
  if (d.complete) {
    out += ", program exit status " + std::to_string(d.exit_status) + "\n";
  } else {
    out += "\n  incomplete: the trace has no end record (the program was still running, or was killed)\n";
  }

  out += "\nTasklets\n";
  using A = TextTable::Align;
  TextTable tt({{"id", A::Right}, {"name", A::Left}, {"created at", A::Left}, {"lifetime", A::Right},
                {"running", A::Right}, {"ready", A::Right}, {"blocked", A::Right}, {"other", A::Right},
                {"switches", A::Right}, {"ended", A::Left}});
  for (const TaskletModel& t : m.tasklets()) {
    tt.add_row({"#" + std::to_string(t.id), t.name.empty() ? "-" : t.name,
                t.created_at.empty() ? "-" : t.created_at, format_duration(lifetime_ns(t, m)),
                format_duration(state_ns(t, LaneState::Running)), format_duration(state_ns(t, LaneState::Ready)),
                format_duration(state_ns(t, LaneState::Blocked)), format_duration(other_ns(t)),
                std::to_string(t.switches), ending(t)});
  }
  out += tt.empty() ? "  (none)\n" : tt.render();

  out += "\nChannels\n";
  TextTable ct({{"id", A::Right}, {"label", A::Left}, {"created at", A::Left}, {"transfers", A::Right},
                {"max senders", A::Right},
                {"max receivers", A::Right}, {"blocks", A::Right}, {"blocked", A::Right}, {"closed", A::Left}});
  for (const auto& [id, c] : m.channels()) {
    std::string transfers = std::to_string(c.transfers);
    if (c.exception_transfers != 0) transfers += " (" + std::to_string(c.exception_transfers) + " exc)";
    ct.add_row({"#" + std::to_string(id), c.label.empty() ? "-" : printable(c.label),
                c.created_at.empty() ? "-" : c.created_at, transfers,
                std::to_string(c.max_waiting_senders), std::to_string(c.max_waiting_receivers),
                std::to_string(c.blocks), format_duration(c.blocked_ns), c.closed ? "yes" : "no"});
  }
  out += ct.empty() ? "  (none)\n" : ct.render();

  std::vector<BlockSite> sites = m.block_sites();
  out += "\nWhere tasklets blocked";
  if (sites.size() > kTopSites) out += " (top " + std::to_string(kTopSites) + " of " + std::to_string(sites.size()) + ")";
  out += "\n";
  TextTable st({{"location", A::Left}, {"blocks", A::Right}, {"blocked", A::Right}, {"sending", A::Right},
                {"receiving", A::Right}, {"channels", A::Left}});
  for (std::size_t i = 0; i < sites.size() && i < kTopSites; ++i) {
    const BlockSite& s = sites[i];
    st.add_row({s.location, std::to_string(s.count), format_duration(s.blocked_ns), std::to_string(s.sending),
                std::to_string(s.receiving), channel_list(s.channels, m)});
  }
  out += st.empty() ? "  (no tasklet blocked)\n" : st.render();

  std::vector<const TaskletModel*> blocked = m.still_blocked();
  if (!blocked.empty()) {
    std::string n = std::to_string(blocked.size()) + (blocked.size() == 1 ? " tasklet" : " tasklets");
    if (d.complete) {
      out += "\nDeadlock: " + n + " still blocked when the program ended\n";
    } else {
      out += "\nStill blocked when the trace ends: " + n + " (the trace is incomplete, so this may not be a deadlock)\n";
    }
    for (const TaskletModel* t : blocked) {
      std::string loc = t->location != 0 ? d.string(t->location) : std::string("an unknown line");
      out += "  " + printable(m.tasklet_label(t->id)) + " " + direction_word(t->direction) + " on channel " +
             printable(m.channel_label(t->channel)) + " at " + printable(loc) + " (blocked for " +
             format_duration(m.end_ns() - t->since) + ")\n";
    }
  }

  std::size_t marks = 0;
  for (const Instant& i : m.instants())
    if (i.kind == Instant::Kind::Mark) ++marks;
  std::uint64_t gc_ns = 0;
  for (const GcSlice& g : m.gc()) gc_ns += g.end - g.begin;
  if (marks != 0 || !m.gc().empty()) {
    out += "\n";
    if (marks != 0) out += "  marks: " + std::to_string(marks) + "\n";
    if (!m.gc().empty())
      out += "  garbage collections: " + std::to_string(m.gc().size()) + ", " + format_duration(gc_ns) + " in total\n";
  }
  if (m.anomalies() != 0)
    out += "\nnote: " + std::to_string(m.anomalies()) +
           " events did not fit the expected order (an unknown event kind, or a damaged trace); figures may be off\n";
  return out;
}

Json to_json(const std::string& path, const TraceModel& m) {
  const trace::TraceData& d = m.data();
  Json j;
  j["file"] = path;
  Json meta = Json::object();
  for (const auto& [k, v] : d.meta) meta[k] = v;
  j["meta"] = meta;
  j["complete"] = d.complete;
  j["exit_status"] = d.complete ? Json(d.exit_status) : Json(nullptr);
  j["events"] = m.events();
  j["duration_ns"] = m.end_ns();
  j["warnings"] = d.warnings;
  j["anomalies"] = m.anomalies();

  Json tasklets = Json::array();
  for (const TaskletModel& t : m.tasklets()) {
    Json o;
    o["id"] = t.id;
    o["name"] = t.name;
    o["created_by"] = t.has_creator ? Json(t.creator) : Json(nullptr);
    o["created_at"] = t.created_at;
    o["created_ns"] = t.created_ns;
    o["ended_ns"] = t.ended ? Json(t.ended_ns) : Json(nullptr);
    o["lifetime_ns"] = lifetime_ns(t, m);
    o["running_ns"] = state_ns(t, LaneState::Running);
    o["ready_ns"] = state_ns(t, LaneState::Ready);
    o["blocked_ns"] = state_ns(t, LaneState::Blocked);
    o["paused_ns"] = state_ns(t, LaneState::Paused);
    o["run_wait_ns"] = state_ns(t, LaneState::RunWait);
    o["switches"] = t.switches;
    o["preemptions"] = t.preemptions;
    o["sent"] = t.sent;
    o["received"] = t.received;
    o["end"] = ending_word(t);
    o["exception"] = t.exception.empty() ? Json(nullptr) : Json(t.exception);
    tasklets.push_back(std::move(o));
  }
  j["tasklets"] = std::move(tasklets);

  Json channels = Json::array();
  for (const auto& [id, c] : m.channels()) {
    Json o;
    o["id"] = id;
    o["created_at"] = c.created_at;
    o["label"] = c.label.empty() ? Json() : Json(c.label);
    o["transfers"] = c.transfers;
    o["exception_transfers"] = c.exception_transfers;
    o["max_waiting_senders"] = c.max_waiting_senders;
    o["max_waiting_receivers"] = c.max_waiting_receivers;
    o["blocks"] = c.blocks;
    o["blocked_ns"] = c.blocked_ns;
    o["closed"] = c.closed;
    channels.push_back(std::move(o));
  }
  j["channels"] = std::move(channels);

  Json sites = Json::array();
  std::vector<BlockSite> all = m.block_sites();
  for (std::size_t i = 0; i < all.size() && i < kTopSites; ++i) {
    const BlockSite& s = all[i];
    sites.push_back({{"location", s.location},
                     {"blocks", s.count},
                     {"blocked_ns", s.blocked_ns},
                     {"sending", s.sending},
                     {"receiving", s.receiving},
                     {"channels", s.channels}});
  }
  j["blocking_locations"] = std::move(sites);

  Json blocked = Json::array();
  for (const TaskletModel* t : m.still_blocked()) {
    blocked.push_back({{"tasklet", t->id},
                       {"name", t->name},
                       {"channel", t->channel},
                       {"channel_label", m.channels().count(t->channel) ? m.channels().at(t->channel).label : ""},
                       {"direction", t->direction == kSending ? "send" : t->direction == kReceiving ? "receive" : "?"},
                       {"location", t->location != 0 ? d.string(t->location) : std::string()},
                       {"since_ns", t->since}});
  }
  j["still_blocked"] = std::move(blocked);
  j["deadlock"] = d.complete && !m.still_blocked().empty();

  std::size_t marks = 0;
  for (const Instant& i : m.instants())
    if (i.kind == Instant::Kind::Mark) ++marks;
  std::uint64_t gc_ns = 0;
  for (const GcSlice& g : m.gc()) gc_ns += g.end - g.begin;
  j["marks"] = marks;
  j["gc"] = {{"collections", m.gc().size()}, {"total_ns", gc_ns}};
  return j;
}

}  // namespace

int report_command(const Args& args) {
  cxxopts::Options options("stk-trace report", "Summarize a trace file");
  options.add_options()("json", "print the report as JSON");
  cxxopts::ParseResult opts;
  std::string file;
  if (!parse_file_command(options, args, "report", opts, file)) return 0;

  // One pass, a block at a time: a trace of any length fits in memory.
  TraceStream in(file);
  ModelOptions mo;
  mo.keep_flows = false;
  TraceModel model(TraceModel::Streamed{}, in.data(), mo);
  Progress progress("report", in.file_size(), 8u << 20, Progress::Unit::Bytes);
  read_into(in, model, progress);
  progress.finish();
  if (opts.count("json")) {
    std::string text = to_json(file, model).dump(2, ' ', false, Json::error_handler_t::replace);
    std::fputs(text.c_str(), stdout);
    std::fputc('\n', stdout);
  } else {
    std::fputs(print_text(file, model).c_str(), stdout);
  }
  return 0;
}

}  // namespace stk::cli
