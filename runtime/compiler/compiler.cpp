// Code generation, part 1: emission machinery (labels, depth tracking, handlers,
// line table), statements, and function objects. Exception handling follows
// CPython 3.11's zero-cost scheme: no setup instructions, a table mapping
// instruction ranges to handlers, and cleanup handlers that restore the
// "currently handled" exception. Expressions are in compile_expr.cpp.
#include "compiler/compiler.hpp"

#include <algorithm>

#include "compiler/codegen.hpp"
#include "objects/containers.hpp"
#include "parser/parser.hpp"
#include "vm/runtime.hpp"

namespace stk {

Code* compile_module(Runtime& rt, std::string_view source, const std::string& filename) {
  ast::Arena arena;
  ast::Module module = parse_module(source, arena);
  SymbolTable symbols(module);
  CodeGen gen(rt, symbols, filename);
  return gen.module(module);
}

Code* compile_interactive(Runtime& rt, std::string_view source, const std::string& filename, bool expression_only) {
  ast::Arena arena;
  ast::Module module = parse_module(source, arena);
  bool single_expr = module.body.size() == 1 && module.body[0]->kind == ast::StmtKind::Expr;
  if (expression_only && !single_expr)
    throw CompileError("SyntaxError", module.body.empty() ? SourceLocation{1, 1} : module.body[0]->loc,
                       "an expression is expected here");
  SymbolTable symbols(module, true);
  CodeGen gen(rt, symbols, filename);
  return gen.interactive(module);
}

CodeGen::CodeGen(Runtime& rt, const SymbolTable& symbols, std::string filename)
    : rt_(rt), symbols_(symbols), filename_(std::move(filename)) {
  filename_str_ = rt_.intern(filename_);
}

void CodeGen::unsupported(SourceLocation loc, const std::string& construct) {
  throw CompileError("NotImplementedError", loc, "'" + construct + "' is not supported");
}

void CodeGen::syntax_error(SourceLocation loc, const std::string& message) {
  throw CompileError("SyntaxError", loc, message);
}

// ------------------------------------------------------------------ emission

void CodeGen::emit(Op op, std::uint32_t arg) {
  Unit& unit = u();
  if (arg > kMaxArg) syntax_error({unit.cur_line, unit.cur_col}, "too many constants or names");
  if (unit.lines.empty() || unit.lines.back().line != unit.cur_line) {
    std::uint32_t pc = static_cast<std::uint32_t>(unit.insns.size());
    if (!unit.lines.empty() && unit.lines.back().start_pc == pc) unit.lines.pop_back();
    unit.lines.push_back({pc, unit.cur_line, unit.cur_col});
  }
  unit.insns.push_back(encode(op, arg));
  unit.insn_handler.push_back(unit.handler_stack.empty() ? -1 : unit.handler_stack.back());
  if (!op_has_jump(op)) {
    unit.depth += stack_effect(op, arg);
    unit.max_depth = std::max(unit.max_depth, unit.depth);
  }
  if (op == Op::ReturnValue || op == Op::Raise || op == Op::Reraise) unit.reachable = false;
}

void CodeGen::emit_jump(Op op, Label target) {
  Unit& unit = u();
  int jump_depth = unit.depth + stack_effect(op, 0, true);
  if (unit.label_depth[target] < 0) unit.label_depth[target] = jump_depth;
  int fall_depth = unit.depth + stack_effect(op, 0, false);
  emit(op, static_cast<std::uint32_t>(target));
  unit.depth = fall_depth;
  unit.max_depth = std::max({unit.max_depth, unit.depth, jump_depth});
  if (op == Op::Jump || op == Op::JumpBack) unit.reachable = false;
}

Label CodeGen::new_label() {
  u().label_pos.push_back(-1);
  u().label_depth.push_back(-1);
  return static_cast<Label>(u().label_pos.size() - 1);
}

void CodeGen::bind(Label l) {
  Unit& unit = u();
  unit.label_pos[l] = static_cast<int>(unit.insns.size());
  if (!unit.reachable && unit.label_depth[l] >= 0) unit.depth = unit.label_depth[l];
  unit.reachable = true;
}

void CodeGen::bind_handler(Label l, std::uint32_t depth) {
  Unit& unit = u();
  unit.label_pos[l] = static_cast<int>(unit.insns.size());
  unit.depth = static_cast<int>(depth);
  unit.max_depth = std::max(unit.max_depth, unit.depth);
  unit.reachable = true;
}

void CodeGen::set_loc(SourceLocation loc) {
  if (loc.line > 0) {
    u().cur_line = loc.line;
    u().cur_col = loc.column;
  }
}

int CodeGen::push_handler(Label target) {
  Unit& unit = u();
  unit.handlers.push_back({target, static_cast<std::uint32_t>(unit.depth)});
  int index = static_cast<int>(unit.handlers.size() - 1);
  unit.handler_stack.push_back(index);
  return index;
}

void CodeGen::pop_handler() { u().handler_stack.pop_back(); }

int CodeGen::add_const(Value v, const std::string& key) {
  Unit& unit = u();
  if (!key.empty()) {
    auto it = unit.const_index.find(key);
    if (it != unit.const_index.end()) return it->second;
  }
  unit.consts.push_back(v);
  int index = static_cast<int>(unit.consts.size() - 1);
  if (!key.empty()) unit.const_index[key] = index;
  return index;
}

int CodeGen::const_none() { return add_const(rt_.None(), "N"); }

int CodeGen::add_name(const std::string& name) {
  Unit& unit = u();
  auto it = unit.name_index.find(name);
  if (it != unit.name_index.end()) return it->second;
  unit.names.push_back(rt_.intern(name));
  int index = static_cast<int>(unit.names.size() - 1);
  unit.name_index[name] = index;
  return index;
}

void CodeGen::enter_unit(Scope* scope, const std::string& qualname) {
  auto unit = std::make_unique<Unit>();
  unit->scope = scope;
  unit->qualname = qualname;
  if (!units_.empty()) {
    unit->cur_line = u().cur_line;
    unit->cur_col = u().cur_col;
    unit->private_name = u().private_name;
  }
  units_.push_back(std::move(unit));
}

Code* CodeGen::finish_unit(const std::string& name, int firstline) {
  Unit& unit = u();
  // Resolve jump targets.
  for (std::uint32_t& word : unit.insns) {
    Op op = op_of(word);
    if (op_has_jump(op)) word = encode(op, static_cast<std::uint32_t>(unit.label_pos[arg_of(word)]));
  }
  Code* code = rt_.heap.alloc<Code>(rt_.types.code, ObjKind::Code);
  rt_.all_code.push_back(code);
  // Exception table: runs of instructions sharing their innermost handler.
  for (std::size_t pc = 0; pc < unit.insns.size();) {
    int h = unit.insn_handler[pc];
    std::size_t end = pc + 1;
    while (end < unit.insns.size() && unit.insn_handler[end] == h) ++end;
    if (h >= 0) {
      const Unit::Handler& handler = unit.handlers[static_cast<std::size_t>(h)];
      code->handlers.push_back({static_cast<std::uint32_t>(pc), static_cast<std::uint32_t>(end),
                                static_cast<std::uint32_t>(unit.label_pos[handler.target]),
                                handler.depth});
    }
    pc = end;
  }
  code->insns = std::move(unit.insns);
  code->consts = std::move(unit.consts);
  code->names = std::move(unit.names);
  code->global_cache.resize(code->names.size());
  code->method_cache.resize(code->names.size());
  code->attr_cache.resize(code->names.size());
  code->lines = std::move(unit.lines);
  for (const auto& v : unit.scope->varnames) code->varnames.push_back(rt_.intern(v));
  for (const auto& v : unit.scope->cellvars) {
    code->cellvars.push_back(rt_.intern(v));
    auto it = std::find(unit.scope->varnames.begin(), unit.scope->varnames.end(), v);
    code->cell_from_arg.push_back(
        it != unit.scope->varnames.end() &&
                static_cast<std::size_t>(it - unit.scope->varnames.begin()) < unit.scope->params.size()
            ? static_cast<std::int32_t>(it - unit.scope->varnames.begin())
            : -1);
  }
  for (const auto& v : unit.scope->freevars) code->freevars.push_back(rt_.intern(v));
  code->name = rt_.intern(name);
  code->qualname = rt_.intern(unit.qualname);
  code->filename = filename_str_;
  code->firstline = firstline;
  // Slack: BoundMethod calls insert `self`, WithExceptStart stages 4 call slots.
  code->stacksize = static_cast<std::uint32_t>(unit.max_depth) + 4;
  units_.pop_back();
  return code;
}

// -------------------------------------------------------------- statements

Code* CodeGen::module(const ast::Module& m) {
  enter_unit(symbols_.module_scope(), "<module>");
  u().cur_line = 1;
  body(m.body);
  load_none();
  emit(Op::ReturnValue);
  Code* code = finish_unit("<module>", 1);
  code->code_flags |= Code::kModule;
  return code;
}

Code* CodeGen::interactive(const ast::Module& m) {
  enter_unit(symbols_.module_scope(), "<debugger>");
  u().cur_line = 1;
  const ast::Stmt* last = m.body.empty() ? nullptr : m.body.back();
  for (const ast::Stmt* s : m.body) {
    if (s == last && s->kind == ast::StmtKind::Expr) {
      set_loc(s->loc);
      expr(static_cast<const ast::ExprStmt*>(s)->value);
      emit(Op::ReturnValue);
      break;
    }
    stmt(s);
  }
  if (!last || last->kind != ast::StmtKind::Expr) {
    load_none();
    emit(Op::ReturnValue);
  }
  Code* code = finish_unit("<debugger>", 1);
  code->code_flags |= Code::kModule;
  return code;
}

void CodeGen::body(const ast::Body& b) {
  for (const ast::Stmt* s : b) stmt(s);
}

void CodeGen::stmt(const ast::Stmt* s) {
  set_loc(s->loc);
  using K = ast::StmtKind;
  switch (s->kind) {
    case K::Expr:
      expr(static_cast<const ast::ExprStmt*>(s)->value);
      emit(Op::PopTop);
      break;
    case K::Assign: assign(static_cast<const ast::Assign*>(s)); break;
    case K::AugAssign: aug_assign(static_cast<const ast::AugAssign*>(s)); break;
    case K::AnnAssign: {
      auto* a = static_cast<const ast::AnnAssign*>(s);
      if (a->value) {
        expr(a->value);
        store(a->target);
      }
      break;
    }
    case K::If: if_stmt(static_cast<const ast::If*>(s)); break;
    case K::While: while_stmt(static_cast<const ast::While*>(s)); break;
    case K::For: for_stmt(static_cast<const ast::For*>(s)); break;
    case K::Break: break_continue(s, true); break;
    case K::Continue: break_continue(s, false); break;
    case K::Pass: emit(Op::Nop); break;
    case K::FunctionDef: function_def(static_cast<const ast::FunctionDef*>(s)); break;
    case K::ClassDef: class_def(static_cast<const ast::ClassDef*>(s)); break;
    case K::Return: return_stmt(static_cast<const ast::Return*>(s)); break;
    case K::Global:
    case K::Nonlocal: break;
    case K::Try: try_stmt(static_cast<const ast::Try*>(s)); break;
    case K::Raise: raise_stmt(static_cast<const ast::Raise*>(s)); break;
    case K::Assert: assert_stmt(static_cast<const ast::Assert*>(s)); break;
    case K::Delete:
      for (const ast::Expr* t : static_cast<const ast::Delete*>(s)->targets) delete_target(t);
      break;
    case K::Import: import_stmt(static_cast<const ast::Import*>(s)); break;
    case K::ImportFrom: import_from(static_cast<const ast::ImportFrom*>(s)); break;
    case K::With: with_stmt(static_cast<const ast::With*>(s), 0); break;
  }
}

void CodeGen::assign(const ast::Assign* a) {
  expr(a->value);
  for (std::size_t i = 0; i < a->targets.size(); ++i) {
    if (i + 1 < a->targets.size()) emit(Op::Copy, 1);
    store(a->targets[i]);
  }
}

void CodeGen::aug_assign(const ast::AugAssign* a) {
  std::uint32_t op = static_cast<std::uint32_t>(to_binop(a->op));
  const ast::Expr* t = a->target;
  switch (t->kind) {
    case ast::ExprKind::Name: {
      const auto* n = static_cast<const ast::Name*>(t);
      name_op(n->id, ast::Ctx::Load, t->loc);
      expr(a->value);
      set_loc(a->loc);
      emit(Op::InplaceOp, op);
      name_op(n->id, ast::Ctx::Store, t->loc);
      break;
    }
    case ast::ExprKind::Attribute: {
      const auto* at = static_cast<const ast::Attribute*>(t);
      expr(at->value);
      emit(Op::Copy, 1);
      emit(Op::LoadAttr, add_name(mangle(at->attr)));
      expr(a->value);
      set_loc(a->loc);
      emit(Op::InplaceOp, op);
      emit(Op::Swap, 2);
      emit(Op::StoreAttr, add_name(mangle(at->attr)));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto* sub = static_cast<const ast::Subscript*>(t);
      expr(sub->value);
      slice_or_expr(sub->slice);
      emit(Op::Copy, 2);
      emit(Op::Copy, 2);
      emit(Op::BinarySubscr);
      expr(a->value);
      set_loc(a->loc);
      emit(Op::InplaceOp, op);
      emit(Op::Swap, 3);
      emit(Op::Swap, 2);
      emit(Op::StoreSubscr);
      break;
    }
    default:
      syntax_error(t->loc, "'" + std::string("expression") + "' is an illegal expression for augmented assignment");
  }
}

void CodeGen::if_stmt(const ast::If* s) {
  Label orelse = new_label(), end = new_label();
  jump_if(s->test, false, orelse);
  body(s->body);
  if (!s->orelse.empty()) {
    emit_jump(Op::Jump, end);
    bind(orelse);
    body(s->orelse);
    bind(end);
  } else {
    bind(orelse);
    bind(end);
  }
}

void CodeGen::while_stmt(const ast::While* s) {
  Label top = new_label(), orelse = new_label(), end = new_label();
  bind(top);
  jump_if(s->test, false, orelse);
  u().blocks.push_back({BlockKind::WhileLoop, top, end, nullptr, "", static_cast<int>(u().handler_stack.size())});
  body(s->body);
  u().blocks.pop_back();
  set_loc(s->loc);
  emit_jump(Op::JumpBack, top);
  bind(orelse);
  body(s->orelse);
  bind(end);
}

void CodeGen::for_stmt(const ast::For* s) {
  Label top = new_label(), exhausted = new_label(), end = new_label();
  expr(s->iter);
  set_loc(s->loc);
  emit(Op::GetIter);
  bind(top);
  emit_jump(Op::ForIter, exhausted);
  store(s->target);
  u().blocks.push_back({BlockKind::ForLoop, top, end, nullptr, "", static_cast<int>(u().handler_stack.size())});
  body(s->body);
  u().blocks.pop_back();
  set_loc(s->loc);
  emit_jump(Op::JumpBack, top);
  bind(exhausted);
  body(s->orelse);
  bind(end);
}

void CodeGen::unwind_block(const FrameBlock& b, bool preserve_tos) {
  Unit& unit = u();
  unit.handler_stack.resize(static_cast<std::size_t>(b.handler));
  switch (b.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::TryExcept: break;
    case BlockKind::ForLoop:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopTop);
      break;
    case BlockKind::PopValue:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopTop);
      break;
    case BlockKind::FinallyTry:
      if (preserve_tos) unit.blocks.push_back({BlockKind::PopValue, -1, -1, nullptr, "", static_cast<int>(unit.handler_stack.size())});
      body(*b.finalbody);
      if (preserve_tos) u().blocks.pop_back();
      break;
    case BlockKind::FinallyEnd:
      // Stack: [prev, exc(, value)]
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopTop);
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopExcept);
      break;
    case BlockKind::With:
      // Leaving a with body early: exit(None, None, None), result dropped.
      if (preserve_tos) emit(Op::Swap, 2);
      load_none();
      load_none();
      load_none();
      emit(Op::Call, 3);
      emit(Op::PopTop);
      break;
    case BlockKind::HandlerCleanup:
      if (preserve_tos) emit(Op::Swap, 2);
      emit(Op::PopExcept);
      if (!b.name.empty()) {
        load_none();
        name_op(b.name, ast::Ctx::Store, {});
        name_op(b.name, ast::Ctx::Del, {});
      }
      break;
  }
}

const FrameBlock* CodeGen::unwind_to_loop(SourceLocation loc, bool is_break) {
  Unit& unit = u();
  std::vector<FrameBlock> saved_blocks = unit.blocks;
  std::vector<int> saved_handlers = unit.handler_stack;
  static thread_local FrameBlock found;
  bool have = false;
  while (!u().blocks.empty()) {
    FrameBlock b = u().blocks.back();
    if (b.kind == BlockKind::WhileLoop || b.kind == BlockKind::ForLoop) {
      found = b;
      have = true;
      break;
    }
    u().blocks.pop_back();
    unwind_block(b, false);
  }
  if (!have) syntax_error(loc, is_break ? "'break' outside loop" : "'continue' not properly in loop");
  if (is_break && found.kind == BlockKind::ForLoop) {
    u().handler_stack.resize(static_cast<std::size_t>(found.handler));
    emit(Op::PopTop);
  }
  if (is_break) emit_jump(Op::Jump, found.break_label);
  else emit_jump(Op::JumpBack, found.continue_label);
  u().blocks = std::move(saved_blocks);
  u().handler_stack = std::move(saved_handlers);
  return &found;
}

void CodeGen::break_continue(const ast::Stmt* s, bool is_break) { unwind_to_loop(s->loc, is_break); }

void CodeGen::return_stmt(const ast::Return* r) {
  if (r->value) expr(r->value);
  else load_none();
  set_loc(r->loc);
  Unit& unit = u();
  std::vector<FrameBlock> saved_blocks = unit.blocks;
  std::vector<int> saved_handlers = unit.handler_stack;
  while (!u().blocks.empty()) {
    FrameBlock b = u().blocks.back();
    u().blocks.pop_back();
    unwind_block(b, true);
  }
  emit(Op::ReturnValue);
  u().blocks = std::move(saved_blocks);
  u().handler_stack = std::move(saved_handlers);
}

std::string CodeGen::mangle(const std::string& name) {
  const std::string& cls = u().private_name;
  if (cls.empty() || name.size() < 3 || name.compare(0, 2, "__") != 0) return name;
  if (name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos) return name;
  std::size_t start = cls.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + cls.substr(start) + name;
}

std::string CodeGen::qualname_for(const std::string& name) {
  Unit& unit = u();
  if (unit.scope->kind == ScopeKind::Module) return name;
  if (unit.scope->kind == ScopeKind::Class) return unit.qualname + "." + name;
  return unit.qualname + ".<locals>." + name;
}

template <class Gen>
void CodeGen::make_function(Scope* scope, const std::string& name, const ast::Arguments& args,
                            int firstline, Gen gen) {
  std::uint32_t flags = 0;
  if (!args.defaults.empty()) {
    for (const ast::Expr* d : args.defaults) expr(d);
    emit(Op::BuildTuple, static_cast<std::uint32_t>(args.defaults.size()));
    flags |= 1;
  }
  std::uint32_t nkw = 0;
  for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    const ast::Expr* d = i < args.kw_defaults.size() ? args.kw_defaults[i] : nullptr;
    if (!d) continue;
    Str* key = rt_.intern(args.kwonlyargs[i].name);
    load_const_value(Value::object(key), "s:" + args.kwonlyargs[i].name);
    expr(d);
    ++nkw;
  }
  if (nkw) {
    emit(Op::BuildMap, nkw);
    flags |= 2;
  }
  std::string qualname = qualname_for(name);
  enter_unit(scope, qualname);
  gen();
  Code* code = finish_unit(name, firstline);
  code->argcount = static_cast<std::uint32_t>(args.posonlyargs.size() + args.args.size());
  code->posonlyargcount = static_cast<std::uint32_t>(args.posonlyargs.size());
  code->kwonlyargcount = static_cast<std::uint32_t>(args.kwonlyargs.size());
  if (args.has_vararg) code->code_flags |= Code::kVarargs;
  if (args.has_kwarg) code->code_flags |= Code::kVarkw;
  if (scope->kind == ScopeKind::Class) code->code_flags |= Code::kClassBody;
  if (scope->is_generator) code->code_flags |= Code::kGenerator;
  if (!scope->freevars.empty()) {
    Scope* here = u().scope;
    for (const std::string& fv : scope->freevars) {
      auto cell = std::find(here->cellvars.begin(), here->cellvars.end(), fv);
      std::size_t index;
      if (cell != here->cellvars.end()) {
        index = static_cast<std::size_t>(cell - here->cellvars.begin());
      } else {
        auto free = std::find(here->freevars.begin(), here->freevars.end(), fv);
        if (free == here->freevars.end()) syntax_error({firstline, 0}, "internal: unresolved free variable '" + fv + "'");
        index = here->cellvars.size() + static_cast<std::size_t>(free - here->freevars.begin());
      }
      emit(Op::LoadClosure, static_cast<std::uint32_t>(index));
    }
    emit(Op::BuildTuple, static_cast<std::uint32_t>(scope->freevars.size()));
    flags |= 8;
  }
  emit(Op::LoadConst, add_const(Value::object(code), ""));
  emit(Op::MakeFunction, flags);
}

void CodeGen::function_def(const ast::FunctionDef* f) {
  for (const ast::Expr* d : f->decorators) expr(d);
  set_loc(f->loc);
  Scope* scope = symbols_.scope_for(f);
  make_function(scope, f->name, f->args, f->loc.line, [&] {
    set_loc(f->loc);
    body(f->body);
    if (u().reachable) {
      load_none();
      emit(Op::ReturnValue);
    }
  });
  for (std::size_t i = 0; i < f->decorators.size(); ++i) emit(Op::Call, 1);
  name_op(f->name, ast::Ctx::Store, f->loc);
}

void CodeGen::class_def(const ast::ClassDef* c) {
  for (const ast::Expr* d : c->decorators) expr(d);
  set_loc(c->loc);
  if (!c->keywords.empty()) unsupported(c->keywords.front().loc, "class keyword arguments (metaclass=...)");
  Scope* scope = symbols_.scope_for(c);
  static const ast::Arguments no_args;
  std::string qualname = qualname_for(c->name);
  make_function(scope, c->name, no_args, c->loc.line, [&] {
    set_loc(c->loc);
    u().private_name = c->name;
    // __module__ and __qualname__ first, as CPython's class bodies do.
    emit(Op::LoadGlobal, add_name("__name__"));
    emit(Op::StoreName, add_name("__module__"));
    load_const_value(Value::object(rt_.intern(qualname)), "s:" + qualname);
    emit(Op::StoreName, add_name("__qualname__"));
    body(c->body);
    if (scope->needs_class_cell) {
      std::uint32_t index = 0;
      for (; index < scope->cellvars.size(); ++index)
        if (scope->cellvars[index] == "__class__") break;
      emit(Op::LoadClosure, index);
    } else {
      load_none();
    }
    emit(Op::ReturnValue);
  });
  load_const_value(Value::object(rt_.intern(c->name)), "s:" + c->name);
  for (const ast::Expr* b : c->bases) expr(b);
  emit(Op::BuildTuple, static_cast<std::uint32_t>(c->bases.size()));
  set_loc(c->loc);
  emit(Op::BuildClass);
  for (std::size_t i = 0; i < c->decorators.size(); ++i) emit(Op::Call, 1);
  name_op(c->name, ast::Ctx::Store, c->loc);
}

void CodeGen::lambda(const ast::Lambda* l) {
  Scope* scope = symbols_.scope_for(l);
  make_function(scope, "<lambda>", l->args, l->loc.line, [&] {
    expr(l->body);
    emit(Op::ReturnValue);
  });
}

void CodeGen::comprehension(const ast::Comp* c) {
  Scope* scope = symbols_.scope_for(c);
  static const ast::Arguments one_arg = [] {
    ast::Arguments a;
    a.args.push_back(ast::Arg{".0", {}, nullptr});
    return a;
  }();
  make_function(scope, scope->name, one_arg, c->loc.line, [&] {
    set_loc(c->loc);
    bool genexp = c->kind == ast::ExprKind::GeneratorExp;
    if (c->kind == ast::ExprKind::ListComp) emit(Op::BuildList, 0);
    else if (c->kind == ast::ExprKind::SetComp) emit(Op::BuildSet, 0);
    else if (!genexp) emit(Op::BuildMap, 0);
    emit(Op::LoadFast, 0);
    comprehension_loop(c, 0, genexp ? 0 : 1);
    if (genexp) load_none();
    emit(Op::ReturnValue);
  });
  expr(c->generators.front().iter);
  emit(Op::GetIter);
  emit(Op::Call, 1);
}

void CodeGen::comprehension_loop(const ast::Comp* c, std::size_t gen_index, int iterators) {
  const ast::Comprehension& g = c->generators[gen_index];
  Label top = new_label(), next = new_label(), exhausted = new_label();
  bind(top);
  emit_jump(Op::ForIter, exhausted);
  store(g.target);
  for (const ast::Expr* cond : g.ifs) jump_if(cond, false, next);
  if (gen_index + 1 < c->generators.size()) {
    expr(c->generators[gen_index + 1].iter);
    emit(Op::GetIter);
    comprehension_loop(c, gen_index + 1, iterators + 1);
  } else if (c->kind == ast::ExprKind::DictComp) {
    expr(c->key);
    expr(c->value);
    emit(Op::MapAdd, static_cast<std::uint32_t>(iterators + 1));
  } else if (c->kind == ast::ExprKind::GeneratorExp) {
    expr(c->elt);
    emit(Op::YieldValue);
    emit(Op::PopTop);
  } else {
    expr(c->elt);
    emit(c->kind == ast::ExprKind::ListComp ? Op::ListAppend : Op::SetAdd,
         static_cast<std::uint32_t>(iterators + 1));
  }
  bind(next);
  emit_jump(Op::JumpBack, top);
  bind(exhausted);
}

// ------------------------------------------------------------- exceptions

void CodeGen::try_stmt(const ast::Try* t) {
  if (!t->finalbody.empty()) try_finally(t);
  else try_except(t);
}

void CodeGen::try_except(const ast::Try* t) {
  Unit& unit0 = u();
  Label handler = new_label(), orelse = new_label(), end = new_label(), cleanup = new_label();
  std::uint32_t d = static_cast<std::uint32_t>(unit0.depth);
  int level = static_cast<int>(unit0.handler_stack.size());
  u().blocks.push_back({BlockKind::TryExcept, -1, -1, nullptr, "", level});
  push_handler(handler);
  body(t->body);
  pop_handler();
  u().blocks.pop_back();
  emit_jump(Op::Jump, orelse);

  bind_handler(handler, d + 1);
  push_handler(cleanup);
  emit(Op::PushExcInfo);  // [prev, exc]
  for (std::size_t i = 0; i < t->handlers.size(); ++i) {
    const ast::ExceptHandler& h = t->handlers[i];
    set_loc(h.loc);
    Label next = new_label();
    if (h.type) {
      expr(h.type);
      emit(Op::CheckExcMatch);
      emit_jump(Op::PopJumpIfFalse, next);
    } else if (i + 1 != t->handlers.size()) {
      syntax_error(h.loc, "default 'except:' must be last");
    }
    if (!h.name.empty()) name_op(h.name, ast::Ctx::Store, h.loc);
    else emit(Op::PopTop);
    Label name_cleanup = -1;
    u().blocks.push_back({BlockKind::HandlerCleanup, -1, -1, nullptr, h.name, static_cast<int>(u().handler_stack.size())});
    if (!h.name.empty()) {
      name_cleanup = new_label();
      push_handler(name_cleanup);
    }
    body(h.body);
    if (!h.name.empty()) pop_handler();
    u().blocks.pop_back();
    if (u().reachable) {
      emit(Op::PopExcept);
      if (!h.name.empty()) {
        load_none();
        name_op(h.name, ast::Ctx::Store, h.loc);
        name_op(h.name, ast::Ctx::Del, h.loc);
      }
      emit_jump(Op::Jump, end);
    }
    if (!h.name.empty()) {
      bind_handler(name_cleanup, d + 2);  // [prev, new]
      load_none();
      name_op(h.name, ast::Ctx::Store, h.loc);
      name_op(h.name, ast::Ctx::Del, h.loc);
      emit(Op::Reraise);
    }
    bind_handler(next, d + 2);  // [prev, exc]
  }
  emit(Op::Reraise);  // nothing matched
  pop_handler();
  bind_handler(cleanup, d + 2);  // [prev, exc]
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);

  bind_handler(orelse, d);
  body(t->orelse);
  bind(end);
  u().depth = static_cast<int>(d);
}

void CodeGen::try_finally(const ast::Try* t) {
  Label fin_exc = new_label(), end = new_label(), cleanup = new_label();
  std::uint32_t d = static_cast<std::uint32_t>(u().depth);
  int level = static_cast<int>(u().handler_stack.size());
  push_handler(fin_exc);
  u().blocks.push_back({BlockKind::FinallyTry, -1, -1, &t->finalbody, "", level});
  if (t->handlers.empty()) body(t->body);
  else try_except(t);
  u().blocks.pop_back();
  pop_handler();
  body(t->finalbody);  // normal path
  emit_jump(Op::Jump, end);

  bind_handler(fin_exc, d + 1);  // [exc]
  push_handler(cleanup);
  emit(Op::PushExcInfo);  // [prev, exc]
  u().blocks.push_back({BlockKind::FinallyEnd, -1, -1, nullptr, "", static_cast<int>(u().handler_stack.size())});
  body(t->finalbody);
  u().blocks.pop_back();
  pop_handler();
  bind_handler(cleanup, d + 2);  // [prev, exc]
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);
  bind_handler(end, d);
}

// with A as a, B as b: BODY  ==  with A as a: (with B as b: BODY)
void CodeGen::with_stmt(const ast::With* w, std::size_t item) {
  const ast::WithItem& it = w->items[item];
  set_loc(w->loc);
  expr(it.context_expr);
  set_loc(w->loc);
  emit(Op::BeforeWith);  // [exit, enter, ctx]
  emit(Op::CallMethod, 0);  // [exit, value]
  if (it.optional_vars) store(it.optional_vars);
  else emit(Op::PopTop);
  std::uint32_t d = static_cast<std::uint32_t>(u().depth) - 1;  // depth without `exit`
  Label handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
  int level = static_cast<int>(u().handler_stack.size());
  push_handler(handler);
  u().blocks.push_back({BlockKind::With, -1, -1, nullptr, "", level});
  if (item + 1 < w->items.size()) with_stmt(w, item + 1);
  else body(w->body);
  u().blocks.pop_back();
  pop_handler();
  set_loc(w->loc);
  load_none();
  load_none();
  load_none();
  emit(Op::Call, 3);
  emit(Op::PopTop);
  emit_jump(Op::Jump, end);

  bind_handler(handler, d + 2);  // [exit, exc]
  push_handler(cleanup);
  emit(Op::PushExcInfo);       // [exit, prev, exc]
  emit(Op::WithExceptStart);   // [exit, prev, exc, result]
  emit_jump(Op::PopJumpIfTrue, suppress);
  emit(Op::Reraise);
  pop_handler();
  bind_handler(cleanup, d + 3);  // [exit, prev, exc]
  emit(Op::Swap, 2);
  emit(Op::PopExcept);
  emit(Op::Reraise);
  bind_handler(suppress, d + 3);  // [exit, prev, exc]: the exception is swallowed
  emit(Op::PopTop);
  emit(Op::PopExcept);
  emit(Op::PopTop);
  bind_handler(end, d);
}

void CodeGen::raise_stmt(const ast::Raise* r) {
  if (!r->exc) {
    emit(Op::Raise, 0);
    return;
  }
  expr(r->exc);
  if (r->cause) {
    expr(r->cause);
    set_loc(r->loc);
    emit(Op::Raise, 2);
  } else {
    set_loc(r->loc);
    emit(Op::Raise, 1);
  }
}

void CodeGen::assert_stmt(const ast::Assert* a) {
  Label end = new_label();
  jump_if(a->test, true, end);
  set_loc(a->loc);
  emit(Op::LoadAssertionError);
  if (a->msg) {
    expr(a->msg);
    emit(Op::Call, 1);
  }
  emit(Op::Raise, 1);
  bind(end);
}

void CodeGen::delete_target(const ast::Expr* e) {
  set_loc(e->loc);
  switch (e->kind) {
    case ast::ExprKind::Name:
      name_op(static_cast<const ast::Name*>(e)->id, ast::Ctx::Del, e->loc);
      break;
    case ast::ExprKind::Attribute: {
      const auto* a = static_cast<const ast::Attribute*>(e);
      expr(a->value);
      emit(Op::DeleteAttr, add_name(mangle(a->attr)));
      break;
    }
    case ast::ExprKind::Subscript: {
      const auto* s = static_cast<const ast::Subscript*>(e);
      expr(s->value);
      slice_or_expr(s->slice);
      emit(Op::DeleteSubscr);
      break;
    }
    case ast::ExprKind::Tuple:
      for (const ast::Expr* x : static_cast<const ast::Tuple*>(e)->elts) delete_target(x);
      break;
    case ast::ExprKind::List:
      for (const ast::Expr* x : static_cast<const ast::List*>(e)->elts) delete_target(x);
      break;
    default: syntax_error(e->loc, "cannot delete expression");
  }
}

void CodeGen::import_stmt(const ast::Import* s) {
  for (const ast::Alias& a : s->names) {
    set_loc(a.loc);
    if (a.name.find('.') != std::string::npos) unsupported(a.loc, "import of a dotted module name");
    load_none();
    emit(Op::ImportName, add_name(a.name));
    name_op(a.asname.empty() ? a.name : a.asname, ast::Ctx::Store, a.loc);
  }
}

void CodeGen::import_from(const ast::ImportFrom* s) {
  if (s->level > 0) unsupported(s->loc, "relative import");
  if (s->module.find('.') != std::string::npos) unsupported(s->loc, "import of a dotted module name");
  Tuple* fromlist = rt_.new_tuple(s->names.size());
  for (std::size_t i = 0; i < s->names.size(); ++i) {
    if (s->names[i].name == "*") unsupported(s->names[i].loc, "from ... import *");
    fromlist->items()[i] = Value::object(rt_.intern(s->names[i].name));
  }
  load_const_value(Value::object(fromlist), "");
  emit(Op::ImportName, add_name(s->module));
  for (const ast::Alias& a : s->names) {
    set_loc(a.loc);
    emit(Op::ImportFrom, add_name(a.name));
    name_op(a.asname.empty() ? a.name : a.asname, ast::Ctx::Store, a.loc);
  }
  emit(Op::PopTop);
}

}  // namespace stk
