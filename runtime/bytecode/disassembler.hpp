// Human-readable listing of a code object and every code object nested in its
// constants: `stk --dis prog.py`, and compiler tests compare small listings.
#pragma once

#include <string>

#include "bytecode/code_object.hpp"

namespace stk {

struct Runtime;

std::string disassemble(Runtime& rt, Code* code);

}  // namespace stk
