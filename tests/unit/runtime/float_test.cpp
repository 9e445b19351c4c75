// float unit tests: repr's shortest round-trip form and exponent rules, CPython's
// float hash, round() on the exact decimal value, float(str) and the error texts
// of division, modulo and power.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "objects/number.hpp"
#include "objects/str.hpp"
#include "vm/runtime.hpp"

#include "../support/object_helpers.hpp"

using namespace stk;

namespace {

std::string frepr(double d) {
  std::string out;
  float_repr_into(d, out);
  return out;
}

using stk::test::pending_message;
using stk::test::repr;

}  // namespace

TEST_CASE("float repr uses the shortest round-trip digits and Python's layout", "[float]") {
  CHECK(frepr(0.1) == "0.1");
  CHECK(frepr(0.1 + 0.2) == "0.30000000000000004");
  CHECK(frepr(1e16) == "1e+16");
  CHECK(frepr(1e15) == "1000000000000000.0");
  CHECK(frepr(1.5e-7) == "1.5e-07");
  CHECK(frepr(0.0001) == "0.0001");
  CHECK(frepr(123.0) == "123.0");
  CHECK(frepr(-0.0) == "-0.0");
  CHECK(frepr(HUGE_VAL) == "inf");
  CHECK(frepr(-HUGE_VAL) == "-inf");
  CHECK(frepr(std::nan("")) == "nan");
  CHECK(frepr(5e-324) == "5e-324");
  CHECK(frepr(1.7976931348623157e308) == "1.7976931348623157e+308");
}

TEST_CASE("float hash matches CPython", "[float]") {
  CHECK(float_hash(0.5) == 1152921504606846976);
  CHECK(float_hash(1e300) == 1224995262755759164);
  CHECK(float_hash(-1.0) == -2);
  CHECK(float_hash(1.5) == 1152921504606846977);
  CHECK(float_hash(HUGE_VAL) == 314159);
}

TEST_CASE("round works on the exact binary value, ties to even", "[float]") {
  Runtime rt;
  CHECK(repr(rt, float_round(rt, 0.125, Value::small(2))) == "0.12");
  CHECK(repr(rt, float_round(rt, 2.675, Value::small(2))) == "2.67");
  CHECK(repr(rt, float_round(rt, 0.375, Value::small(2))) == "0.38");
  CHECK(repr(rt, float_round(rt, 2.5, Value())) == "2");
  CHECK(repr(rt, float_round(rt, -1.5, Value())) == "-2");
  CHECK(repr(rt, float_round(rt, 1234.5, Value::small(-1))) == "1230.0");
  CHECK(repr(rt, float_round(rt, 1e300, Value::small(-300))) == "1e+300");
  CHECK(!float_round(rt, HUGE_VAL, Value()));
  CHECK(pending_message(rt) == "cannot convert float infinity to integer");
}

TEST_CASE("float() accepts Python's spellings and rejects the rest", "[float]") {
  Runtime rt;
  CHECK(repr(rt, float_from_str(rt, rt.new_str(" -InFiNiTy "))) == "-inf");
  CHECK(repr(rt, float_from_str(rt, rt.new_str("1_0.5"))) == "10.5");
  CHECK(repr(rt, float_from_str(rt, rt.new_str(".5e1"))) == "5.0");
  CHECK(!float_from_str(rt, rt.new_str("1.2.3")));
  CHECK(pending_message(rt) == "could not convert string to float: '1.2.3'");
  CHECK(!float_from_str(rt, rt.new_str("1__0")));
  CHECK(pending_message(rt) == "could not convert string to float: '1__0'");
}

TEST_CASE("float arithmetic errors use CPython's texts", "[float]") {
  Runtime rt;
  CHECK(!float_binary_d(rt, BinOp::TrueDiv, 1.0, 0.0));
  CHECK(pending_message(rt) == "float division by zero");
  CHECK(!float_binary_d(rt, BinOp::FloorDiv, 1.0, 0.0));
  CHECK(pending_message(rt) == "float floor division by zero");
  CHECK(!float_binary_d(rt, BinOp::Mod, 1.0, 0.0));
  CHECK(pending_message(rt) == "float modulo");
  CHECK(!float_binary_d(rt, BinOp::Pow, 10.0, 400.0));
  CHECK(pending_message(rt) == "(34, 'Numerical result out of range')");
  CHECK(repr(rt, float_binary_d(rt, BinOp::Mod, -7.5, 2.0)) == "0.5");
  CHECK(repr(rt, float_binary_d(rt, BinOp::FloorDiv, -7.5, 2.0)) == "-4.0");
  CHECK(repr(rt, float_binary_d(rt, BinOp::Mod, 0.0, -2.0)) == "-0.0");
}
