// A compact s-expression rendering of the AST, for parser tests and the future
// `stk --dump-ast`. One line per top-level statement; nested bodies stay inline.
// The format is stable test vocabulary: change it only together with the tests.
#pragma once

#include <string>

#include "parser/ast.hpp"

namespace stk {

struct DumpOptions {
  bool locations = false;  // append `@line:col` to every node
};

std::string dump_expr(const ast::Expr* e, DumpOptions options = {});
std::string dump_stmt(const ast::Stmt* s, DumpOptions options = {});
// Statements separated by '\n' (no trailing newline).
std::string dump_module(const ast::Module& m, DumpOptions options = {});

}  // namespace stk
