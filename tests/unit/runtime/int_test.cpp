// int unit tests: canonical small/big form at the 63-bit boundary, floor
// division and modulo signs, CPython's hash, exact int/float comparison,
// correctly rounded true division, int(str) parsing and the digit limit.
#include <catch2/catch.hpp>

#include <string>

#include "objects/number.hpp"
#include "objects/str.hpp"
#include "vm/runtime.hpp"

#include "../support/object_helpers.hpp"

using namespace stk;

namespace {

using stk::test::pending_message;
using stk::test::repr;

Value parse(Runtime& rt, const char* s, int base = 10) { return int_from_str(rt, rt.new_str(s), base); }

}  // namespace

TEST_CASE("ints that fit 63 bits are always small ints", "[int]") {
  Runtime rt;
  Value max = Value::small(Value::kMaxSmall);
  Value big = int_binary(rt, BinOp::Add, max, Value::small(1));
  REQUIRE(big.is_obj());
  CHECK(big.obj()->kind == ObjKind::BigInt);
  Value back = int_binary(rt, BinOp::Sub, big, Value::small(1));
  CHECK(back.is_small());
  CHECK(back.small_value() == Value::kMaxSmall);
  CHECK(make_int(rt, Value::kMinSmall).is_small());
  CHECK(make_int(rt, Value::kMinSmall - 1).is_obj());
  Value neg = int_unary(rt, UnOp::Neg, Value::small(Value::kMinSmall));
  CHECK(neg.is_obj());
  CHECK(repr(rt, neg) == "4611686018427387904");
}

TEST_CASE("floor division and modulo follow the divisor's sign", "[int]") {
  Runtime rt;
  CHECK(int_binary(rt, BinOp::FloorDiv, Value::small(-7), Value::small(2)).small_value() == -4);
  CHECK(int_binary(rt, BinOp::Mod, Value::small(-7), Value::small(2)).small_value() == 1);
  CHECK(int_binary(rt, BinOp::Mod, Value::small(7), Value::small(-2)).small_value() == -1);
  Value big = parse(rt, "-18446744073709551616");
  CHECK(repr(rt, int_binary(rt, BinOp::Mod, big, Value::small(7))) == "5");
  CHECK(!int_binary(rt, BinOp::Mod, Value::small(1), Value::small(0)));
  CHECK(pending_message(rt) == "integer modulo by zero");
  CHECK(!int_binary(rt, BinOp::FloorDiv, Value::small(1), Value::small(0)));
  CHECK(pending_message(rt) == "integer division or modulo by zero");
}

TEST_CASE("int hash matches CPython", "[int]") {
  Runtime rt;
  CHECK(int_hash(Value::small(-1)) == -2);
  CHECK(int_hash(parse(rt, "2305843009213693952")) == 1);  // 2**61
  CHECK(int_hash(parse(rt, "1267650600228229401496703205376")) == 549755813888);  // 2**100
  CHECK(int_hash(parse(rt, "-9223372036854775808")) == -4);
  CHECK(int_hash(rt.True()) == 1);
}

TEST_CASE("int and float compare exactly beyond 2**53", "[int][float]") {
  Runtime rt;
  Value a = parse(rt, "9007199254740993");  // 2**53 + 1
  CHECK(int_compare_double(a, 9007199254740992.0) == 1);
  CHECK(int_compare_double(Value::small(1), 1.5) == -1);
  CHECK(int_compare_double(Value::small(1), std::nan("")) == 2);
  Value huge = int_binary(rt, BinOp::Pow, Value::small(10), Value::small(400));
  CHECK(int_compare_double(huge, HUGE_VAL) == -1);
  CHECK(int_compare_double(huge, 1e308) == 1);
}

TEST_CASE("true division of ints is correctly rounded", "[int]") {
  Runtime rt;
  Value big = int_binary(rt, BinOp::Pow, Value::small(10), Value::small(400));
  Value small = int_binary(rt, BinOp::Pow, Value::small(10), Value::small(399));
  CHECK(repr(rt, int_binary(rt, BinOp::TrueDiv, big, small)) == "10.0");
  CHECK(repr(rt, int_binary(rt, BinOp::TrueDiv, Value::small(1), Value::small(3))) ==
        "0.3333333333333333");
  CHECK(!int_binary(rt, BinOp::TrueDiv, big, Value::small(1)));
  CHECK(pending_message(rt) == "integer division result too large for a float");
  CHECK(!int_binary(rt, BinOp::Pow, Value::small(0), Value::small(-1)));
  CHECK(pending_message(rt) == "0.0 cannot be raised to a negative power");
}

TEST_CASE("int() parses prefixes, underscores and whitespace like CPython", "[int]") {
  Runtime rt;
  CHECK(repr(rt, parse(rt, " 0x_1f ", 0)) == "31");
  CHECK(repr(rt, parse(rt, "-0b101", 0)) == "-5");
  CHECK(repr(rt, parse(rt, "1_000")) == "1000");
  CHECK(repr(rt, parse(rt, "z", 36)) == "35");
  CHECK(!parse(rt, "010", 0));
  CHECK(pending_message(rt) == "invalid literal for int() with base 0: '010'");
  CHECK(!parse(rt, "1__0"));
  CHECK(pending_message(rt) == "invalid literal for int() with base 10: '1__0'");
  CHECK(!parse(rt, std::string(4301, '1').c_str()));
  CHECK(pending_message(rt).find("value has 4301 digits") != std::string::npos);
}

TEST_CASE("shifts and big results guard their size", "[int]") {
  Runtime rt;
  CHECK(repr(rt, int_binary(rt, BinOp::LShift, Value::small(1), Value::small(64))) ==
        "18446744073709551616");
  CHECK(int_binary(rt, BinOp::RShift, Value::small(-1), Value::small(100)).small_value() == -1);
  CHECK(!int_binary(rt, BinOp::LShift, Value::small(1), Value::small(-1)));
  CHECK(pending_message(rt) == "negative shift count");
  Value big_shift = int_binary(rt, BinOp::LShift, Value::small(1), Value::small(62));
  CHECK(!int_binary(rt, BinOp::LShift, Value::small(1), big_shift));
  CHECK(rt.exception_matches(rt.pending_exc, rt.exc.MemoryError));
  rt.pending_exc = Value();
}

TEST_CASE("int_round rounds half to even with negative ndigits", "[int]") {
  Runtime rt;
  CHECK(repr(rt, int_round(rt, Value::small(1235), Value::small(-1))) == "1240");
  CHECK(repr(rt, int_round(rt, Value::small(1245), Value::small(-1))) == "1240");
  CHECK(repr(rt, int_round(rt, Value::small(-1245), Value::small(-1))) == "-1240");
  CHECK(repr(rt, int_round(rt, Value::small(7), Value::small(2))) == "7");
}
