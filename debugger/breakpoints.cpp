// Breakpoint policy: the specs the client set (conditions, hit conditions,
// log messages), their ids, and deciding at a hit whether to stop. Placing
// them in code is the runtime's job (debug::Control::set_breakpoints).
#include <cctype>

#include "session_impl.hpp"

namespace stk::debugger {
namespace {

// "5", "== 5", ">= 5", "> 5", "< 5", "<= 5", "% 5": whether hit number `hits`
// (1-based) passes. An unparsable condition passes (and is reported once).
bool hit_passes(const std::string& cond, long hits, bool& bad) {
  std::size_t i = 0;
  while (i < cond.size() && std::isspace(static_cast<unsigned char>(cond[i]))) ++i;
  std::string op;
  while (i < cond.size() && std::string("<>=%!").find(cond[i]) != std::string::npos) op += cond[i++];
  long n = 0;
  try {
    n = std::stol(cond.substr(i));
  } catch (...) {
    bad = true;
    return true;
  }
  if (op.empty() || op == "==" || op == "=") return hits == n;
  if (op == ">=") return hits >= n;
  if (op == ">") return hits > n;
  if (op == "<=") return hits <= n;
  if (op == "<") return hits < n;
  if (op == "%") return n > 0 && hits % n == 0;
  if (op == "!=") return hits != n;
  bad = true;
  return true;
}

}  // namespace

std::vector<Breakpoint> Session::Impl::apply_line_breakpoints(const std::string& file) {
  auto& bps = line_bps[file];
  std::vector<int> lines, ids;
  for (auto& b : bps) {
    lines.push_back(b.spec.line);
    ids.push_back(b.state.id);
  }
  std::vector<Breakpoint> out;
  if (!control) {
    for (auto& b : bps) out.push_back(b.state);
    return out;
  }
  auto res = control->set_breakpoints(file, lines, ids);
  for (std::size_t i = 0; i < bps.size(); ++i) {
    bps[i].state.verified = res[i].verified;
    bps[i].state.line = res[i].line;
    bps[i].state.message = res[i].message;
    out.push_back(bps[i].state);
  }
  return out;
}

std::vector<Breakpoint> Session::Impl::apply_function_breakpoints() {
  std::vector<std::string> names;
  std::vector<int> ids;
  for (auto& b : function_bps) {
    names.push_back(b.spec.name);
    ids.push_back(b.state.id);
  }
  std::vector<Breakpoint> out;
  if (control) {
    auto found = control->set_function_breakpoints(names, ids);
    for (std::size_t i = 0; i < function_bps.size(); ++i) {
      function_bps[i].state.verified = found[i];
      function_bps[i].state.message = found[i] ? "" : "no function named '" + names[i] + "' is loaded yet";
    }
  }
  for (auto& b : function_bps) out.push_back(b.state);
  return out;
}

void Session::Impl::on_source_loaded(const std::string& file) {
  auto it = line_bps.find(file);
  if (it == line_bps.end()) {
    if (!function_bps.empty()) {
      auto before = function_bps;
      apply_function_breakpoints();
      for (std::size_t i = 0; i < function_bps.size(); ++i)
        if (function_bps[i].state.verified != before[i].state.verified) listener.on_breakpoint_changed(function_bps[i].state);
    }
    return;
  }
  for (const Breakpoint& b : apply_line_breakpoints(file)) listener.on_breakpoint_changed(b);
}

bool Session::Impl::should_stop(const std::string& condition, const std::string& hit_condition, long hits,
                                const std::string& log_message) {
  TaskletId cur = control->current();
  if (!condition.empty()) {
    ValueView v;
    std::string error;
    if (!control->evaluate(cur, 0, "bool(" + condition + ")", false, v, error)) {
      listener.on_output("console", "stk: breakpoint condition '" + condition + "' failed: " + error + "\n");
      return true;  // a broken condition stops, so the user sees it
    }
    if (v.repr != "True") return false;
  }
  if (!hit_condition.empty()) {
    bool bad = false;
    if (!hit_passes(hit_condition, hits, bad)) return false;
    if (bad) listener.on_output("console", "stk: hit condition '" + hit_condition + "' is not understood\n");
  }
  if (!log_message.empty()) {
    // A logpoint: interpolate {expr} and print; never stop.
    std::string out;
    for (std::size_t i = 0; i < log_message.size(); ++i) {
      char c = log_message[i];
      if (c == '{' && i + 1 < log_message.size() && log_message[i + 1] == '{') {
        out += '{';
        ++i;
      } else if (c == '}' && i + 1 < log_message.size() && log_message[i + 1] == '}') {
        out += '}';
        ++i;
      } else if (c == '{') {
        std::size_t end = log_message.find('}', i);
        if (end == std::string::npos) {
          out += log_message.substr(i);
          break;
        }
        std::string expr = log_message.substr(i + 1, end - i - 1);
        ValueView v;
        std::string error;
        if (control->evaluate(cur, 0, "str(" + expr + ")", false, v, error)) {
          std::string r = v.repr;
          if (r.size() >= 2 && (r.front() == '\'' || r.front() == '"')) r = r.substr(1, r.size() - 2);
          out += r;
        } else {
          out += "<" + error + ">";
        }
        i = end;
      } else {
        out += c;
      }
    }
    control->flush_output();
    listener.on_output("console", out + "\n");
    return false;
  }
  return true;
}

debug::Action Session::Impl::on_breakpoint(int id) {
  for (auto& [file, bps] : line_bps)
    for (auto& b : bps) {
      if (b.state.id != id) continue;
      ++b.hits;
      if (!should_stop(b.spec.condition, b.spec.hit_condition, b.hits, b.spec.log_message))
        return debug::Action::Continue;
      TaskletId cur = control->current();
      StopEvent e{StopReason::Breakpoint, cur, true, "Paused on breakpoint", "", {id}};
      TaskletId stepping = control->stepping();
      if (stepping != UINT64_MAX && stepping != cur) {
        e.description = "Breakpoint hit in tasklet #" + std::to_string(cur) + " while stepping tasklet #" +
                        std::to_string(stepping);
      }
      control->cancel_step();
      return stop(e);
    }
  return debug::Action::Continue;  // a breakpoint removed meanwhile
}

debug::Action Session::Impl::on_function(int id) {
  for (auto& b : function_bps) {
    if (b.state.id != id) continue;
    ++b.hits;
    if (!should_stop(b.spec.condition, b.spec.hit_condition, b.hits, "")) return debug::Action::Continue;
    control->cancel_step();
    return stop(StopEvent{StopReason::FunctionBreakpoint, control->current(), true,
                          "Paused on function breakpoint '" + b.spec.name + "'", "", {id}});
  }
  return debug::Action::Continue;
}

}  // namespace stk::debugger
