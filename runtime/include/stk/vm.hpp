// The embedding API: create a VM, run a program file or source text. Everything
// outside runtime/ uses only headers under <stk/...>; the VM's internals stay
// private behind `Vm`.
#pragma once

#include <memory>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace stk {

struct Runtime;
namespace debug {
class Control;
}
namespace trace {
class ChunkSink;
}

class Vm {
 public:
  Vm();
  ~Vm();
  Vm(const Vm&) = delete;
  Vm& operator=(const Vm&) = delete;

  // Runs `path` as the `__main__` module. `argv` becomes sys.argv (argv[0] is the
  // program path as given). Returns the process exit status CPython would give:
  // 0, 1 for an uncaught exception or a compile error, n for sys.exit(n).
  // Errors (tracebacks, compile errors) are printed to stderr.
  int run_file(const std::string& path, const std::vector<std::string>& argv);
  int run_source(std::string_view source, const std::string& filename,
                 const std::vector<std::string>& argv);

  // Preempts every tasklet (main included) after `ticks` VM ticks of running,
  // round-robin, as if it had called schedule() (`stk run --preempt`); 0 = off.
  // Atomic tasklets and code inside native callbacks are not interrupted.
  void set_preemption(long long ticks);
  // At the end of a program, lists on stderr the tasklets still blocked on a
  // channel (`stk run --warn-blocked`); Stackless drops them silently.
  void set_warn_blocked(bool on);
  // Records every scheduler, channel, GC and mark event of the next run to a
  // trace file (docs/trace-format.md). Throws stk::Error if the file cannot
  // be written.
  void record_trace(const std::string& path);
  // The same, to `sink` (kept by the caller until the Vm is destroyed).
  void record_trace(trace::ChunkSink& sink);
  // Hands the events recorded so far to the sink now, not when a chunk fills
  // (a live viewer). No-op when not recording.
  void flush_trace();

  // Compiles `path` without running it, so a debugger can place breakpoints
  // before the run starts (a compile error is left for run_file to report).
  void preload(const std::string& path);

  // The bytecode listing of a program (`stk --dis`). Throws CompileError.
  std::string disassemble(std::string_view source, const std::string& filename);

  // The debugging primitives (<stk/debug.hpp>), created on first use. A
  // debug::Terminate thrown by a hook comes out of run_file/run_source; the
  // Vm must not run again after that.
  debug::Control& debug();

  // For tools inside this repository (tests, the debugger): the VM's state.
  Runtime& runtime() { return *rt_; }

 private:
  std::unique_ptr<Runtime> rt_;
  struct Tracing;
  void finish_recording(int exit_status);
  std::unique_ptr<Tracing> tracing_;  // the trace file and recorder while recording
  std::unique_ptr<debug::Control> debug_;
};

}  // namespace stk
