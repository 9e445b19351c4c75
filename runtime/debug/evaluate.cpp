// Evaluating an expression in a frame's scope, and setting a local. The
// expression is compiled once (cached by its text) as module-like code whose
// top-level names resolve through a dict of the frame's locals and cells,
// then the frame's globals and builtins (LoadName), and runs on a nested
// stack of the current tasklet, with the debugger's own hooks switched off.
#include <stk/debug.hpp>
#include <stk/error.hpp>

#include "compiler/compiler.hpp"
#include "debug/control_impl.hpp"
#include "objects/containers.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "vm/interpreter.hpp"
#include "vm/traceback.hpp"

namespace stk::debug {
namespace {

// Restores the VM's in-flight state around a debugger evaluation.
class EvalScope {
 public:
  EvalScope(Runtime& rt, DebugState& d, bool pure)
      : rt_(rt), d_(d), exc_(rt.pending_exc), in_hook_(d.in_hook), pure_(d.pure_eval), switch_ok_(rt.switch_ok),
        limit_(rt.recursion_limit) {
    rt_.pending_exc = Value();
    d_.in_hook = true;
    d_.pure_eval = pure;
    // The interpreter's fast call path checks only the recursion limit: at
    // the evaluation's own depth, every Python call takes the general path,
    // which refuses it in a pure evaluation.
    if (pure) rt_.recursion_limit = rt_.current->depth + 1;
  }
  ~EvalScope() {
    rt_.pending_exc = exc_;
    d_.in_hook = in_hook_;
    d_.pure_eval = pure_;
    rt_.switch_ok = switch_ok_;
    rt_.recursion_limit = limit_;
  }

 private:
  Runtime& rt_;
  DebugState& d_;
  Value exc_;
  bool in_hook_, pure_, switch_ok_;
  int limit_;
};

Code* compiled(Runtime& rt, DebugState& d, const std::string& source, bool expression_only, std::string& error) {
  std::string key = (expression_only ? "e:" : "x:") + source;
  auto it = d.eval_cache.find(key);
  if (it != d.eval_cache.end()) return it->second;
  try {
    Code* code = compile_interactive(rt, source, "<debugger>", expression_only);
    d.eval_cache.emplace(key, code);
    return code;
  } catch (const CompileError& e) {
    error = e.kind() + ": " + e.message();
    return nullptr;
  }
}

}  // namespace

namespace {

// Runs `code` in the scope of `ref`'s frame (inside an EvalScope).
Value run_in_frame(Runtime& rt, const Control::Impl::FrameRef& ref, Code* code, std::string& error) {
  const Frame& f = *ref.frame;
  Dict* locals = rt.new_dict();
  Root keep_locals(rt, Value::object(locals));
  if (f.locals && f.locals != f.globals) {
    for (const DictEntry& e : f.locals->entries)
      if (e.key) dict_set(rt, locals, e.key, e.value);
  }
  const Value* slots = ref.es->stack + f.base;
  for (std::uint32_t i = 0; i < f.code->nlocals(); ++i)
    if (slots[i]) dict_set_str(rt, locals, f.code->varnames[i], slots[i]);
  std::uint32_t ncells = f.code->ncells(), nfree = f.code->nfree();
  for (std::uint32_t i = 0; i < ncells + nfree; ++i) {
    Value cell = slots[f.code->nlocals() + i];
    if (!cell || !cell.is_obj() || cell.obj()->kind != ObjKind::Cell || !cell.as<Cell>()->value) continue;
    dict_set_str(rt, locals, i < ncells ? f.code->cellvars[i] : f.code->freevars[i - ncells], cell.as<Cell>()->value);
  }
  Dict* globals = f.globals ? f.globals : rt.new_dict();
  Value result = run_code_nested(rt, code, globals, locals);
  if (!result) error = rt.pending_exc ? exception_line(rt, rt.pending_exc) : "evaluation failed";
  return result;
}

// Stores `value` into the variable `name` of a frame: a local, a cell, a
// class body's namespace or a module body's globals.
bool store_variable(Runtime& rt, Frame& f, Value* slots, const std::string& name, Value value) {
  Code* c = f.code;
  for (std::uint32_t i = 0; i < c->nlocals(); ++i)
    if (sv(c->varnames[i]) == name) {
      slots[i] = value;
      return true;
    }
  std::uint32_t ncells = c->ncells(), nfree = c->nfree();
  for (std::uint32_t i = 0; i < ncells + nfree; ++i) {
    const Str* n = i < ncells ? c->cellvars[i] : c->freevars[i - ncells];
    Value cell = slots[c->nlocals() + i];
    if (sv(n) == name && cell && cell.is_obj() && cell.obj()->kind == ObjKind::Cell) {
      cell.as<Cell>()->value = value;
      return true;
    }
  }
  Dict* ns = f.locals ? f.locals : (!f.func ? f.globals : nullptr);
  if (!ns) return false;
  dict_set_str(rt, ns, rt.intern(name), value);
  return true;
}

}  // namespace

// The frame and the compiled expression an evaluation needs; null with
// `error` set when either is missing.
Code* Control::Impl::prepare(TaskletId id, int frame, const std::string& expr, bool expression_only, FrameRef& ref,
                             std::string& error) {
  if (!frame_ref(id, frame, ref)) {
    error = "no such frame";
    return nullptr;
  }
  return compiled(rt, state, expr, expression_only, error);
}

bool Control::evaluate(TaskletId id, int frame, const std::string& expr, bool pure, ValueView& out,
                       std::string& error) {
  Runtime& rt = impl_->rt;
  DebugState& d = impl_->state;
  Impl::FrameRef ref;
  Code* code = impl_->prepare(id, frame, expr, pure, ref, error);
  if (!code) return false;
  EvalScope scope(rt, d, pure);
  Value result = run_in_frame(rt, ref, code, error);
  if (!result) return false;
  Root keep_result(rt, result);
  d.pure_eval = false;  // showing the result is the debugger's business, as for any value
  out = impl_->view(result);
  return true;
}

bool Control::set_local(TaskletId id, int frame, const std::string& name, const std::string& expr, ValueView& out,
                        std::string& error) {
  Runtime& rt = impl_->rt;
  DebugState& d = impl_->state;
  Impl::FrameRef ref;
  Code* code = impl_->prepare(id, frame, expr, true, ref, error);
  if (!code) return false;
  EvalScope scope(rt, d, false);
  Value value = run_in_frame(rt, ref, code, error);
  if (!value) return false;
  Root keep(rt, value);
  if (!store_variable(rt, *ref.frame, ref.es->stack + ref.frame->base, name, value)) {
    error = "'" + name + "' is not a variable of this frame";
    return false;
  }
  out = impl_->view(value);
  return true;
}

}  // namespace stk::debug
