// AST -> code objects. The entry points parse, analyse scopes and generate
// bytecode; the result is a module-level Code whose constants hold the code of
// every nested function. Throws CompileError (SyntaxError / NotImplementedError).
#pragma once

#include <string>
#include <string_view>

#include "bytecode/code_object.hpp"

namespace stk {

struct Runtime;

Code* compile_module(Runtime& rt, std::string_view source, const std::string& filename);

// A debugger's expression or statements, run with a frame's locals in a dict
// (LoadName/StoreName at the top level). Returns the value of a final
// expression statement, else None. With `expression_only`, anything but one
// expression is a SyntaxError.
Code* compile_interactive(Runtime& rt, std::string_view source, const std::string& filename, bool expression_only);

}  // namespace stk
