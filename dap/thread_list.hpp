// Tasklets as DAP threads: the id mapping (thread id = tasklet id + 1, so the
// main tasklet, id 0, is thread 1: VS Code mishandles thread 0), names that
// carry state ("#12 worker [blocked: recv on channel 3]"), and the capped,
// ordered selection the `threads` reply shows (DAP cannot page threads).
// Pure functions over Session data, unit-tested alone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <stk/debugger/types.hpp>

namespace stk::dap {

using debugger::TaskletId;
using debugger::TaskletInfo;

constexpr std::size_t kDefaultMaxThreads = 1000;

std::int64_t thread_id(TaskletId t);
// Throws DapError(kInvalidArguments) for ids < 1.
TaskletId tasklet_of(std::int64_t thread_id);

// `stop_reason`: non-empty when the tasklet is reported stopped ("breakpoint", ...).
std::string state_text(const TaskletInfo& t, const std::string& stop_reason);
std::string thread_name(const TaskletInfo& t, const std::string& stop_reason);
// A short machine-readable state for stk/tasklets: "stopped", "frozen",
// "running", "runnable", "blocked", "unstarted", "paused", "dead".
const char* state_key(const TaskletInfo& t, bool stopped);

// Display order class: 0 stopped or frozen, 1 running/runnable, 2 blocked, 3 the rest.
int order_class(const TaskletInfo& t, bool stopped);

// Picks at most `cap` tasklets (more only to include every stopped tasklet
// and `focused`), ordered stopped -> runnable -> blocked -> others, by id
// within each class. Returns indexes into `all`.
std::vector<std::size_t> select_threads(const std::vector<TaskletInfo>& all,
                                        const std::function<bool(TaskletId)>& is_stopped,
                                        TaskletId focused, bool has_focus, std::size_t cap);

}  // namespace stk::dap
