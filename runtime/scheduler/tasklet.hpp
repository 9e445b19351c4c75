// Tasklet: a microthread. Everything it needs to resume lives on the heap — its
// value stack and frame records (an ExecStack) — so switching tasklets is a
// pointer swap inside the interpreter loop, and no C stack is ever captured.
//
// A C++ builtin that calls back into Python (sorted(key=...)) runs that call on a
// fresh ExecStack pushed on `nested`, so the stack its own arguments live on never
// moves underneath it; tasklet switches are refused while `nested` is non-empty.
//
// The scheduler's state lives here too (plain data, rank 3): the links of the
// runnables ring and channel queues, the channel layout and the per-runtime
// Scheduler. The rules that move tasklets between them are in
// scheduler/scheduler.cpp and channel/channel.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "gc/heap.hpp"
#include "vm/frame.hpp"

namespace stk {

struct Runtime;
struct Channel;

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
  // Where a tasklet is in its life (stackless-semantics.md section 1.1).
  enum class Life : std::uint8_t {
    Unbound,  // no arguments bound (a callable may be): not alive
    Bound,    // callable and arguments bound, never run: alive
    Started,  // has frames (or is the main tasklet): alive
    Dead,     // finished, by return, exception or kill
  };
  // How a switched-out tasklet continues when it is switched in again.
  enum class Resume : std::uint8_t {
    Start,        // Bound: call `func(*args, **kwargs)`
    CallResult,   // suspended inside a native call: `tempval` (or `bomb`) is its result
    Interrupted,  // preempted between two instructions: just continue
  };

  ExecStack exec;
  std::vector<std::unique_ptr<ExecStack>> nested;
  Value handled_exc;  // exception being handled by an `except` (null = none)
  int depth = 0;      // Python frames alive, across `exec` and `nested` (recursion limit)
  std::uint64_t id = 0;

  // ---- scheduler state ----
  Tasklet* next = nullptr;  // ring or channel-queue neighbours; null when unlinked
  Tasklet* prev = nullptr;
  Channel* channel = nullptr;  // the channel it is blocked on, or null
  std::int8_t block_dir = 0;   // 1 blocked sending, -1 receiving, 0 not blocked
  Life life = Life::Unbound;
  Resume resume = Resume::Start;
  bool in_ring = false;
  bool atomic = false;
  bool block_trap = false;
  bool ignore_nesting = false;
  bool sends_exception = false;  // blocked in send_exception/send_throw: tempval is the exception
  Value func;     // bound callable (null = none)
  Value args;     // Tuple of bound positional arguments (null = none)
  Value kwargs;   // Dict of bound keyword arguments (null = none)
  Value tempval;  // value handed over by a switch: channel data, schedule() results
  Value bomb;     // exception to raise in the tasklet when it resumes (null = none)
  Value name;     // Str (the tool-facing name) or null (= the function's name)
  Dict* attrs = nullptr;  // instance attributes of tasklet subclasses

  // ---- debugger state (runtime/debug) ----
  bool frozen = false;           // kept out of scheduling by a debugger
  bool frozen_runnable = false;  // frozen while runnable: rejoins the ring when thawed
  std::uint32_t bp_skip = UINT32_MAX;  // instruction index whose breakpoint was just reported
  std::uint64_t creator_id = 0;        // who created it, and where (tools)
  Code* created_code = nullptr;
  std::uint32_t created_pc = 0;

  bool alive() const { return life == Life::Bound || life == Life::Started; }
  bool blocked() const { return channel != nullptr; }
};

// An unbuffered rendezvous. Blocked tasklets wait in a FIFO linked through
// their next/prev fields; `balance` > 0 counts waiting senders, < 0 receivers.
struct Channel : Obj {
  Tasklet* head;
  Tasklet* tail;
  std::int64_t balance;
  std::int8_t preference;  // -1 prefer receiver (default), 0 none, 1 prefer sender
  bool schedule_all;
  bool closing;
  Dict* attrs;  // instance attributes of channel subclasses
  std::uint32_t id;  // 1, 2, ... in creation order (diagnostics and tools)
  bool watched;      // in Scheduler::watched_channels
  Value label;       // channel.label: a str naming it in tools, or None; null = never set ('')
};

// Per-runtime scheduler state. The runnables ring is circular and doubly
// linked; `ring` is its head, the current tasklet whenever that is runnable.
struct Scheduler {
  Tasklet* ring = nullptr;
  std::int64_t runcount = 0;            // tasklets in the ring
  std::vector<Tasklet*> watchdogs;      // callers of run(), innermost last
  int switch_trap = 0;
  Value schedule_callback;               // null = none
  Value channel_callback;
  Value error_handler;
  // Preemption: `ticks` counts instructions down while `preempting` (the
  // interpreter then dispatches through its counting table).
  bool preempting = false;
  std::int64_t ticks = 0;
  std::int64_t timeout = 0;             // ticks per slice of the run(timeout) in force (0 = none)
  std::size_t timeout_owner = 0;        // watchdogs.size() of the run(timeout) call that set it
  bool totaltimeout = false;
  bool soft = false;
  bool soft_expired = false;
  bool ignore_nesting = false;
  std::int64_t global_slice = 0;        // `stk run --preempt TICKS`: round-robin slices (0 = off)
  // `stk run --warn-blocked`: channels that ever had a waiter (rooted), to
  // list the tasklets still blocked when the program ends.
  bool warn_blocked = false;
  std::vector<Channel*> watched_channels;
  std::uint32_t next_channel_id = 1;
};

Tasklet* new_tasklet(Runtime& rt);
// Makes room for `slots` slots; may move `es.stack` (callers reload raw pointers).
void exec_grow(Runtime& rt, ExecStack& es, std::uint32_t slots);
inline void exec_reserve(Runtime& rt, ExecStack& es, std::uint32_t slots) {
  if (slots > es.capacity) exec_grow(rt, es, slots);
}
void trace_exec_stack(Heap& heap, const ExecStack& es);

}  // namespace stk
