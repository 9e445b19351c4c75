// dict unit tests: insertion order through deletions and resizes, the str-key
// fast path agreeing with generic lookup, 1 == 1.0 == True being one key, and
// `version` changing on key insertion/deletion only.
#include <catch2/catch.hpp>

#include <string>

#include "objects/containers.hpp"
#include "objects/str.hpp"
#include "vm/runtime.hpp"

using namespace stk;

namespace {

std::string repr(Runtime& rt, Value v) {
  std::string out;
  REQUIRE(ops::repr_into(rt, v, out));
  return out;
}

}  // namespace

TEST_CASE("a dict keeps insertion order across deletion and reinsertion", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  REQUIRE(dict_set(rt, d, Value::small(1), Value::small(1)));
  REQUIRE(dict_set(rt, d, Value::small(2), Value::small(2)));
  REQUIRE(dict_del(rt, d, Value::small(1)) == 1);
  REQUIRE(dict_set(rt, d, Value::small(1), Value::small(3)));
  CHECK(repr(rt, Value::object(d)) == "{2: 2, 1: 3}");
  CHECK(d->used == 2);
}

TEST_CASE("a dict survives many inserts and deletes (resizes compact holes)", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  for (int i = 0; i < 1000; ++i) REQUIRE(dict_set(rt, d, Value::small(i), Value::small(i * 2)));
  for (int i = 0; i < 1000; i += 2) REQUIRE(dict_del(rt, d, Value::small(i)) == 1);
  for (int i = 1000; i < 1500; ++i) REQUIRE(dict_set(rt, d, Value::small(i), Value::small(i)));
  CHECK(d->used == 1000);
  Value out;
  CHECK(dict_get(rt, d, Value::small(999), &out) == 1);
  CHECK(out.small_value() == 1998);
  CHECK(dict_get(rt, d, Value::small(998), &out) == 0);
  CHECK(dict_get(rt, d, Value::small(1499), &out) == 1);
}

TEST_CASE("str keys: the fast path and generic lookup agree", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  dict_set_str(rt, d, rt.intern("alpha"), Value::small(1));
  Value out;
  // A distinct (non-interned) str object with the same text finds the entry.
  CHECK(dict_get(rt, d, Value::object(rt.new_str("alpha")), &out) == 1);
  CHECK(out.small_value() == 1);
  REQUIRE(dict_set(rt, d, Value::object(rt.new_str("beta")), Value::small(2)));
  CHECK(dict_get_str(d, rt.intern("beta")).small_value() == 2);
  CHECK(dict_get_str(d, rt.intern("gamma")).is_null());
}

TEST_CASE("1, 1.0 and True are the same key", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  REQUIRE(dict_set(rt, d, Value::small(1), Value::small(10)));
  REQUIRE(dict_set(rt, d, rt.new_float(1.0), Value::small(20)));
  REQUIRE(dict_set(rt, d, rt.True(), Value::small(30)));
  CHECK(d->used == 1);
  CHECK(repr(rt, Value::object(d)) == "{1: 30}");
}

TEST_CASE("version changes on key insertion and deletion, not on overwrite", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  std::uint32_t v0 = d->version;
  dict_set_str(rt, d, rt.intern("x"), Value::small(1));
  std::uint32_t v1 = d->version;
  CHECK(v1 != v0);
  dict_set_str(rt, d, rt.intern("x"), Value::small(2));
  CHECK(d->version == v1);
  REQUIRE(dict_del(rt, d, Value::object(rt.intern("x"))) == 1);
  CHECK(d->version != v1);
}

TEST_CASE("a missing key raises KeyError through getitem", "[dict]") {
  Runtime rt;
  Dict* d = rt.new_dict();
  CHECK(ops::getitem(rt, Value::object(d), Value::small(5)).is_null());
  CHECK(rt.exception_matches(rt.pending_exc, rt.exc.KeyError));
  rt.pending_exc = Value::null();
}
