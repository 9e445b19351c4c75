// setBreakpoints, setFunctionBreakpoints, setExceptionBreakpoints. The
// Session accepts them before launch; what was set is kept here too, so a
// `restart` can replay it into the new Session.
#include "error_codes.hpp"
#include "server.hpp"

namespace stk::dap {

namespace {

json breakpoint_json(const debugger::Breakpoint& bp) {
  json b = {{"id", bp.id}, {"verified", bp.verified}};
  if (bp.line > 0) b["line"] = bp.line;
  if (!bp.message.empty()) b["message"] = bp.message;
  return b;
}

}  // namespace

json Server::on_set_breakpoints(const json& args) {
  std::string file = file_of_source(args.contains("source") ? args["source"] : json());
  std::vector<debugger::SourceBreakpoint> bps;
  const json& list = optional_array(args, "breakpoints");
  if (list.is_array()) {
    for (const json& b : list) {
      debugger::SourceBreakpoint sb;
      sb.line = static_cast<int>(require_int(b, "line"));
      sb.condition = optional_string(b, "condition");
      sb.hit_condition = optional_string(b, "hitCondition");
      sb.log_message = optional_string(b, "logMessage");
      bps.push_back(std::move(sb));
    }
  } else {
    // The deprecated `lines` form.
    for (const json& l : optional_array(args, "lines")) {
      if (!l.is_number_integer())
        throw DapError(error_id::kInvalidArguments, "'lines' must be integers");
      debugger::SourceBreakpoint sb;
      sb.line = l.get<int>();
      bps.push_back(sb);
    }
  }
  if (!session_) throw DapError(error_id::kWrongState, "no program to set breakpoints in");
  auto placed = unwrap(session_->set_breakpoints(file, bps));
  line_breakpoints_[file] = bps;
  json out = json::array();
  json source = source_json(file);
  for (const auto& bp : placed) {
    json b = breakpoint_json(bp);
    b["source"] = source;
    out.push_back(std::move(b));
  }
  return {{"breakpoints", std::move(out)}};
}

json Server::on_set_function_breakpoints(const json& args) {
  std::vector<debugger::FunctionBreakpoint> bps;
  for (const json& b : optional_array(args, "breakpoints")) {
    debugger::FunctionBreakpoint fb;
    fb.name = require_string(b, "name");
    fb.condition = optional_string(b, "condition");
    fb.hit_condition = optional_string(b, "hitCondition");
    bps.push_back(std::move(fb));
  }
  if (!session_) throw DapError(error_id::kWrongState, "no program to set breakpoints in");
  auto placed = unwrap(session_->set_function_breakpoints(bps));
  function_breakpoints_ = bps;
  json out = json::array();
  for (const auto& bp : placed) out.push_back(breakpoint_json(bp));
  return {{"breakpoints", std::move(out)}};
}

json Server::on_set_exception_breakpoints(const json& args) {
  bool raised = false, uncaught = false;
  std::size_t count = 0;
  auto take = [&](const std::string& f) {
    if (f == "raised") {
      raised = true;
    } else if (f == "uncaught") {
      uncaught = true;
    } else {
      throw DapError(
          error_id::kInvalidArguments,
          "unknown exception filter '" + f + "' (stk-dap has \"uncaught\" and \"raised\")");
    }
    ++count;
  };
  for (const json& f : optional_array(args, "filters")) {
    if (!f.is_string())
      throw DapError(error_id::kInvalidArguments, "'filters' must be an array of strings");
    take(f.get<std::string>());
  }
  for (const json& f : optional_array(args, "filterOptions")) take(require_string(f, "filterId"));
  if (!session_) throw DapError(error_id::kWrongState, "no program to set breakpoints in");
  unwrap(session_->set_exception_breakpoints(raised, uncaught));
  break_raised_ = raised;
  break_uncaught_ = uncaught;
  json out = json::array();
  for (std::size_t i = 0; i < count; ++i) out.push_back({{"verified", true}});
  return {{"breakpoints", std::move(out)}};
}

void Server::replay_breakpoints() {
  for (const auto& [file, bps] : line_breakpoints_) (void)session_->set_breakpoints(file, bps);
  (void)session_->set_function_breakpoints(function_breakpoints_);
  (void)session_->set_exception_breakpoints(break_raised_, break_uncaught_);
}

}  // namespace stk::dap
