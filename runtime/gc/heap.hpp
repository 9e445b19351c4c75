// The heap: allocation of every Python object and the bookkeeping that paces the
// collector. Small objects (<= 512 bytes) live in 64 KiB chunks of one size
// class each (the shape of CPython's pymalloc pools and mimalloc's pages); larger
// ones come from malloc and are linked through gc_next. Sanitizer builds use
// malloc for everything so ASan sees every object.
//
// A chunk keeps its mark bits, the blocks left free by the last sweep, and which
// blocks need destroy_object, in bitmaps in its header. Sweeping a chunk is
// then bitmap arithmetic: it touches only the dead objects that need a
// destructor, and allocation takes the next free bit without reading the block.
// destroy_object runs for a dead small object only when its layout has a C++
// destructor, for BigInts, and for objects given `needs_destroy` (a string that
// owns a buffer).
//
// Collection happens ONLY at safe points chosen by the interpreter loop (calls,
// backward jumps, after natives return), never inside `alloc`: a native may keep
// fresh objects in C++ locals until it returns. Code that runs Python from C++
// (vm/nested_loop) must root what it holds with `Root`. STK_GC_STRESS=1 makes
// every safe point that follows an allocation collect.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <type_traits>
#include <vector>

#include "objects/object.hpp"
#include "objects/value.hpp"

#if defined(__SANITIZE_ADDRESS__)
#define STK_SYSTEM_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STK_SYSTEM_MALLOC 1
#endif
#endif

namespace stk {

class Heap {
 public:
  // gc_bits: the size class (0 = malloc'd); the mark bit is used by malloc'd
  // objects only (chunks mark in their bitmap).
  static constexpr std::uint8_t kMarkBit = 0x80, kClassMask = 0x7f;
  static constexpr std::size_t kGranule = 16, kSmallMax = 512;
  static constexpr std::size_t kClasses = kSmallMax / kGranule + 1;
  static constexpr std::size_t kChunkBytes = 64 * 1024;

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a T (derived from Obj) with `extra` trailing bytes, value-initialised.
  template <class T>
  T* alloc(Type* type, ObjKind kind, std::size_t extra = 0) {
    std::size_t size = sizeof(T) + extra;
    T* obj;
#ifndef STK_SYSTEM_MALLOC
    if (size <= kSmallMax) {
      auto size_class = static_cast<std::uint8_t>((size + kGranule - 1) / kGranule);
      Cursor& c = cursor_[size_class];
      if (!c.free) next_free_word(size_class);
      int bit = std::countr_zero(c.free);
      c.free &= c.free - 1;
      if (!std::is_trivially_destructible_v<T> || kind == ObjKind::BigInt) {
        *c.destroy |= std::uint64_t{1} << bit;
      }
      obj = new (c.base + static_cast<std::size_t>(bit) * size_class * kGranule) T();
      obj->gc_bits = size_class;
    } else
#endif
    {
      void* mem = std::malloc(size);
      if (!mem) throw std::bad_alloc();
      obj = new (mem) T();
      obj->gc_next = large_;
      large_ = obj;
    }
    obj->type = type;
    obj->kind = kind;
    ++live_objects_;
    allocated_since_gc_ += size;
    return obj;
  }

  // `o` must go through destroy_object when it dies although its layout is
  // trivially destructible (a string that owns a malloc'd buffer).
  void needs_destroy(Obj* o) {
    std::uint8_t size_class = o->gc_bits & kClassMask;
    if (size_class == 0) return;  // malloc'd objects are always destroyed
    std::size_t i = block_index(o, size_class);
    chunk_of(o)->destroy[i / 64] |= std::uint64_t{1} << (i % 64);
  }

  // Memory held outside object headers (vector storage, GMP limbs) counts too.
  void account(std::ptrdiff_t bytes) {
    if (bytes > 0) allocated_since_gc_ += static_cast<std::size_t>(bytes);
  }

  // Stress mode collects at every safe point after an allocation while the heap
  // is small (where rooting bugs show up); on big heaps it collects after every
  // few bytes per live object, or big-heap programs would take quadratic time.
  bool wants_collect() const {
    if (allocated_since_gc_ >= threshold_.load(std::memory_order_relaxed)) return true;
    return stress_ && allocated_since_gc_ > 0 &&
           (live_objects_ < kStressFullLimit || allocated_since_gc_ > live_objects_ * 4);
  }
  static constexpr std::size_t kStressFullLimit = 20000;

  // Another thread (a debugger) wants the VM at its next safe point: the
  // allocation threshold drops to 0, so the check every safe point already
  // makes fires — Go's stack-guard trick, at no cost to the loop.
  void interrupt() {
    interrupt_pending_.store(true);
    threshold_.store(0);
  }
  // The VM thread, at a safe point: whether an interrupt was asked for
  // (consumed); the threshold is back to normal either way.
  bool take_interrupt() {
    threshold_.store(normal_threshold_);
    return interrupt_pending_.exchange(false);
  }
  bool stress() const { return stress_; }
  void set_stress(bool on) { stress_ = on; }

  // Marking: roots call mark(); trace_children() (objects/trace.cpp) pushes children.
  void mark(Value v) {
    if (v.is_obj()) mark(v.obj());
  }
  void mark(Obj* o) {
    if (!o) return;
    std::uint8_t size_class = o->gc_bits & kClassMask;
    if (size_class == 0) {
      if (o->gc_bits & kMarkBit) return;
      o->gc_bits |= kMarkBit;
    } else {
      std::size_t i = block_index(o, size_class);
      std::uint64_t& word = chunk_of(o)->mark[i / 64];
      std::uint64_t bit = std::uint64_t{1} << (i % 64);
      if (word & bit) return;
      word |= bit;
    }
    gray_.push_back(o);
  }
  // Drains the gray stack (no C recursion, however deep the object graph).
  void drain();
  // Frees every unmarked object and clears marks; re-paces the next collection.
  void sweep();
  // Frees everything (VM teardown).
  void free_all();

  std::size_t live_objects() const { return live_objects_; }
  std::uint64_t collections() const { return collections_; }

 private:
  // The smallest block (32 bytes: an Obj is 24) gives fewer than 2048 blocks
  // per chunk, so 32 words per bitmap.
  static constexpr std::size_t kWords = 32;
  struct Chunk {
    std::uint64_t mark[kWords];
    std::uint64_t destroy[kWords];  // allocated blocks that need destroy_object
    std::uint64_t free[kWords];     // blocks free after the last sweep
    std::uint32_t nblocks;
    std::uint8_t size_class;
  };
  // Blocks start on the first cache line after the header.
  static constexpr std::size_t kHeaderBytes = (sizeof(Chunk) + 63) / 64 * 64;
  static_assert((kChunkBytes - kHeaderBytes) / 32 <= kWords * 64);
  static char* blocks(Chunk* ch) { return reinterpret_cast<char*>(ch) + kHeaderBytes; }

  // Where a size class allocates next: the remaining free blocks of one bitmap
  // word, then the following words and chunks of the class.
  struct Cursor {
    char* base = nullptr;              // block 0 of the current word
    std::uint64_t free = 0;            // free blocks left in the current word
    std::uint64_t* destroy = nullptr;  // the current word's destroy bits
    Chunk* chunk = nullptr;
    std::size_t word = 0;        // next word of `chunk` to look at
    std::size_t next_chunk = 0;  // next index in chunks_[class]
  };

  static Chunk* chunk_of(Obj* o) {
    return reinterpret_cast<Chunk*>(reinterpret_cast<std::uintptr_t>(o) & ~(kChunkBytes - 1));
  }
  // (offset / 16) / size_class by multiplying with a rounded-up reciprocal:
  // exact because offset / 16 < 2^12 and size_class < 2^6.
  static std::size_t block_index(Obj* o, std::uint8_t size_class) {
    auto off = (reinterpret_cast<std::uintptr_t>(o) & (kChunkBytes - 1)) - kHeaderBytes;
    return static_cast<std::size_t>(((off / kGranule) * kReciprocal[size_class]) >> 32);
  }
  static constexpr auto kReciprocal = [] {
    std::array<std::uint64_t, kClasses> r{};
    for (std::size_t c = 1; c < kClasses; ++c) r[c] = ((std::uint64_t{1} << 32) + c - 1) / c;
    return r;
  }();

  void next_free_word(std::uint8_t size_class);
  Chunk* new_chunk(std::uint8_t size_class);
  std::size_t sweep_large();  // returns the survivors

  Obj* large_ = nullptr;  // malloc'd objects
  std::vector<Obj*> gray_;
  Cursor cursor_[kClasses];
  std::vector<Chunk*> chunks_[kClasses];
  std::vector<Chunk*> spare_;  // emptied by a sweep; any size class may take one
  std::size_t live_objects_ = 0;
  std::size_t allocated_since_gc_ = 0;
  // Small enough that recycled blocks are still in cache when reused.
  static constexpr std::size_t kMinThreshold = 1u << 20;
  std::atomic<std::size_t> threshold_{kMinThreshold};
  std::size_t normal_threshold_ = kMinThreshold;  // VM thread only
  std::atomic<bool> interrupt_pending_{false};
  std::uint64_t collections_ = 0;
  bool stress_ = false;
};

// Pushes every heap reference held by `o` onto the heap's gray stack.
void trace_children(Heap& heap, Obj* o);
// Runs the C++ destructor of `o`'s layout and frees its extra storage.
void destroy_object(Obj* o);

}  // namespace stk
