// libFuzzer entry for the whole front end: lexer, parser, scope analysis and code
// generation (plus the disassembler over the result). Any byte string must either
// compile or raise stk::CompileError; anything else is a bug. The Runtime is
// renewed every few hundred inputs because it keeps every code object it compiled.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include <stk/error.hpp>

#include "bytecode/disassembler.hpp"
#include "compiler/compiler.hpp"
#include "vm/runtime.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static std::unique_ptr<stk::Runtime> rt;
  static int uses = 0;
  if (!rt || ++uses > 500) {
    rt.reset();
    rt = std::make_unique<stk::Runtime>();
    uses = 0;
  }
  std::string_view source(reinterpret_cast<const char*>(data), size);
  try {
    stk::Code* code = stk::compile_module(*rt, source, "fuzz.py");
    (void)stk::disassemble(*rt, code);
  } catch (const stk::CompileError&) {
  }
  rt->pending_exc = stk::Value();
  return 0;
}
