// MT19937 unit tests: seeding (init_by_array over the 32-bit words of abs(seed)),
// raw outputs, random(), getrandbits(64) and _randbelow against values printed
// by CPython 3.11 (`random.seed(s); random.getrandbits(32) ...`), and the
// module-level functions through a Runtime.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "builtins/modules.hpp"
#include "builtins/mt19937.hpp"
#include "objects/number.hpp"
#include "vm/runtime.hpp"

using namespace stk;

namespace {

Mt19937 seeded(std::vector<std::uint32_t> key) {
  Mt19937 mt;
  mt.init_by_array(key.data(), key.size());
  return mt;
}

Value module_call(Runtime& rt, Module* m, const char* name, std::vector<Value> args = {}) {
  Value f = dict_get_str(m->dict, rt.intern(name));
  REQUIRE(!f.is_null());
  return rt.call(f, args.data(), args.size());
}

}  // namespace

TEST_CASE("seed 0 gives CPython's first outputs", "[random]") {
  Mt19937 mt = seeded({0});
  CHECK(mt.next_u32() == 3626764237u);
  CHECK(mt.next_u32() == 1654615998u);
  CHECK(mt.next_u32() == 3255389356u);
  CHECK(mt.next_double() == 0.890243920837131);
  CHECK(mt.bits64(64) == 4776171008201404212u);
  CHECK(mt.below(1000000) == 536110u);
}

TEST_CASE("seed 42 gives CPython's first outputs", "[random]") {
  Mt19937 mt = seeded({42});
  CHECK(mt.next_u32() == 2746317213u);
  CHECK(mt.next_u32() == 478163327u);
  CHECK(mt.next_u32() == 107420369u);
  CHECK(mt.next_double() == 0.7415504997598329);
  CHECK(mt.bits64(64) == 4117511471858006928u);
  CHECK(mt.below(1000000) == 146316u);
}

TEST_CASE("a multi-word seed uses every 32-bit word, least significant first", "[random]") {
  Mt19937 mt = seeded({5, 0, 1});  // 2**64 + 5
  CHECK(mt.next_u32() == 2192917427u);
  CHECK(mt.next_u32() == 3085273184u);
  CHECK(mt.next_u32() == 3778534651u);
  CHECK(mt.next_double() == 0.56732058163685);
  CHECK(mt.bits64(64) == 13930460098380810887u);
  CHECK(mt.below(1000000) == 363998u);
}

TEST_CASE("random.seed uses abs() of a negative seed", "[random]") {
  Runtime rt;
  Module* m = create_builtin_module(rt, "random");
  REQUIRE(m != nullptr);
  Value r = module_call(rt, m, "seed", {Value::small(-7)});
  REQUIRE(!r.is_null());
  r = module_call(rt, m, "getrandbits", {Value::small(32)});
  CHECK(int_to_decimal(r) == "1390851128");
  module_call(rt, m, "getrandbits", {Value::small(32)});
  module_call(rt, m, "getrandbits", {Value::small(32)});
  r = module_call(rt, m, "random");
  REQUIRE(!r.is_null());
  CHECK(float_value(r) == 0.3948234964231735);
  r = module_call(rt, m, "getrandbits", {Value::small(64)});
  CHECK(int_to_decimal(r) == "1336213610742710224");
  r = module_call(rt, m, "randrange", {Value::small(1000000)});
  CHECK(int_to_decimal(r) == "861168");
}

TEST_CASE("the registry knows the builtin modules and nothing else", "[random]") {
  Runtime rt;
  for (const char* name : {"math", "random", "time", "collections", "itertools"})
    CHECK(create_builtin_module(rt, name) != nullptr);
  CHECK(create_builtin_module(rt, "os") == nullptr);
  CHECK(create_builtin_module(rt, "") == nullptr);
}
