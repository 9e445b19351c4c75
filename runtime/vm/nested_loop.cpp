// The only C++ -> Python re-entry: Runtime::call, used by builtins that call back
// (sorted(key=...), map, ...) and by imports. The call runs on a fresh ExecStack
// pushed on the current tasklet's `nested` list, so the stack holding the calling
// native's arguments never moves; a tasklet switch attempted inside is refused
// (the scheduler checks `nested`).
#include <pthread.h>

#include <memory>

#include "scheduler/tasklet.hpp"
#include "vm/call.hpp"
#include "vm/generators.hpp"
#include "vm/interpreter.hpp"

namespace stk {
namespace {

// Nested ExecStacks are recycled (their blocks keep their capacity): builtins
// like sum() over a generator resume it once per item.
struct NestedScope {
  Runtime& rt;
  Tasklet* tasklet;
  ExecStack* es;
  explicit NestedScope(Runtime& r) : rt(r), tasklet(r.current) {
    if (rt.spare_stacks.empty()) {
      tasklet->nested.push_back(std::make_unique<ExecStack>());
    } else {
      tasklet->nested.push_back(std::move(rt.spare_stacks.back()));
      rt.spare_stacks.pop_back();
    }
    es = tasklet->nested.back().get();
    ++rt.native_depth;
  }
  ~NestedScope() {
    std::unique_ptr<ExecStack> done = std::move(tasklet->nested.back());
    tasklet->nested.pop_back();
    done->frames.clear();
    done->base_top = 0;
    if (rt.spare_stacks.size() < 8) rt.spare_stacks.push_back(std::move(done));
    --rt.native_depth;
  }
};

}  // namespace

namespace {

// The lowest usable address of the calling thread's stack, with room to spare
// for the deepest C++ work a native may do between two nested calls.
const char* compute_stack_limit() {
  pthread_attr_t attr;
  void* addr = nullptr;
  std::size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
  }
  if (!addr) return nullptr;
  constexpr std::size_t kMargin = 512 * 1024;
  return static_cast<const char*>(addr) + (size > 4 * kMargin ? kMargin : size / 4);
}

bool c_stack_exhausted(Runtime& rt) {
  if (!rt.stack_limit) rt.stack_limit = compute_stack_limit();
  char here;
  return rt.stack_limit && &here < rt.stack_limit;
}

}  // namespace

Value Runtime::call(Value callable, const Value* args, std::size_t n, Tuple* kwnames) {
  if (c_stack_exhausted(*this)) {
    return raise(exc.RecursionError, "maximum recursion depth exceeded while calling a Python object");
  }
  NestedScope scope(*this);
  ExecStack& es = *scope.es;
  auto count = static_cast<std::uint32_t>(n);
  exec_reserve(*this, es, count + 2);
  es.stack[0] = callable;
  for (std::uint32_t i = 0; i < count; ++i) es.stack[1 + i] = args[i];
  es.base_top = count + 1;
  CallResult r = start_call(*this, es, 0, callable, 1, count, kwnames);
  if (r == CallResult::Error) return Value();
  if (r == CallResult::Done) return es.stack[0];
  es.frames.back().flags |= Frame::kEntry;
  return execute(*this, es);
}

Value resume_generator_nested(Runtime& rt, Generator* g, Value value, Value throw_exc, Value* returned) {
  if (g->state == Generator::Closed) {
    if (throw_exc) return rt.raise_value(throw_exc);
    *returned = rt.None();
    return Value::stop();
  }
  if (c_stack_exhausted(rt)) return rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
  Root keep(rt, Value::object(g));
  NestedScope scope(rt);
  ExecStack& es = *scope.es;
  exec_reserve(rt, es, 2);
  es.base_top = 1;
  if (!push_generator_frame(rt, es, g, 0, value, Frame::kEntry, !throw_exc && value)) return Value();
  if (throw_exc) rt.pending_exc = throw_exc;
  Value r = execute(rt, es);
  if (!r) return r;
  if (g->state == Generator::Suspended) return r;
  *returned = r;
  return Value::stop();
}

Value run_module_nested(Runtime& rt, Code* code, Dict* globals) {
  if (c_stack_exhausted(rt)) return rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
  NestedScope scope(rt);
  if (!push_module_frame(rt, *scope.es, code, globals)) return Value();
  return execute(rt, *scope.es);
}

Value run_code_nested(Runtime& rt, Code* code, Dict* globals, Dict* locals) {
  if (c_stack_exhausted(rt)) return rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
  NestedScope scope(rt);
  if (!push_module_frame(rt, *scope.es, code, globals)) return Value();
  scope.es->frames.back().locals = locals;
  return execute(rt, *scope.es);
}

}  // namespace stk
