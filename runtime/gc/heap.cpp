// Mark-and-sweep over the intrusive all-objects list, and the size-class free
// lists. The gray stack makes marking iterative, so a million-deep linked
// structure cannot overflow the C stack. Pacing: the next collection comes after
// allocating as much again as survived (Lua's "pause" of 2x), never less than
// 1 MiB, so the work per allocation stays amortised O(1) even with a million
// live tasklets. The 1 MiB floor keeps short-lived garbage recycled while its
// blocks are still in cache: with 8 MiB, string_build ran 1.5-3x slower and
// its time varied from run to run.
#include "gc/heap.hpp"

#include <algorithm>

namespace stk {
namespace {
constexpr std::size_t kChunkBytes = 64 * 1024;
}

Heap::Heap() = default;

Heap::~Heap() {
  free_all();
  for (void* c : chunks_) std::free(c);
}

Heap::FreeBlock* Heap::refill(std::uint8_t size_class) {
  std::size_t block = static_cast<std::size_t>(size_class) * kGranule;
  char* chunk = static_cast<char*>(std::malloc(kChunkBytes));
  if (!chunk) throw std::bad_alloc();
  chunks_.push_back(chunk);
  std::size_t n = kChunkBytes / block;
  FreeBlock* head = nullptr;
  for (std::size_t i = n; i-- > 0;) {
    auto* b = reinterpret_cast<FreeBlock*>(chunk + i * block);
    b->next = head;
    head = b;
  }
  free_[size_class] = head;
  return head;
}

void Heap::release(Obj* o) {
  std::uint8_t size_class = o->gc_bits & kClassMask;
  destroy_object(o);
  if (size_class == 0) {
    std::free(o);
    return;
  }
  auto* b = reinterpret_cast<FreeBlock*>(o);
  b->next = free_[size_class];
  free_[size_class] = b;
}

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
    if (o->gc_bits & kMarkBit) {
      o->gc_bits &= kClassMask;
      ++survivors;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      release(o);
      --live_objects_;
    }
  }
  ++collections_;
  allocated_since_gc_ = 0;
  // Objects average ~64 bytes; collect again once the heap has doubled.
  threshold_ = std::max<std::size_t>(kMinThreshold, survivors * 64);
}

void Heap::free_all() {
  while (Obj* o = all_) {
    all_ = o->gc_next;
    release(o);
  }
  live_objects_ = 0;
}

}  // namespace stk
