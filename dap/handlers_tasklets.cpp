// threads and the stk/ tasklet requests: stk/tasklets (every tasklet, paged
// and filtered: DAP cannot page threads, so `threads` is capped),
// stk/channels and stk/snapshotTasklet.
#include <algorithm>

#include "error_codes.hpp"
#include "server.hpp"
#include "thread_list.hpp"

namespace stk::dap {

json Server::on_threads(const json&) {
  json threads = json::array();
  bool ended;
  {
    std::lock_guard lock(state_mu_);
    ended = state_.ended;
  }
  if (!session_ || !launched_ || ended) return {{"threads", std::move(threads)}};
  auto r = session_->tasklets();
  if (!r.ok()) {
    if (r.error().code == debugger::DebugError::Code::NotRunning)
      return {{"threads", std::move(threads)}};
    throw_debug_error(r.error());
  }
  const auto& all = r.value();
  // One copy of the stop bookkeeping, so the selection does not lock per tasklet.
  std::unordered_map<debugger::TaskletId, std::string> stopped;
  std::optional<debugger::TaskletId> focus;
  {
    std::lock_guard lock(state_mu_);
    stopped = state_.stopped;
    focus = state_.focus;
  }
  auto is_stopped = [&](debugger::TaskletId t) { return stopped.count(t) != 0; };
  auto picked = select_threads(all, is_stopped, focus.value_or(0), focus.has_value(), max_threads_);
  for (std::size_t i : picked) {
    const TaskletInfo& t = all[i];
    auto it = stopped.find(t.id);
    threads.push_back(
        {{"id", thread_id(t.id)}, {"name", thread_name(t, it == stopped.end() ? "" : it->second)}});
  }
  if (picked.size() < all.size() && !cap_notice_sent_) {
    cap_notice_sent_ = true;
    output("console",
           "stk-dap: showing " + std::to_string(picked.size()) + " of " +
               std::to_string(all.size()) +
               " tasklets (stopped first, then runnable, then blocked; raise the launch setting "
               "'maxThreads' or use the stk/tasklets request to see them all)\n");
  }
  return {{"threads", std::move(threads)}};
}

json Server::on_stk_tasklets(const json& args) {
  std::int64_t start = optional_int(args, "start", 0);
  std::int64_t count = optional_int(args, "count", 0);
  if (start < 0 || count < 0)
    throw DapError(error_id::kInvalidArguments, "'start' and 'count' must not be negative");
  std::string state = optional_string(args, "state");
  std::string name = optional_string(args, "name");
  std::string file = optional_string(args, "file");
  std::int64_t line = optional_int(args, "line", 0);
  auto all = unwrap(session().tasklets());
  std::unordered_map<debugger::TaskletId, std::string> stopped;
  {
    std::lock_guard lock(state_mu_);
    stopped = state_.stopped;
  }
  std::vector<const TaskletInfo*> match;
  match.reserve(all.size());
  for (const auto& t : all) {
    bool is_stopped = stopped.count(t.id) != 0;
    if (!state.empty() && state != state_key(t, is_stopped)) continue;
    if (!name.empty() && t.name.find(name) == std::string::npos &&
        t.function.find(name) == std::string::npos)
      continue;
    if (!file.empty() && t.file.find(file) == std::string::npos) continue;
    if (line > 0 && t.line != line) continue;
    match.push_back(&t);
  }
  std::sort(match.begin(), match.end(),
            [](const TaskletInfo* a, const TaskletInfo* b) { return a->id < b->id; });
  std::size_t from = std::min(match.size(), static_cast<std::size_t>(start));
  std::size_t n = match.size() - from;
  if (count > 0) n = std::min(n, static_cast<std::size_t>(count));
  json out = json::array();
  for (std::size_t i = from; i < from + n; ++i) {
    const TaskletInfo& t = *match[i];
    auto it = stopped.find(t.id);
    std::string reason = it == stopped.end() ? "" : it->second;
    json j = {{"threadId", thread_id(t.id)},
              {"id", t.id},
              {"name", t.name},
              {"displayName", thread_name(t, reason)},
              {"state", state_key(t, !reason.empty())},
              {"stateText", state_text(t, reason)},
              {"frozen", t.frozen},
              {"isMain", t.is_main},
              {"function", t.function},
              {"file", t.file},
              {"line", t.line},
              {"creator", thread_id(t.creator)},
              {"createdFile", t.created_file},
              {"createdLine", t.created_line}};
    if (t.channel != 0) {
      j["channel"] = t.channel;
      j["blockDirection"] = t.block_dir > 0 ? "send" : "recv";
    }
    if (!reason.empty()) j["stopReason"] = reason;
    out.push_back(std::move(j));
  }
  return {{"tasklets", std::move(out)}, {"total", match.size()}, {"all", all.size()}};
}

json Server::on_stk_channels(const json&) {
  json out = json::array();
  for (const auto& c : unwrap(session().channels())) {
    json senders = json::array(), receivers = json::array();
    for (auto t : c.senders) senders.push_back(thread_id(t));
    for (auto t : c.receivers) receivers.push_back(thread_id(t));
    out.push_back({{"id", c.id},
                   {"label", c.label},
                   {"balance", c.balance},
                   {"closing", c.closing},
                   {"senders", std::move(senders)},
                   {"receivers", std::move(receivers)}});
  }
  return {{"channels", std::move(out)}};
}

json Server::on_stk_snapshot_tasklet(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  std::string path = optional_string(args, "path");
  std::string doc = unwrap(session().snapshot(t, path));
  json snapshot = json::parse(doc, nullptr, /*allow_exceptions=*/false);
  if (snapshot.is_discarded()) snapshot = doc;  // not JSON after all: pass the text on
  json out = {{"snapshot", std::move(snapshot)}};
  out["path"] = path.empty() ? json(nullptr) : json(path);
  return out;
}

}  // namespace stk::dap
