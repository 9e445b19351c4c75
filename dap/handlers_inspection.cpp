// stackTrace, scopes, variables, setVariable, evaluate, exceptionInfo,
// loadedSources, source. Every frameId / variablesReference is a Handles
// entry scoped to its tasklet's current stop (handles.hpp); the Session
// refuses a tasklet that is not stopped, and a stale handle is refused here.
#include <algorithm>
#include <limits>
#include <optional>

#include "error_codes.hpp"
#include "server.hpp"
#include "thread_list.hpp"

namespace stk::dap {

namespace {

// A page of `items` per DAP's start/count (count 0: to the end).
template <class T>
std::vector<T> page(std::vector<T> items, std::int64_t start, std::int64_t count) {
  std::size_t from =
      std::min(items.size(), static_cast<std::size_t>(std::max<std::int64_t>(start, 0)));
  std::size_t n = items.size() - from;
  if (count > 0) n = std::min(n, static_cast<std::size_t>(count));
  return std::vector<T>(
      std::make_move_iterator(items.begin() + static_cast<std::ptrdiff_t>(from)),
      std::make_move_iterator(items.begin() + static_cast<std::ptrdiff_t>(from + n)));
}

debugger::EvalContext eval_context(const std::string& c) {
  if (c == "repl" || c.empty()) return debugger::EvalContext::Repl;
  if (c == "hover") return debugger::EvalContext::Hover;
  return debugger::EvalContext::Watch;  // watch, variables, clipboard: no side effects
}

}  // namespace

json Server::on_stack_trace(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  std::int64_t start = optional_int(args, "startFrame", 0);
  std::int64_t levels = optional_int(args, "levels", 0);
  require_stopped(t);
  auto frames = unwrap(session().frames(t));
  json all = json::array();
  for (std::size_t i = 0; i < frames.size(); ++i) {
    const auto& f = frames[i];
    Handle h{HandleKind::Frame, t, static_cast<int>(i), 0, 0, 0};
    json fr = {{"id", handles_.make(h)},
               {"name", f.function.empty() ? "<module>" : f.function},
               {"line", f.line},
               {"column", std::max(1, f.column)}};
    if (!f.file.empty()) fr["source"] = source_json(f.file);
    all.push_back(std::move(fr));
  }
  // A tasklet's stack ends where it was created: a label frame names the
  // creator and the place (from TaskletInfo's creator fields).
  // (Main, tasklet 0, has no creator.)
  std::optional<TaskletInfo> self_info, creator_info;
  if (t != 0) {
    auto r = session().tasklet(t);
    if (r.ok()) self_info = r.value();
  }
  if (self_info && !self_info->is_main) {
    auto c = session().tasklet(self_info->creator);
    if (c.ok()) creator_info = c.value();
  }
  const TaskletInfo* self = self_info ? &*self_info : nullptr;
  const TaskletInfo* creator = creator_info ? &*creator_info : nullptr;
  if (self && !self->is_main) {
    std::string who =
        creator ? thread_name(*creator, std::string()) : "#" + std::to_string(self->creator);
    // Only the "#id name" part of the creator's name: its state would date.
    if (creator) who = who.substr(0, who.find(" ["));
    std::string where;
    if (!self->created_file.empty()) {
      std::string base = self->created_file.substr(self->created_file.find_last_of('/') + 1);
      where = " at " + base + ":" + std::to_string(self->created_line);
    }
    Handle h{HandleKind::LabelFrame, t, -1, 0, 0, 0};
    json fr = {{"id", handles_.make(h)},
               {"name", "created by " + who + where},
               {"line", self->created_line},
               {"column", 1},
               {"presentationHint", "label"}};
    if (!self->created_file.empty()) fr["source"] = source_json(self->created_file);
    all.push_back(std::move(fr));
  }
  std::size_t total = all.size();
  json out = json::array();
  std::size_t from = static_cast<std::size_t>(std::max<std::int64_t>(start, 0));
  for (std::size_t i = from;
       i < total && (levels <= 0 || i < from + static_cast<std::size_t>(levels)); ++i)
    out.push_back(std::move(all[i]));
  return {{"stackFrames", std::move(out)}, {"totalFrames", total}};
}

json Server::on_scopes(const json& args) {
  Handle f = handle_arg(args, "frameId");
  if (f.kind != HandleKind::Frame && f.kind != HandleKind::LabelFrame)
    throw DapError(error_id::kInvalidArguments, "'frameId' is a variables reference, not a frame");
  json scopes = json::array();
  if (f.kind == HandleKind::Frame) {
    scopes.push_back(
        {{"name", "Locals"},
         {"presentationHint", "locals"},
         {"variablesReference", handles_.make({HandleKind::Locals, f.tasklet, f.frame, 0, 0, 0})},
         {"expensive", false}});
    scopes.push_back(
        {{"name", "Globals"},
         {"variablesReference", handles_.make({HandleKind::Globals, f.tasklet, f.frame, 0, 0, 0})},
         {"expensive", false}});
  }
  scopes.push_back({{"name", "Tasklet"},
                    {"variablesReference",
                     handles_.make({HandleKind::TaskletScope, f.tasklet, f.frame, 0, 0, 0})},
                    {"expensive", false}});
  return {{"scopes", std::move(scopes)}};
}

json Server::on_variables(const json& args) {
  Handle h = handle_arg(args, "variablesReference");
  std::int64_t start = optional_int(args, "start", 0);
  std::int64_t count = optional_int(args, "count", 0);
  std::string filter = optional_string(args, "filter");
  if (start < 0 || count < 0)
    throw DapError(error_id::kInvalidArguments, "'start' and 'count' must not be negative");
  std::vector<debugger::NamedValue> vars;
  switch (h.kind) {
    case HandleKind::Locals:
      vars = page(unwrap(session().locals(h.tasklet, h.frame)), start, count);
      break;
    case HandleKind::Globals:
      vars = page(unwrap(session().globals(h.tasklet, h.frame)), start, count);
      break;
    case HandleKind::TaskletScope:
      vars = page(unwrap(session().tasklet_fields(h.tasklet)), start, count);
      break;
    case HandleKind::Value:
      if (filter == "named" && h.named == 0) break;  // a pure sequence has no named children
      vars = unwrap(session().children(
          h.value, static_cast<std::size_t>(start),
          count > 0 ? static_cast<std::size_t>(count) : std::numeric_limits<std::size_t>::max()));
      break;
    case HandleKind::Frame:
    case HandleKind::LabelFrame:
      throw DapError(error_id::kInvalidArguments,
                     "'variablesReference' is a frame id; ask 'scopes' for it first");
  }
  json out = json::array();
  for (const auto& v : vars) out.push_back(variable_json(h.tasklet, h.frame, v));
  return {{"variables", std::move(out)}};
}

json Server::on_set_variable(const json& args) {
  Handle h = handle_arg(args, "variablesReference");
  std::string name = require_string(args, "name");
  std::string value = require_string(args, "value");
  if (h.kind != HandleKind::Locals)
    throw DapError(
        error_id::kInvalidArguments,
        "only local variables can be set (in the Locals scope); '" + name + "' is not one", true);
  auto v = unwrap(session().set_variable(h.tasklet, h.frame, name, value));
  json out = {{"value", v.repr}};
  if (!v.type.empty()) out["type"] = v.type;
  debugger::NamedValue nv{name, v, name};
  json var = variable_json(h.tasklet, h.frame, nv);
  out["variablesReference"] = var["variablesReference"];
  if (var.contains("indexedVariables")) out["indexedVariables"] = var["indexedVariables"];
  if (var.contains("namedVariables")) out["namedVariables"] = var["namedVariables"];
  return out;
}

json Server::on_evaluate(const json& args) {
  std::string expr = require_string(args, "expression");
  std::string context = optional_string(args, "context", "repl");
  debugger::TaskletId t = 0;
  int frame = 0;
  if (args.contains("frameId") && !args["frameId"].is_null()) {
    Handle f = handle_arg(args, "frameId");
    if (f.kind != HandleKind::Frame)
      throw DapError(error_id::kInvalidArguments,
                     "cannot evaluate in a 'created by' frame: pick a real frame");
    t = f.tasklet;
    frame = f.frame;
  } else {
    // No frame: the tasklet in focus, if it is stopped.
    std::optional<debugger::TaskletId> focus;
    {
      std::lock_guard lock(state_mu_);
      focus = state_.focus ? state_.focus : state_.last_stop;
    }
    if (!focus || !session().is_stopped(*focus))
      throw DapError(error_id::kNotStopped,
                     "no stopped tasklet to evaluate in: pause the program or pick a frame");
    t = *focus;
  }
  auto v = unwrap(session().evaluate(t, frame, expr, eval_context(context)));
  json out = {{"result", v.repr}};
  if (!v.type.empty()) out["type"] = v.type;
  debugger::NamedValue nv{expr, v, expr};
  json var = variable_json(t, frame, nv);
  out["variablesReference"] = var["variablesReference"];
  if (var.contains("indexedVariables")) out["indexedVariables"] = var["indexedVariables"];
  if (var.contains("namedVariables")) out["namedVariables"] = var["namedVariables"];
  return out;
}

json Server::on_exception_info(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  auto e = unwrap(session().exception_info(t));
  json details = {{"message", e.message}, {"typeName", e.type}, {"fullTypeName", e.type}};
  if (!e.traceback.empty()) details["stackTrace"] = e.traceback;
  return {{"exceptionId", e.type},
          {"description", e.message},
          {"breakMode", e.uncaught ? "unhandled" : "always"},
          {"details", std::move(details)}};
}

json Server::on_loaded_sources(const json&) {
  json out = json::array();
  for (const auto& f : unwrap(session().loaded_sources())) out.push_back(source_json(f));
  return {{"sources", std::move(out)}};
}

json Server::on_source(const json& args) {
  std::string file;
  if (args.contains("source") && args["source"].is_object()) {
    file = file_of_source(args["source"]);
  } else {
    std::int64_t ref = require_int(args, "sourceReference");
    file = file_of_source(json{{"sourceReference", ref}});
  }
  return {{"content", unwrap(session().source(file))}, {"mimeType", "text/x-python"}};
}

}  // namespace stk::dap
