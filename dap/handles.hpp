// frameId / variablesReference handles. DAP gives us one int32 per frame or
// expandable value; stk stops one tasklet while others run, so a handle is
// scoped to (tasklet, stop epoch): it stays valid until *that* tasklet
// resumes (or everything resumes), and a stale one is reported as stale,
// never resolved to a frame that has moved on. Numbers are never reused in a
// session (until 2^31 of them: then everything outstanding becomes stale).
// Thread-safe: resumptions are reported from the VM thread. See docs/dap.md.
#pragma once

#include <cstdint>
#include <mutex>
#include <unordered_map>
#include <vector>

namespace stk::dap {

using TaskletKey = std::uint64_t;  // debugger::TaskletId

enum class HandleKind : std::uint8_t {
  Frame,       // a real frame: `frame` is its index, innermost 0
  LabelFrame,  // the synthetic "created by ..." frame
  Locals,      // scopes of a frame
  Globals,
  TaskletScope,  // the tasklet's own fields
  Value,         // an expandable value: `value` is the Session's handle
};

struct Handle {
  HandleKind kind = HandleKind::Frame;
  TaskletKey tasklet = 0;
  int frame = 0;
  std::uint32_t value = 0;
  std::uint64_t named = 0, indexed = 0;  // child counts of a Value
};

class Handles {
 public:
  enum class Lookup {
    Ok,
    Stale,
    Unknown
  };

  // Hands out a new number (> 0) for `h`, valid in the current stop epoch of `h.tasklet`.
  std::int32_t make(const Handle& h);
  Lookup get(std::int32_t id, Handle& out) const;
  // The tasklet ran again: its handles become stale.
  void resumed(TaskletKey tasklet);
  // Everything ran again (continue all, a step with the others running).
  void resumed_all();

  std::uint64_t epoch(TaskletKey tasklet) const;  // for tests and diagnostics
  std::size_t live() const;

  static constexpr std::int32_t kMax = 0x7fffffff;

 private:
  struct Entry {
    Handle handle;
    std::uint64_t epoch;
  };
  mutable std::mutex mu_;
  std::int32_t next_ = 1;
  std::uint64_t global_epoch_ = 0;
  std::unordered_map<std::int32_t, Entry> entries_;
  std::unordered_map<TaskletKey, std::vector<std::int32_t>> by_tasklet_;
  std::unordered_map<TaskletKey, std::uint64_t>
      epochs_;  // per-tasklet resumptions since the last resumed_all
  std::uint64_t epoch_locked(TaskletKey t) const;
  friend struct HandlesTestAccess;  // tests/unit/dap: exhaust the numbering
};

}  // namespace stk::dap
