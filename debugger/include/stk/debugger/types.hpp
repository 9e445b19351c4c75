// Plain data the debugger Session speaks in: runtime terms (tasklet ids,
// frame indexes, breakpoint specs), no protocol. Shared by the Session, its
// listener and the protocol layers above (dap/).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <stk/debug.hpp>

namespace stk::debugger {

using TaskletId = debug::TaskletId;
using debug::ChannelInfo;
using debug::FrameInfo;
using debug::NamedValue;
using debug::StepKind;
using debug::TaskletInfo;
using debug::TaskletState;
using debug::ValueView;

// Where a stop reaches: everything (the conventional default) or only the
// tasklet that stopped, the others running on ("non-stop").
enum class StopMode : std::uint8_t { All, Tasklet };

struct LaunchOptions {
  std::string program;
  std::vector<std::string> args;
  std::string cwd;                                        // empty: keep the current one
  std::vector<std::pair<std::string, std::string>> env;  // set before the program starts
  bool stop_on_entry = false;
  bool no_debug = false;  // run without breakpoints or stops
  StopMode stop_mode = StopMode::All;
  std::string trace_file;  // record a trace while debugging (empty: no)
  // Stream the trace live to Listener::on_trace_batch (the timeline viewer),
  // flushed about every 100 ms; with trace_file, the file gets it too.
  bool trace_events = false;
  long long preempt_ticks = 0;
  // false: start at once without waiting for configuration_done() (a program
  // made attachable by `stk run --dap-listen` runs before anyone attaches).
  bool wait_for_configuration = true;
};

struct SourceBreakpoint {
  int line = 0;
  std::string condition;      // expression; stop only when true
  std::string hit_condition;  // "5", ">= 5", "% 3" ...: on the Nth hit
  std::string log_message;    // non-empty: a logpoint ("x is {x}"), never stops
};

struct FunctionBreakpoint {
  std::string name;
  std::string condition;
  std::string hit_condition;
};

struct Breakpoint {
  int id = 0;  // unique in the session, stable across set_breakpoints calls for the same line
  bool verified = false;
  int line = 0;
  std::string message;
};

enum class StopReason : std::uint8_t { Entry, Breakpoint, FunctionBreakpoint, Step, Pause, Exception, Deadlock };
const char* stop_reason_name(StopReason r);  // "entry", "breakpoint", "function breakpoint", ...

struct StopEvent {
  StopReason reason = StopReason::Pause;
  TaskletId tasklet = 0;
  bool all_stopped = true;  // false in tasklet stop mode: the others run on
  std::string description;  // a sentence for the UI ("Paused on breakpoint", the deadlock report)
  std::string text;         // short extra (exception type)
  std::vector<int> hit_breakpoints;
};

struct ExceptionInfo {
  std::string type;
  std::string message;
  std::string traceback;
  bool uncaught = false;
};

// A failed command: `message` is one line for the user.
struct DebugError {
  enum class Code : std::uint8_t {
    NotRunning,       // no program, or it has ended
    NotStopped,       // the tasklet must be stopped or frozen for this
    UnknownTasklet,
    UnknownFrame,
    UnknownReference, // a stale or unknown handle
    BadArgument,
    EvaluationFailed,
    Timeout,          // the VM did not reach a safe point in time
  };
  Code code;
  std::string message;
};

// A value or a DebugError (std::expected is C++23; we build as C++20).
template <class T>
class Expected {
 public:
  Expected(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
  Expected(DebugError error) : error_(std::move(error)) {}  // NOLINT
  bool ok() const { return value_.has_value(); }
  explicit operator bool() const { return ok(); }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T* operator->() { return &*value_; }
  T& operator*() { return *value_; }
  const DebugError& error() const { return *error_; }

 private:
  std::optional<T> value_;
  std::optional<DebugError> error_;
};

struct Done {};  // Expected<Done>: a command without a result

}  // namespace stk::debugger
