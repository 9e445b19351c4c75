// What a Session tells the outside world. Called on the VM thread: a
// listener must not block for long and must not call back into the Session
// synchronously (post to its own thread instead; dap/ writes the event).
#pragma once

#include <string_view>

#include <stk/debugger/types.hpp>

namespace stk::debugger {

class Listener {
 public:
  virtual ~Listener() = default;
  virtual void on_stopped(const StopEvent& e) = 0;
  // A tasklet (or, with `all`, the whole program) runs again without a
  // request that obviously resumes it (e.g. thawed by another tasklet's
  // continue in all-stop mode is not reported; a resume from stk/resumeTasklet is).
  virtual void on_continued(TaskletId tasklet, bool all) = 0;
  // Program output: category "stdout" or "stderr"; debugger notes: "console".
  virtual void on_output(std::string_view category, std::string_view text) = 0;
  // A breakpoint's verification or line changed (a module got compiled).
  virtual void on_breakpoint_changed(const Breakpoint& bp) = 0;
  // The program ended (exit code as `stk` would return it).
  virtual void on_exited(int exit_code) = 0;
  // LaunchOptions::trace_events: the next bytes of the trace file (the first
  // batch starts with its header; all batches concatenated are a valid trace
  // file). Called from the recorder's writer thread.
  virtual void on_trace_batch(std::string_view bytes) { (void)bytes; }
};

}  // namespace stk::debugger
