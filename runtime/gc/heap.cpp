// Mark-and-sweep over bitmap chunks and the list of malloc'd objects. The gray
// stack makes marking iterative, so a million-deep linked structure cannot
// overflow the C stack. Pacing: the next collection comes after allocating as
// much again as survived (Lua's "pause" of 2x), never less than 1 MiB, so the
// work per allocation stays amortised O(1) even with a million live tasklets.
// The 1 MiB floor keeps short-lived garbage recycled while its blocks are still
// in cache.
#include "gc/heap.hpp"

#include <algorithm>

namespace stk {

Heap::Heap() = default;

Heap::~Heap() { free_all(); }

namespace {

// Bits of bitmap word `w` that stand for one of a chunk's `n` blocks.
std::uint64_t block_bits(std::size_t n, std::size_t w) {
  std::size_t first = w * 64;
  if (first >= n) return 0;
  return n - first >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << (n - first)) - 1;
}

}  // namespace

Heap::Chunk* Heap::new_chunk(std::uint8_t size_class) {
  Chunk* ch;
  if (!spare_.empty()) {
    ch = spare_.back();
    spare_.pop_back();
  } else {
    ch = static_cast<Chunk*>(std::aligned_alloc(kChunkBytes, kChunkBytes));
    if (!ch) throw std::bad_alloc();
  }
  std::size_t n = (kChunkBytes - kHeaderBytes) / (size_class * kGranule);
  for (std::size_t w = 0; w < kWords; ++w) {
    ch->mark[w] = ch->destroy[w] = 0;
    ch->free[w] = block_bits(n, w);
  }
  ch->nblocks = static_cast<std::uint32_t>(n);
  ch->size_class = size_class;
  chunks_[size_class].push_back(ch);
  return ch;
}

void Heap::next_free_word(std::uint8_t size_class) {
  Cursor& c = cursor_[size_class];
  std::vector<Chunk*>& chunks = chunks_[size_class];
  for (;;) {
    if (c.chunk) {
      std::size_t words = (c.chunk->nblocks + 63) / 64;
      while (c.word < words) {
        std::size_t w = c.word++;
        if (c.chunk->free[w]) {
          c.free = c.chunk->free[w];
          c.base = blocks(c.chunk) + w * 64 * size_class * kGranule;
          c.destroy = &c.chunk->destroy[w];
          return;
        }
      }
    }
    c.chunk = c.next_chunk < chunks.size() ? chunks[c.next_chunk] : new_chunk(size_class);
    ++c.next_chunk;
    c.word = 0;
  }
}

void Heap::drain() {
  while (!gray_.empty()) {
    Obj* o = gray_.back();
    gray_.pop_back();
    trace_children(*this, o);
  }
}

std::size_t Heap::sweep_large() {
  std::size_t survivors = 0;
  Obj** link = &large_;
  while (Obj* o = *link) {
    if (o->gc_bits & kMarkBit) {
      o->gc_bits &= kClassMask;
      ++survivors;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      destroy_object(o);
      std::free(o);
    }
  }
  return survivors;
}

void Heap::sweep() {
  std::size_t survivors = sweep_large();
  for (std::size_t size_class = 1; size_class < kClasses; ++size_class) {
    std::vector<Chunk*>& chunks = chunks_[size_class];
    std::size_t block = size_class * kGranule, kept = 0;
    for (Chunk* ch : chunks) {
      std::size_t words = (ch->nblocks + 63) / 64, live = 0;
      for (std::size_t w = 0; w < words; ++w) {
        std::uint64_t marked = ch->mark[w];
        for (std::uint64_t dead = ch->destroy[w] & ~marked; dead; dead &= dead - 1) {
          std::size_t i = w * 64 + static_cast<std::size_t>(std::countr_zero(dead));
          destroy_object(reinterpret_cast<Obj*>(blocks(ch) + i * block));
        }
        ch->destroy[w] &= marked;
        ch->free[w] = ~marked & block_bits(ch->nblocks, w);
        ch->mark[w] = 0;
        live += static_cast<std::size_t>(std::popcount(marked));
      }
      survivors += live;
      if (live == 0) {
        spare_.push_back(ch);
      } else {
        chunks[kept++] = ch;
      }
    }
    chunks.resize(kept);
    cursor_[size_class] = Cursor{};
  }
  live_objects_ = survivors;
  ++collections_;
  allocated_since_gc_ = 0;
  // Objects average ~64 bytes; collect again once the heap has doubled.
  normal_threshold_ = std::max<std::size_t>(kMinThreshold, survivors * 64);
  threshold_.store(normal_threshold_);
  if (interrupt_pending_.load()) threshold_.store(0);  // keep an interrupt asked for meanwhile
  // Keep as many empty chunks as the next cycle can fill; return the rest.
  while (spare_.size() > normal_threshold_ / kChunkBytes) {
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
  for (std::size_t size_class = 1; size_class < kClasses; ++size_class) {
    std::size_t block = size_class * kGranule;
    for (Chunk* ch : chunks_[size_class]) {
      for (std::size_t w = 0; w < kWords; ++w) {
        for (std::uint64_t d = ch->destroy[w]; d; d &= d - 1) {
          std::size_t i = w * 64 + static_cast<std::size_t>(std::countr_zero(d));
          destroy_object(reinterpret_cast<Obj*>(blocks(ch) + i * block));
        }
      }
      std::free(ch);
    }
    chunks_[size_class].clear();
    cursor_[size_class] = Cursor{};
  }
  for (Chunk* ch : spare_) std::free(ch);
  spare_.clear();
  live_objects_ = 0;
}

}  // namespace stk
