// Session's public methods: each checks its arguments, then runs as a
// command on the VM thread (session_impl.hpp, Impl::call) and waits for the
// answer. Execution commands only change what the VM thread will do when it
// leaves the current safe point.
#include <stk/debugger/session.hpp>

#include <stk/big_stack.hpp>

#include <cstdlib>
#include <filesystem>
#include <vector>
#include <unistd.h>

#include "session_impl.hpp"

namespace stk::debugger {
namespace {

DebugError unknown_tasklet(TaskletId id) {
  return DebugError{DebugError::Code::UnknownTasklet, "no tasklet #" + std::to_string(id)};
}

std::string absolute(const std::string& path) {
  std::error_code ec;
  auto p = std::filesystem::absolute(path, ec);
  if (ec) return path;
  return p.lexically_normal().string();
}

}  // namespace

const char* stop_reason_name(StopReason r) {
  switch (r) {
    case StopReason::Entry: return "entry";
    case StopReason::Breakpoint: return "breakpoint";
    case StopReason::FunctionBreakpoint: return "function breakpoint";
    case StopReason::Step: return "step";
    case StopReason::Pause: return "pause";
    case StopReason::Exception: return "exception";
    case StopReason::Deadlock: return "deadlock";
  }
  return "pause";
}

Session::Session(Listener& listener) : impl_(std::make_unique<Impl>(listener)) {}

Session::~Session() {
  terminate();
  if (impl_->thread.joinable()) {
    // A program stuck inside a long native call never reaches a safe point:
    // give it a moment, then leave the thread to the process's exit.
    std::unique_lock<std::mutex> lock(impl_->mu);
    bool ended = impl_->cv.wait_for(lock, std::chrono::seconds(3), [&] { return impl_->ended; });
    lock.unlock();
    if (ended) impl_->thread.join();
    else {
      impl_->thread.detach();
      // Still used by the detached thread: kept, reachable, never destroyed.
      static auto* detached = new std::vector<std::unique_ptr<Impl>>();
      detached->push_back(std::move(impl_));
    }
  }
}

Expected<Done> Session::launch(const LaunchOptions& given) {
  Impl& s = *impl_;
  {
    std::lock_guard<std::mutex> lock(s.mu);
    if (s.launched) return DebugError{DebugError::Code::BadArgument, "a program was already launched in this session"};
  }
  LaunchOptions options = given;
  if (options.program.empty()) return DebugError{DebugError::Code::BadArgument, "launch: 'program' is required"};
  options.program = absolute(options.program);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(options.program, ec))
    return DebugError{DebugError::Code::BadArgument, "cannot open program '" + options.program + "'"};
  if (!options.cwd.empty() && ::chdir(options.cwd.c_str()) != 0)
    return DebugError{DebugError::Code::BadArgument, "cannot change to directory '" + options.cwd + "'"};
  for (const auto& [k, v] : options.env) ::setenv(k.c_str(), v.c_str(), 1);
  {
    std::lock_guard<std::mutex> lock(s.mu);
    s.launched = true;
    s.mode = options.stop_mode;
    s.configured = !options.wait_for_configuration;
  }
  // The VM gets the same large C stack as under `stk` (<stk/big_stack.hpp>).
  s.thread = std::thread([&s, options] { run_on_big_stack([&] { s.vm_main(options); }); });
  std::unique_lock<std::mutex> lock(s.mu);
  s.cv.wait(lock, [&] { return s.running.load() || s.ended; });
  return Done{};
}

Expected<Done> Session::configuration_done() {
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    impl_->configured = true;
  }
  impl_->cv.notify_all();
  return Done{};
}

SessionState Session::state() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  SessionState st;
  st.launched = impl_->launched;
  st.ended = impl_->ended;
  st.all_stopped = impl_->all_stopped;
  st.stopped_tasklets = impl_->stopped_count;
  return st;
}

StopMode Session::stop_mode() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->mode;
}

Expected<std::vector<Breakpoint>> Session::set_breakpoints(const std::string& given_file,
                                                           const std::vector<SourceBreakpoint>& bps) {
  Impl& s = *impl_;
  std::string file = absolute(given_file);
  auto update = [&s, file, bps]() -> Expected<std::vector<Breakpoint>> {
    auto& list = s.line_bps[file];
    std::vector<LineBreakpoint> next;
    for (const auto& spec : bps) {
      LineBreakpoint b;
      b.spec = spec;
      b.state.line = spec.line;
      for (const auto& old : list)
        if (old.spec.line == spec.line) {
          b.state.id = old.state.id;  // the same line keeps its id (and its hit count)
          b.hits = old.spec.hit_condition == spec.hit_condition ? old.hits : 0;
        }
      if (!b.state.id) b.state.id = s.next_bp_id++;
      b.state.message = "pending: the program has not loaded this file";
      next.push_back(b);
    }
    list = std::move(next);
    return s.apply_line_breakpoints(file);
  };
  {
    std::unique_lock<std::mutex> lock(s.mu);
    if (!s.launched) return update();
    if (s.ended) return DebugError{DebugError::Code::NotRunning, "the program has ended"};
  }
  return s.call<std::vector<Breakpoint>>(update);
}

Expected<std::vector<Breakpoint>> Session::set_function_breakpoints(const std::vector<FunctionBreakpoint>& bps) {
  Impl& s = *impl_;
  auto update = [&s, bps]() -> Expected<std::vector<Breakpoint>> {
    std::vector<FunctionBreakpointState> next;
    for (const auto& spec : bps) {
      FunctionBreakpointState b;
      b.spec = spec;
      for (const auto& old : s.function_bps)
        if (old.spec.name == spec.name) b.state.id = old.state.id;
      if (!b.state.id) b.state.id = s.next_bp_id++;
      b.state.message = "pending: no function of that name is loaded yet";
      next.push_back(b);
    }
    s.function_bps = std::move(next);
    return s.apply_function_breakpoints();
  };
  {
    std::unique_lock<std::mutex> lock(s.mu);
    if (!s.launched) return update();
    if (s.ended) return DebugError{DebugError::Code::NotRunning, "the program has ended"};
  }
  return s.call<std::vector<Breakpoint>>(update);
}

Expected<Done> Session::set_exception_breakpoints(bool raised, bool uncaught) {
  Impl& s = *impl_;
  auto update = [&s, raised, uncaught]() -> Expected<Done> {
    s.stop_on_raise = raised;
    s.stop_on_uncaught = uncaught;
    if (s.control) s.control->set_exception_stops(raised, uncaught);
    return Done{};
  };
  {
    std::unique_lock<std::mutex> lock(s.mu);
    if (!s.launched) return update();
  }
  return s.call<Done>(update);
}

// ---------------------------------------------------------------- execution

Expected<Done> Session::continue_all() {
  Impl& s = *impl_;
  return s.call<Done>([&s]() -> Expected<Done> {
    for (const auto& t : s.control->tasklets())
      if (t.frozen) s.control->thaw(t.id);
    s.stopped.clear();
    s.stopped_count = 0;
    s.frozen_for_step.clear();
    s.control->cancel_step();
    s.resume = true;
    return Done{};
  });
}

Expected<Done> Session::continue_tasklet(TaskletId id) {
  Impl& s = *impl_;
  return s.call<Done>([&s, id]() -> Expected<Done> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info)) return unknown_tasklet(id);
    TaskletId cur = s.control->current();
    if (s.all_stopped) {
      // Only `id` runs on: everybody else stays stopped (frozen).
      for (const auto& t : s.control->tasklets()) {
        if (t.id == id) continue;
        if (t.id == cur) s.freeze_current_on_resume = true;
        else if (s.control->freeze(t.id)) s.stopped.insert(t.id);
      }
      s.resume = true;
    }
    s.control->thaw(id);
    s.stopped.erase(id);
    s.stopped_count = s.stopped.size();
    return Done{};
  });
}

Expected<Done> Session::step(TaskletId id, StepKind kind, bool freeze_others) {
  Impl& s = *impl_;
  return s.call<Done>([&s, id, kind, freeze_others]() -> Expected<Done> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info) || info.state == TaskletState::Dead) return unknown_tasklet(id);
    if (!s.all_stopped && !s.control->is_frozen(id))
      return DebugError{DebugError::Code::NotStopped, "tasklet #" + std::to_string(id) + " is running: pause it first"};
    TaskletId cur = s.control->current();
    s.last_stepped = id;
    s.control->step(id, kind);
    s.control->thaw(id);
    s.stopped.erase(id);
    if (freeze_others) {
      for (const auto& t : s.control->tasklets()) {
        if (t.id == id || t.frozen) continue;
        if (t.id == cur) {
          if (s.all_stopped) s.freeze_current_on_resume = true;
          continue;
        }
        if (s.control->freeze(t.id)) s.frozen_for_step.push_back(t.id);
      }
    }
    s.stopped_count = s.stopped.size();
    if (s.all_stopped) s.resume = true;
    return Done{};
  });
}

Expected<Done> Session::pause_all() {
  Impl& s = *impl_;
  return s.call<Done>([&s]() -> Expected<Done> {
    if (!s.all_stopped) s.pause_all_requested = true;
    return Done{};
  });
}

Expected<Done> Session::pause_tasklet(TaskletId id) {
  Impl& s = *impl_;
  return s.call<Done>([&s, id]() -> Expected<Done> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info) || info.state == TaskletState::Dead) return unknown_tasklet(id);
    if (info.frozen) return Done{};
    if (id == s.control->current()) {
      if (s.all_stopped) s.freeze_current_on_resume = true;
      else s.freeze_current_requested = true;
      return Done{};
    }
    s.control->freeze(id);
    s.stopped.insert(id);
    s.stopped_count = s.stopped.size();
    if (!s.all_stopped)
      s.listener.on_stopped(StopEvent{StopReason::Pause, id, false, "Paused (this tasklet only)", "", {}});
    return Done{};
  });
}

Expected<Done> Session::resume_tasklet(TaskletId id) {
  Impl& s = *impl_;
  return s.call<Done>([&s, id]() -> Expected<Done> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info)) return unknown_tasklet(id);
    if (id == s.control->current() && s.all_stopped) s.freeze_current_on_resume = false;
    s.control->thaw(id);
    s.stopped.erase(id);
    s.stopped_count = s.stopped.size();
    if (!s.all_stopped) s.listener.on_continued(id, false);
    return Done{};
  });
}

Expected<Done> Session::kill_tasklets(const std::vector<TaskletId>& ids) {
  Impl& s = *impl_;
  return s.call<Done>([&s, ids]() -> Expected<Done> {
    for (TaskletId id : ids) {
      if (id == s.control->current())
        return DebugError{DebugError::Code::BadArgument,
                          "tasklet #" + std::to_string(id) + " is the one running: it cannot be killed from here"};
      if (!s.control->kill(id)) return unknown_tasklet(id);
      s.control->thaw(id);
      s.stopped.erase(id);
    }
    s.stopped_count = s.stopped.size();
    return Done{};
  });
}

Expected<Done> Session::terminate() {
  Impl& s = *impl_;
  {
    std::lock_guard<std::mutex> lock(s.mu);
    if (!s.launched || s.ended) return Done{};
    s.configured = true;
  }
  s.post([&s] {
    if (s.control) throw debug::Terminate{};
  });
  return Done{};
}

}  // namespace stk::debugger
