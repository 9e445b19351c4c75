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

}  // namespace stk
