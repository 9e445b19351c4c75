// libFuzzer entry for the lexer and parser: any byte string must either parse or
// raise stk::CompileError. Any other exception, crash, sanitizer report or hang is
// a bug. Successful parses are also dumped, so the printer walks every tree built.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <stk/error.hpp>

#include "parser/ast_dump.hpp"
#include "parser/parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    stk::ast::Arena arena;
    stk::ast::Module module = stk::parse_module(source, arena);
    (void)stk::dump_module(module);
  } catch (const stk::CompileError&) {
  }
  try {
    stk::ast::Arena arena;
    (void)stk::dump_expr(stk::parse_expression(source, arena));
  } catch (const stk::CompileError&) {
  }
  return 0;
}
