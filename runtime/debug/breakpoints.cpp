// Breakpoints are patched into the code: the first instruction of a line (or
// of a function, for function breakpoints) is replaced by Op::Breakpoint and
// the original word is kept in DebugState::patches. A program running under a
// debugger with breakpoints that are never hit runs at full speed.
//
// A line without code moves to the next line that has some (in any code
// object of the file), as CPython debuggers do; the resolution says so.
#include <algorithm>
#include <map>

#include <stk/debug.hpp>

#include "debug/control_impl.hpp"
#include "objects/str.hpp"

namespace stk::debug {
namespace {

bool is_debugger_code(const Code* c) { return sv(c->filename) == "<debugger>"; }

std::vector<Code*> codes_of(Runtime& rt, const std::string& file) {
  std::vector<Code*> out;
  for (Code* c : rt.all_code)
    if (sv(c->filename) == file) out.push_back(c);
  return out;
}

void patch(DebugState& d, Code* code, std::uint32_t pc, int line_bp, int function_bp) {
  auto& table = d.patches[code];
  auto it = table.find(pc);
  if (it == table.end()) {
    DebugState::Patch p;
    p.original = code->insns[pc];
    it = table.emplace(pc, p).first;
    code->insns[pc] = encode(Op::Breakpoint, arg_of(p.original));
  }
  if (line_bp) it->second.line_bp = line_bp;
  if (function_bp) it->second.function_bp = function_bp;
}

// Drops the line (or function) part of every patch in `codes`; restores the
// instruction when nothing is left there.
void unpatch_all(DebugState& d, const std::vector<Code*>& codes, bool lines) {
  for (Code* code : codes) {
    auto c = d.patches.find(code);
    if (c == d.patches.end()) continue;
    for (auto it = c->second.begin(); it != c->second.end();) {
      (lines ? it->second.line_bp : it->second.function_bp) = 0;
      if (!it->second.line_bp && !it->second.function_bp) {
        code->insns[it->first] = it->second.original;
        it = c->second.erase(it);
      } else {
        ++it;
      }
    }
    if (c->second.empty()) d.patches.erase(c);
  }
}

// line -> the first instruction of that line in each code object.
std::map<int, std::vector<std::pair<Code*, std::uint32_t>>> line_starts(const std::vector<Code*>& codes) {
  std::map<int, std::vector<std::pair<Code*, std::uint32_t>>> out;
  for (Code* c : codes) {
    std::map<int, std::uint32_t> first;
    for (const LineEntry& e : c->lines) {
      if (e.start_pc >= c->insns.size()) continue;
      auto f = first.find(e.line);
      if (f == first.end() || e.start_pc < f->second) first[e.line] = e.start_pc;
    }
    for (auto& [line, pc] : first) out[line].emplace_back(c, pc);
  }
  return out;
}

std::vector<BreakpointResolution> apply_lines(Runtime& rt, DebugState& d, const std::string& file) {
  std::vector<Code*> codes = codes_of(rt, file);
  unpatch_all(d, codes, true);
  const auto& requests = d.line_requests[file];
  std::vector<BreakpointResolution> out(requests.size());
  bool loaded = std::find(d.loaded_files.begin(), d.loaded_files.end(), file) != d.loaded_files.end();
  if (!loaded) {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      out[i].line = requests[i].line;
      out[i].message = "not loaded yet: set when the module is imported";
    }
    return out;
  }
  auto starts = line_starts(codes);
  for (std::size_t i = 0; i < requests.size(); ++i) {
    int want = requests[i].line;
    auto it = starts.lower_bound(want);
    if (it == starts.end()) {
      out[i].line = want;
      out[i].message = "no code at or after line " + std::to_string(want);
      continue;
    }
    for (auto& [code, pc] : it->second) patch(d, code, pc, requests[i].id, 0);
    out[i].verified = true;
    out[i].line = it->first;
    if (it->first != want)
      out[i].message = "line " + std::to_string(want) + " has no code: moved to line " + std::to_string(it->first);
  }
  return out;
}

bool name_matches(const Code* c, const std::string& name) {
  if (c->code_flags & (Code::kModule | Code::kClassBody)) return false;
  return (c->name && sv(c->name) == name) || (c->qualname && sv(c->qualname) == name);
}

void apply_functions(Runtime& rt, DebugState& d) {
  std::vector<Code*> all;
  for (Code* c : rt.all_code)
    if (!is_debugger_code(c)) all.push_back(c);
  unpatch_all(d, all, false);
  for (const auto& req : d.function_requests)
    for (Code* c : all)
      if (name_matches(c, req.name) && !c->insns.empty()) patch(d, c, 0, 0, req.id);
}

}  // namespace

void code_loaded_hook(Runtime& rt, Code* module_code) {
  DebugState& d = *rt.dbg;
  std::string file(sv(module_code->filename));
  if (file == "<debugger>" || file == "<stackless>") return;
  if (std::find(d.loaded_files.begin(), d.loaded_files.end(), file) == d.loaded_files.end())
    d.loaded_files.push_back(file);
  apply_lines(rt, d, file);
  apply_functions(rt, d);
  if (d.hooks) d.hooks->on_source_loaded(file);
}

std::vector<BreakpointResolution> Control::set_breakpoints(const std::string& file, const std::vector<int>& lines,
                                                           const std::vector<int>& ids) {
  DebugState& d = impl_->state;
  auto& requests = d.line_requests[file];
  requests.clear();
  for (std::size_t i = 0; i < lines.size(); ++i)
    requests.push_back({lines[i], i < ids.size() ? ids[i] : static_cast<int>(i + 1)});
  return apply_lines(impl_->rt, d, file);
}

std::vector<bool> Control::set_function_breakpoints(const std::vector<std::string>& names,
                                                    const std::vector<int>& ids) {
  DebugState& d = impl_->state;
  d.function_requests.clear();
  for (std::size_t i = 0; i < names.size(); ++i)
    d.function_requests.push_back({names[i], i < ids.size() ? ids[i] : static_cast<int>(i + 1)});
  apply_functions(impl_->rt, d);
  std::vector<bool> found(names.size(), false);
  for (std::size_t i = 0; i < names.size(); ++i)
    for (Code* c : impl_->rt.all_code)
      if (!is_debugger_code(c) && name_matches(c, names[i])) found[i] = true;
  return found;
}

void Control::set_exception_stops(bool raised, bool uncaught) {
  impl_->state.stop_on_raise = raised;
  impl_->state.stop_on_uncaught = uncaught;
}

bool Control::is_loaded(const std::string& file) const {
  const auto& f = impl_->state.loaded_files;
  return std::find(f.begin(), f.end(), file) != f.end();
}

std::vector<std::string> Control::loaded_sources() const { return impl_->state.loaded_files; }

const std::string* Control::source_text(const std::string& file) const {
  auto it = impl_->rt.sources.find(file);
  return it == impl_->rt.sources.end() ? nullptr : &it->second;
}

}  // namespace stk::debug
