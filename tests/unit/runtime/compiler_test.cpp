// The code generator, read through the disassembler: constant folding as CPython
// does it, the zero-cost exception table, scope analysis and compile-time errors.
#include <catch2/catch.hpp>

#include <string>

#include <stk/error.hpp>

#include "bytecode/disassembler.hpp"
#include "compiler/compiler.hpp"
#include "vm/runtime.hpp"

namespace {

std::string dis(const std::string& source) {
  stk::Runtime rt;
  return stk::disassemble(rt, stk::compile_module(rt, source, "t.py"));
}

std::string compile_error(const std::string& source) {
  stk::Runtime rt;
  try {
    stk::compile_module(rt, source, "t.py");
  } catch (const stk::CompileError& e) {
    return e.kind() + ": " + e.message() + " @" + std::to_string(e.location().line);
  }
  return "no error";
}

}  // namespace

TEST_CASE("constant expressions are folded the way CPython folds them", "[compiler]") {
  std::string d = dis("x = 2 ** 10\ny = -5\nz = 'ab' * 3\nw = 2 ** 200\n");
  CHECK(d.find("LoadConst") != std::string::npos);
  CHECK(d.find("(1024)") != std::string::npos);
  CHECK(d.find("(-5)") != std::string::npos);
  CHECK(d.find("('ababab')") != std::string::npos);
  // 2**200 is beyond CPython's 128-bit folding limit: computed at run time.
  CHECK(d.find("BinaryOp") != std::string::npos);
}

TEST_CASE("a set display of constants is built from a frozenset constant", "[compiler]") {
  std::string d = dis("s = {3, 1, 2}\n");
  CHECK(d.find("BuildSet                  0") != std::string::npos);
  CHECK(d.find("frozenset(") != std::string::npos);
  CHECK(d.find("SetUpdate") != std::string::npos);
}

TEST_CASE("try/except compiles to an exception table, not setup instructions", "[compiler]") {
  std::string d = dis("try:\n    x = 1\nexcept ValueError:\n    x = 2\n");
  CHECK(d.find("handler [") != std::string::npos);
  CHECK(d.find("PushExcInfo") != std::string::npos);
  CHECK(d.find("CheckExcMatch") != std::string::npos);
}

TEST_CASE("captured variables become cells and closures", "[compiler]") {
  std::string d = dis("def outer():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n    return inc\n");
  CHECK(d.find("LoadClosure") != std::string::npos);
  CHECK(d.find("StoreDeref") != std::string::npos);
  CHECK(d.find("MakeFunction              8") != std::string::npos);
}

TEST_CASE("misplaced statements are syntax errors with their line", "[compiler]") {
  CHECK(compile_error("x = 1\nbreak\n") == "SyntaxError: 'break' outside loop @2");
  CHECK(compile_error("return 1\n") == "SyntaxError: 'return' outside function @1");
  CHECK(compile_error("def f():\n    nonlocal q\n") == "SyntaxError: no binding for nonlocal 'q' found @2");
}

TEST_CASE("constructs outside the subset are named", "[compiler]") {
  CHECK(compile_error("x = yield 1\n") == "SyntaxError: 'yield' outside function @1");
  CHECK(compile_error("class A(B, metaclass=M):\n    pass\n").find("NotImplementedError: 'class keyword arguments") == 0);
}
