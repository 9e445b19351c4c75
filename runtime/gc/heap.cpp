// Mark-and-sweep over the intrusive all-objects list. The gray stack makes marking
// iterative, so a million-deep linked structure cannot overflow the C stack.
// Pacing: the next collection comes after allocating as much again as survived
// (Lua's "pause" of 2x), never less than 8 MiB, so the work per allocation stays
// amortised O(1) even with a million live tasklets.
#include "gc/heap.hpp"

#include <algorithm>

namespace stk {

Heap::Heap() = default;

Heap::~Heap() { free_all(); }

void Heap::drain() {
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    trace_children(*this, o);
  }
}

void Heap::sweep() {
  Obj** link = &all_;
  std::size_t survivors = 0;
  while (Obj* o = *link) {
    if (o->mark) {
      o->mark = 0;
      ++survivors;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      destroy_object(o);
      std::free(o);
      --live_objects_;
    }
  }
  ++collections_;
  allocated_since_gc_ = 0;
  // Objects average ~64 bytes; collect again once the heap has doubled.
  threshold_ = std::max<std::size_t>(8u << 20, survivors * 64);
}

void Heap::free_all() {
  while (Obj* o = all_) {
    all_ = o->gc_next;
    destroy_object(o);
    std::free(o);
  }
  live_objects_ = 0;
}

}  // namespace stk
