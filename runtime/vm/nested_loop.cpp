// The only C++ -> Python re-entry: Runtime::call, used by builtins that call back
// (sorted(key=...), map, ...) and by imports. The call runs on a fresh ExecStack
// pushed on the current tasklet's `nested` list, so the stack holding the calling
// native's arguments never moves; a tasklet switch attempted inside is refused
// (the scheduler checks `nested`).
#include <memory>

#include "scheduler/tasklet.hpp"
#include "vm/call.hpp"
#include "vm/interpreter.hpp"

namespace stk {
namespace {

struct NestedScope {
  Runtime& rt;
  Tasklet* tasklet;
  ExecStack* es;
  explicit NestedScope(Runtime& r) : rt(r), tasklet(r.current) {
    tasklet->nested.push_back(std::make_unique<ExecStack>());
    es = tasklet->nested.back().get();
    ++rt.native_depth;
  }
  ~NestedScope() {
    tasklet->nested.pop_back();
    --rt.native_depth;
  }
};

}  // namespace

Value Runtime::call(Value callable, const Value* args, std::size_t n, Tuple* kwnames) {
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

Value run_module_nested(Runtime& rt, Code* code, Dict* globals) {
  NestedScope scope(rt);
  if (!push_module_frame(rt, *scope.es, code, globals)) return Value();
  return execute(rt, *scope.es);
}

}  // namespace stk
