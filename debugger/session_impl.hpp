// The Session's insides, shared by its files: the command queue between the
// caller threads and the VM thread, the stop state, breakpoint specs. Every
// field below "VM thread only" is touched by the VM thread alone; the rest
// is guarded by `mu`.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <stk/debug.hpp>
#include <stk/debugger/session.hpp>
#include <stk/trace_sink.hpp>
#include <stk/vm.hpp>

namespace stk::debugger {

struct LineBreakpoint {
  SourceBreakpoint spec;
  Breakpoint state;
  long hits = 0;
};

struct FunctionBreakpointState {
  FunctionBreakpoint spec;
  Breakpoint state;
  long hits = 0;
};

struct Session::Impl : debug::Hooks {
  explicit Impl(Listener& l) : listener(l) {}
  ~Impl() override = default;

  Listener& listener;

  // ---- shared (mu) ----
  mutable std::mutex mu;
  std::condition_variable cv;  // commands arrived / configuration done / VM ended
  std::deque<std::function<void()>> commands;
  std::atomic<bool> has_commands{false};
  std::atomic<bool> running{false};  // the VM thread is alive and accepting commands
  bool launched = false;
  bool ended = false;
  bool configured = false;
  std::atomic<bool> all_stopped{false};
  std::atomic<std::size_t> stopped_count{0};
  StopMode mode = StopMode::All;
  std::thread thread;                  // waits for the VM thread (which has a big stack)
  std::atomic<std::thread::id> vm_thread_id{};
  // The running VM's Control, for request_poll() from other threads (set and
  // cleared by the VM thread under `mu`).
  debug::Control* pollable = nullptr;

  // Breakpoint specs (VM thread once launched; before that, the caller's).
  std::map<std::string, std::vector<LineBreakpoint>> line_bps;
  std::vector<FunctionBreakpointState> function_bps;
  bool stop_on_raise = false, stop_on_uncaught = true;
  int next_bp_id = 1;

  // ---- VM thread only ----
  std::unique_ptr<Vm> vm;
  bool trace_events = false;
  std::unique_ptr<trace::ChunkSink> trace_stream;
  std::thread ticker;
  debug::Control* control = nullptr;
  bool resume = false;               // leave the current stop
  bool freeze_current_on_resume = false;
  bool pause_all_requested = false;
  bool freeze_current_requested = false;  // pause_tasklet(current) from a poll
  bool entry_pending = false;
  TaskletId last_stepped = 0;  // the tasklet of the step in progress
  std::vector<TaskletId> frozen_for_step;
  std::set<TaskletId> stopped;  // frozen by a stop or pause (tasklet mode), or the all-stop focus
  std::map<TaskletId, ExceptionInfo> exceptions;
  bool skip_next_exception = false;

  // Runs `fn` on the VM thread and waits for it (or fails fast if the VM is
  // not running). Called from any other thread.
  template <class T>
  Expected<T> call(std::function<Expected<T>()> fn);
  void post(std::function<void()> fn);
  void run_commands();  // VM thread: drains the queue

  // ---- debug::Hooks (VM thread) ----
  debug::Action on_poll() override;
  debug::Action on_breakpoint(int id) override;
  debug::Action on_function(int id) override;
  debug::Action on_step_done() override;
  debug::Action on_exception(bool uncaught) override;
  bool on_idle(bool deadlock) override;
  void on_source_loaded(const std::string& file) override;

  // A stop of `e.tasklet` (the current one unless it says otherwise): in
  // tasklet mode (and when possible) only it freezes; otherwise the VM waits
  // here for commands until resumed.
  debug::Action stop(StopEvent e, bool current_can_freeze = true, bool only_this = false);
  void wait_until_resumed();
  std::string deadlock_report();

  // Breakpoints (breakpoints.cpp).
  std::vector<Breakpoint> apply_line_breakpoints(const std::string& file);
  std::vector<Breakpoint> apply_function_breakpoints();
  // Whether a hit should stop: condition, hit condition; logpoints print.
  bool should_stop(const std::string& condition, const std::string& hit_condition, long hits,
                   const std::string& log_message);

  void vm_main(LaunchOptions options);
};

template <class T>
Expected<T> Session::Impl::call(std::function<Expected<T>()> fn) {
  if (std::this_thread::get_id() == vm_thread_id) return fn();  // a listener calling back
  auto done = std::make_shared<std::promise<Expected<T>>>();
  auto fut = done->get_future();
  {
    std::lock_guard<std::mutex> lock(mu);
    if (!running) return DebugError{DebugError::Code::NotRunning, "the program is not running"};
    commands.push_back([this, done, fn] {
      if (!control) done->set_value(DebugError{DebugError::Code::NotRunning, "the program has ended"});
      else done->set_value(fn());
    });
    has_commands = true;
    if (pollable) pollable->request_poll();
  }
  cv.notify_all();
  if (fut.wait_for(std::chrono::seconds(10)) != std::future_status::ready)
    return DebugError{DebugError::Code::Timeout, "the program did not reach a safe point within 10 s"};
  return fut.get();
}

}  // namespace stk::debugger
