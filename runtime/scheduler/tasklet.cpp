// Tasklet storage: creation and value-stack growth. Growth reallocates the block
// (frames hold indices, so nothing dangles) and zero-fills the new slots so the
// collector never sees stale words.
#include "scheduler/tasklet.hpp"

#include <cstdlib>
#include <cstring>
#include <new>

#include "support/assert.hpp"
#include "vm/debug_state.hpp"
#include "vm/runtime.hpp"

namespace stk {

ExecStack::~ExecStack() { std::free(stack); }

Tasklet* new_tasklet(Runtime& rt) {
  Tasklet* t = rt.heap.alloc<Tasklet>(rt.types.tasklet, ObjKind::Tasklet);
  t->id = rt.next_tasklet_id++;
  if (Tasklet* creator = rt.current) {
    t->creator_id = creator->id;
    if (!creator->exec.frames.empty()) {
      const Frame& f = creator->exec.frames.back();
      t->created_code = f.code;
      t->created_pc = f.ip > 0 ? f.ip - 1 : 0;
    }
  }
  if (STK_UNLIKELY(rt.dbg != nullptr)) rt.dbg->tasklets.push_back(t);
  return t;
}

void exec_grow(Runtime& rt, ExecStack& es, std::uint32_t slots) {
  if (slots <= es.capacity) return;
  std::uint32_t cap = es.capacity ? es.capacity : 16;
  while (cap < slots) cap = cap < (1u << 30) ? cap * 2 : slots;
  auto* block = static_cast<Value*>(std::realloc(es.stack, sizeof(Value) * cap));
  if (!block) throw std::bad_alloc();
  std::memset(static_cast<void*>(block + es.capacity), 0, sizeof(Value) * (cap - es.capacity));
  rt.heap.account(static_cast<std::ptrdiff_t>(sizeof(Value) * (cap - es.capacity)));
  es.stack = block;
  es.capacity = cap;
}

void trace_exec_stack(Heap& h, const ExecStack& es) {
  std::uint32_t top = es.top();
  for (std::uint32_t i = 0; i < top; ++i) h.mark(es.stack[i]);
  for (const Frame& f : es.frames) {
    h.mark(f.code);
    h.mark(f.func);
    h.mark(f.globals);
    h.mark(f.locals);
    h.mark(f.gen);
  }
}

}  // namespace stk
