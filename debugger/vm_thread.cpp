// The VM thread: it creates the Vm, runs the program, and is the only thread
// that touches VM state. Other threads' commands run here, from the hooks
// the VM calls at safe points (a poll every few hundred instructions, a
// breakpoint, a finished step, an exception, an idle scheduler) and while
// a stop holds the VM.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <stk/error.hpp>

#include "session_impl.hpp"

namespace stk::debugger {
namespace {

// The live trace: every chunk to the listener, and to a file if asked.
class TraceStream : public trace::ChunkSink {
 public:
  TraceStream(Listener& l, const std::string& path) : listener_(l) {
    if (!path.empty()) {
      file_.open(path, std::ios::binary);
      if (!file_) throw stk::Error("cannot write trace file '" + path + "'", 2);
    }
  }
  void write(const char* data, std::size_t size) override {
    if (file_.is_open()) file_.write(data, static_cast<std::streamsize>(size)).flush();
    listener_.on_trace_batch(std::string_view(data, size));
  }

 private:
  Listener& listener_;
  std::ofstream file_;
};

}  // namespace

void Session::Impl::post(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mu);
    commands.push_back(std::move(fn));
    has_commands = true;
    if (pollable) pollable->request_poll();
  }
  cv.notify_all();
}

void Session::Impl::run_commands() {
  for (;;) {
    std::function<void()> fn;
    {
      std::lock_guard<std::mutex> lock(mu);
      if (commands.empty()) {
        has_commands = false;
        return;
      }
      fn = std::move(commands.front());
      commands.pop_front();
    }
    fn();
  }
}

void Session::Impl::wait_until_resumed() {
  resume = false;
  while (!resume) {
    control->flush_output();
    {
      std::unique_lock<std::mutex> lock(mu);
      cv.wait(lock, [&] { return !commands.empty(); });
    }
    run_commands();
  }
  resume = false;
}

debug::Action Session::Impl::stop(StopEvent e, bool current_can_freeze, bool only_this) {
  control->flush_output();
  if (trace_events) vm->flush_trace();
  TaskletId current = control->current();
  bool freeze = (mode == StopMode::Tasklet || only_this) && e.tasklet == current && current_can_freeze &&
                control->can_freeze_current();
  if (freeze) {
    e.all_stopped = false;
    stopped.insert(e.tasklet);
    stopped_count = stopped.size();
    listener.on_stopped(e);
    return debug::Action::Freeze;
  }
  e.all_stopped = true;
  all_stopped = true;
  stopped.insert(e.tasklet);
  stopped_count = stopped.size();
  listener.on_stopped(e);
  freeze_current_on_resume = false;
  wait_until_resumed();
  all_stopped = false;
  stopped.erase(current);
  for (auto it = stopped.begin(); it != stopped.end();)
    it = control->is_frozen(*it) ? std::next(it) : stopped.erase(it);
  stopped_count = stopped.size();
  if (stopped.empty()) control->release_handles();
  if (freeze_current_on_resume && control->can_freeze_current()) {
    freeze_current_on_resume = false;
    stopped.insert(current);
    stopped_count = stopped.size();
    return debug::Action::Freeze;
  }
  return debug::Action::Continue;
}

debug::Action Session::Impl::on_poll() {
  control->flush_output();
  if (trace_events) vm->flush_trace();
  if (has_commands) run_commands();
  if (entry_pending) return debug::Action::Continue;
  if (pause_all_requested) {
    pause_all_requested = false;
    return stop(StopEvent{StopReason::Pause, control->current(), true, "Paused", "", {}}, false);
  }
  if (freeze_current_requested) {
    freeze_current_requested = false;
    return stop(StopEvent{StopReason::Pause, control->current(), false, "Paused (this tasklet only)", "", {}}, true, true);
  }
  return debug::Action::Continue;
}

debug::Action Session::Impl::on_step_done() {
  if (entry_pending) {
    entry_pending = false;
    return stop(StopEvent{StopReason::Entry, control->current(), true, "Paused on entry", "", {}});
  }
  // Tasklet mode: the tasklets frozen for this step run again.
  if (mode == StopMode::Tasklet) {
    for (TaskletId id : frozen_for_step)
      if (!stopped.count(id)) control->thaw(id);
    frozen_for_step.clear();
  }
  TaskletId who = last_stepped;
  bool is_current = who == control->current();
  StopEvent e{StopReason::Step, who, true, "Paused after a step", "", {}};
  if (!is_current) {
    // NextSwitch: the stepped tasklet was switched out (and frozen by the VM).
    e.description = "Tasklet #" + std::to_string(who) + " switched out";
    stopped.insert(who);
    stopped_count = stopped.size();
    if (mode == StopMode::Tasklet) {
      e.all_stopped = false;
      listener.on_stopped(e);
      return debug::Action::Continue;
    }
    return stop(e, false);
  }
  return stop(e);
}

debug::Action Session::Impl::on_exception(bool uncaught) {
  if (skip_next_exception) {
    skip_next_exception = false;
    return debug::Action::Continue;
  }
  TaskletId cur = control->current();
  debug::ExceptionView view;
  ExceptionInfo info;
  if (control->exception(cur, view)) {
    info.type = view.type;
    info.message = view.message;
    info.traceback = view.traceback;
  }
  info.uncaught = uncaught;
  exceptions[cur] = info;
  StopEvent e{StopReason::Exception, cur, true,
              (uncaught ? "Uncaught exception: " : "Exception raised: ") + info.type +
                  (info.message.empty() ? "" : ": " + info.message),
              info.type, {}};
  control->cancel_step();
  return stop(e);
}

bool Session::Impl::on_idle(bool deadlock) {
  control->flush_output();
  if (deadlock) {
    StopEvent e{StopReason::Deadlock, control->current(), true, deadlock_report(), "deadlock", {}};
    stop(e, false);
    skip_next_exception = true;  // the deadlock error that follows was just shown
    return false;
  }
  TaskletId stepping = control->stepping();
  if (stepping != UINT64_MAX) {
    debug::TaskletInfo info;
    if (control->tasklet(stepping, info) && info.state == TaskletState::Blocked) {
      control->cancel_step();
      StopEvent e{StopReason::Step, stepping, true,
                  "Tasklet #" + std::to_string(stepping) + " (" + info.name + ") blocked " +
                      (info.block_dir > 0 ? "sending on" : "receiving on") + " channel " +
                      std::to_string(info.channel) + " at " + info.file + ":" + std::to_string(info.line) +
                      ", and every other tasklet is frozen: nothing can run until one is resumed",
                  "blocked", {}};
      stop(e, false);
      return true;
    }
  }
  if (pause_all_requested) {
    pause_all_requested = false;
    stop(StopEvent{StopReason::Pause, control->current(), true, "Paused", "", {}}, false);
    return true;
  }
  {
    std::unique_lock<std::mutex> lock(mu);
    cv.wait_for(lock, std::chrono::milliseconds(200), [&] { return !commands.empty(); });
  }
  run_commands();
  return true;
}

std::string Session::Impl::deadlock_report() {
  std::string out = "Deadlock: every tasklet is blocked";
  int shown = 0;
  for (const auto& t : control->tasklets()) {
    if (t.state != TaskletState::Blocked) continue;
    if (shown++ == 20) {
      out += "; ...";
      break;
    }
    out += (shown == 1 ? ": " : "; ");
    out += "#" + std::to_string(t.id) + " " + t.name + (t.block_dir > 0 ? " sending on" : " receiving on") +
           " channel " + std::to_string(t.channel) + " at " + t.file + ":" + std::to_string(t.line);
  }
  return out;
}

void Session::Impl::vm_main(LaunchOptions options) {
  vm_thread_id = std::this_thread::get_id();
  int status = 1;
  bool terminated = false;
  try {
    vm = std::make_unique<Vm>();
    control = &vm->debug();
    control->set_output_handler([this](bool err, std::string_view text) {
      listener.on_output(err ? "stderr" : "stdout", text);
    });
    if (options.preempt_ticks > 0) vm->set_preemption(options.preempt_ticks);
    if (options.trace_events) {
      trace_events = true;
      trace_stream = std::make_unique<TraceStream>(listener, options.trace_file);
      vm->record_trace(*trace_stream);
    } else if (!options.trace_file.empty()) {
      vm->record_trace(options.trace_file);
    }
    if (!options.no_debug) {
      control->attach(this);
      control->set_exception_stops(stop_on_raise, stop_on_uncaught);
      for (auto& [file, bps] : line_bps) apply_line_breakpoints(file);
      apply_function_breakpoints();
      // Compile the program now, so that breakpoints set before the run
      // starts are checked against its line table at once.
      vm->preload(options.program);
      if (options.stop_on_entry) {
        entry_pending = true;
        control->step(control->current(), StepKind::In);
      }
    }
    {
      std::lock_guard<std::mutex> lock(mu);
      running = true;
      pollable = control;
    }
    cv.notify_all();
    // Program output reaches the client within ~100 ms even while nobody
    // sends a command: a poll every tick flushes it.
    ticker = std::thread([this] {
      std::unique_lock<std::mutex> lock(mu);
      while (running) {
        cv.wait_for(lock, std::chrono::milliseconds(100));
        if (pollable) pollable->request_poll();
      }
    });
    // Breakpoints set between launch and configurationDone arrive as commands.
    if (options.wait_for_configuration) {
      for (;;) {
        {
          std::unique_lock<std::mutex> lock(mu);
          cv.wait(lock, [&] { return configured || !commands.empty(); });
          if (configured && commands.empty()) break;
        }
        run_commands();
      }
    }
    std::vector<std::string> argv{options.program};
    argv.insert(argv.end(), options.args.begin(), options.args.end());
    status = vm->run_file(options.program, argv);
  } catch (const debug::Terminate&) {
    terminated = true;
  } catch (const stk::Error& e) {
    listener.on_output("stderr", std::string("stk: ") + e.what() + "\n");
    status = e.exit_code();
  } catch (const std::exception& e) {
    listener.on_output("stderr", std::string("stk-dap: internal error: ") + e.what() + "\n");
  }
  if (control && !terminated) control->flush_output();
  {
    std::lock_guard<std::mutex> lock(mu);
    running = false;
    ended = true;
    pollable = nullptr;
  }
  cv.notify_all();
  if (ticker.joinable()) ticker.join();
  control = nullptr;
  run_commands();  // whatever was queued meanwhile fails with NotRunning
  if (terminated) listener.on_output("console", "The program was terminated by the debugger.\n");
  vm.reset();  // finishes the trace (the stream's last batch) before the exit
  trace_stream.reset();
  listener.on_exited(terminated ? 1 : status);
  cv.notify_all();
}

}  // namespace stk::debugger
