// Helpers for unit tests of the object model: repr of a value, and the message
// of the exception a call left pending (clearing it).
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "objects/ops.hpp"
#include "vm/runtime.hpp"

namespace stk::test {

inline std::string repr(Runtime& rt, Value v) {
  std::string out;
  REQUIRE(ops::repr_into(rt, v, out));
  return out;
}

inline std::string pending_message(Runtime& rt) {
  REQUIRE(rt.pending_exc);
  std::string out;
  REQUIRE(ops::str_into(rt, rt.pending_exc, out));
  rt.pending_exc = Value();
  return out;
}

}  // namespace stk::test
