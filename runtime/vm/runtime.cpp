// Runtime construction and teardown, program output, and the collector's root set.
#include "vm/runtime.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "bytecode/code_object.hpp"
#include "objects/bootstrap.hpp"
#include "objects/class.hpp"
#include "objects/containers.hpp"
#include "objects/str.hpp"
#include "scheduler/tasklet.hpp"
#include "trace/observers.hpp"
#include "vm/debug_state.hpp"
#include "vm/generators.hpp"

namespace stk {

Runtime::Runtime() {
  const char* stress = std::getenv("STK_GC_STRESS");
  heap.set_stress(stress && std::strcmp(stress, "0") != 0 && *stress);
  bootstrap_types(*this);
  install_number_methods(*this);
  install_str_methods(*this);
  install_exception_methods(*this);
  install_container_methods(*this);
  install_builtins_module(*this);
  install_class_support(*this);
  install_generator_methods(*this);
  Value next = dict_get_str(builtins->dict, intern("next"));
  if (next && next.is_obj() && next.obj()->kind == ObjKind::NativeFn) builtin_next = next.as<NativeFn>();
  main = new_tasklet(*this);
  main->life = Tasklet::Life::Started;
  current = main;
  main->in_ring = true;
  main->next = main->prev = main;
  sched.ring = main;
  sched.runcount = 1;
}

Runtime::~Runtime() {
  flush_stdout();
  heap.free_all();
}

void Runtime::write_stdout(std::string_view s) {
  stdout_buffer.append(s);
  if (stdout_buffer.size() >= (1u << 16)) flush_stdout();
}

void Runtime::flush_stdout() {
  if (stdout_buffer.empty()) return;
  if (output_handler) {
    std::string text = std::move(stdout_buffer);
    stdout_buffer.clear();
    output_handler(false, text);
    return;
  }
  if (capture_stdout) {
    capture_stdout->append(stdout_buffer);
    stdout_buffer.clear();
    return;
  }
  std::fwrite(stdout_buffer.data(), 1, stdout_buffer.size(), stdout);
  std::fflush(stdout);
  stdout_buffer.clear();
}

void Runtime::write_stderr(std::string_view s) {
  if (output_handler) {
    flush_stdout();
    output_handler(true, s);
    return;
  }
  if (capture_stderr) {
    capture_stderr->append(s);
    return;
  }
  std::fwrite(s.data(), 1, s.size(), stderr);
  std::fflush(stderr);
}

void Runtime::collect_garbage() {
  if (trace::listening(observers, trace::kRecorder))
    recorder->emit(trace::EventKind::GcStart, static_cast<std::uint32_t>(current->id), 0,
                   static_cast<std::uint32_t>(heap.live_objects()));
  // Roots: builtin world, modules, tasklets, the exception in flight, C++ handles.
  heap.mark(none);
  heap.mark(true_);
  heap.mark(false_);
  heap.mark(not_implemented);
  heap.mark(ellipsis);
#define STK_X(field, name) heap.mark(types.field);
  STK_BUILTIN_TYPES(STK_X)
#undef STK_X
  for (Type* t : types.iterators) heap.mark(t);
#define STK_X(field, name, base) heap.mark(exc.field);
  STK_EXCEPTION_TYPES(STK_X)
#undef STK_X
  heap.mark(builtins);
  heap.mark(sys);
  heap.mark(modules);
  heap.mark(main);
  heap.mark(current);
  heap.mark(sched.ring);  // the rest of the ring through the tasklets' links
  for (Tasklet* w : sched.watchdogs) heap.mark(w);
  for (Channel* c : sched.watched_channels) heap.mark(c);
  heap.mark(sched.schedule_callback);
  heap.mark(sched.channel_callback);
  heap.mark(sched.error_handler);
  heap.mark(pending_exc);
  for (Value* v : temp_roots) heap.mark(*v);
  for (auto& [key, str] : interned) heap.mark(str);
  for (Code* c : all_code) heap.mark(c);
  for (Obj* o : extra_roots) heap.mark(o);
  if (dbg) {
    for (Tasklet* t : dbg->tasklets) heap.mark(t);
    for (Obj* o : dbg->handles) heap.mark(o);
    for (auto& [key, code] : dbg->eval_cache) heap.mark(code);
  }
  heap.drain();
  heap.sweep();
  if (trace::listening(observers, trace::kRecorder))
    recorder->emit(trace::EventKind::GcEnd, static_cast<std::uint32_t>(current->id), 0,
                   static_cast<std::uint32_t>(heap.live_objects()));
}

}  // namespace stk
