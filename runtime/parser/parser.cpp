// Statements: the module loop, blocks and layout errors, compound and simple
// statements, and the public entry points. Expressions live in parse_expr.cpp and
// literals in parse_string.cpp, to keep each translation unit small. The first
// error throws; nothing is recovered.
#include "parser/parser.hpp"

#include "parser/parser_impl.hpp"
#include "parser/unsupported.hpp"

namespace stk {
namespace detail {

using namespace ast;

Parser::Parser(std::string_view source, Arena& arena, Lexer::Mode mode, SourceLocation origin,
               int depth)
    : lexer_(source, mode, origin), tokens_(lexer_.tokenize()), arena_(arena), depth_(depth) {
  if (tokens_[0].kind == TokenKind::Error) throw *lexer_.error();
}

DepthGuard::DepthGuard(Parser& parser, SourceLocation loc) : parser_(parser) {
  if (++parser_.depth_ > kMaxParseDepth) {
    --parser_.depth_;
    throw CompileError("SyntaxError", loc, "too many nested parentheses");
  }
}

// ------------------------------------------------------------------ tokens

bool Parser::accept(TokenKind kind) {
  if (!at(kind)) return false;
  advance();
  return true;
}

const Token& Parser::advance() {
  const Token& t = tokens_[pos_];
  if (pos_ + 1 < tokens_.size()) ++pos_;
  if (tokens_[pos_].kind == TokenKind::Error) throw *lexer_.error();
  return t;
}

const Token& Parser::expect(TokenKind kind) {
  if (!at(kind)) invalid_syntax();
  return advance();
}

void Parser::expect_colon() {
  if (!at(TokenKind::Colon)) error(tok().loc, "expected ':'");
  advance();
}

void Parser::error(SourceLocation loc, std::string message, std::string kind) {
  throw CompileError(std::move(kind), loc, std::move(message));
}

void Parser::invalid_syntax() {
  if (at(TokenKind::Indent)) error(tok().loc, "unexpected indent", "IndentationError");
  error(tok().loc, "invalid syntax");
}

// ------------------------------------------------------------------ entry points

Module Parser::parse_module() {
  Module module;
  while (!at(TokenKind::EndOfFile)) parse_statement(module.body);
  return module;
}

Expr* Parser::parse_eval_input() {
  Expr* e = parse_star_expressions();
  while (accept(TokenKind::Newline)) {
  }
  if (!at(TokenKind::EndOfFile)) invalid_syntax();
  return e;
}

// ------------------------------------------------------------------ statements

void Parser::parse_statement(Body& out) {
  DepthGuard guard(*this, tok().loc);
  if (at(TokenKind::Indent)) error(tok().loc, "unexpected indent", "IndentationError");
  if (Stmt* s = parse_compound_statement()) {
    out.push_back(s);
    return;
  }
  parse_simple_statements(out);
}

void Parser::parse_simple_statements(Body& out) {
  out.push_back(parse_simple_statement());
  while (accept(TokenKind::Semicolon)) {
    if (at(TokenKind::Newline)) break;
    out.push_back(parse_simple_statement());
  }
  if (!at(TokenKind::Newline)) invalid_syntax();
  advance();
}

// `after` completes "expected an indented block after ...".
void Parser::parse_block(Body& out, const std::string& after) {
  if (!accept(TokenKind::Newline)) {
    parse_simple_statements(out);
    return;
  }
  if (!accept(TokenKind::Indent)) {
    error(tok().loc, "expected an indented block after " + after, "IndentationError");
  }
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndOfFile)) parse_statement(out);
  accept(TokenKind::Dedent);
}

namespace {
std::string header(std::string_view what, const Token& t) {
  return std::string(what) + " on line " + std::to_string(t.loc.line);
}
}  // namespace

Stmt* Parser::parse_compound_statement() {
  switch (tok().kind) {
    case TokenKind::KwIf: return parse_if(false);
    case TokenKind::KwWhile: return parse_while();
    case TokenKind::KwFor: return parse_for();
    case TokenKind::KwTry: return parse_try();
    case TokenKind::KwWith: return parse_with();
    case TokenKind::KwDef: return parse_funcdef({});
    case TokenKind::KwClass: return parse_classdef({});
    case TokenKind::At: return parse_decorated();
    case TokenKind::KwAsync:
      if (peek_tok().kind == TokenKind::KwDef) reject_unsupported(Unsupported::AsyncDef, tok().loc);
      if (peek_tok().kind == TokenKind::KwFor) reject_unsupported(Unsupported::AsyncFor, tok().loc);
      if (peek_tok().kind == TokenKind::KwWith) reject_unsupported(Unsupported::AsyncWith, tok().loc);
      invalid_syntax();
    case TokenKind::Name:
      if (is_match_statement()) reject_unsupported(Unsupported::MatchStatement, tok().loc);
      return nullptr;
    default: return nullptr;
  }
}

// `match` is a soft keyword: a statement is a match statement only when `match`
// is followed by something that can start an expression and the logical line
// ends with ':' (no simple statement can), so `match = 3` stays an assignment.
bool Parser::is_match_statement() const {
  if (!at_name("match")) return false;
  switch (peek_tok().kind) {
    case TokenKind::Equal: case TokenKind::Colon: case TokenKind::Dot: case TokenKind::Comma:
    case TokenKind::Semicolon: case TokenKind::Newline: case TokenKind::RParen:
    case TokenKind::EndOfFile:
      return false;
    default: break;
  }
  size_t i = pos_ + 1;
  while (i + 1 < tokens_.size() && tokens_[i + 1].kind != TokenKind::Newline &&
         tokens_[i + 1].kind != TokenKind::Semicolon &&
         tokens_[i + 1].kind != TokenKind::EndOfFile) {
    ++i;
  }
  return tokens_[i].kind == TokenKind::Colon;
}

bool Parser::is_type_alias() const {
  return at_name("type") && peek_tok().kind == TokenKind::Name &&
         (peek_tok(2).kind == TokenKind::Equal || peek_tok(2).kind == TokenKind::LBracket);
}

Stmt* Parser::parse_if(bool is_elif) {
  const Token& kw = advance();
  auto* s = arena_.make<If>(kw.loc);
  s->test = parse_named_expression();
  expect_colon();
  parse_block(s->body, header(is_elif ? "'elif' statement" : "'if' statement", kw));
  if (at(TokenKind::KwElif)) {
    s->orelse.push_back(parse_if(true));
  } else if (at(TokenKind::KwElse)) {
    const Token& else_kw = advance();
    expect_colon();
    parse_block(s->orelse, header("'else' statement", else_kw));
  }
  return s;
}

Stmt* Parser::parse_while() {
  const Token& kw = advance();
  auto* s = arena_.make<While>(kw.loc);
  s->test = parse_named_expression();
  expect_colon();
  parse_block(s->body, header("'while' statement", kw));
  if (at(TokenKind::KwElse)) {
    const Token& else_kw = advance();
    expect_colon();
    parse_block(s->orelse, header("'else' statement", else_kw));
  }
  return s;
}

Stmt* Parser::parse_for() {
  const Token& kw = advance();
  auto* s = arena_.make<For>(kw.loc);
  s->target = parse_star_targets();
  set_target(s->target, Ctx::Store, TargetUse::Other);
  expect(TokenKind::KwIn);
  s->iter = parse_star_expressions();
  expect_colon();
  parse_block(s->body, header("'for' statement", kw));
  if (at(TokenKind::KwElse)) {
    const Token& else_kw = advance();
    expect_colon();
    parse_block(s->orelse, header("'else' statement", else_kw));
  }
  return s;
}

Stmt* Parser::parse_try() {
  const Token& kw = advance();
  auto* s = arena_.make<Try>(kw.loc);
  expect_colon();
  parse_block(s->body, header("'try' statement", kw));
  while (at(TokenKind::KwExcept)) {
    const Token& except_kw = advance();
    if (at(TokenKind::Star)) reject_unsupported(Unsupported::ExceptStar, except_kw.loc);
    if (!s->handlers.empty() && s->handlers.back().type == nullptr) {
      error(s->handlers.back().loc, "default 'except:' must be last");
    }
    ExceptHandler handler;
    handler.loc = except_kw.loc;
    if (!at(TokenKind::Colon)) {
      handler.type = parse_expression();
      if (at(TokenKind::Comma)) {
        error(handler.type->loc, "multiple exception types must be parenthesized");
      }
      if (accept(TokenKind::KwAs)) handler.name = std::string(expect(TokenKind::Name).text);
    }
    expect_colon();
    parse_block(handler.body, header("'except' statement", except_kw));
    s->handlers.push_back(std::move(handler));
  }
  if (at(TokenKind::KwElse)) {
    if (s->handlers.empty()) error(tok().loc, "expected 'except' or 'finally' block");
    const Token& else_kw = advance();
    expect_colon();
    parse_block(s->orelse, header("'else' statement", else_kw));
  }
  if (at(TokenKind::KwFinally)) {
    const Token& fin_kw = advance();
    expect_colon();
    parse_block(s->finalbody, header("'finally' statement", fin_kw));
  }
  if (s->handlers.empty() && s->finalbody.empty()) {
    error(tok().loc, "expected 'except' or 'finally' block");
  }
  return s;
}

Stmt* Parser::parse_with() {
  const Token& kw = advance();
  auto* s = arena_.make<With>(kw.loc);
  if (!at(TokenKind::LParen) || !try_parse_parenthesized_with_items(s->items)) {
    do {
      s->items.push_back(parse_with_item());
    } while (accept(TokenKind::Comma));
  }
  expect_colon();
  parse_block(s->body, header("'with' statement", kw));
  return s;
}

// `with (a as b, c):` versus `with (a, b) as c:` needs backtracking, as in
// CPython's PEG grammar: try the parenthesized item list, else rewind.
bool Parser::try_parse_parenthesized_with_items(std::vector<WithItem>& items) {
  size_t start = pos_;
  try {
    advance();
    std::vector<WithItem> parsed;
    do {
      if (at(TokenKind::RParen)) break;
      parsed.push_back(parse_with_item());
    } while (accept(TokenKind::Comma));
    if (parsed.empty() || !accept(TokenKind::RParen) || !at(TokenKind::Colon)) {
      pos_ = start;
      return false;
    }
    items = std::move(parsed);
    return true;
  } catch (const CompileError&) {
    pos_ = start;
    return false;
  }
}

WithItem Parser::parse_with_item() {
  WithItem item;
  item.context_expr = parse_expression();
  if (accept(TokenKind::KwAs)) {
    item.optional_vars = parse_bitwise_or();  // one target: the ',' separates items
    set_target(item.optional_vars, Ctx::Store, TargetUse::Other);
  }
  return item;
}

Stmt* Parser::parse_decorated() {
  std::vector<Expr*> decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(parse_named_expression());
    if (!accept(TokenKind::Newline)) invalid_syntax();
  }
  if (at(TokenKind::KwDef)) return parse_funcdef(std::move(decorators));
  if (at(TokenKind::KwClass)) return parse_classdef(std::move(decorators));
  if (at(TokenKind::KwAsync) && peek_tok().kind == TokenKind::KwDef) {
    reject_unsupported(Unsupported::AsyncDef, tok().loc);
  }
  invalid_syntax();
}

Stmt* Parser::parse_funcdef(std::vector<Expr*> decorators) {
  const Token& kw = advance();
  auto* s = arena_.make<FunctionDef>(kw.loc);
  s->def_line = kw.loc.line;
  s->decorators = std::move(decorators);
  s->name = std::string(expect(TokenKind::Name).text);
  if (at(TokenKind::LBracket)) reject_unsupported(Unsupported::TypeParameters, tok().loc);
  if (!accept(TokenKind::LParen)) error(tok().loc, "expected '('");
  parse_parameters(s->args, TokenKind::RParen, true);
  expect(TokenKind::RParen);
  if (accept(TokenKind::Arrow)) s->returns = parse_expression();
  expect_colon();
  parse_block(s->body, header("function definition", kw));
  return s;
}

Stmt* Parser::parse_classdef(std::vector<Expr*> decorators) {
  const Token& kw = advance();
  auto* s = arena_.make<ClassDef>(kw.loc);
  s->decorators = std::move(decorators);
  s->name = std::string(expect(TokenKind::Name).text);
  if (at(TokenKind::LBracket)) reject_unsupported(Unsupported::TypeParameters, tok().loc);
  if (at(TokenKind::LParen)) {
    Call call;  // reuse the call-argument grammar, then move the pieces over
    advance();
    parse_call_arguments(&call);
    s->bases = std::move(call.args);
    s->keywords = std::move(call.keywords);
  }
  expect_colon();
  parse_block(s->body, header("class definition", kw));
  return s;
}

// ------------------------------------------------------------------ simple statements

Stmt* Parser::parse_simple_statement() {
  const Token& t = tok();
  switch (t.kind) {
    case TokenKind::KwPass: advance(); return arena_.make<Pass>(t.loc);
    case TokenKind::KwBreak: advance(); return arena_.make<Break>(t.loc);
    case TokenKind::KwContinue: advance(); return arena_.make<Continue>(t.loc);
    case TokenKind::KwReturn: {
      advance();
      auto* s = arena_.make<Return>(t.loc);
      if (at_expression_start()) s->value = parse_star_expressions();
      return s;
    }
    case TokenKind::KwRaise: {
      advance();
      auto* s = arena_.make<Raise>(t.loc);
      if (at_expression_start()) {
        s->exc = parse_expression();
        if (accept(TokenKind::KwFrom)) s->cause = parse_expression();
      }
      return s;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      advance();
      std::vector<std::string> names;
      do {
        names.emplace_back(expect(TokenKind::Name).text);
      } while (accept(TokenKind::Comma));
      if (t.kind == TokenKind::KwGlobal) {
        auto* s = arena_.make<Global>(t.loc);
        s->names = std::move(names);
        return s;
      }
      auto* s = arena_.make<Nonlocal>(t.loc);
      s->names = std::move(names);
      return s;
    }
    case TokenKind::KwDel: return parse_del();
    case TokenKind::KwAssert: {
      advance();
      auto* s = arena_.make<Assert>(t.loc);
      s->test = parse_expression();
      if (accept(TokenKind::Comma)) s->msg = parse_expression();
      return s;
    }
    case TokenKind::KwImport: return parse_import();
    case TokenKind::KwFrom: return parse_from_import();
    case TokenKind::Name:
      if (is_type_alias()) reject_unsupported(Unsupported::TypeAlias, t.loc);
      return parse_expression_statement();
    default: return parse_expression_statement();
  }
}

namespace {

struct AugOp {
  TokenKind token;
  BinOpKind op;
};
constexpr AugOp kAugOps[] = {
    {TokenKind::PlusEqual, BinOpKind::Add},          {TokenKind::MinusEqual, BinOpKind::Sub},
    {TokenKind::StarEqual, BinOpKind::Mult},         {TokenKind::AtEqual, BinOpKind::MatMult},
    {TokenKind::SlashEqual, BinOpKind::Div},         {TokenKind::DoubleSlashEqual, BinOpKind::FloorDiv},
    {TokenKind::PercentEqual, BinOpKind::Mod},       {TokenKind::DoubleStarEqual, BinOpKind::Pow},
    {TokenKind::LeftShiftEqual, BinOpKind::LShift},  {TokenKind::RightShiftEqual, BinOpKind::RShift},
    {TokenKind::VBarEqual, BinOpKind::BitOr},        {TokenKind::CircumflexEqual, BinOpKind::BitXor},
    {TokenKind::AmperEqual, BinOpKind::BitAnd},
};

const AugOp* find_aug_op(TokenKind kind) {
  for (const AugOp& op : kAugOps) {
    if (op.token == kind) return &op;
  }
  return nullptr;
}

bool is_simple_target(const Expr* e) {
  return e->kind == ExprKind::Name || e->kind == ExprKind::Attribute ||
         e->kind == ExprKind::Subscript;
}

}  // namespace

Stmt* Parser::parse_expression_statement() {
  SourceLocation loc = tok().loc;
  auto parse_value = [&] {
    return at(TokenKind::KwYield) ? parse_yield_expression() : parse_star_expressions();
  };
  Expr* first = parse_value();

  if (at(TokenKind::Equal)) {
    auto* s = arena_.make<Assign>(loc);
    s->targets.push_back(first);
    while (accept(TokenKind::Equal)) {
      Expr* value = parse_value();
      if (at(TokenKind::Equal)) {
        s->targets.push_back(value);
      } else {
        s->value = value;
      }
    }
    for (Expr* target : s->targets) set_target(target, Ctx::Store, TargetUse::Assign);
    return s;
  }
  if (const AugOp* op = find_aug_op(tok().kind)) {
    if (!is_simple_target(first)) {
      error(first->loc, "'" + expression_description(first) +
                            "' is an illegal expression for augmented assignment");
    }
    advance();
    auto* s = arena_.make<AugAssign>(loc);
    s->target = first;
    set_target(first, Ctx::Store, TargetUse::Other);
    s->op = op->op;
    s->value = parse_value();
    return s;
  }
  if (at(TokenKind::Colon)) {
    if (first->kind == ExprKind::Tuple) {
      error(first->loc, "only single target (not tuple) can be annotated");
    }
    if (!is_simple_target(first)) error(first->loc, "illegal target for annotation");
    advance();
    auto* s = arena_.make<AnnAssign>(loc);
    s->target = first;
    set_target(first, Ctx::Store, TargetUse::Other);
    s->annotation = parse_expression();
    if (accept(TokenKind::Equal)) s->value = parse_value();
    return s;
  }
  auto* s = arena_.make<ExprStmt>(loc);
  s->value = first;
  return s;
}

Stmt* Parser::parse_del() {
  const Token& kw = advance();
  auto* s = arena_.make<Delete>(kw.loc);
  do {
    if (!at_expression_start()) break;
    Expr* target = parse_star_expression();
    set_target(target, Ctx::Del, TargetUse::Delete);
    s->targets.push_back(target);
  } while (accept(TokenKind::Comma));
  if (s->targets.empty()) invalid_syntax();
  return s;
}

std::string Parser::parse_dotted_name() {
  std::string name(expect(TokenKind::Name).text);
  while (accept(TokenKind::Dot)) {
    name += '.';
    name += expect(TokenKind::Name).text;
  }
  return name;
}

Stmt* Parser::parse_import() {
  const Token& kw = advance();
  auto* s = arena_.make<Import>(kw.loc);
  do {
    Alias alias;
    alias.loc = tok().loc;
    alias.name = parse_dotted_name();
    if (accept(TokenKind::KwAs)) alias.asname = std::string(expect(TokenKind::Name).text);
    s->names.push_back(std::move(alias));
  } while (accept(TokenKind::Comma));
  return s;
}

Stmt* Parser::parse_from_import() {
  const Token& kw = advance();
  auto* s = arena_.make<ImportFrom>(kw.loc);
  while (at(TokenKind::Dot) || at(TokenKind::Ellipsis)) {
    s->level += at(TokenKind::Dot) ? 1 : 3;
    advance();
  }
  if (s->level == 0 || at(TokenKind::Name)) s->module = parse_dotted_name();
  expect(TokenKind::KwImport);
  if (at(TokenKind::Star)) {
    Alias alias;
    alias.loc = advance().loc;
    alias.name = "*";
    s->names.push_back(std::move(alias));
    return s;
  }
  bool parenthesized = accept(TokenKind::LParen);
  do {
    if (parenthesized && at(TokenKind::RParen) && !s->names.empty()) break;
    if (!parenthesized && !s->names.empty() && !at(TokenKind::Name)) {
      error(tok().loc, "trailing comma not allowed without surrounding parentheses");
    }
    Alias alias;
    alias.loc = tok().loc;
    alias.name = std::string(expect(TokenKind::Name).text);
    if (accept(TokenKind::KwAs)) alias.asname = std::string(expect(TokenKind::Name).text);
    s->names.push_back(std::move(alias));
  } while (accept(TokenKind::Comma));
  if (parenthesized) expect(TokenKind::RParen);
  return s;
}

}  // namespace detail

ast::Module parse_module(std::string_view source, ast::Arena& arena) {
  detail::Parser parser(source, arena, Lexer::Mode::Module);
  return parser.parse_module();
}

ast::Expr* parse_expression(std::string_view source, ast::Arena& arena) {
  detail::Parser parser(source, arena, Lexer::Mode::Fragment);
  return parser.parse_eval_input();
}

}  // namespace stk
