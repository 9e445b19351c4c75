// Tasklets as DAP threads: ids, names with state, and the capped ordered
// selection (stopped and focused always in; 100,000 tasklets stay fast).
#include "thread_list.hpp"

#include <chrono>
#include <cstdlib>

#include <catch2/catch.hpp>

#include "messages.hpp"

using namespace stk::dap;
using stk::debugger::TaskletState;

namespace {

TaskletInfo info(std::uint64_t id, TaskletState s, std::string fn = "worker") {
  TaskletInfo t;
  t.id = id;
  t.state = s;
  t.function = std::move(fn);
  t.is_main = id == 0;
  return t;
}

}  // namespace

TEST_CASE("thread ids are tasklet ids plus one", "[dap][threads]") {
  CHECK(thread_id(0) == 1);
  CHECK(tasklet_of(1) == 0);
  CHECK(tasklet_of(13) == 12);
  CHECK_THROWS_AS(tasklet_of(0), DapError);
}

TEST_CASE("thread names carry the tasklet's state", "[dap][threads]") {
  TaskletInfo t = info(12, TaskletState::Blocked);
  t.channel = 3;
  t.block_dir = -1;
  CHECK(thread_name(t, "") == "#12 worker [blocked: recv on channel 3]");
  t.block_dir = 1;
  CHECK(thread_name(t, "") == "#12 worker [blocked: send on channel 3]");
  t.frozen = true;
  CHECK(thread_name(t, "") == "#12 worker [frozen; blocked: send on channel 3]");
  CHECK(thread_name(t, "pause") == "#12 worker [stopped: pause; blocked: send on channel 3]");
  CHECK(thread_name(info(0, TaskletState::Running, "<module>"), "") == "#0 main [running]");
  TaskletInfo named = info(4, TaskletState::Runnable);
  named.name = "producer";
  CHECK(thread_name(named, "breakpoint") == "#4 producer [stopped: breakpoint]");
  CHECK(thread_name(info(5, TaskletState::Unstarted), "") == "#5 worker [not started]");
}

TEST_CASE("the selection orders stopped, runnable, blocked, then the rest", "[dap][threads]") {
  std::vector<TaskletInfo> all = {info(0, TaskletState::Blocked), info(1, TaskletState::Runnable),
                                  info(2, TaskletState::Unstarted), info(3, TaskletState::Runnable),
                                  info(4, TaskletState::Blocked)};
  auto stopped = [](std::uint64_t id) { return id == 4; };
  auto picked = select_threads(all, stopped, 0, false, 100);
  std::vector<std::uint64_t> ids;
  for (auto i : picked) ids.push_back(all[i].id);
  CHECK(ids == std::vector<std::uint64_t>{4, 1, 3, 0, 2});
}

TEST_CASE("the cap keeps stopped and focused tasklets", "[dap][threads]") {
  std::vector<TaskletInfo> all;
  for (std::uint64_t i = 0; i < 50; ++i) all.push_back(info(i, TaskletState::Blocked));
  auto stopped = [](std::uint64_t id) { return id == 40 || id == 41; };
  auto picked = select_threads(all, stopped, 45, true, 5);
  std::vector<std::uint64_t> ids;
  for (auto i : picked) ids.push_back(all[i].id);
  CHECK(ids.size() == 5);
  CHECK(ids[0] == 40);
  CHECK(ids[1] == 41);
  CHECK(std::find(ids.begin(), ids.end(), 45) != ids.end());
  // More required tasklets than the cap: all of them are still shown.
  auto tight = select_threads(all, stopped, 45, true, 1);
  CHECK(tight.size() == 3);
}

TEST_CASE("selecting among 100,000 tasklets is fast", "[dap][threads][slow]") {
  std::vector<TaskletInfo> all;
  all.reserve(100000);
  for (std::uint64_t i = 0; i < 100000; ++i)
    all.push_back(info(i, i % 3 == 0 ? TaskletState::Blocked : TaskletState::Runnable));
  auto start = std::chrono::steady_clock::now();
  auto picked = select_threads(
      all, [](std::uint64_t id) { return id == 99999; }, 0, true, 1000);
  std::vector<std::string> names;
  for (auto i : picked) names.push_back(thread_name(all[i], ""));
  auto ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  CHECK(picked.size() == 1000);
  CHECK(all[picked[0]].id == 99999);
  // Sanitizer builds (scripts/test.sh --tsan/--asan) run many times slower:
  // the speed bar is for real builds only.
  if (!std::getenv("STK_SANITIZED")) CHECK(ms < 50.0);
}
