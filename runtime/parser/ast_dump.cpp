// The s-expression printer behind ast_dump.hpp. Examples: `(Name x Store)`,
// `(BinOp Add (Int 1) (Int 2))`, `(If (Name x) (body (Pass)) (orelse (Pass)))`.
// Null optional children print as `_`; Load context is implied and not printed.
#include "parser/ast_dump.hpp"

#include <cstdio>

namespace stk {
namespace {

using namespace ast;

const char* binop_name(BinOpKind op) {
  static constexpr const char* kNames[] = {"Add",    "Sub",    "Mult",  "MatMult", "Div",
                                           "FloorDiv", "Mod",  "Pow",   "LShift",  "RShift",
                                           "BitOr",  "BitXor", "BitAnd"};
  return kNames[static_cast<int>(op)];
}

const char* unaryop_name(UnaryOpKind op) {
  static constexpr const char* kNames[] = {"Invert", "Not", "UAdd", "USub"};
  return kNames[static_cast<int>(op)];
}

const char* cmpop_name(CmpOpKind op) {
  static constexpr const char* kNames[] = {"Eq", "NotEq", "Lt", "LtE", "Gt",
                                           "GtE", "Is",   "IsNot", "In", "NotIn"};
  return kNames[static_cast<int>(op)];
}

class Dumper {
 public:
  explicit Dumper(DumpOptions options) : options_(options) {}

  std::string out;

  void expr(const Expr* e);
  void stmt(const Stmt* s);

 private:
  void open(const char* head, const Node* node) {
    out += '(';
    out += head;
    if (options_.locations && node) {
      out += " @" + std::to_string(node->loc.line) + ":" + std::to_string(node->loc.column);
    }
  }
  void close() { out += ')'; }
  void word(const std::string& w) {
    out += ' ';
    out += w;
  }
  void quoted(const std::string& s);
  void opt(const Expr* e) {
    if (e) {
      out += ' ';
      expr(e);
    } else {
      out += " _";
    }
  }
  void child(const Expr* e) { opt(e); }
  void children(const std::vector<Expr*>& es) {
    for (const Expr* e : es) child(e);
  }
  void ctx(Ctx c) {
    if (c == Ctx::Store) word("Store");
    if (c == Ctx::Del) word("Del");
  }
  void body(const char* head, const Body& b) {
    out += " (";
    out += head;
    for (const Stmt* s : b) {
      out += ' ';
      stmt(s);
    }
    out += ')';
  }
  void list(const char* head, const std::vector<Expr*>& es) {
    out += " (";
    out += head;
    children(es);
    out += ')';
  }
  void arg(const Arg& a) {
    if (!a.annotation) return word(a.name);
    out += " (" + a.name;
    child(a.annotation);
    out += ')';
  }
  void arguments(const Arguments& a);
  void keywords(const std::vector<Keyword>& ks) {
    for (const Keyword& k : ks) {
      out += " (keyword " + (k.arg.empty() ? std::string("**") : k.arg);
      child(k.value);
      out += ')';
    }
  }
  void comprehensions(const std::vector<Comprehension>& gens) {
    for (const Comprehension& g : gens) {
      out += " (for";
      child(g.target);
      child(g.iter);
      for (const Expr* cond : g.ifs) {
        out += " (if";
        child(cond);
        out += ')';
      }
      out += ')';
    }
  }

  DumpOptions options_;
};

void Dumper::quoted(const std::string& s) {
  out += " \"";
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (u < 0x20 || u == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  out += '"';
}

void Dumper::arguments(const Arguments& a) {
  out += " (arguments";
  auto args = [&](const char* head, const std::vector<Arg>& v) {
    if (v.empty()) return;
    out += " (";
    out += head;
    for (const Arg& x : v) arg(x);
    out += ')';
  };
  args("posonly", a.posonlyargs);
  args("args", a.args);
  if (!a.defaults.empty()) list("defaults", a.defaults);
  if (a.has_vararg) {
    out += " (vararg";
    arg(a.vararg);
    out += ')';
  }
  args("kwonly", a.kwonlyargs);
  if (!a.kwonlyargs.empty()) list("kw_defaults", a.kw_defaults);
  if (a.has_kwarg) {
    out += " (kwarg";
    arg(a.kwarg);
    out += ')';
  }
  out += ')';
}

std::string float_text(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

void Dumper::expr(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Name: {
      auto* n = static_cast<const Name*>(e);
      open("Name", e);
      word(n->id);
      ctx(n->ctx);
      break;
    }
    case ExprKind::Constant: {
      auto* c = static_cast<const Constant*>(e);
      switch (c->const_kind) {
        case ConstKind::None: open("None", e); break;
        case ConstKind::True: open("True", e); break;
        case ConstKind::False: open("False", e); break;
        case ConstKind::Ellipsis: open("Ellipsis", e); break;
        case ConstKind::Int: {
          open("Int", e);
          const char* prefix = c->int_base == 16 ? "0x" : c->int_base == 8 ? "0o"
                               : c->int_base == 2 ? "0b" : "";
          word(prefix + c->int_digits);
          break;
        }
        case ConstKind::Float: open("Float", e); word(float_text(c->float_value)); break;
        case ConstKind::Imaginary: open("Imaginary", e); word(float_text(c->float_value)); break;
        case ConstKind::Str: open("Str", e); quoted(c->str_value); break;
        case ConstKind::Bytes: open("Bytes", e); quoted(c->str_value); break;
      }
      break;
    }
    case ExprKind::JoinedStr:
      open("JoinedStr", e);
      children(static_cast<const JoinedStr*>(e)->values);
      break;
    case ExprKind::FormattedValue: {
      auto* f = static_cast<const FormattedValue*>(e);
      open("FormattedValue", e);
      child(f->value);
      if (f->conversion) word(std::string("!") + f->conversion);
      if (f->format_spec) child(f->format_spec);
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      open("BinOp", e);
      word(binop_name(b->op));
      child(b->left);
      child(b->right);
      break;
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      open("UnaryOp", e);
      word(unaryop_name(u->op));
      child(u->operand);
      break;
    }
    case ExprKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      open("BoolOp", e);
      word(b->op == BoolOpKind::And ? "And" : "Or");
      children(b->values);
      break;
    }
    case ExprKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      open("Compare", e);
      child(c->left);
      for (size_t i = 0; i < c->ops.size() && i < c->comparators.size(); ++i) {
        word(cmpop_name(c->ops[i]));
        child(c->comparators[i]);
      }
      break;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      open("IfExp", e);
      child(i->test);
      child(i->body);
      child(i->orelse);
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<const Call*>(e);
      open("Call", e);
      child(c->func);
      children(c->args);
      keywords(c->keywords);
      break;
    }
    case ExprKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      open("Attribute", e);
      child(a->value);
      word(a->attr);
      ctx(a->ctx);
      break;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      open("Subscript", e);
      child(s->value);
      child(s->slice);
      ctx(s->ctx);
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      open("Slice", e);
      opt(s->lower);
      opt(s->upper);
      opt(s->step);
      break;
    }
    case ExprKind::Starred: {
      auto* s = static_cast<const Starred*>(e);
      open("Starred", e);
      child(s->value);
      ctx(s->ctx);
      break;
    }
    case ExprKind::List: {
      auto* l = static_cast<const List*>(e);
      open("List", e);
      children(l->elts);
      ctx(l->ctx);
      break;
    }
    case ExprKind::Tuple: {
      auto* t = static_cast<const Tuple*>(e);
      open("Tuple", e);
      children(t->elts);
      ctx(t->ctx);
      break;
    }
    case ExprKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      open("Dict", e);
      for (size_t i = 0; i < d->keys.size() && i < d->values.size(); ++i) {
        if (d->keys[i]) {
          out += " (";
          expr(d->keys[i]);
          child(d->values[i]);
          out += ')';
        } else {
          out += " (**";
          child(d->values[i]);
          out += ')';
        }
      }
      break;
    }
    case ExprKind::Set:
      open("Set", e);
      children(static_cast<const Set*>(e)->elts);
      break;
    case ExprKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      open("Lambda", e);
      arguments(l->args);
      child(l->body);
      break;
    }
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::GeneratorExp:
    case ExprKind::DictComp: {
      auto* c = static_cast<const Comp*>(e);
      open(e->kind == ExprKind::ListComp  ? "ListComp"
           : e->kind == ExprKind::SetComp ? "SetComp"
           : e->kind == ExprKind::DictComp ? "DictComp"
                                           : "GeneratorExp",
           e);
      if (e->kind == ExprKind::DictComp) {
        child(c->key);
        child(c->value);
      } else {
        child(c->elt);
      }
      comprehensions(c->generators);
      break;
    }
    case ExprKind::Yield: {
      open("Yield", e);
      if (auto* v = static_cast<const Yield*>(e)->value) child(v);
      break;
    }
    case ExprKind::YieldFrom:
      open("YieldFrom", e);
      child(static_cast<const YieldFrom*>(e)->value);
      break;
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      open("NamedExpr", e);
      child(n->target);
      child(n->value);
      break;
    }
  }
  close();
}

void Dumper::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Expr:
      open("Expr", s);
      child(static_cast<const ExprStmt*>(s)->value);
      break;
    case StmtKind::Assign: {
      auto* a = static_cast<const Assign*>(s);
      open("Assign", s);
      list("targets", a->targets);
      child(a->value);
      break;
    }
    case StmtKind::AugAssign: {
      auto* a = static_cast<const AugAssign*>(s);
      open("AugAssign", s);
      child(a->target);
      word(binop_name(a->op));
      child(a->value);
      break;
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<const AnnAssign*>(s);
      open("AnnAssign", s);
      child(a->target);
      child(a->annotation);
      opt(a->value);
      break;
    }
    case StmtKind::If: {
      auto* i = static_cast<const If*>(s);
      open("If", s);
      child(i->test);
      body("body", i->body);
      if (!i->orelse.empty()) body("orelse", i->orelse);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<const While*>(s);
      open("While", s);
      child(w->test);
      body("body", w->body);
      if (!w->orelse.empty()) body("orelse", w->orelse);
      break;
    }
    case StmtKind::For: {
      auto* f = static_cast<const For*>(s);
      open("For", s);
      child(f->target);
      child(f->iter);
      body("body", f->body);
      if (!f->orelse.empty()) body("orelse", f->orelse);
      break;
    }
    case StmtKind::Break: open("Break", s); break;
    case StmtKind::Continue: open("Continue", s); break;
    case StmtKind::Pass: open("Pass", s); break;
    case StmtKind::FunctionDef: {
      auto* f = static_cast<const FunctionDef*>(s);
      open("FunctionDef", s);
      word(f->name);
      arguments(f->args);
      body("body", f->body);
      if (!f->decorators.empty()) list("decorators", f->decorators);
      if (f->returns) {
        out += " (returns";
        child(f->returns);
        out += ')';
      }
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<const ClassDef*>(s);
      open("ClassDef", s);
      word(c->name);
      if (!c->bases.empty()) list("bases", c->bases);
      keywords(c->keywords);
      body("body", c->body);
      if (!c->decorators.empty()) list("decorators", c->decorators);
      break;
    }
    case StmtKind::Return: {
      open("Return", s);
      if (auto* v = static_cast<const Return*>(s)->value) child(v);
      break;
    }
    case StmtKind::Global: case StmtKind::Nonlocal: {
      bool global = s->kind == StmtKind::Global;
      open(global ? "Global" : "Nonlocal", s);
      const auto& names = global ? static_cast<const Global*>(s)->names
                                 : static_cast<const Nonlocal*>(s)->names;
      for (const std::string& n : names) word(n);
      break;
    }
    case StmtKind::Try: {
      auto* t = static_cast<const Try*>(s);
      open("Try", s);
      body("body", t->body);
      for (const ExceptHandler& h : t->handlers) {
        out += " (except";
        opt(h.type);
        if (!h.name.empty()) word("as " + h.name);
        body("body", h.body);
        out += ')';
      }
      if (!t->orelse.empty()) body("orelse", t->orelse);
      if (!t->finalbody.empty()) body("finally", t->finalbody);
      break;
    }
    case StmtKind::Raise: {
      auto* r = static_cast<const Raise*>(s);
      open("Raise", s);
      if (r->exc) child(r->exc);
      if (r->cause) {
        out += " (from";
        child(r->cause);
        out += ')';
      }
      break;
    }
    case StmtKind::Assert: {
      auto* a = static_cast<const Assert*>(s);
      open("Assert", s);
      child(a->test);
      if (a->msg) child(a->msg);
      break;
    }
    case StmtKind::Delete:
      open("Delete", s);
      children(static_cast<const Delete*>(s)->targets);
      break;
    case StmtKind::Import: case StmtKind::ImportFrom: {
      bool from = s->kind == StmtKind::ImportFrom;
      open(from ? "ImportFrom" : "Import", s);
      const std::vector<Alias>& names =
          from ? static_cast<const ImportFrom*>(s)->names : static_cast<const Import*>(s)->names;
      if (from) {
        auto* f = static_cast<const ImportFrom*>(s);
        word(std::string(static_cast<size_t>(f->level), '.') + f->module);
      }
      for (const Alias& a : names) {
        out += " (alias " + a.name;
        if (!a.asname.empty()) out += " as " + a.asname;
        out += ')';
      }
      break;
    }
    case StmtKind::With: {
      auto* w = static_cast<const With*>(s);
      open("With", s);
      for (const WithItem& item : w->items) {
        out += " (item";
        child(item.context_expr);
        if (item.optional_vars) child(item.optional_vars);
        out += ')';
      }
      body("body", w->body);
      break;
    }
  }
  close();
}

}  // namespace

std::string dump_expr(const ast::Expr* e, DumpOptions options) {
  Dumper d(options);
  d.expr(e);
  return std::move(d.out);
}

std::string dump_stmt(const ast::Stmt* s, DumpOptions options) {
  Dumper d(options);
  d.stmt(s);
  return std::move(d.out);
}

std::string dump_module(const ast::Module& m, DumpOptions options) {
  Dumper d(options);
  for (size_t i = 0; i < m.body.size(); ++i) {
    if (i) d.out += '\n';
    d.stmt(m.body[i]);
  }
  return std::move(d.out);
}

}  // namespace stk
