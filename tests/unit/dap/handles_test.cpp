// Handles are scoped to a tasklet's stop: valid until that tasklet (or
// everything) resumes, then reported stale, never resolved to a moved frame.
#include "handles.hpp"

#include <catch2/catch.hpp>

namespace stk::dap {
struct HandlesTestAccess {
  static void set_next(Handles& h, std::int32_t next) { h.next_ = next; }
};
}  // namespace stk::dap

using namespace stk::dap;

TEST_CASE("a handle resolves to what it was made for", "[dap][handles]") {
  Handles h;
  std::int32_t a = h.make({HandleKind::Frame, 3, 1, 0, 0, 0});
  std::int32_t b = h.make({HandleKind::Value, 3, 1, 77, 2, 5});
  CHECK(a > 0);
  CHECK(b != a);
  Handle out;
  REQUIRE(h.get(b, out) == Handles::Lookup::Ok);
  CHECK(out.kind == HandleKind::Value);
  CHECK(out.tasklet == 3);
  CHECK(out.value == 77);
  CHECK(out.indexed == 5);
}

TEST_CASE("a tasklet's resumption makes only its handles stale", "[dap][handles]") {
  Handles h;
  std::int32_t mine = h.make({HandleKind::Frame, 1, 0, 0, 0, 0});
  std::int32_t other = h.make({HandleKind::Frame, 2, 0, 0, 0, 0});
  h.resumed(1);
  Handle out;
  CHECK(h.get(mine, out) == Handles::Lookup::Stale);
  CHECK(h.get(other, out) == Handles::Lookup::Ok);
  // A new stop of tasklet 1 gets fresh numbers; the old one stays stale.
  std::int32_t again = h.make({HandleKind::Frame, 1, 0, 0, 0, 0});
  CHECK(again != mine);
  CHECK(h.get(again, out) == Handles::Lookup::Ok);
  CHECK(h.get(mine, out) == Handles::Lookup::Stale);
}

TEST_CASE("resuming everything makes every handle stale", "[dap][handles]") {
  Handles h;
  std::int32_t a = h.make({HandleKind::Locals, 0, 0, 0, 0, 0});
  std::int32_t b = h.make({HandleKind::Locals, 9, 0, 0, 0, 0});
  auto before = h.epoch(9);
  h.resumed_all();
  Handle out;
  CHECK(h.get(a, out) == Handles::Lookup::Stale);
  CHECK(h.get(b, out) == Handles::Lookup::Stale);
  CHECK(h.epoch(9) != before);
  CHECK(h.live() == 0);
}

TEST_CASE("numbers never handed out are unknown", "[dap][handles]") {
  Handles h;
  Handle out;
  CHECK(h.get(0, out) == Handles::Lookup::Unknown);
  CHECK(h.get(-4, out) == Handles::Lookup::Unknown);
  CHECK(h.get(12345, out) == Handles::Lookup::Unknown);
}

TEST_CASE("running out of numbers starts over without reusing a live one", "[dap][handles]") {
  Handles h;
  HandlesTestAccess::set_next(h, Handles::kMax - 1);
  std::int32_t last = h.make({HandleKind::Frame, 1, 0, 0, 0, 0});
  CHECK(last == Handles::kMax - 1);
  std::int32_t first = h.make({HandleKind::Frame, 1, 0, 0, 0, 0});
  CHECK(first == 1);
  Handle out;
  CHECK(h.get(last, out) != Handles::Lookup::Ok);
  CHECK(h.get(first, out) == Handles::Lookup::Ok);
}
