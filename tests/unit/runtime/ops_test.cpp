// Generic operation tests: dispatch across ints, bools, floats and strs, and the
// CPython TypeError texts ops.cpp produces when an operation does not apply.
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

Value s(Runtime& rt, const char* t) { return Value::object(rt.new_str(t)); }

}  // namespace

TEST_CASE("bool is an int subtype in arithmetic and keeps bool for &|^", "[ops]") {
  Runtime rt;
  CHECK(repr(rt, ops::binary(rt, BinOp::Add, rt.True(), rt.True())) == "2");
  CHECK(repr(rt, ops::binary(rt, BinOp::And, rt.True(), rt.False())) == "False");
  CHECK(repr(rt, ops::unary(rt, UnOp::Invert, rt.True())) == "-2");
  CHECK(ops::eq(rt, Value::small(1), rt.True()) == 1);
  CHECK(ops::eq(rt, Value::small(1), rt.new_float(1.0)) == 1);
}

TEST_CASE("mismatched operands raise CPython's TypeError texts", "[ops]") {
  Runtime rt;
  CHECK(!ops::binary(rt, BinOp::Add, Value::small(1), s(rt, "a")));
  CHECK(pending_message(rt) == "unsupported operand type(s) for +: 'int' and 'str'");
  CHECK(!ops::binary(rt, BinOp::Add, s(rt, "a"), Value::small(1)));
  CHECK(pending_message(rt) == "can only concatenate str (not \"int\") to str");
  CHECK(!ops::binary(rt, BinOp::Mul, s(rt, "a"), rt.new_float(1.5)));
  CHECK(pending_message(rt) == "can't multiply sequence by non-int of type 'float'");
  CHECK(!ops::inplace(rt, BinOp::Sub, Value::small(1), s(rt, "a")));
  CHECK(pending_message(rt) == "unsupported operand type(s) for -=: 'int' and 'str'");
  CHECK(ops::compare_bool(rt, CmpOp::Lt, Value::small(1), s(rt, "a")) == -1);
  CHECK(pending_message(rt) == "'<' not supported between instances of 'int' and 'str'");
  CHECK(!ops::unary(rt, UnOp::Neg, s(rt, "a")));
  CHECK(pending_message(rt) == "bad operand type for unary -: 'str'");
  CHECK(!ops::getitem(rt, Value::small(1), Value::small(0)));
  CHECK(pending_message(rt) == "'int' object is not subscriptable");
  CHECK(!ops::setitem(rt, s(rt, "a"), Value::small(0), Value::small(0)));
  CHECK(pending_message(rt) == "'str' object does not support item assignment");
  CHECK(ops::contains(rt, Value::small(1), Value::small(1)) == -1);
  CHECK(pending_message(rt) == "argument of type 'int' is not iterable");
  std::int64_t n;
  CHECK(!ops::len(rt, Value::small(1), &n));
  CHECK(pending_message(rt) == "object of type 'int' has no len()");
}

TEST_CASE("attribute lookup binds natives and reports missing names", "[ops]") {
  Runtime rt;
  Value upper = ops::getattr(rt, s(rt, "abc"), rt.intern("upper"));
  REQUIRE(upper);
  REQUIRE(upper.obj()->kind == ObjKind::NativeFn);
  Value r = rt.call(upper, nullptr, 0);
  CHECK(repr(rt, r) == "'ABC'");
  CHECK(!ops::getattr(rt, Value::small(1), rt.intern("foo")));
  CHECK(pending_message(rt) == "'int' object has no attribute 'foo'");
  CHECK(!ops::getattr(rt, Value::object(rt.types.int_), rt.intern("foo")));
  CHECK(pending_message(rt) == "type object 'int' has no attribute 'foo'");
  CHECK(repr(rt, ops::getattr(rt, Value::object(rt.types.int_), rt.names.__name__)) == "'int'");
  CHECK(repr(rt, Value::object(rt.exc.ZeroDivisionError->mro)) ==
        "(<class 'ZeroDivisionError'>, <class 'ArithmeticError'>, <class 'Exception'>, "
        "<class 'BaseException'>, <class 'object'>)");
}

TEST_CASE("exceptions print their args like CPython", "[ops][exception]") {
  Runtime rt;
  Tuple* one = rt.new_tuple(1);
  one->items()[0] = s(rt, "k");
  Value ke = rt.new_exception(rt.exc.KeyError, one);
  std::string out;
  REQUIRE(ops::str_into(rt, ke, out));
  CHECK(out == "'k'");
  CHECK(repr(rt, ke) == "KeyError('k')");
  CHECK(repr(rt, rt.new_exception(rt.exc.ValueError, nullptr)) == "ValueError()");
  Tuple* two = rt.new_tuple(2);
  two->items()[0] = Value::small(1);
  two->items()[1] = Value::small(2);
  Value ve = rt.new_exception(rt.exc.ValueError, two);
  CHECK(repr(rt, ve) == "ValueError(1, 2)");
  CHECK(repr(rt, ops::getattr(rt, ve, rt.names.args)) == "(1, 2)");
  CHECK(rt.exception_matches(ve, rt.exc.Exception));
  CHECK(!rt.exception_matches(ve, rt.exc.LookupError));
}

TEST_CASE("hash agrees across equal numbers and rejects lists", "[ops]") {
  Runtime rt;
  std::int64_t a, b, c;
  REQUIRE(ops::hash(rt, Value::small(1), &a));
  REQUIRE(ops::hash(rt, rt.True(), &b));
  REQUIRE(ops::hash(rt, rt.new_float(1.0), &c));
  CHECK(a == b);
  CHECK(a == c);
  CHECK(!ops::hash(rt, Value::object(rt.new_list()), &a));
  CHECK(pending_message(rt) == "unhashable type: 'list'");
}
