// Scope analysis in two passes: SymbolCollector walks the AST and records, per
// scope, which names are bound, used, declared global/nonlocal; analyze() then
// resolves each name, turning captured locals into cells and threading free
// variables through intermediate scopes.
#include "compiler/symtable.hpp"

#include <algorithm>
#include <unordered_set>

namespace stk {
namespace {

constexpr int kBound = 1, kParam = 2, kGlobal = 4, kNonlocal = 8, kUsed = 16;

}  // namespace

NameKind Scope::kind_of(const std::string& name) const {
  auto it = kinds.find(name);
  if (it != kinds.end()) return it->second;
  if (kind == ScopeKind::Class) return NameKind::Name;
  return NameKind::GlobalImplicit;
}

class SymbolCollector {
 public:
  explicit SymbolCollector(SymbolTable& table) : table_(table) {}

  void module(const ast::Module& m, Scope* scope) {
    for (auto* s : m.body) stmt(s, scope);
  }

 private:
  SymbolTable& table_;

  Scope* child(Scope* parent, const ast::Node* node, ScopeKind kind, std::string name) {
    auto s = std::make_unique<Scope>();
    s->kind = kind;
    s->name = std::move(name);
    s->parent = parent;
    Scope* raw = s.get();
    parent->children.push_back(std::move(s));
    table_.by_node_[node] = raw;
    return raw;
  }

  static void add(Scope* s, const std::string& name, int flag, SourceLocation loc) {
    int& f = s->flags[name];
    if ((flag & kBound) && !(f & (kBound | kParam))) s->bound_order.push_back(name);
    if (flag & kGlobal) {
      if (f & kParam)
        throw CompileError("SyntaxError", loc, "name '" + name + "' is parameter and global");
      if (f & (kUsed | kBound))
        throw CompileError("SyntaxError", loc,
                           "name '" + name + "' is used prior to global declaration");
    }
    if (flag & kNonlocal) {
      if (f & kParam)
        throw CompileError("SyntaxError", loc, "name '" + name + "' is parameter and nonlocal");
      if (f & (kUsed | kBound))
        throw CompileError("SyntaxError", loc,
                           "name '" + name + "' is used prior to nonlocal declaration");
    }
    f |= flag;
    if (flag & (kGlobal | kNonlocal)) s->declared_at[name] = loc;
  }

  void params(Scope* s, const ast::Arguments& a) {
    auto param = [&](const ast::Arg& arg) {
      if (s->flags.count(arg.name) && (s->flags[arg.name] & kParam))
        throw CompileError("SyntaxError", arg.loc,
                           "duplicate argument '" + arg.name + "' in function definition");
      s->params.push_back(arg.name);
      s->flags[arg.name] |= kParam;
    };
    for (const auto& arg : a.posonlyargs) param(arg);
    for (const auto& arg : a.args) param(arg);
    for (const auto& arg : a.kwonlyargs) param(arg);
    if (a.has_vararg) {
      param(a.vararg);
      s->has_varargs = true;
    }
    if (a.has_kwarg) {
      param(a.kwarg);
      s->has_varkw = true;
    }
  }

  void defaults(Scope* s, const ast::Arguments& a) {
    for (auto* e : a.defaults) expr(e, s);
    for (auto* e : a.kw_defaults)
      if (e) expr(e, s);
  }

  void body(const ast::Body& b, Scope* s) {
    for (auto* st : b) stmt(st, s);
  }

  void stmt(const ast::Stmt* st, Scope* s) {
    using K = ast::StmtKind;
    switch (st->kind) {
      case K::Expr: expr(static_cast<const ast::ExprStmt*>(st)->value, s); break;
      case K::Assign: {
        auto* a = static_cast<const ast::Assign*>(st);
        expr(a->value, s);
        for (auto* t : a->targets) expr(t, s);
        break;
      }
      case K::AugAssign: {
        auto* a = static_cast<const ast::AugAssign*>(st);
        expr(a->value, s);
        if (a->target->kind == ast::ExprKind::Name) {
          const auto& id = static_cast<const ast::Name*>(a->target)->id;
          add(s, id, kBound | kUsed, st->loc);
        } else {
          expr(a->target, s);
        }
        break;
      }
      case K::AnnAssign: {
        auto* a = static_cast<const ast::AnnAssign*>(st);
        if (a->value) expr(a->value, s);
        expr(a->target, s);
        break;
      }
      case K::If: {
        auto* i = static_cast<const ast::If*>(st);
        expr(i->test, s);
        body(i->body, s);
        body(i->orelse, s);
        break;
      }
      case K::While: {
        auto* w = static_cast<const ast::While*>(st);
        expr(w->test, s);
        body(w->body, s);
        body(w->orelse, s);
        break;
      }
      case K::For: {
        auto* f = static_cast<const ast::For*>(st);
        expr(f->iter, s);
        expr(f->target, s);
        body(f->body, s);
        body(f->orelse, s);
        break;
      }
      case K::Break:
      case K::Continue:
      case K::Pass: break;
      case K::FunctionDef: {
        auto* f = static_cast<const ast::FunctionDef*>(st);
        for (auto* d : f->decorators) expr(d, s);
        defaults(s, f->args);
        add(s, f->name, kBound, st->loc);
        Scope* c = child(s, f, ScopeKind::Function, f->name);
        params(c, f->args);
        body(f->body, c);
        break;
      }
      case K::ClassDef: {
        auto* c = static_cast<const ast::ClassDef*>(st);
        for (auto* d : c->decorators) expr(d, s);
        for (auto* b : c->bases) expr(b, s);
        for (const auto& k : c->keywords) expr(k.value, s);
        add(s, c->name, kBound, st->loc);
        Scope* cs = child(s, c, ScopeKind::Class, c->name);
        body(c->body, cs);
        break;
      }
      case K::Return: {
        auto* r = static_cast<const ast::Return*>(st);
        if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
          throw CompileError("SyntaxError", st->loc, "'return' outside function");
        if (r->value) expr(r->value, s);
        break;
      }
      case K::Global:
        for (const auto& n : static_cast<const ast::Global*>(st)->names) add(s, n, kGlobal, st->loc);
        break;
      case K::Nonlocal:
        if (s->kind == ScopeKind::Module)
          throw CompileError("SyntaxError", st->loc, "nonlocal declaration not allowed at module level");
        for (const auto& n : static_cast<const ast::Nonlocal*>(st)->names)
          add(s, n, kNonlocal, st->loc);
        break;
      case K::Try: {
        auto* t = static_cast<const ast::Try*>(st);
        body(t->body, s);
        for (const auto& h : t->handlers) {
          if (h.type) expr(h.type, s);
          if (!h.name.empty()) add(s, h.name, kBound, h.loc);
          body(h.body, s);
        }
        body(t->orelse, s);
        body(t->finalbody, s);
        break;
      }
      case K::Raise: {
        auto* r = static_cast<const ast::Raise*>(st);
        if (r->exc) expr(r->exc, s);
        if (r->cause) expr(r->cause, s);
        break;
      }
      case K::Assert: {
        auto* a = static_cast<const ast::Assert*>(st);
        expr(a->test, s);
        if (a->msg) expr(a->msg, s);
        break;
      }
      case K::Delete:
        for (auto* t : static_cast<const ast::Delete*>(st)->targets) expr(t, s);
        break;
      case K::Import:
        for (const auto& a : static_cast<const ast::Import*>(st)->names) {
          std::string bound = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          add(s, bound, kBound, a.loc);
        }
        break;
      case K::ImportFrom:
        for (const auto& a : static_cast<const ast::ImportFrom*>(st)->names) {
          if (a.name == "*") continue;  // rejected by the compiler
          add(s, a.asname.empty() ? a.name : a.asname, kBound, a.loc);
        }
        break;
      case K::With: {
        auto* w = static_cast<const ast::With*>(st);
        for (const auto& item : w->items) {
          expr(item.context_expr, s);
          if (item.optional_vars) expr(item.optional_vars, s);
        }
        body(w->body, s);
        break;
      }
    }
  }

  void expr(const ast::Expr* e, Scope* s) {
    if (!e) return;
    using K = ast::ExprKind;
    switch (e->kind) {
      case K::Name: {
        auto* n = static_cast<const ast::Name*>(e);
        add(s, n->id, n->ctx == ast::Ctx::Load ? kUsed : kBound, e->loc);
        // Zero-argument super() reads the implicit __class__ cell of the class.
        if (n->ctx == ast::Ctx::Load && n->id == "super" && s->is_function_like())
          s->flags["__class__"] |= kUsed;
        break;
      }
      case K::Constant: break;
      case K::JoinedStr:
        for (auto* v : static_cast<const ast::JoinedStr*>(e)->values) expr(v, s);
        break;
      case K::FormattedValue: {
        auto* f = static_cast<const ast::FormattedValue*>(e);
        expr(f->value, s);
        if (f->format_spec) expr(f->format_spec, s);
        break;
      }
      case K::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        expr(b->left, s);
        expr(b->right, s);
        break;
      }
      case K::UnaryOp: expr(static_cast<const ast::UnaryOp*>(e)->operand, s); break;
      case K::BoolOp:
        for (auto* v : static_cast<const ast::BoolOp*>(e)->values) expr(v, s);
        break;
      case K::Compare: {
        auto* c = static_cast<const ast::Compare*>(e);
        expr(c->left, s);
        for (auto* v : c->comparators) expr(v, s);
        break;
      }
      case K::IfExp: {
        auto* i = static_cast<const ast::IfExp*>(e);
        expr(i->test, s);
        expr(i->body, s);
        expr(i->orelse, s);
        break;
      }
      case K::Call: {
        auto* c = static_cast<const ast::Call*>(e);
        expr(c->func, s);
        for (auto* a : c->args) expr(a, s);
        for (const auto& k : c->keywords) expr(k.value, s);
        break;
      }
      case K::Attribute: expr(static_cast<const ast::Attribute*>(e)->value, s); break;
      case K::Subscript: {
        auto* sub = static_cast<const ast::Subscript*>(e);
        expr(sub->value, s);
        expr(sub->slice, s);
        break;
      }
      case K::Slice: {
        auto* sl = static_cast<const ast::Slice*>(e);
        expr(sl->lower, s);
        expr(sl->upper, s);
        expr(sl->step, s);
        break;
      }
      case K::Starred: expr(static_cast<const ast::Starred*>(e)->value, s); break;
      case K::List:
        for (auto* v : static_cast<const ast::List*>(e)->elts) expr(v, s);
        break;
      case K::Tuple:
        for (auto* v : static_cast<const ast::Tuple*>(e)->elts) expr(v, s);
        break;
      case K::Set:
        for (auto* v : static_cast<const ast::Set*>(e)->elts) expr(v, s);
        break;
      case K::Dict: {
        auto* d = static_cast<const ast::Dict*>(e);
        for (auto* k : d->keys) expr(k, s);
        for (auto* v : d->values) expr(v, s);
        break;
      }
      case K::Lambda: {
        auto* l = static_cast<const ast::Lambda*>(e);
        defaults(s, l->args);
        Scope* c = child(s, l, ScopeKind::Lambda, "<lambda>");
        params(c, l->args);
        expr(l->body, c);
        break;
      }
      case K::ListComp:
      case K::SetComp:
      case K::DictComp:
      case K::GeneratorExp: {
        auto* c = static_cast<const ast::Comp*>(e);
        expr(c->generators.front().iter, s);
        const char* name = e->kind == K::ListComp   ? "<listcomp>"
                           : e->kind == K::SetComp  ? "<setcomp>"
                           : e->kind == K::DictComp ? "<dictcomp>"
                                                    : "<genexpr>";
        Scope* cs = child(s, c, ScopeKind::Comprehension, name);
        cs->params.push_back(".0");
        cs->flags[".0"] |= kParam;
        if (e->kind == K::GeneratorExp) cs->is_generator = true;
        for (std::size_t i = 0; i < c->generators.size(); ++i) {
          const auto& g = c->generators[i];
          if (i > 0) expr(g.iter, cs);
          expr(g.target, cs);
          for (auto* cond : g.ifs) expr(cond, cs);
        }
        expr(c->elt, cs);
        expr(c->key, cs);
        expr(c->value, cs);
        break;
      }
      case K::Yield:
      case K::YieldFrom: {
        if (s->kind == ScopeKind::Module || s->kind == ScopeKind::Class)
          throw CompileError("SyntaxError", e->loc, "'yield' outside function");
        if (s->kind == ScopeKind::Comprehension)
          throw CompileError("SyntaxError", e->loc, "'yield' inside list comprehension");
        s->is_generator = true;
        expr(e->kind == K::Yield ? static_cast<const ast::Yield*>(e)->value
                                 : static_cast<const ast::YieldFrom*>(e)->value,
             s);
        break;
      }
      case K::NamedExpr: {
        auto* n = static_cast<const ast::NamedExpr*>(e);
        if (s->kind == ScopeKind::Comprehension)
          throw CompileError("NotImplementedError", e->loc,
                             "'assignment expression in a comprehension' is not supported");
        expr(n->value, s);
        add(s, n->target->id, kBound, n->target->loc);
        break;
      }
    }
  }
};

namespace {

void analyze(Scope* s, const std::unordered_set<std::string>& visible) {
  for (const auto& [name, f] : s->flags) {
    NameKind k;
    if (f & kGlobal) {
      k = NameKind::GlobalExplicit;
    } else if (f & kNonlocal) {
      if (!visible.count(name))
        throw CompileError("SyntaxError", s->declared_at[name],
                           "no binding for nonlocal '" + name + "' found");
      k = NameKind::Free;
    } else if (f & (kBound | kParam)) {
      k = s->kind == ScopeKind::Module ? NameKind::GlobalImplicit
          : s->kind == ScopeKind::Class ? NameKind::Name
                                        : NameKind::Local;
    } else {
      if (s->kind == ScopeKind::Module) k = NameKind::GlobalImplicit;
      else if (visible.count(name)) k = NameKind::Free;
      else k = s->kind == ScopeKind::Class ? NameKind::Name : NameKind::GlobalImplicit;
    }
    s->kinds[name] = k;
  }

  std::unordered_set<std::string> child_visible = visible;
  if (s->kind == ScopeKind::Class) child_visible.insert("__class__");
  if (s->is_function_like()) {
    for (const auto& [name, k] : s->kinds)
      if (k == NameKind::Local || k == NameKind::Free) child_visible.insert(name);
  }
  // A global declaration hides an outer binding from inner scopes.
  for (const auto& [name, k] : s->kinds)
    if (k == NameKind::GlobalExplicit) child_visible.erase(name);

  std::vector<std::string> free_order;
  for (auto& c : s->children) {
    analyze(c.get(), child_visible);
    for (const auto& name : c->freevars) {
      if (s->kind == ScopeKind::Class && name == "__class__") {
        s->needs_class_cell = true;
        continue;
      }
      auto it = s->kinds.find(name);
      if (it != s->kinds.end() && it->second == NameKind::Local) {
        it->second = NameKind::Cell;
      } else if (it == s->kinds.end() || it->second == NameKind::GlobalImplicit ||
                 it->second == NameKind::Name) {
        // Passes through this scope on its way to the child.
        s->kinds[name] = NameKind::Free;
        free_order.push_back(name);
      }
    }
  }

  // Layout: parameters first, then locals in binding order.
  std::unordered_set<std::string> seen;
  for (const auto& p : s->params) {
    s->varnames.push_back(p);
    seen.insert(p);
  }
  if (s->is_function_like()) {
    for (const auto& n : s->bound_order)
      if (!seen.count(n) && s->kinds[n] == NameKind::Local) {
        s->varnames.push_back(n);
        seen.insert(n);
      }
  }
  if (s->needs_class_cell) {
    s->kinds["__class__"] = NameKind::Cell;
    s->cellvars.push_back("__class__");
  }
  for (const auto& p : s->params)
    if (s->kinds[p] == NameKind::Cell) s->cellvars.push_back(p);
  for (const auto& n : s->bound_order)
    if (s->kinds[n] == NameKind::Cell &&
        std::find(s->cellvars.begin(), s->cellvars.end(), n) == s->cellvars.end())
      s->cellvars.push_back(n);
  // Free variables: declared nonlocal or used-but-not-bound, then pass-throughs.
  std::vector<std::string> own_free;
  for (const auto& [name, k] : s->kinds)
    if (k == NameKind::Free &&
        std::find(free_order.begin(), free_order.end(), name) == free_order.end())
      own_free.push_back(name);
  std::sort(own_free.begin(), own_free.end());
  s->freevars = own_free;
  for (const auto& n : free_order)
    if (std::find(s->freevars.begin(), s->freevars.end(), n) == s->freevars.end())
      s->freevars.push_back(n);
}

}  // namespace

SymbolTable::SymbolTable(const ast::Module& module, bool names_in_locals) : root_(std::make_unique<Scope>()) {
  root_->kind = names_in_locals ? ScopeKind::Class : ScopeKind::Module;
  root_->name = "<module>";
  SymbolCollector collector(*this);
  collector.module(module, root_.get());
  analyze(root_.get(), {});
}

Scope* SymbolTable::scope_for(const ast::Node* node) const {
  auto it = by_node_.find(node);
  return it == by_node_.end() ? nullptr : it->second;
}

}  // namespace stk
