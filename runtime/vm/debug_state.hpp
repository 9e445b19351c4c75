// The VM side of an attached debugger: what the interpreter loop and the
// scheduler consult while `rt.dbg` is set (it is null when nobody debugs, so
// a plain run pays one predictable branch at each switch and nothing per
// instruction). The logic lives in runtime/debug/; this is the shared data.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <stk/debug.hpp>

#include "bytecode/code_object.hpp"
#include "bytecode/opcode.hpp"
#include "scheduler/tasklet.hpp"

namespace stk {

struct DebugState {
  debug::Hooks* hooks = nullptr;

  // ---- breakpoints patched into code: (code, pc) -> what was there ----
  struct Patch {
    std::uint32_t original = 0;  // the instruction word the Breakpoint op replaced
    int line_bp = 0;             // line breakpoint id (0: none)
    int function_bp = 0;         // function breakpoint id (0: none)
  };
  std::unordered_map<const Code*, std::unordered_map<std::uint32_t, Patch>> patches;
  // Requested breakpoints, kept to patch code compiled later.
  struct LineRequest {
    int line;
    int id;
  };
  std::unordered_map<std::string, std::vector<LineRequest>> line_requests;  // by file
  struct FunctionRequest {
    std::string name;
    int id;
  };
  std::vector<FunctionRequest> function_requests;
  std::vector<std::string> loaded_files;
  bool stop_on_raise = false;
  bool stop_on_uncaught = false;
  bool exception_stops() const { return stop_on_raise || stop_on_uncaught; }
  // Called with every module body compiled while attached (patches pending
  // breakpoints into it); set by debug::Control.
  void (*code_loaded)(Runtime& rt, Code* module_code) = nullptr;

  // ---- stepping: one tasklet at a time ----
  Tasklet* step_tasklet = nullptr;
  debug::StepKind step_kind = debug::StepKind::Over;
  int step_depth = 0;  // Python frames alive when the step started
  int step_line = 0;   // the line being stepped from, in that frame
  std::uint32_t step_pc = 0;  // the last instruction seen in that frame
  bool step_done_pending = false;  // NextSwitch: report at the next instruction boundary

  // ---- tasklets ----
  // Every tasklet created while attached (and main): the debugger lists them
  // all, blocked ones on unreachable channels included. Rooted; dead ones
  // are dropped when the list is read.
  std::vector<Tasklet*> tasklets;
  std::size_t frozen_count = 0;
  std::size_t held_runnable = 0;  // frozen tasklets that are runnable underneath
  // True while a hook runs for the current tasklet at an instruction
  // boundary: its top frame's saved ip is the instruction about to run.
  bool at_instruction = false;
  bool in_hook = false;
  // Evaluation for hover/watch: calls into Python code raise instead.
  bool pure_eval = false;
  // Objects behind ValueView handles (rooted until released).
  std::vector<Obj*> handles;
  // Compiled expressions (conditions, logpoints, watches), by source text.
  std::unordered_map<std::string, Code*> eval_cache;
  // The exception last shown to the debugger (each is reported once).
  const Obj* reported_exception = nullptr;
};

// Whether a native may run in a side-effect-free evaluation (hover, watch):
// builtins that only read their arguments.
bool debug_pure_native(const NativeFn* fn);

// The instruction word at `pc`, seeing through a patched Breakpoint (code
// that reads instructions back — the caller's op a special method completes,
// a suspended `yield from` — must use this).
std::uint32_t patched_original(const DebugState& d, const Code* code, std::uint32_t pc);
inline std::uint32_t code_word(const DebugState* d, const Code* code, std::uint32_t pc) {
  std::uint32_t w = code->insns[pc];
  if (op_of(w) == Op::Breakpoint && d) return patched_original(*d, code, pc);
  return w;
}

}  // namespace stk
