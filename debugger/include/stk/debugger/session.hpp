// stk::debugger::Session: debugs one program. The Session owns a VM that runs
// on a thread of its own; every method here may be called from any other
// thread. Commands are queued and executed by the VM thread at a safe point
// (an instruction boundary, or while it waits stopped), so only the VM thread
// ever touches VM state. Queries wait for their answer (bounded by a timeout).
//
// Stopping is per tasklet: in StopMode::Tasklet a breakpoint freezes only the
// tasklet that hit it and the others keep running; any tasklet can be frozen
// (paused) and thawed (resumed) at any time, stepped alone or with the others
// running, inspected while frozen or blocked. See docs/debugger.md.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <stk/debugger/listener.hpp>
#include <stk/debugger/types.hpp>

namespace stk::debugger {

enum class EvalContext : std::uint8_t { Repl, Watch, Hover };  // Watch and Hover: no side effects

struct SessionState {
  bool launched = false;
  bool ended = false;        // the program exited
  bool all_stopped = false;  // the whole VM waits (all-stop stop, or deadlock)
  std::size_t stopped_tasklets = 0;  // tasklets stopped or frozen
};

class Session {
 public:
  explicit Session(Listener& listener);
  ~Session();  // ends the program if it still runs and joins the VM thread
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Starts the program. It waits (before its first instruction) until
  // configuration_done(). Errors: a missing program file, a second launch.
  Expected<Done> launch(const LaunchOptions& options);
  Expected<Done> configuration_done();
  SessionState state() const;
  StopMode stop_mode() const;

  // ---- breakpoints (may be called before launch) ----
  // Replaces the line breakpoints of `file` (a path as the program names it;
  // it is made absolute).
  Expected<std::vector<Breakpoint>> set_breakpoints(const std::string& file, const std::vector<SourceBreakpoint>& bps);
  Expected<std::vector<Breakpoint>> set_function_breakpoints(const std::vector<FunctionBreakpoint>& bps);
  // Exception stops: `raised` (every raise), `uncaught` (default on: a
  // tasklet is about to die of an exception).
  Expected<Done> set_exception_breakpoints(bool raised, bool uncaught);

  // ---- execution ----
  Expected<Done> continue_all();
  Expected<Done> continue_tasklet(TaskletId id);  // only this one resumes
  // Steps one tasklet. The others run, unless `freeze_others` (then they stay
  // stopped/frozen; a step that blocks with nobody to run stops with a
  // Step reason and an explanation instead of hanging).
  Expected<Done> step(TaskletId id, StepKind kind, bool freeze_others);
  Expected<Done> pause_all();
  Expected<Done> pause_tasklet(TaskletId id);   // freeze wherever it is
  Expected<Done> resume_tasklet(TaskletId id);  // thaw
  Expected<Done> kill_tasklets(const std::vector<TaskletId>& ids);
  Expected<Done> terminate();

  // ---- inspection ----
  // Every live tasklet (the caller caps and orders; ids never reused).
  Expected<std::vector<TaskletInfo>> tasklets();
  // One tasklet (a lookup, not a listing).
  Expected<TaskletInfo> tasklet(TaskletId id);
  // Whether a tasklet is stopped (by a stop, a pause or frozen) now.
  bool is_stopped(TaskletId id) const;
  Expected<std::vector<FrameInfo>> frames(TaskletId id);  // innermost first
  Expected<std::vector<NamedValue>> locals(TaskletId id, int frame);
  Expected<std::vector<NamedValue>> globals(TaskletId id, int frame);
  // The tasklet itself: name, state, channel it waits on, creator.
  Expected<std::vector<NamedValue>> tasklet_fields(TaskletId id);
  Expected<std::vector<NamedValue>> children(std::uint32_t handle, std::size_t start, std::size_t count);
  Expected<ValueView> evaluate(TaskletId id, int frame, const std::string& expr, EvalContext context);
  Expected<ValueView> set_variable(TaskletId id, int frame, const std::string& name, const std::string& value_expr);
  Expected<ExceptionInfo> exception_info(TaskletId id);
  Expected<std::vector<ChannelInfo>> channels();
  // A JSON document of one tasklet: frames, locals (repr, bounded depth),
  // state and channel. Written to `path` unless empty; returned either way.
  Expected<std::string> snapshot(TaskletId id, const std::string& path);
  Expected<std::vector<std::string>> loaded_sources();
  Expected<std::string> source(const std::string& file);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stk::debugger
