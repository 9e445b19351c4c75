// Tasklet: a microthread. Everything it needs to resume lives on the heap — its
// value stack and frame records (an ExecStack) — so switching tasklets is a
// pointer swap inside the interpreter loop, and no C stack is ever captured.
//
// A C++ builtin that calls back into Python (sorted(key=...)) runs that call on a
// fresh ExecStack pushed on `nested`, so the stack its own arguments live on never
// moves underneath it; tasklet switches are refused while `nested` is non-empty.
// The scheduler fields (ring links, channel waits) arrive with the stackless module.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "gc/heap.hpp"
#include "vm/frame.hpp"

namespace stk {

struct Runtime;

struct ExecStack {
  Value* stack = nullptr;     // value slots; slots >= the top frame's sp are garbage
  std::uint32_t capacity = 0;
  std::vector<Frame> frames;  // frames.back() is the innermost
  ExecStack() = default;
  ExecStack(const ExecStack&) = delete;
  ExecStack& operator=(const ExecStack&) = delete;
  ~ExecStack();
  // Live extent of the value stack (what the collector scans).
  std::uint32_t top() const { return frames.empty() ? base_top : frames.back().sp; }
  std::uint32_t base_top = 0;  // slots in use below the first frame (callable + args of an entry call)
};

struct Tasklet : Obj {
  ExecStack exec;
  std::vector<std::unique_ptr<ExecStack>> nested;
  Value handled_exc;  // exception being handled by an `except` (null = none)
  int depth = 0;      // Python frames alive, across `exec` and `nested` (recursion limit)
  std::uint64_t id = 0;
};

Tasklet* new_tasklet(Runtime& rt);
// Makes room for `slots` slots; may move `es.stack` (callers reload raw pointers).
void exec_grow(Runtime& rt, ExecStack& es, std::uint32_t slots);
inline void exec_reserve(Runtime& rt, ExecStack& es, std::uint32_t slots) {
  if (slots > es.capacity) exec_grow(rt, es, slots);
}
void trace_exec_stack(Heap& heap, const ExecStack& es);

}  // namespace stk
