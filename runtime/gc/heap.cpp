// Mark-and-sweep over the chunks behind the size-class free lists and the list
// of malloc'd objects. The gray stack makes marking iterative, so a
// million-deep linked structure cannot overflow the C stack. Pacing: the next collection comes after
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

Heap::~Heap() { free_all(); }

Heap::FreeBlock* Heap::refill(std::uint8_t size_class) {
  char* chunk;
  if (!spare_.empty()) {
    chunk = spare_.back();
    spare_.pop_back();
  } else {
    chunk = static_cast<char*>(std::malloc(kChunkBytes));
    if (!chunk) throw std::bad_alloc();
  }
  chunks_.push_back({chunk, size_class});
  std::size_t block = static_cast<std::size_t>(size_class) * kGranule;
  std::size_t n = kChunkBytes / block;
  FreeBlock* head = nullptr;
  for (std::size_t i = n; i-- > 0;) {
    auto* b = reinterpret_cast<FreeBlock*>(chunk + i * block);
    b->next = head;
    reinterpret_cast<Obj*>(b)->gc_bits = kFreeTag;
    head = b;
  }
  free_[size_class] = head;
  return head;
}

void Heap::drain() {
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    trace_children(*this, o);
  }
}

void Heap::sweep_large() {
  Obj** link = &large_;
  while (Obj* o = *link) {
    if (o->gc_bits & kMarkBit) {
      o->gc_bits &= kClassMask;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      destroy_object(o);
      std::free(o);
      --live_objects_;
    }
  }
}

// Walking the chunks in address order, rather than a linked list of objects in
// allocation order, keeps the sweep sequential in memory (the list walk missed
// the cache on every object), and the rebuilt free lists hand out neighbouring
// blocks one after another.
void Heap::sweep() {
  sweep_large();
  FreeBlock** tail[kClasses];
  for (std::size_t c = 0; c < kClasses; ++c) {
    free_[c] = nullptr;
    tail[c] = &free_[c];
  }
  std::size_t kept = 0;
  for (Chunk ch : chunks_) {
    std::size_t block = static_cast<std::size_t>(ch.size_class) * kGranule;
    char* end = ch.mem + kChunkBytes / block * block;
    FreeBlock* head = nullptr;
    FreeBlock** link = &head;
    bool live = false;
    for (char* p = ch.mem; p != end; p += block) {
      auto* o = reinterpret_cast<Obj*>(p);
      std::uint8_t bits = o->gc_bits;
      if (bits & kMarkBit) {
        o->gc_bits = bits & kClassMask;
        live = true;
        continue;
      }
      if (bits != kFreeTag) {
        destroy_object(o);
        o->gc_bits = kFreeTag;
        --live_objects_;
      }
      auto* b = reinterpret_cast<FreeBlock*>(p);
      *link = b;
      link = &b->next;
    }
    if (!live) {  // empty: any size class may reuse it
      spare_.push_back(ch.mem);
      continue;
    }
    if (head) {
      // A full chunk has no free blocks: leave the class's tail alone (`link`
      // would point at this loop's local `head` and cut the list).
      *tail[ch.size_class] = head;
      tail[ch.size_class] = link;
    }
    chunks_[kept++] = ch;
  }
  chunks_.resize(kept);
  for (std::size_t c = 0; c < kClasses; ++c) *tail[c] = nullptr;
  ++collections_;
  allocated_since_gc_ = 0;
  // Objects average ~64 bytes; collect again once the heap has doubled.
  threshold_ = std::max<std::size_t>(kMinThreshold, live_objects_ * 64);
  // Keep as many empty chunks as the next cycle can fill; return the rest.
  std::size_t keep = threshold_ / kChunkBytes;
  while (spare_.size() > keep) {
    std::free(spare_.back());
    spare_.pop_back();
  }
}

void Heap::free_all() {
  while (Obj* o = large_) {
    large_ = o->gc_next;
    destroy_object(o);
    std::free(o);
  }
  for (Chunk ch : chunks_) {
    std::size_t block = static_cast<std::size_t>(ch.size_class) * kGranule;
    char* end = ch.mem + kChunkBytes / block * block;
    for (char* p = ch.mem; p != end; p += block) {
      auto* o = reinterpret_cast<Obj*>(p);
      if (o->gc_bits != kFreeTag) destroy_object(o);
    }
    std::free(ch.mem);
  }
  for (char* c : spare_) std::free(c);
  chunks_.clear();
  spare_.clear();
  for (auto& f : free_) f = nullptr;
  live_objects_ = 0;
}

}  // namespace stk
