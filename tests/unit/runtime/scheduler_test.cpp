// The scheduler's data structures directly (the runnables ring, channel wait
// queues and their balance) and, through small programs, the invariants a
// program cannot print under the oracle: the refusal to switch in native
// callbacks, 100,000 live tasklets under GC stress, preemption accounting.
#include <catch2/catch.hpp>

#include <vector>

#include "../support/test_vm.hpp"
#include "channel/channel.hpp"
#include "scheduler/scheduler.hpp"

using stk::test::last_line;
using stk::test::run_source;

namespace {

std::vector<stk::Tasklet*> ring_order(stk::Runtime& rt) {
  std::vector<stk::Tasklet*> order;
  stk::Tasklet* head = rt.sched.ring;
  if (!head) return order;
  stk::Tasklet* t = head;
  do {
    order.push_back(t);
    REQUIRE(t->next->prev == t);  // doubly linked both ways
    t = t->next;
  } while (t != head && order.size() < 100);
  return order;
}

stk::Tasklet* bound_tasklet(stk::Runtime& rt) {
  stk::Tasklet* t = stk::new_tasklet(rt);
  t->life = stk::Tasklet::Life::Bound;
  t->tempval = rt.None();
  return t;
}

}  // namespace

TEST_CASE("the ring: append links before the head, unlink keeps it circular", "[scheduler]") {
  stk::Vm vm;
  stk::Runtime& rt = vm.runtime();
  REQUIRE(ring_order(rt) == std::vector<stk::Tasklet*>{rt.main});
  REQUIRE(rt.sched.runcount == 1);
  stk::Tasklet* a = bound_tasklet(rt);
  stk::Tasklet* b = bound_tasklet(rt);
  stk::Tasklet* c = bound_tasklet(rt);
  stk::ring_append(rt, a);
  stk::ring_append(rt, b);
  stk::ring_append(rt, c);
  stk::ring_append(rt, b);  // already linked: no duplicate entry
  CHECK(ring_order(rt) == std::vector<stk::Tasklet*>{rt.main, a, b, c});
  CHECK(rt.sched.runcount == 4);
  stk::ring_unlink(rt, b);
  CHECK(ring_order(rt) == std::vector<stk::Tasklet*>{rt.main, a, c});
  CHECK(b->next == nullptr);
  CHECK(b->prev == nullptr);
  CHECK_FALSE(b->in_ring);
  stk::ring_make_head(rt, b);  // runs next, in front of the old head
  CHECK(ring_order(rt) == std::vector<stk::Tasklet*>{b, rt.main, a, c});
  stk::ring_unlink(rt, b);
  stk::ring_unlink(rt, a);
  stk::ring_unlink(rt, c);
  CHECK(ring_order(rt) == std::vector<stk::Tasklet*>{rt.main});
  CHECK(rt.sched.runcount == 1);
}

TEST_CASE("a channel's wait queue is FIFO and unlinking adjusts the balance", "[scheduler][channel]") {
  stk::Vm vm;
  stk::Runtime& rt = vm.runtime();
  stk::Channel* ch = stk::new_channel(rt, rt.types.channel);
  CHECK(ch->preference == -1);
  CHECK(ch->balance == 0);
  // Queue three receivers by hand, as channel_action's blocking path does.
  std::vector<stk::Tasklet*> waiters;
  for (int i = 0; i < 3; ++i) {
    stk::Tasklet* t = bound_tasklet(rt);
    t->prev = ch->tail;
    if (ch->tail) ch->tail->next = t;
    else ch->head = t;
    ch->tail = t;
    ch->balance -= 1;
    t->channel = ch;
    t->block_dir = -1;
    waiters.push_back(t);
  }
  CHECK(ch->balance == -3);
  stk::channel_unlink(rt, waiters[1]);  // a kill of the middle one
  CHECK(ch->balance == -2);
  CHECK(ch->head == waiters[0]);
  CHECK(waiters[0]->next == waiters[2]);
  CHECK(waiters[2]->prev == waiters[0]);
  CHECK(ch->tail == waiters[2]);
  CHECK_FALSE(waiters[1]->blocked());
  stk::channel_unlink(rt, waiters[0]);
  stk::channel_unlink(rt, waiters[2]);
  CHECK(ch->head == nullptr);
  CHECK(ch->tail == nullptr);
  CHECK(ch->balance == 0);
}

TEST_CASE("a failed block is undone: balance unchanged, main not blocked", "[scheduler][channel]") {
  auto r = run_source(
      "import stackless\n"
      "ch = stackless.channel()\n"
      "for op in (ch.receive, lambda: ch.send(1)):\n"
      "    try:\n"
      "        op()\n"
      "    except RuntimeError as e:\n"
      "        print(e)\n"
      "print(ch.balance, stackless.getmain().blocked, stackless.getruncount())\n");
  CHECK(r.status == 0);
  CHECK(r.out ==
        "Deadlock: the last runnable tasklet cannot be blocked.\n"
        "Deadlock: the last runnable tasklet cannot be blocked.\n"
        "0 False 1\n");
}

TEST_CASE("switching inside a native callback raises RuntimeError naming the reason", "[scheduler]") {
  auto r = run_source(
      "import stackless\n"
      "def key(x):\n"
      "    stackless.schedule()\n"
      "    return x\n"
      "sorted([2, 1], key=key)\n");
  CHECK(r.status == 1);
  CHECK(last_line(r.err).rfind("RuntimeError: cannot switch tasklets inside a native callback", 0) == 0);
}

TEST_CASE("100,000 live tasklets blocked on channels survive collections under GC stress", "[scheduler][gc]") {
  auto r = run_source(
      "import stackless\n"
      "chans = [stackless.channel() for i in range(1000)]\n"
      "def worker(i):\n"
      "    v = chans[i % 1000].receive()\n"
      "    total[0] += v + i\n"
      "total = [0]\n"
      "for i in range(100000):\n"
      "    stackless.tasklet(worker)(i)\n"
      "stackless.run()\n"
      "print(sum(-c.balance for c in chans))\n"
      "for k in range(100):\n"
      "    for c in chans:\n"
      "        c.send(1)\n"
      "print(total[0], stackless.getruncount())\n",
      /*gc_stress=*/true);
  CHECK(r.status == 0);
  CHECK(r.out == "100000\n" + std::to_string(100000 + 99999LL * 100000 / 2) + " 1\n");
}

TEST_CASE("run(timeout) interrupts a busy tasklet and returns it paused", "[scheduler][preemption]") {
  auto r = run_source(
      "import stackless\n"
      "def busy():\n"
      "    n = 0\n"
      "    while n < 100000:\n"
      "        n += 1\n"
      "    print('busy done')\n"
      "t = stackless.tasklet(busy)()\n"
      "slices = 0\n"
      "while True:\n"
      "    v = stackless.run(1000)\n"
      "    if v is None:\n"
      "        break\n"
      "    assert v is t and v.paused and not v.scheduled\n"
      "    slices += 1\n"
      "    v.insert()\n"
      "print(slices > 10, t.alive)\n");
  CHECK(r.status == 0);
  CHECK(r.out == "busy done\nTrue False\n");
}
