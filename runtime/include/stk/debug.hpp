// The runtime's debugging seam, for debugger/ (and tests): hooks the VM calls
// at safe points, and the primitives a debugger needs — breakpoints patched
// into code, per-tasklet stepping, freezing one tasklet, inspection and
// evaluation. Everything here runs on the VM's own thread; debugger/ owns
// the threading (commands queued from other threads, run from these hooks).
//
// Why the split: the runtime knows frames, line tables and the scheduler;
// the debugger decides policies (stop all or one tasklet, conditions, hit
// counts, logpoints) and never includes runtime internals.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>
#include <memory>
#include <string>
#include <vector>

namespace stk {

struct Runtime;
class Vm;

namespace debug {

using TaskletId = std::uint64_t;  // main = 0; never reused within a VM

// What a hook tells the VM to do with the tasklet it was called for.
enum class Action : std::uint8_t {
  Continue,  // go on (the hook may have blocked while the debugger inspected)
  Freeze,    // take the current tasklet out of scheduling at this instruction; others run
};

enum class StepKind : std::uint8_t { In, Over, Out, NextSwitch };

// Called on the VM thread. A hook may block (the whole VM then waits: "stop
// all") and may call any Control method meanwhile.
class Hooks {
 public:
  virtual ~Hooks() = default;
  // At the first safe point after Control::request_poll() (from any thread).
  virtual Action on_poll() = 0;
  // The current tasklet reached a line breakpoint (`id` from set_breakpoints).
  virtual Action on_breakpoint(int id) = 0;
  // The current tasklet entered a function named by set_function_breakpoints.
  virtual Action on_function(int id) = 0;
  // The stepping tasklet finished its step (a new line, a return, a switch).
  virtual Action on_step_done() = 0;
  // An exception is raised in the current tasklet; `uncaught` when no handler
  // in the tasklet will catch it (the tasklet dies). Only called while
  // exception stops are enabled (set_exception_stops).
  virtual Action on_exception(bool uncaught) = 0;
  // Nobody can run: every live tasklet is frozen or blocked. `deadlock` when
  // none is frozen (the program would end with a deadlock error). The hook
  // waits for commands; return true if something became runnable (a tasklet
  // was thawed), false to let the program go on (deadlock error, or end).
  virtual bool on_idle(bool deadlock) = 0;
  // A module's code was compiled (its breakpoints can now be resolved).
  virtual void on_source_loaded(const std::string& file) = 0;
};

// Thrown by a hook (only by a hook) to abandon the program: it unwinds the
// interpreter loop and Vm::run_file throws it on. The Vm is unusable after.
struct Terminate {};

enum class TaskletState : std::uint8_t {
  Running,   // the current tasklet
  Runnable,  // in the runnables ring
  Blocked,   // waiting on a channel
  Unstarted, // bound, never run
  Paused,    // alive but neither runnable nor blocked (removed, run() caller)
  Dead,
};
const char* state_name(TaskletState s);

struct TaskletInfo {
  TaskletId id = 0;
  std::string name;
  TaskletState state = TaskletState::Runnable;
  bool frozen = false;
  bool is_main = false;
  std::uint32_t channel = 0;  // the channel blocked on (0: none)
  int block_dir = 0;          // 1 sending, -1 receiving
  std::string file;           // innermost frame (empty if none)
  int line = 0;
  std::string function;
  TaskletId creator = 0;
  std::string created_file;  // where it was created
  int created_line = 0;
};

struct FrameInfo {
  std::string function;
  std::string file;
  int line = 0;
  int column = 0;
};

// A value shown to the user. `handle` != 0 when it has children (expand with
// Control::children); handles stay valid until release_handles().
struct ValueView {
  std::string repr;  // bounded length
  std::string type;
  std::uint32_t handle = 0;
  std::size_t named = 0;    // named children (attributes, dict items)
  std::size_t indexed = 0;  // indexed children (list/tuple items)
};
struct NamedValue {
  std::string name;
  ValueView value;
  std::string evaluate_name;  // an expression that yields this child, if any
};

struct ChannelInfo {
  std::uint32_t id = 0;
  std::string label;  // channel.label ("" if none)
  int balance = 0;  // > 0 waiting senders, < 0 receivers
  bool closing = false;
  std::vector<TaskletId> senders, receivers;
};

struct BreakpointResolution {
  bool verified = false;
  int line = 0;          // where it was placed (may be after the requested line)
  std::string message;   // why not verified, or "moved to line N"
};

// What a tasklet's exception stop shows (exceptionInfo).
struct ExceptionView {
  std::string type;
  std::string message;
  std::string traceback;  // formatted like CPython's
};

// The debugging primitives; obtained from Vm::debug(). VM thread only.
class Control {
 public:
  explicit Control(Runtime& rt);
  ~Control();
  Control(const Control&) = delete;
  Control& operator=(const Control&) = delete;

  void attach(Hooks* hooks);
  // From any thread: the VM calls Hooks::on_poll at its next safe point (a
  // backward jump or a call; a program in a long native call is late).
  void request_poll();
  void detach();
  // Program output: delivered to `handler` instead of the process's streams
  // (stdout is buffered; flush_output() hands over what is pending).
  void set_output_handler(std::function<void(bool is_stderr, std::string_view text)> handler);
  void flush_output();

  // ---- breakpoints ----
  // Replaces every line breakpoint of `file`; `lines[i]` gets `ids[i]`. Lines
  // of files not compiled yet stay pending (verified=false) and are resolved
  // when the file is compiled (Hooks::on_source_loaded, then call again).
  std::vector<BreakpointResolution> set_breakpoints(const std::string& file, const std::vector<int>& lines,
                                                    const std::vector<int>& ids);
  // Function names (a plain or qualified name: "worker", "Pool.run"); the
  // result says which names matched loaded code (others stay pending).
  std::vector<bool> set_function_breakpoints(const std::vector<std::string>& names, const std::vector<int>& ids);
  void set_exception_stops(bool raised, bool uncaught);
  bool is_loaded(const std::string& file) const;
  std::vector<std::string> loaded_sources() const;
  const std::string* source_text(const std::string& file) const;

  // ---- scheduling ----
  TaskletId current() const;
  // Freezing takes a tasklet out of scheduling wherever it is; a blocked one
  // stays in its channel's queue (a transfer may complete) but does not run
  // until thawed. Freezing the current tasklet takes effect when the hook
  // returns Action::Freeze. False if the tasklet is unknown or dead.
  bool freeze(TaskletId id);
  bool thaw(TaskletId id);
  bool is_frozen(TaskletId id) const;
  // Whether the current tasklet can be frozen now (not inside a native
  // callback such as a sorted() key): otherwise a hook must wait instead.
  bool can_freeze_current() const;
  // Arms a step for `id` (which must be frozen or current): the VM calls
  // on_step_done when it completes. One stepping tasklet at a time.
  bool step(TaskletId id, StepKind kind);
  void cancel_step();
  TaskletId stepping() const;
  // Kills a tasklet (TaskletExit raised in it when it next runs).
  bool kill(TaskletId id);

  // ---- inspection (any tasklet; most useful when stopped or frozen) ----
  std::vector<TaskletInfo> tasklets() const;
  bool tasklet(TaskletId id, TaskletInfo& out) const;
  std::vector<FrameInfo> frames(TaskletId id) const;  // innermost first
  std::vector<NamedValue> locals(TaskletId id, int frame);
  std::vector<NamedValue> globals(TaskletId id, int frame);
  std::vector<NamedValue> children(std::uint32_t handle, std::size_t start, std::size_t count);
  std::vector<ChannelInfo> channels() const;
  bool channel(std::uint32_t id, ChannelInfo& out) const;
  ValueView view_tasklet(TaskletId id);
  ValueView view_channel(std::uint32_t id);
  void release_handles();
  // The exception a tasklet is raising: the current one inside on_exception,
  // or one frozen at an exception stop. False if there is none.
  bool exception(TaskletId id, ExceptionView& out);

  // Evaluates `expr` in frame `frame` of tasklet `id`: locals, cells and
  // globals are visible; assignments do not write back. With `pure`, any
  // call into Python code (functions, properties, special methods) is refused
  // so hover and watch have no side effects. Returns false with `error` set
  // (one line) on a compile or runtime error.
  bool evaluate(TaskletId id, int frame, const std::string& expr, bool pure, ValueView& out, std::string& error);
  // Sets a local (or cell) of a frame to the value of `expr` (evaluated there).
  bool set_local(TaskletId id, int frame, const std::string& name, const std::string& expr, ValueView& out,
                 std::string& error);

 struct Impl;  // runtime/debug/control_impl.hpp

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace debug
}  // namespace stk
