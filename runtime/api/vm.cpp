// The embedding API (include/stk/vm.hpp): the glue between the public Vm and the
// runtime's internals — compile, set up __main__ and sys, run, report.
#include <stk/vm.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <stk/debug.hpp>
#include <stk/error.hpp>
#include <stk/trace_sink.hpp>
#include <stk/version.hpp>

#include "bytecode/disassembler.hpp"
#include "compiler/compiler.hpp"
#include "objects/bootstrap.hpp"
#include "objects/containers.hpp"
#include "scheduler/events.hpp"
#include "scheduler/scheduler.hpp"
#include "scheduler/tasklet.hpp"
#include "trace/recorder.hpp"
#include "vm/call.hpp"
#include "vm/debug_state.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime.hpp"
#include "vm/traceback.hpp"

namespace stk {

struct Vm::Tracing {
  std::string path;
  std::unique_ptr<trace::Sink> sink;
  std::unique_ptr<trace::Recorder> recorder;
};

namespace {

// A public ChunkSink seen as the recorder's Sink.
class ForwardingSink : public trace::Sink {
 public:
  explicit ForwardingSink(trace::ChunkSink& to) : to_(to) {}
  void write(const char* data, std::size_t size) override { to_.write(data, size); }

 private:
  trace::ChunkSink& to_;
};

}  // namespace

Vm::Vm() : rt_(std::make_unique<Runtime>()) {}

Vm::~Vm() {
  if (tracing_ && tracing_->recorder) tracing_->recorder->finish(1);
  events::set_recorder(*rt_, nullptr);
  debug_.reset();
}

debug::Control& Vm::debug() {
  if (!debug_) debug_ = std::make_unique<debug::Control>(*rt_);
  return *debug_;
}

void Vm::finish_recording(int status) {
  Runtime& rt = *rt_;
  if (!rt.recorder) return;
  rt.recorder->emit(trace::EventKind::TaskletExit, 0,
                    static_cast<std::uint8_t>(status == 0 ? trace::ExitHow::Normal : trace::ExitHow::Exception));
  rt.recorder->finish(status);
  events::set_recorder(rt, nullptr);
  tracing_->recorder.reset();
  tracing_->sink.reset();
}

void Vm::record_trace(const std::string& path) {
  if (!trace::kEventsCompiled)
    throw Error("cannot record a trace: this stk was built without trace events (STK_TRACE_EVENTS=OFF)", 2);
  tracing_ = std::make_unique<Tracing>();
  tracing_->path = path;
  try {
    tracing_->sink = std::make_unique<trace::FileSink>(path);
  } catch (const std::exception& e) {
    tracing_.reset();
    throw Error(e.what(), 2);
  }
}

void Vm::record_trace(trace::ChunkSink& sink) {
  if (!trace::kEventsCompiled)
    throw Error("cannot record a trace: this stk was built without trace events (STK_TRACE_EVENTS=OFF)", 2);
  tracing_ = std::make_unique<Tracing>();
  tracing_->path = "<stream>";
  tracing_->sink = std::make_unique<ForwardingSink>(sink);
}

void Vm::flush_trace() {
  if (tracing_ && tracing_->recorder) tracing_->recorder->flush();
}

void Vm::set_preemption(long long ticks) {
  Scheduler& s = rt_->sched;
  s.global_slice = ticks > 0 ? ticks : 0;
  s.preempting = s.global_slice > 0 || s.timeout > 0;
  s.ticks = s.global_slice;
}

void Vm::set_warn_blocked(bool on) { rt_->sched.warn_blocked = on; }

int Vm::run_file(const std::string& path, const std::vector<std::string>& argv) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Error("can't open file '" + path + "': [Errno 21] Is a directory (a program file is expected)", 2);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw Error("can't open file '" + path + "': [Errno 2] No such file or directory", 2);
  }
  std::stringstream buf;
  buf << in.rdbuf();
  std::size_t slash = path.find_last_of('/');
  rt_->program_dir = slash == std::string::npos ? "." : path.substr(0, slash);
  if (rt_->program_dir.empty()) rt_->program_dir = "/";
  return run_source(buf.str(), path, argv);
}

int Vm::run_source(std::string_view source, const std::string& filename,
                   const std::vector<std::string>& argv) {
  Runtime& rt = *rt_;
  std::vector<const char*> cargv;
  for (const auto& a : argv) cargv.push_back(a.c_str());
  install_sys_module(rt, static_cast<int>(cargv.size()), cargv.data());
  rt.sources[filename] = std::string(source);

  if (tracing_ && tracing_->sink && !tracing_->recorder) {
    std::vector<std::pair<std::string, std::string>> meta = {
        {"program", filename}, {"stk_version", kVersion}, {"clock", "monotonic ns"}};
    std::string args;
    for (const std::string& a : argv) args += (args.empty() ? "" : " ") + a;
    meta.emplace_back("argv", args);
    tracing_->recorder = std::make_unique<trace::Recorder>(*tracing_->sink, meta);
    events::set_recorder(rt, tracing_->recorder.get());
    rt.recorder->emit(trace::EventKind::TaskletCreated, 0, 0, 0, rt.recorder->intern("main"),
                      rt.recorder->intern(filename + ":1"));
  }
  Code* code;
  try {
    code = compile_module(rt, source, filename);
  } catch (const CompileError& e) {
    rt.flush_stdout();
    std::string where = "(" + filename + ", line " + std::to_string(e.location().line) + ", column " +
                        std::to_string(e.location().column) + ")";
    rt.write_stderr(e.kind() + ": " + e.message() + " " + where + "\n");
    finish_recording(1);
    return 1;
  }

  if (rt.dbg && rt.dbg->code_loaded) rt.dbg->code_loaded(rt, code);
  Module* main = rt.new_module("__main__");
  dict_set_str(rt, rt.modules, rt.names.__main__, Value::object(main));
  dict_set_str(rt, main->dict, rt.names.__file__, Value::object(rt.new_str(filename)));
  dict_set_str(rt, main->dict, rt.names.__builtins__, Value::object(rt.builtins));

  ExecStack& es = rt.main->exec;
  int status = 0;
  if (!push_module_frame(rt, es, code, main->dict)) {
    status = exit_status_for(rt, rt.pending_exc);
  } else {
    Value result = execute(rt, es);
    if (!result) {
      Value exc = rt.pending_exc;
      rt.pending_exc = Value();
      status = exit_status_for(rt, exc);
    }
  }
  rt.flush_stdout();
  // Tasklets still runnable or blocked are dropped, as Stackless does.
  if (rt.sched.warn_blocked) report_blocked_tasklets(rt);
  finish_recording(status);
  if (std::getenv("STK_GC_STATS"))  // a diagnostic for GC pacing work
    rt.write_stderr("stk: gc: " + std::to_string(rt.heap.collections()) + " collections, " +
                    std::to_string(rt.heap.live_objects()) + " live objects\n");
  reset_scheduler(rt);
  return status;
}

void Vm::preload(const std::string& path) {
  Runtime& rt = *rt_;
  std::ifstream in(path, std::ios::binary);
  if (!in) return;
  std::stringstream buf;
  buf << in.rdbuf();
  try {
    Code* code = compile_module(rt, buf.str(), path);
    rt.sources[path] = buf.str();
    if (rt.dbg && rt.dbg->code_loaded) rt.dbg->code_loaded(rt, code);
  } catch (const CompileError&) {
  }
}

std::string Vm::disassemble(std::string_view source, const std::string& filename) {
  Code* code = compile_module(*rt_, source, filename);
  return stk::disassemble(*rt_, code);
}

}  // namespace stk
