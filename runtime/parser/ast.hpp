// The abstract syntax tree: the contract between the parser (which builds it) and
// the compiler (which walks it). Shapes follow CPython's `ast` module so that its
// documentation explains ours; every node carries the location of its first token.
// Nodes live in an `Arena` and die with it: nothing outside the compile step keeps
// a pointer into the tree.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <stk/error.hpp>

namespace stk::ast {

struct Node {
  SourceLocation loc;
  virtual ~Node() = default;
};

// Owns every node of one parse.
class Arena {
 public:
  template <class T, class... Args>
  T* make(SourceLocation loc, Args&&... args) {
    auto node = std::make_unique<T>(std::forward<Args>(args)...);
    node->loc = loc;
    T* raw = node.get();
    nodes_.push_back(std::move(node));
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Node>> nodes_;
};

// ---------------------------------------------------------------- expressions

enum class ExprKind {
  Name, Constant, JoinedStr, FormattedValue, BinOp, UnaryOp, BoolOp, Compare,
  IfExp, Call, Attribute, Subscript, Slice, Starred, List, Tuple, Dict, Set,
  Lambda, ListComp, SetComp, DictComp, GeneratorExp, Yield, YieldFrom, NamedExpr,
};

// Where an expression stands: read, assigned to, or deleted. The parser sets
// Store/Del on assignment and `del` targets (recursively through tuples, lists
// and starred), and on `for` and comprehension targets.
enum class Ctx { Load, Store, Del };

enum class BinOpKind {
  Add, Sub, Mult, MatMult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd,
};
enum class UnaryOpKind { Invert, Not, UAdd, USub };
enum class BoolOpKind { And, Or };
enum class CmpOpKind { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Expr : Node {
  ExprKind kind;
  explicit Expr(ExprKind k) : kind(k) {}
};

struct Name : Expr {
  std::string id;
  Ctx ctx = Ctx::Load;
  Name() : Expr(ExprKind::Name) {}
};

enum class ConstKind { None, True, False, Ellipsis, Int, Float, Imaginary, Str, Bytes };

struct Constant : Expr {
  ConstKind const_kind = ConstKind::None;
  // Int: digits without prefix or underscores, in `int_base` (2, 8, 10 or 16).
  // The compiler converts (small ints stay unboxed, big ones become GMP ints).
  std::string int_digits;
  int int_base = 10;
  double float_value = 0.0;  // Float, and Imaginary's imaginary part
  std::string str_value;     // Str: decoded UTF-8; Bytes: raw bytes
  Constant() : Expr(ExprKind::Constant) {}
};

// f-string: the concatenation of its `values`, each a Str Constant or a
// FormattedValue. Adjacent literals ("a" f"b{x}" 'c') are merged into one node.
struct JoinedStr : Expr {
  std::vector<Expr*> values;
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
};

struct FormattedValue : Expr {
  Expr* value = nullptr;
  char conversion = 0;              // 0, 's', 'r' or 'a'
  JoinedStr* format_spec = nullptr;  // null when there is no ':spec'
  // f"{x=}" is expanded by the parser into Constant("x=") followed by this node
  // with conversion 'r' (when neither conversion nor spec was given), as CPython does.
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
};

struct BinOp : Expr {
  Expr* left = nullptr;
  BinOpKind op = BinOpKind::Add;
  Expr* right = nullptr;
  BinOp() : Expr(ExprKind::BinOp) {}
};

struct UnaryOp : Expr {
  UnaryOpKind op = UnaryOpKind::Not;
  Expr* operand = nullptr;
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
};

// `a and b and c` is one BoolOp with three values.
struct BoolOp : Expr {
  BoolOpKind op = BoolOpKind::And;
  std::vector<Expr*> values;
  BoolOp() : Expr(ExprKind::BoolOp) {}
};

// `a < b <= c`: left = a, ops = {Lt, LtE}, comparators = {b, c}.
struct Compare : Expr {
  Expr* left = nullptr;
  std::vector<CmpOpKind> ops;
  std::vector<Expr*> comparators;
  Compare() : Expr(ExprKind::Compare) {}
};

struct IfExp : Expr {
  Expr* test = nullptr;
  Expr* body = nullptr;
  Expr* orelse = nullptr;
  IfExp() : Expr(ExprKind::IfExp) {}
};

struct Keyword {
  std::string arg;  // empty for `**mapping`
  Expr* value = nullptr;
  SourceLocation loc;
};

// Positional arguments may be Starred (`*xs`); keywords with an empty `arg` are `**m`.
struct Call : Expr {
  Expr* func = nullptr;
  std::vector<Expr*> args;
  std::vector<Keyword> keywords;
  Call() : Expr(ExprKind::Call) {}
};

struct Attribute : Expr {
  Expr* value = nullptr;
  std::string attr;
  Ctx ctx = Ctx::Load;
  Attribute() : Expr(ExprKind::Attribute) {}
};

// `a[i]`, `a[i:j]` (slice is a Slice), `a[i, j]` (slice is a Tuple, possibly of Slices).
struct Subscript : Expr {
  Expr* value = nullptr;
  Expr* slice = nullptr;
  Ctx ctx = Ctx::Load;
  Subscript() : Expr(ExprKind::Subscript) {}
};

struct Slice : Expr {
  Expr* lower = nullptr;  // each may be null
  Expr* upper = nullptr;
  Expr* step = nullptr;
  Slice() : Expr(ExprKind::Slice) {}
};

struct Starred : Expr {
  Expr* value = nullptr;
  Ctx ctx = Ctx::Load;
  Starred() : Expr(ExprKind::Starred) {}
};

// Elements may be Starred (`[*a, 1]`, or a starred assignment target).
struct List : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  List() : Expr(ExprKind::List) {}
};

struct Tuple : Expr {
  std::vector<Expr*> elts;
  Ctx ctx = Ctx::Load;
  Tuple() : Expr(ExprKind::Tuple) {}
};

// A null key means `**mapping` in the display, and its value is the mapping.
struct Dict : Expr {
  std::vector<Expr*> keys;
  std::vector<Expr*> values;
  Dict() : Expr(ExprKind::Dict) {}
};

struct Set : Expr {
  std::vector<Expr*> elts;
  Set() : Expr(ExprKind::Set) {}
};

struct Arg {
  std::string name;
  SourceLocation loc;
  Expr* annotation = nullptr;  // parsed, then ignored by the compiler
};

// def f(a, b=1, /, c=2, *args, d, e=3, **kw):
//   posonlyargs = {a, b}, args = {c}, defaults = {1, 2} (for the LAST
//   len(defaults) of posonlyargs+args), vararg = args, kwonlyargs = {d, e},
//   kw_defaults = {null, 3} (one per kwonly arg, null = required), kwarg = kw.
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::vector<Expr*> defaults;
  bool has_vararg = false;
  Arg vararg;
  std::vector<Arg> kwonlyargs;
  std::vector<Expr*> kw_defaults;
  bool has_kwarg = false;
  Arg kwarg;
};

struct Lambda : Expr {
  Arguments args;
  Expr* body = nullptr;
  Lambda() : Expr(ExprKind::Lambda) {}
};

struct Comprehension {
  Expr* target = nullptr;  // ctx Store
  Expr* iter = nullptr;
  std::vector<Expr*> ifs;
  SourceLocation loc;
};

// ListComp, SetComp and GeneratorExp use `elt`; DictComp uses `key` and `value`.
struct Comp : Expr {
  Expr* elt = nullptr;
  Expr* key = nullptr;
  Expr* value = nullptr;
  std::vector<Comprehension> generators;
  explicit Comp(ExprKind k) : Expr(k) {}
};

struct Yield : Expr {
  Expr* value = nullptr;  // null for a bare `yield`
  Yield() : Expr(ExprKind::Yield) {}
};

struct YieldFrom : Expr {
  Expr* value = nullptr;
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
};

struct NamedExpr : Expr {
  Name* target = nullptr;
  Expr* value = nullptr;
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind {
  Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass,
  FunctionDef, ClassDef, Return, Global, Nonlocal, Try, Raise, Assert, Delete,
  Import, ImportFrom, With,
};

struct Stmt : Node {
  StmtKind kind;
  explicit Stmt(StmtKind k) : kind(k) {}
};

using Body = std::vector<Stmt*>;

struct ExprStmt : Stmt {
  Expr* value = nullptr;
  ExprStmt() : Stmt(StmtKind::Expr) {}
};

// `a = b = value`: targets = {a, b}, assigned left to right as CPython does.
struct Assign : Stmt {
  std::vector<Expr*> targets;
  Expr* value = nullptr;
  Assign() : Stmt(StmtKind::Assign) {}
};

struct AugAssign : Stmt {
  Expr* target = nullptr;  // Name, Attribute or Subscript (ctx Store)
  BinOpKind op = BinOpKind::Add;
  Expr* value = nullptr;
  AugAssign() : Stmt(StmtKind::AugAssign) {}
};

// `x: int = 5`; the annotation is parsed and ignored; `value` may be null.
struct AnnAssign : Stmt {
  Expr* target = nullptr;
  Expr* annotation = nullptr;
  Expr* value = nullptr;
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
};

// elif chains become nested If nodes in `orelse`, as in CPython.
struct If : Stmt {
  Expr* test = nullptr;
  Body body;
  Body orelse;
  If() : Stmt(StmtKind::If) {}
};

struct While : Stmt {
  Expr* test = nullptr;
  Body body;
  Body orelse;
  While() : Stmt(StmtKind::While) {}
};

struct For : Stmt {
  Expr* target = nullptr;
  Expr* iter = nullptr;
  Body body;
  Body orelse;
  For() : Stmt(StmtKind::For) {}
};

struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};
struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};
struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};

// `loc` is the `def` keyword's location (CPython reports the first decorator's
// line for tracebacks of decorated functions; `def_line` keeps the `def` line).
struct FunctionDef : Stmt {
  std::string name;
  Arguments args;
  Body body;
  std::vector<Expr*> decorators;
  Expr* returns = nullptr;  // annotation, ignored
  int def_line = 0;
  FunctionDef() : Stmt(StmtKind::FunctionDef) {}
};

struct ClassDef : Stmt {
  std::string name;
  std::vector<Expr*> bases;
  std::vector<Keyword> keywords;  // e.g. metaclass=...; the compiler rejects them
  Body body;
  std::vector<Expr*> decorators;
  ClassDef() : Stmt(StmtKind::ClassDef) {}
};

struct Return : Stmt {
  Expr* value = nullptr;
  Return() : Stmt(StmtKind::Return) {}
};

struct Global : Stmt {
  std::vector<std::string> names;
  Global() : Stmt(StmtKind::Global) {}
};

struct Nonlocal : Stmt {
  std::vector<std::string> names;
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
};

struct ExceptHandler {
  Expr* type = nullptr;  // null for a bare `except:`
  std::string name;      // empty when there is no `as name`
  Body body;
  SourceLocation loc;
};

struct Try : Stmt {
  Body body;
  std::vector<ExceptHandler> handlers;
  Body orelse;
  Body finalbody;
  Try() : Stmt(StmtKind::Try) {}
};

struct Raise : Stmt {
  Expr* exc = nullptr;    // null for a bare `raise`
  Expr* cause = nullptr;  // `raise exc from cause`
  Raise() : Stmt(StmtKind::Raise) {}
};

struct Assert : Stmt {
  Expr* test = nullptr;
  Expr* msg = nullptr;
  Assert() : Stmt(StmtKind::Assert) {}
};

struct Delete : Stmt {
  std::vector<Expr*> targets;  // ctx Del
  Delete() : Stmt(StmtKind::Delete) {}
};

struct Alias {
  std::string name;    // dotted for `import a.b`; "*" for `from m import *`
  std::string asname;  // empty when absent
  SourceLocation loc;
};

struct Import : Stmt {
  std::vector<Alias> names;
  Import() : Stmt(StmtKind::Import) {}
};

struct ImportFrom : Stmt {
  std::string module;  // may be empty for `from . import x`
  std::vector<Alias> names;
  int level = 0;  // number of leading dots
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
};

struct WithItem {
  Expr* context_expr = nullptr;
  Expr* optional_vars = nullptr;  // ctx Store, may be null
};

struct With : Stmt {
  std::vector<WithItem> items;
  Body body;
  With() : Stmt(StmtKind::With) {}
};

struct Module {
  Body body;
};

}  // namespace stk::ast
