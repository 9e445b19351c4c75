// The collector behind string-heavy programs: bitmap chunks keep what is
// reachable and reuse what is not, for every size class; strings built by `+=`
// keep their shared buffer while any view of it is reachable.
#include <string>

#include <catch2/catch.hpp>

#include "objects/str.hpp"
#include "support/test_vm.hpp"
#include "vm/runtime.hpp"

using namespace stk;

TEST_CASE("collections keep reachable objects of every size class and reuse the rest",
          "[str][gc]") {
  Runtime rt;
  List* keep = rt.new_list();
  Root root(rt, Value::object(keep));
  std::size_t before = rt.heap.live_objects();
  // 0..499 bytes covers every small size class and some malloc'd strings.
  for (int round = 0; round < 3; ++round) {
    for (std::size_t n = 0; n < 500; ++n) {
      for (int copy = 0; copy < 40; ++copy) {
        Str* s = rt.new_str(std::string(n, static_cast<char>('a' + (n + copy) % 26)));
        if (copy == round) keep->items.push_back(Value::object(s));
      }
    }
    rt.collect_garbage();
  }
  CHECK(rt.heap.live_objects() < before + 3 * 500 + 100);
  REQUIRE(keep->items.size() == 3 * 500);
  for (std::size_t i = 0; i < keep->items.size(); ++i) {
    std::size_t round = i / 500, n = i % 500;
    CHECK(sv(keep->items[i].as<Str>()) ==
          std::string(n, static_cast<char>('a' + (n + round) % 26)));
  }
}

TEST_CASE("a string built by += keeps its buffer while a view of it is reachable", "[str][gc]") {
  Runtime rt;
  Value s = Value::object(rt.new_str(""));
  std::string expected;
  Str* piece = rt.new_str("0123456789,");
  for (int i = 0; i < 2000; ++i) {
    s = str_concat(rt, s.as<Str>(), piece);
    expected += "0123456789,";
    if (i % 100 == 0) {
      Root keep_s(rt, s);
      Root keep_piece(rt, Value::object(piece));
      rt.collect_garbage();
    }
  }
  Root keep_s(rt, s);
  rt.collect_garbage();
  CHECK(sv(s.as<Str>()) == expected);
  CHECK(s.as<Str>()->length == expected.size());
}

TEST_CASE("string building gives the same result when the collector runs at every safe point",
          "[str][gc]") {
  const char* program =
      "def run(rounds):\n"
      "    total = 0\n"
      "    for r in range(rounds):\n"
      "        s = ''\n"
      "        for i in range(300):\n"
      "            s += str(i % 97) + ','\n"
      "        parts = s.split(',')\n"
      "        pieces = [p + ':' + str(r) for p in parts]\n"
      "        joined = '|'.join(pieces)\n"
      "        total += len(parts) + len(s) + len(joined) + joined.count('1:')\n"
      "    return total\n"
      "print(run(5))\n";
  auto normal = test::run_source(program, false);
  auto stressed = test::run_source(program, true);
  CHECK(normal.status == 0);
  CHECK(normal.out == "13280\n");
  CHECK(stressed.out == normal.out);
}
