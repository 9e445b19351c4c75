// The recursive-descent Parser class shared by parser.cpp (statements),
// parse_expr.cpp (expressions) and parse_string.cpp (literals and f-strings).
// Internal to parser/: everything else uses parser.hpp. Invariant: every
// recursive entry point holds a DepthGuard, so no input can overflow the C stack.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/lexer.hpp"
#include "parser/ast.hpp"

namespace stk::detail {

// Deepest expression/statement nesting the parser follows before giving up.
inline constexpr int kMaxParseDepth = 400;

class Parser {
 public:
  Parser(std::string_view source, ast::Arena& arena, Lexer::Mode mode,
         SourceLocation origin = {1, 1}, int depth = 0);

  ast::Module parse_module();
  // An `eval`-style input: expressions, then end of input.
  ast::Expr* parse_eval_input();
  // The expression of an f-string replacement field.
  ast::Expr* parse_fstring_field();

 private:
  friend class DepthGuard;

  // ---- tokens (parser.cpp)
  const Token& tok() const { return tokens_[pos_]; }
  const Token& peek_tok(size_t n = 1) const {
    return tokens_[std::min(pos_ + n, tokens_.size() - 1)];
  }
  bool at(TokenKind kind) const { return tok().kind == kind; }
  bool at_name(std::string_view text) const {
    return tok().kind == TokenKind::Name && tok().text == text;
  }
  bool accept(TokenKind kind);
  const Token& advance();
  const Token& expect(TokenKind kind);
  void expect_colon();
  [[noreturn]] void error(SourceLocation loc, std::string message,
                          std::string kind = "SyntaxError");
  [[noreturn]] void invalid_syntax();

  // ---- statements (parser.cpp)
  void parse_statement(ast::Body& out);
  void parse_simple_statements(ast::Body& out);
  ast::Stmt* parse_simple_statement();
  ast::Stmt* parse_compound_statement();
  void parse_block(ast::Body& out, const std::string& after);
  ast::Stmt* parse_if(bool is_elif);
  ast::Stmt* parse_while();
  ast::Stmt* parse_for();
  ast::Stmt* parse_try();
  ast::Stmt* parse_with();
  bool try_parse_parenthesized_with_items(std::vector<ast::WithItem>& items);
  ast::WithItem parse_with_item();
  ast::Stmt* parse_decorated();
  ast::Stmt* parse_funcdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* parse_classdef(std::vector<ast::Expr*> decorators);
  ast::Stmt* parse_expression_statement();
  ast::Stmt* parse_import();
  ast::Stmt* parse_from_import();
  ast::Stmt* parse_del();
  std::string parse_dotted_name();
  bool is_match_statement() const;
  bool is_type_alias() const;

  // ---- expressions (parse_expr.cpp)
  ast::Expr* parse_star_expressions();
  ast::Expr* parse_star_expression();
  ast::Expr* parse_star_named_expression();
  ast::Expr* parse_named_expression();
  ast::Expr* parse_expression();
  ast::Expr* parse_yield_expression();
  ast::Expr* parse_lambda();
  ast::Expr* parse_disjunction();
  ast::Expr* parse_conjunction();
  ast::Expr* parse_inversion();
  ast::Expr* parse_comparison();
  ast::Expr* parse_binary(int level);
  ast::Expr* parse_bitwise_or() { return parse_binary(0); }
  ast::Expr* parse_factor();
  ast::Expr* parse_power();
  ast::Expr* parse_primary();
  ast::Expr* parse_atom();
  ast::Expr* parse_paren_atom();
  ast::Expr* parse_list_atom();
  ast::Expr* parse_brace_atom();
  ast::Expr* parse_number();
  ast::Expr* parse_slices();
  ast::Expr* parse_slice();
  void parse_call_arguments(ast::Call* call);
  void parse_comprehension_clauses(std::vector<ast::Comprehension>& out);
  ast::Expr* make_comp(ast::ExprKind kind, SourceLocation loc, ast::Expr* elt);
  ast::Expr* parse_star_targets();
  void parse_parameters(ast::Arguments& args, TokenKind closer, bool allow_annotations);
  ast::Expr* make_tuple(SourceLocation loc, std::vector<ast::Expr*> elts);
  bool at_expression_start() const;
  // Sets `ctx` on an assignment/deletion target, rejecting what cannot be one.
  enum class TargetUse { Assign, Other, Delete };
  void set_target(ast::Expr* e, ast::Ctx ctx, TargetUse use, bool top = true);

  // ---- string literals (parse_string.cpp)
  ast::Expr* parse_strings();

  Lexer lexer_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  ast::Arena& arena_;
  int depth_;
};

// Counts recursion in the parser; throws instead of exceeding kMaxParseDepth.
class DepthGuard {
 public:
  DepthGuard(Parser& parser, SourceLocation loc);
  ~DepthGuard() { --parser_.depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;

 private:
  Parser& parser_;
};

// CPython's name for an expression kind in "cannot assign to X" messages.
std::string expression_description(const ast::Expr* e);

}  // namespace stk::detail
