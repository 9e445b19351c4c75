// Thread ids, names and the capped selection; see thread_list.hpp.
#include "thread_list.hpp"

#include <algorithm>

#include "error_codes.hpp"
#include "messages.hpp"

namespace stk::dap {

std::int64_t thread_id(TaskletId t) {
  return static_cast<std::int64_t>(t) + 1;
}

TaskletId tasklet_of(std::int64_t id) {
  if (id < 1)
    throw DapError(
        error_id::kUnknownThread,
        "thread id " + std::to_string(id) + " names no tasklet (thread ids are tasklet ids + 1)");
  return static_cast<TaskletId>(id - 1);
}

namespace {

std::string blocked_text(const TaskletInfo& t) {
  std::string s = t.block_dir > 0 ? "send" : "recv";
  if (t.channel != 0) s += " on channel " + std::to_string(t.channel);
  return "blocked: " + s;
}

std::string plain_state(const TaskletInfo& t) {
  using S = debugger::TaskletState;
  switch (t.state) {
    case S::Running: return "running";
    case S::Runnable: return "runnable";
    case S::Blocked: return blocked_text(t);
    case S::Unstarted: return "not started";
    case S::Paused: return "paused";
    case S::Dead: return "dead";
  }
  return "unknown";
}

}  // namespace

std::string state_text(const TaskletInfo& t, const std::string& stop_reason) {
  if (!stop_reason.empty()) {
    std::string s = "stopped: " + stop_reason;
    if (t.state == debugger::TaskletState::Blocked) s += "; " + blocked_text(t);
    return s;
  }
  if (t.frozen) return "frozen; " + plain_state(t);
  return plain_state(t);
}

std::string thread_name(const TaskletInfo& t, const std::string& stop_reason) {
  std::string name = t.name;
  if (name.empty()) name = t.is_main ? "main" : (t.function.empty() ? "tasklet" : t.function);
  return "#" + std::to_string(t.id) + " " + name + " [" + state_text(t, stop_reason) + "]";
}

const char* state_key(const TaskletInfo& t, bool stopped) {
  using S = debugger::TaskletState;
  if (stopped) return "stopped";
  if (t.frozen) return "frozen";
  switch (t.state) {
    case S::Running: return "running";
    case S::Runnable: return "runnable";
    case S::Blocked: return "blocked";
    case S::Unstarted: return "unstarted";
    case S::Paused: return "paused";
    case S::Dead: return "dead";
  }
  return "unknown";
}

int order_class(const TaskletInfo& t, bool stopped) {
  using S = debugger::TaskletState;
  if (stopped || t.frozen) return 0;
  if (t.state == S::Running || t.state == S::Runnable) return 1;
  if (t.state == S::Blocked) return 2;
  return 3;
}

std::vector<std::size_t> select_threads(const std::vector<TaskletInfo>& all,
                                        const std::function<bool(TaskletId)>& is_stopped,
                                        TaskletId focused, bool has_focus, std::size_t cap) {
  // One key per tasklet, sorted once: (class, id). O(n log n) with small
  // constants keeps 100,000 tasklets well under the 100 ms budget.
  struct Key {
    std::uint64_t id;
    std::uint32_t index;
    std::uint8_t cls;
    bool required;
  };
  std::vector<Key> keys;
  keys.reserve(all.size());
  std::size_t required = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    const TaskletInfo& t = all[i];
    bool stopped = is_stopped(t.id);
    auto cls = static_cast<std::uint8_t>(order_class(t, stopped));
    bool req = cls == 0 || (has_focus && t.id == focused);
    required += req ? 1 : 0;
    keys.push_back({t.id, static_cast<std::uint32_t>(i), cls, req});
  }
  std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    return a.cls != b.cls ? a.cls < b.cls : a.id < b.id;
  });
  std::vector<std::size_t> out;
  std::size_t room = cap > required ? cap - required : 0;
  for (const Key& k : keys) {
    if (k.required) {
      out.push_back(k.index);
    } else if (room > 0) {
      out.push_back(k.index);
      --room;
    }
  }
  return out;
}

}  // namespace stk::dap
