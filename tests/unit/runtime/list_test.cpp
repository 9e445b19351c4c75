// list/tuple unit tests: repr (including recursion), slicing through
// slice_indices, slice assignment errors, and the stable sort.
#include <catch2/catch.hpp>

#include <string>

#include "objects/container_internal.hpp"
#include "vm/runtime.hpp"

using namespace stk;

namespace {

std::string repr(Runtime& rt, Value v) {
  std::string out;
  REQUIRE(ops::repr_into(rt, v, out));
  return out;
}

List* make_list(Runtime& rt, std::initializer_list<std::int64_t> xs) {
  List* l = rt.new_list();
  for (std::int64_t x : xs) l->items.push_back(Value::small(x));
  return l;
}

Value call_method(Runtime& rt, Value self, const char* name, std::vector<Value> args = {}) {
  Value m = ops::getattr(rt, self, rt.intern(name));
  REQUIRE(!m.is_null());
  return rt.call(m, args.data(), args.size());
}

}  // namespace

TEST_CASE("lists and tuples print like CPython", "[list]") {
  Runtime rt;
  List* l = make_list(rt, {1, 2});
  CHECK(repr(rt, Value::object(l)) == "[1, 2]");
  l->items.push_back(Value::object(l));
  CHECK(repr(rt, Value::object(l)) == "[1, 2, [...]]");
  Value one = Value::small(1);
  CHECK(repr(rt, Value::object(tuple_from(rt, &one, 1))) == "(1,)");
  CHECK(repr(rt, Value::object(rt.new_tuple(0))) == "()");
}

TEST_CASE("slicing with negative steps", "[list]") {
  Runtime rt;
  List* l = make_list(rt, {0, 1, 2, 3, 4, 5});
  Value s = new_slice(rt, Value::null(), Value::null(), Value::small(-2));
  CHECK(repr(rt, ops::getitem(rt, Value::object(l), s)) == "[5, 3, 1]");
  Value s2 = new_slice(rt, Value::small(-2), Value::null(), Value::null());
  CHECK(repr(rt, ops::getitem(rt, Value::object(l), s2)) == "[4, 5]");
}

TEST_CASE("assigning a wrong-sized sequence to an extended slice fails", "[list]") {
  Runtime rt;
  List* l = make_list(rt, {1, 2, 3});
  Value s = new_slice(rt, Value::small(0), Value::small(3), Value::small(2));
  CHECK_FALSE(ops::setitem(rt, Value::object(l), s, Value::object(make_list(rt, {7, 8, 9}))));
  CHECK(rt.exception_matches(rt.pending_exc, rt.exc.ValueError));
  rt.pending_exc = Value::null();
  CHECK(ops::setitem(rt, Value::object(l), s, Value::object(make_list(rt, {7, 9}))));
  CHECK(repr(rt, Value::object(l)) == "[7, 2, 9]");
}

TEST_CASE("sort is stable and honours reverse", "[list]") {
  Runtime rt;
  List* l = rt.new_list();
  for (int i = 0; i < 200; ++i) l->items.push_back(Value::small((i * 37) % 101));
  REQUIRE(list_sort(rt, l, Value::null(), false));
  for (std::size_t i = 1; i < l->items.size(); ++i)
    CHECK(l->items[i - 1].small_value() <= l->items[i].small_value());
  REQUIRE(list_sort(rt, l, Value::null(), true));
  for (std::size_t i = 1; i < l->items.size(); ++i)
    CHECK(l->items[i - 1].small_value() >= l->items[i].small_value());
}

TEST_CASE("list methods raise CPython's errors", "[list]") {
  Runtime rt;
  Value l = Value::object(rt.new_list());
  CHECK(call_method(rt, l, "pop").is_null());
  CHECK(rt.exception_matches(rt.pending_exc, rt.exc.IndexError));
  rt.pending_exc = Value::null();
  CHECK(call_method(rt, l, "append", {Value::small(3)}).is(rt.None()));
  CHECK(call_method(rt, l, "index", {Value::small(3)}).small_value() == 0);
  CHECK(call_method(rt, l, "remove", {Value::small(4)}).is_null());
  CHECK(rt.exception_matches(rt.pending_exc, rt.exc.ValueError));
  rt.pending_exc = Value::null();
}
