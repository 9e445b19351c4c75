// Epoch-scoped handle table; see handles.hpp.
#include "handles.hpp"

namespace stk::dap {

std::uint64_t Handles::epoch_locked(TaskletKey t) const {
  auto it = epochs_.find(t);
  std::uint64_t own = it == epochs_.end() ? 0 : it->second;
  // The global epoch in the high half: a resume-all makes every tasklet's epoch new.
  return (global_epoch_ << 32) + own;
}

std::int32_t Handles::make(const Handle& h) {
  std::lock_guard lock(mu_);
  if (next_ == kMax) {
    // Exhausted: start over; every outstanding number becomes unknown.
    entries_.clear();
    by_tasklet_.clear();
    next_ = 1;
  }
  std::int32_t id = next_++;
  entries_.emplace(id, Entry{h, epoch_locked(h.tasklet)});
  by_tasklet_[h.tasklet].push_back(id);
  return id;
}

Handles::Lookup Handles::get(std::int32_t id, Handle& out) const {
  std::lock_guard lock(mu_);
  auto it = entries_.find(id);
  if (it == entries_.end()) return id > 0 && id < next_ ? Lookup::Stale : Lookup::Unknown;
  if (it->second.epoch != epoch_locked(it->second.handle.tasklet)) return Lookup::Stale;
  out = it->second.handle;
  return Lookup::Ok;
}

void Handles::resumed(TaskletKey tasklet) {
  std::lock_guard lock(mu_);
  ++epochs_[tasklet];
  auto it = by_tasklet_.find(tasklet);
  if (it == by_tasklet_.end()) return;
  for (std::int32_t id : it->second) entries_.erase(id);
  by_tasklet_.erase(it);
}

void Handles::resumed_all() {
  std::lock_guard lock(mu_);
  ++global_epoch_;
  epochs_.clear();
  entries_.clear();
  by_tasklet_.clear();
}

std::uint64_t Handles::epoch(TaskletKey tasklet) const {
  std::lock_guard lock(mu_);
  return epoch_locked(tasklet);
}

std::size_t Handles::live() const {
  std::lock_guard lock(mu_);
  return entries_.size();
}

}  // namespace stk::dap
