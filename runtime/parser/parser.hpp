// Source text -> AST. Recursive descent over the token stream from the lexer; the
// first error wins (a CompileError with kind, location and message) and there is no
// recovery, as in CPython and MicroPython. Constructs outside stk's subset are
// rejected here or in the compiler with NotImplementedError naming the construct.
#pragma once

#include <string_view>

#include "parser/ast.hpp"

namespace stk {

// Parses a whole module (a file or `-c` string). Throws CompileError.
ast::Module parse_module(std::string_view source, ast::Arena& arena);

// Parses one expression (the debugger's evaluate, tests). Throws CompileError.
ast::Expr* parse_expression(std::string_view source, ast::Arena& arena);

}  // namespace stk
