// The report's figures on known programs: recorded by the real VM
// (Vm::record_trace), read back, built into the TraceModel that `stk-trace
// report` and the Chrome export compute from.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <stk/trace.hpp>
#include <stk/vm.hpp>

#include "trace/observers.hpp"
#include "trace_model.hpp"
#include "vm/runtime.hpp"

using stk::cli::LaneState;
using stk::cli::ModelOptions;
using stk::cli::TraceModel;

namespace {

const char* kPingPong = R"PY(import stackless
import sys

def ping(a, b, n):
    for i in range(n):
        a.send(i)
        b.receive()

def pong(a, b, n):
    for i in range(n):
        a.receive()
        b.send(i)

n = int(sys.argv[1])
a, b = stackless.channel(), stackless.channel()
stackless.tasklet(ping)(a, b, n)
stackless.tasklet(pong)(a, b, n)
stackless.run()
)PY";

stk::trace::TraceData record(const std::string& source, const std::vector<std::string>& argv) {
  static int serial = 0;
  std::string path = (std::filesystem::temp_directory_path() /
                      ("stk_trace_test_" + std::to_string(::getpid()) + "_" + std::to_string(++serial) + ".stktrace"))
                         .string();
  {
    stk::Vm vm;
    std::string out, err;
    vm.runtime().capture_stdout = &out;
    vm.runtime().capture_stderr = &err;
    vm.record_trace(path);
    int status = vm.run_source(source, "p.py", argv);
    INFO(err);
    REQUIRE(status == 0);
  }
  stk::trace::TraceData t = stk::trace::read_trace_file(path);
  std::remove(path.c_str());
  return t;
}

const stk::cli::TaskletModel* find(const TraceModel& m, const std::string& name) {
  for (const auto& t : m.tasklets())
    if (t.name == name) return &t;
  return nullptr;
}

}  // namespace

TEST_CASE("a ping-pong of N rounds: N transfers each way, two lanes, the expected states", "[trace][model]") {
  if (!stk::trace::kEventsCompiled) return;  // a build without event sites records nothing
  const int n = 50;
  stk::trace::TraceData data = record(kPingPong, {"p.py", std::to_string(n)});
  REQUIRE(data.complete);
  REQUIRE(data.exit_status == 0);
  ModelOptions options;
  options.keep_intervals = true;
  TraceModel m(data, options);
  CHECK(m.anomalies() == 0);

  // main, ping, pong; two channels with n transfers each.
  REQUIRE(m.tasklets().size() == 3);
  const auto* ping = find(m, "ping");
  const auto* pong = find(m, "pong");
  REQUIRE(ping);
  REQUIRE(pong);
  REQUIRE(m.channels().size() == 2);
  for (const auto& [id, ch] : m.channels()) {
    CHECK(ch.transfers == static_cast<std::uint64_t>(n));
    CHECK(ch.exception_transfers == 0);
    CHECK(ch.max_waiting_senders + ch.max_waiting_receivers == 1);  // one side waits at a time
    CHECK(ch.blocks > 0);
    CHECK_FALSE(ch.closed);
  }
  CHECK(m.flows().size() == static_cast<std::size_t>(2 * n));
  for (const auto* t : {ping, pong}) {
    CHECK(t->sent == static_cast<std::uint64_t>(n));
    CHECK(t->received == static_cast<std::uint64_t>(n));
    CHECK(t->ended);
    CHECK(t->exit_how == static_cast<std::uint8_t>(stk::trace::ExitHow::Normal));
    CHECK(t->switches >= static_cast<std::uint64_t>(n));
    std::uint64_t sum = 0;
    for (std::uint64_t s : t->state_ns) sum += s;
    CHECK(sum == t->ended_ns - t->created_ns);  // the states add up to the lifetime
    CHECK(t->state_ns[static_cast<int>(LaneState::Running)] > 0);
    CHECK(t->state_ns[static_cast<int>(LaneState::Blocked)] > 0);
    // Every blocked interval names its channel, direction and line.
    bool blocked = false;
    for (const auto& iv : t->intervals) {
      if (iv.state != LaneState::Blocked) continue;
      blocked = true;
      CHECK(iv.channel != 0);
      CHECK((iv.direction == stk::cli::kSending || iv.direction == stk::cli::kReceiving));
      CHECK(data.string(iv.location).rfind("p.py:", 0) == 0);
    }
    CHECK(blocked);
  }
  // main waited in run() for the whole exchange.
  const auto* main = find(m, "main");
  REQUIRE(main);
  CHECK(main->state_ns[static_cast<int>(LaneState::RunWait)] > 0);
  CHECK(m.still_blocked().empty());
  for (const auto& site : m.block_sites()) CHECK(site.location.rfind("p.py:", 0) == 0);
}

TEST_CASE("a tasklet left blocked is named with its channel and line", "[trace][model]") {
  if (!stk::trace::kEventsCompiled) return;
  stk::trace::TraceData data = record(
      "import stackless\nc = stackless.channel()\ndef w():\n    c.receive()\nstackless.tasklet(w)()\nstackless.run()\n",
      {"p.py"});
  TraceModel m(data, ModelOptions{});
  auto blocked = m.still_blocked();
  REQUIRE(blocked.size() == 1);
  CHECK(blocked[0]->name == "w");
  CHECK(blocked[0]->channel == 1);
  CHECK(blocked[0]->direction == stk::cli::kReceiving);
  CHECK(data.string(blocked[0]->location) == "p.py:4");
}

TEST_CASE("stk.tracing() says whether events are recorded", "[trace][model]") {
  stk::Vm vm;
  std::string out;
  vm.runtime().capture_stdout = &out;
  REQUIRE(vm.run_source("import stk\nprint(stk.tracing())\nstk.mark('x')\n", "p.py", {"p.py"}) == 0);
  CHECK(out == "False\n");
}

TEST_CASE("a model built while reading equals the model of the whole trace", "[trace][model]") {
  if (!stk::trace::kEventsCompiled) return;
  stk::trace::TraceData data = record(kPingPong, {"p.py", "3000"});  // 12,000 events: two chunks
  REQUIRE(data.complete);
  ModelOptions options;
  options.keep_intervals = true;
  TraceModel whole(data, options);
  // The same events handed over in uneven batches, each dropped after use
  // (what `stk-trace report` does with each block it reads).
  TraceModel streamed(TraceModel::Streamed{}, data, options);
  std::size_t at = 0;
  for (std::size_t batch = 1; at < data.events.size(); batch = batch * 3 + 1) {
    std::size_t n = std::min(batch, data.events.size() - at);
    streamed.add(data.events.data() + at, n);
    at += n;
  }
  streamed.finish();
  CHECK(streamed.events() == data.events.size());
  CHECK(streamed.end_ns() == whole.end_ns());
  CHECK(streamed.anomalies() == whole.anomalies());
  REQUIRE(streamed.tasklets().size() == whole.tasklets().size());
  for (std::size_t i = 0; i < whole.tasklets().size(); ++i) {
    const auto &a = whole.tasklets()[i], &b = streamed.tasklets()[i];
    CHECK(a.name == b.name);
    CHECK(a.switches == b.switches);
    CHECK(a.intervals.size() == b.intervals.size());
    for (int s = 0; s < stk::cli::kLaneStates; ++s) CHECK(a.state_ns[s] == b.state_ns[s]);
  }
  REQUIRE(streamed.channels().size() == whole.channels().size());
  for (const auto& [id, ch] : whole.channels()) {
    CHECK(streamed.channels().at(id).transfers == ch.transfers);
    CHECK(streamed.channels().at(id).blocked_ns == ch.blocked_ns);
  }
  CHECK(streamed.flows().size() == whole.flows().size());
}
