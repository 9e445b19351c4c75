// Session::snapshot: one tasklet as a JSON document — its state, the channel
// it waits on, its frames with their locals (reprs, containers expanded to a
// bounded depth). The basis for the later serialization work; its shape is
// documented in docs/debugger.md ("Snapshots").
#include <fstream>

#include <nlohmann/json.hpp>

#include "session_impl.hpp"

namespace stk::debugger {
namespace {

constexpr int kMaxDepth = 3;
constexpr std::size_t kMaxChildren = 100;

nlohmann::json value_json(debug::Control& c, const ValueView& v, int depth) {
  nlohmann::json j = {{"type", v.type}, {"repr", v.repr}};
  if (v.handle && depth < kMaxDepth) {
    nlohmann::json kids = nlohmann::json::array();
    std::size_t total = v.named + v.indexed;
    for (const auto& child : c.children(v.handle, 0, kMaxChildren))
      kids.push_back({{"name", child.name}, {"value", value_json(c, child.value, depth + 1)}});
    j["children"] = kids;
    if (total > kMaxChildren) j["children_truncated"] = total;
  }
  return j;
}

}  // namespace

Expected<std::string> Session::snapshot(TaskletId id, const std::string& path) {
  Impl& s = *impl_;
  auto doc = s.call<std::string>([&s, id]() -> Expected<std::string> {
    debug::Control& c = *s.control;
    TaskletInfo info;
    if (!c.tasklet(id, info)) return DebugError{DebugError::Code::UnknownTasklet, "no tasklet #" + std::to_string(id)};
    nlohmann::json j;
    j["format"] = "stk-tasklet-snapshot";
    j["version"] = 1;
    j["tasklet"] = {{"id", info.id},
                    {"name", info.name},
                    {"state", debug::state_name(info.state)},
                    {"frozen", info.frozen},
                    {"main", info.is_main},
                    {"created_by", info.creator},
                    {"created_at", info.created_file.empty() ? "" : info.created_file + ":" + std::to_string(info.created_line)}};
    if (info.channel) {
      debug::ChannelInfo ch;
      nlohmann::json cj = {{"id", info.channel}, {"direction", info.block_dir > 0 ? "send" : "receive"}};
      if (c.channel(info.channel, ch)) {
        cj["label"] = ch.label;
        cj["balance"] = ch.balance;
        cj["waiting_senders"] = ch.senders;
        cj["waiting_receivers"] = ch.receivers;
      }
      j["channel"] = cj;
    } else {
      j["channel"] = nullptr;
    }
    nlohmann::json frames = nlohmann::json::array();
    auto fs = c.frames(id);
    for (std::size_t i = 0; i < fs.size(); ++i) {
      nlohmann::json locals = nlohmann::json::object();
      for (const auto& nv : c.locals(id, static_cast<int>(i))) locals[nv.name] = value_json(c, nv.value, 1);
      frames.push_back({{"function", fs[i].function}, {"file", fs[i].file}, {"line", fs[i].line}, {"locals", locals}});
    }
    j["frames"] = frames;
    return j.dump(2);
  });
  if (!doc.ok() || path.empty()) return doc;
  std::ofstream out(path, std::ios::binary);
  if (!out) return DebugError{DebugError::Code::BadArgument, "cannot write snapshot to '" + path + "'"};
  out << doc.value() << "\n";
  if (!out) return DebugError{DebugError::Code::BadArgument, "cannot write snapshot to '" + path + "'"};
  return doc;
}

}  // namespace stk::debugger
