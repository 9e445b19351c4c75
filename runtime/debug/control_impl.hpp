// What debug::Control's parts (control.cpp, breakpoints.cpp, inspect.cpp,
// evaluate.cpp) share: the runtime, the DebugState the VM consults while
// attached, and lookups by id.
#pragma once

#include <stk/debug.hpp>

#include "scheduler/tasklet.hpp"
#include "vm/debug_state.hpp"
#include "vm/runtime.hpp"

namespace stk::debug {

// DebugState::code_loaded: patches the breakpoints requested for a newly
// compiled module and tells the hooks (breakpoints.cpp).
void code_loaded_hook(Runtime& rt, Code* module_code);

struct Control::Impl {
  explicit Impl(Runtime& r) : rt(r) {}
  Runtime& rt;
  DebugState state;
  bool attached = false;

  // The tasklet with `id`, if alive or at least known (null otherwise).
  Tasklet* find(TaskletId id) const;
  void describe(Tasklet* t, TaskletInfo& out) const;
  // Drops dead tasklets from the registry.
  void prune();
  // A frame of a tasklet, innermost first, with the stack its slots live on.
  struct FrameRef {
    ExecStack* es = nullptr;
    Frame* frame = nullptr;
    bool top = false;
  };
  bool frame_ref(TaskletId id, int index, FrameRef& out) const;
  Code* prepare(TaskletId id, int frame, const std::string& expr, bool expression_only, FrameRef& ref,
                std::string& error);
  std::vector<FrameRef> frame_refs(Tasklet* t) const;
  // The source line a frame is at (the top frame of a tasklet stopped at an
  // instruction boundary is *at* its saved ip; every other frame is inside
  // the call before it).
  int frame_line(Tasklet* t, const FrameRef& f) const;
  // A ValueView of `v`, registering a handle if it has children.
  ValueView view(Value v);
  std::string safe_repr(Value v, std::size_t max_len = 200);
  std::uint32_t handle_for(Obj* o);
};

}  // namespace stk::debug
