// Scripted stops against the fixture programs: the Session runs the program
// on its VM thread; the test thread waits for each stop event and drives the
// session the way a DAP client would.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>

#include <stk/debugger/session.hpp>

using namespace stk::debugger;

namespace {

std::string fixture(const std::string& name) { return std::string(STK_SOURCE_DIR) + "/tests/unit/debugger/fixtures/" + name; }

// Collects what the session reports; the test waits on it.
class Recorder : public Listener {
 public:
  void on_stopped(const StopEvent& e) override {
    std::lock_guard<std::mutex> lock(mu_);
    stops_.push_back(e);
    cv_.notify_all();
  }
  void on_continued(TaskletId, bool) override {}
  void on_output(std::string_view category, std::string_view text) override {
    std::lock_guard<std::mutex> lock(mu_);
    (category == "console" ? console_ : output_) += std::string(text);
    cv_.notify_all();
  }
  void on_breakpoint_changed(const Breakpoint& bp) override {
    std::lock_guard<std::mutex> lock(mu_);
    changed_.push_back(bp);
  }
  void on_exited(int code) override {
    std::lock_guard<std::mutex> lock(mu_);
    exit_code_ = code;
    exited_ = true;
    cv_.notify_all();
  }

  StopEvent next_stop() {
    std::unique_lock<std::mutex> lock(mu_);
    bool ok = cv_.wait_for(lock, std::chrono::seconds(10), [&] { return !stops_.empty(); });
    REQUIRE(ok);
    StopEvent e = stops_.front();
    stops_.pop_front();
    return e;
  }
  int wait_exit() {
    std::unique_lock<std::mutex> lock(mu_);
    bool ok = cv_.wait_for(lock, std::chrono::seconds(10), [&] { return exited_; });
    REQUIRE(ok);
    return exit_code_;
  }
  bool wait_output(const std::string& needle) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, std::chrono::seconds(10), [&] { return output_.find(needle) != std::string::npos; });
  }
  std::string output() {
    std::lock_guard<std::mutex> lock(mu_);
    return output_;
  }
  std::string console() {
    std::lock_guard<std::mutex> lock(mu_);
    return console_;
  }
  bool has_stop() {
    std::lock_guard<std::mutex> lock(mu_);
    return !stops_.empty();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<StopEvent> stops_;
  std::vector<Breakpoint> changed_;
  std::string output_, console_;
  bool exited_ = false;
  int exit_code_ = -1;
};

LaunchOptions options(const std::string& program, StopMode mode = StopMode::All) {
  LaunchOptions o;
  o.program = fixture(program);
  o.stop_mode = mode;
  return o;
}

template <class T>
T ok(Expected<T> e) {
  if (!e.ok()) FAIL(e.error().message);
  return e.value();
}

std::string local(Session& s, TaskletId t, const std::string& name) {
  for (const auto& nv : ok(s.locals(t, 0)))
    if (nv.name == name) return nv.value.repr;
  return "<none>";
}

}  // namespace

TEST_CASE("a breakpoint in a tasklet stops it with its locals, and the program then runs to the end", "[debugger]") {
  Recorder r;
  Session s(r);
  auto bps = ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{20, "", "", ""}}));
  REQUIRE(bps.size() == 1);
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Breakpoint);
  CHECK(e.all_stopped);
  CHECK(e.hit_breakpoints == std::vector<int>{bps[0].id});
  auto frames = ok(s.frames(e.tasklet));
  REQUIRE(!frames.empty());
  CHECK(frames[0].function == "consumer");
  CHECK(frames[0].line == 20);
  CHECK(local(s, e.tasklet, "item") == "0");
  CHECK(local(s, e.tasklet, "total") == "0");
  auto v = ok(s.evaluate(e.tasklet, 0, "total + item + 1", EvalContext::Watch));
  CHECK(v.repr == "1");
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {}));
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
  CHECK(r.output().find("done [0, 10, 20]") != std::string::npos);
}

TEST_CASE("conditions, hit counts and logpoints", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("producer_consumer.py"),
                       {SourceBreakpoint{10, "item == 20", "", ""}, SourceBreakpoint{21, "", "", "got {item} total={total}"}}));
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Breakpoint);
  CHECK(local(s, e.tasklet, "item") == "20");
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
  CHECK(r.console().find("got 0 total=0") != std::string::npos);
  CHECK(r.console().find("got 20 total=30") != std::string::npos);
  CHECK(!r.has_stop());
}

TEST_CASE("a line without code moves to the next one and says so", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.launch(options("producer_consumer.py")));
  auto bps = ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{13, "", "", ""}}));
  REQUIRE(bps.size() == 1);
  CHECK(bps[0].verified);
  CHECK(bps[0].line == 14);
  CHECK(bps[0].message.find("moved to line 14") != std::string::npos);
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {}));
  ok(s.configuration_done());
  CHECK(r.wait_exit() == 0);
}

TEST_CASE("stepping over a channel receive completes when the producer delivers", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{17, "", "", ""}}));
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  REQUIRE(e.reason == StopReason::Breakpoint);
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {}));
  ok(s.step(e.tasklet, StepKind::Over, false));  // item = jobs.receive(): the producer must run
  StopEvent st = r.next_stop();
  CHECK(st.reason == StopReason::Step);
  CHECK(st.tasklet == e.tasklet);
  CHECK(ok(s.frames(st.tasklet))[0].line == 18);
  CHECK(local(s, st.tasklet, "item") == "0");
  ok(s.step(st.tasklet, StepKind::Over, false));
  StopEvent st2 = r.next_stop();
  CHECK(ok(s.frames(st2.tasklet))[0].line == 20);
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
}

TEST_CASE("stepping a tasklet alone that blocks stops with an explanation instead of hanging", "[debugger]") {
  Recorder r;
  Session s(r);
  // The second receive: the producer is runnable, not yet sending.
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{17, "", "2", ""}}));
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {}));
  ok(s.step(e.tasklet, StepKind::Over, true));  // the producer stays frozen
  StopEvent st = r.next_stop();
  CHECK(st.reason == StopReason::Step);
  CHECK(st.description.find("blocked receiving on channel") != std::string::npos);
  CHECK(st.description.find("every other tasklet is frozen") != std::string::npos);
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
}

TEST_CASE("tasklet stop mode: one tasklet stops, the others keep running and printing", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("ticker.py"), {SourceBreakpoint{11, "name == 'a'", "", ""}}));
  ok(s.launch(options("ticker.py", StopMode::Tasklet)));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Breakpoint);
  CHECK_FALSE(e.all_stopped);
  ok(s.set_breakpoints(fixture("ticker.py"), {}));
  // 'b' runs to its end while 'a' is frozen at its first count.
  CHECK(r.wait_output("b 4"));
  CHECK(r.output().find("a 0") == std::string::npos);
  CHECK(s.is_stopped(e.tasklet));
  CHECK(local(s, e.tasklet, "i") == "0");
  ok(s.continue_tasklet(e.tasklet));
  CHECK(r.wait_output("a 4"));
}

TEST_CASE("a blocked tasklet can be frozen, inspected, and thawed", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("ticker.py"), {SourceBreakpoint{12, "name == 'b' and i == 2", "", ""}}));
  ok(s.launch(options("ticker.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  TaskletId waiter = 0;
  for (const auto& t : ok(s.tasklets()))
    if (t.name == "waiter") {
      waiter = t.id;
      CHECK(t.state == TaskletState::Blocked);
      CHECK(t.block_dir == -1);
      CHECK(t.line == 16);
    }
  REQUIRE(waiter != 0);
  ok(s.pause_tasklet(waiter));
  CHECK(s.is_stopped(waiter));
  auto frames = ok(s.frames(waiter));
  REQUIRE(frames.size() == 1);
  CHECK(frames[0].function == "waiter");
  auto chans = ok(s.channels());
  REQUIRE(chans.size() == 1);
  CHECK(chans[0].receivers == std::vector<TaskletId>{waiter});
  auto snap = ok(s.snapshot(waiter, ""));
  CHECK(snap.find("\"state\": \"blocked\"") != std::string::npos);
  CHECK(snap.find("\"direction\": \"receive\"") != std::string::npos);
  CHECK(snap.find("\"function\": \"waiter\"") != std::string::npos);
  ok(s.set_breakpoints(fixture("ticker.py"), {}));
  ok(s.resume_tasklet(waiter));
  ok(s.continue_all());
  // Nobody sends to the waiter: the program ends with it still blocked.
  CHECK(r.wait_exit() == 0);
  (void)e;
}

TEST_CASE("a deadlock stops and names the blocked tasklets and channels", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.launch(options("deadlock.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Deadlock);
  CHECK(e.description.find("left receiving on channel 1") != std::string::npos);
  CHECK(e.description.find("right receiving on channel 2") != std::string::npos);
  ok(s.continue_all());
  CHECK(r.wait_exit() == 1);
}

TEST_CASE("an uncaught exception stops in the raising frame with its locals", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.launch(options("raiser.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Exception);
  CHECK(e.text == "ZeroDivisionError");
  auto frames = ok(s.frames(e.tasklet));
  REQUIRE(frames.size() >= 2);
  CHECK(frames[0].function == "helper");
  CHECK(frames[0].line == 5);
  CHECK(local(s, e.tasklet, "x") == "0");
  auto info = ok(s.exception_info(e.tasklet));
  CHECK(info.type == "ZeroDivisionError");
  CHECK(info.uncaught);
  ok(s.continue_all());
  CHECK(r.wait_exit() == 1);
}

TEST_CASE("stop on entry, then step in", "[debugger]") {
  Recorder r;
  Session s(r);
  LaunchOptions o = options("raiser.py");
  o.stop_on_entry = true;
  ok(s.set_exception_breakpoints(false, false));
  ok(s.launch(o));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Entry);
  CHECK(ok(s.frames(e.tasklet))[0].line == 1);
  ok(s.step(e.tasklet, StepKind::Over, false));
  StopEvent st = r.next_stop();
  CHECK(st.reason == StopReason::Step);
  CHECK(ok(s.frames(st.tasklet))[0].line == 4);
  ok(s.terminate());
  r.wait_exit();
}

TEST_CASE("setting a local changes what the program computes", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{10, "", "", ""}}));
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  auto v = ok(s.set_variable(e.tasklet, 0, "item", "1000"));
  CHECK(v.repr == "1000");
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {}));
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
  CHECK(r.output().find("total 1030") != std::string::npos);
}

TEST_CASE("hover evaluation refuses code with side effects", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("producer_consumer.py"), {SourceBreakpoint{10, "", "", ""}}));
  ok(s.launch(options("producer_consumer.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  auto bad = s.evaluate(e.tasklet, 0, "results.append(1)", EvalContext::Hover);
  CHECK_FALSE(bad.ok());
  auto good = s.evaluate(e.tasklet, 0, "len(results)", EvalContext::Hover);
  CHECK(good.ok());
  auto repl = ok(s.evaluate(e.tasklet, 0, "n * 2", EvalContext::Repl));
  CHECK(repl.repr == "6");
  ok(s.terminate());
  r.wait_exit();
}

TEST_CASE("running a tasklet to its next switch stops it where it switched out", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("ticker.py"), {SourceBreakpoint{10, "name == 'a'", "", ""}}));
  ok(s.launch(options("ticker.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  ok(s.set_breakpoints(fixture("ticker.py"), {}));
  ok(s.step(e.tasklet, StepKind::NextSwitch, false));
  StopEvent st = r.next_stop();
  CHECK(st.reason == StopReason::Step);
  CHECK(st.tasklet == e.tasklet);
  CHECK(st.description.find("switched out") != std::string::npos);
  auto frames = ok(s.frames(e.tasklet));
  REQUIRE(!frames.empty());
  CHECK(frames[0].line == 12);  // stackless.schedule()
  CHECK(r.output().find("a 0") != std::string::npos);
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
}

TEST_CASE("exception stops on every raise when asked, and function breakpoints stop at entry", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_exception_breakpoints(true, false));
  auto fbs = ok(s.set_function_breakpoints({FunctionBreakpoint{"helper", "x == 2", ""}}));
  REQUIRE(fbs.size() == 1);
  ok(s.launch(options("raiser.py")));
  ok(s.configuration_done());
  StopEvent f = r.next_stop();
  CHECK(f.reason == StopReason::FunctionBreakpoint);
  CHECK(local(s, f.tasklet, "x") == "2");
  CHECK(ok(s.frames(f.tasklet))[0].function == "helper");
  ok(s.set_function_breakpoints({}));
  ok(s.continue_all());
  StopEvent e = r.next_stop();
  CHECK(e.reason == StopReason::Exception);
  CHECK(e.text == "ZeroDivisionError");
  ok(s.continue_all());
  CHECK(r.wait_exit() == 1);
}

TEST_CASE("a killed tasklet ends without an exception stop", "[debugger]") {
  Recorder r;
  Session s(r);
  ok(s.set_breakpoints(fixture("ticker.py"), {SourceBreakpoint{12, "name == 'b' and i == 1", "", ""}}));
  ok(s.launch(options("ticker.py")));
  ok(s.configuration_done());
  StopEvent e = r.next_stop();
  TaskletId a = 0;
  for (const auto& t : ok(s.tasklets()))
    if (t.name == "ticker" && t.id != e.tasklet) a = t.id;
  REQUIRE(a != 0);
  ok(s.kill_tasklets({a}));
  ok(s.set_breakpoints(fixture("ticker.py"), {}));
  ok(s.continue_all());
  CHECK(r.wait_exit() == 0);
  CHECK_FALSE(r.has_stop());
  CHECK(r.output().find("a 4") == std::string::npos);
  CHECK(r.output().find("b 4") != std::string::npos);
}
