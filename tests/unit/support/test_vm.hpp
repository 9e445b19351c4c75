// Runs source text on a fresh VM and captures what the program printed, for unit
// tests of the compiler and the interpreter.
#pragma once

#include <string>

#include <stk/vm.hpp>

#include "vm/runtime.hpp"

namespace stk::test {

struct RunResult {
  int status = 0;
  std::string out;
  std::string err;
};

inline RunResult run_source(const std::string& source, bool gc_stress = false) {
  RunResult r;
  Vm vm;
  vm.runtime().capture_stdout = &r.out;
  vm.runtime().capture_stderr = &r.err;
  vm.runtime().heap.set_stress(gc_stress);
  r.status = vm.run_source(source, "test.py", {"test.py"});
  return r;
}

// The last non-empty line of stderr (the "Type: message" line of a traceback).
inline std::string last_line(const std::string& text) {
  std::size_t end = text.find_last_not_of('\n');
  if (end == std::string::npos) return {};
  std::size_t start = text.rfind('\n', end);
  return text.substr(start == std::string::npos ? 0 : start + 1, end - (start == std::string::npos ? 0 : start + 1) + 1);
}

}  // namespace stk::test
