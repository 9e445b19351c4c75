// The heap: allocation of every Python object and the bookkeeping that paces the
// collector. Small objects (<= 512 bytes) come from per-size-class free lists
// carved out of 64 KiB chunks (the shape of CPython's pymalloc); larger ones from
// malloc. Sanitizer builds use malloc for everything so ASan sees every object.
// The sweep walks the chunks block by block (a free block carries kFreeTag in
// gc_bits); only malloc'd objects are linked through gc_next.
//
// Collection happens ONLY at safe points chosen by the interpreter loop (calls,
// backward jumps, after natives return), never inside `alloc`: a native may keep
// fresh objects in C++ locals until it returns. Code that runs Python from C++
// (vm/nested_loop) must root what it holds with `Root`. STK_GC_STRESS=1 makes
// every safe point that follows an allocation collect.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
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
  // kFreeTag: gc_bits of a free block in a chunk (no size class is that large).
  static constexpr std::uint8_t kMarkBit = 0x80, kClassMask = 0x7f, kFreeTag = 0x7f;
  static constexpr std::size_t kGranule = 16, kSmallMax = 512;
  static constexpr std::size_t kClasses = kSmallMax / kGranule + 1;

  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates a T (derived from Obj) with `extra` trailing bytes, value-initialised.
  template <class T>
  T* alloc(Type* type, ObjKind kind, std::size_t extra = 0) {
    std::size_t size = sizeof(T) + extra;
    std::uint8_t size_class = 0;
    void* mem;
#ifndef STK_SYSTEM_MALLOC
    if (size <= kSmallMax) {
      size_class = static_cast<std::uint8_t>((size + kGranule - 1) / kGranule);
      FreeBlock* b = free_[size_class];
      if (!b) b = refill(size_class);
      free_[size_class] = b->next;
      mem = b;
    } else
#endif
    {
      mem = std::malloc(size);
      if (!mem) throw std::bad_alloc();
    }
    T* obj = new (mem) T();
    obj->type = type;
    obj->kind = kind;
    obj->gc_bits = size_class;
    if (size_class == 0) {
      obj->gc_next = large_;
      large_ = obj;
    }
    ++live_objects_;
    allocated_since_gc_ += size;
    return obj;
  }

  // Memory held outside object headers (vector storage, GMP limbs) counts too.
  void account(std::ptrdiff_t bytes) {
    if (bytes > 0) allocated_since_gc_ += static_cast<std::size_t>(bytes);
  }

  // Stress mode collects at every safe point after an allocation while the heap
  // is small (where rooting bugs show up); on big heaps it collects after every
  // few bytes per live object, or big-heap programs would take quadratic time.
  bool wants_collect() const {
    if (allocated_since_gc_ > threshold_) return true;
    return stress_ && allocated_since_gc_ > 0 &&
           (live_objects_ < kStressFullLimit || allocated_since_gc_ > live_objects_ * 4);
  }
  static constexpr std::size_t kStressFullLimit = 20000;
  bool stress() const { return stress_; }
  void set_stress(bool on) { stress_ = on; }

  // Marking: roots call mark(); trace_children() (objects/trace.cpp) pushes children.
  void mark(Value v) {
    if (v.is_obj()) mark(v.obj());
  }
  void mark(Obj* o) {
    if (o && !(o->gc_bits & kMarkBit)) {
      o->gc_bits |= kMarkBit;
      gray_.push_back(o);
    }
  }
  // Drains the gray stack (no C recursion, however deep the object graph).
  void drain();
  // Frees every unmarked object and clears marks; rebuilds the free lists in
  // address order; re-paces the next collection.
  void sweep();
  // Frees everything, chunks included (VM teardown).
  void free_all();

  std::size_t live_objects() const { return live_objects_; }
  std::uint64_t collections() const { return collections_; }

 private:
  struct FreeBlock {
    FreeBlock* next;
  };
  struct Chunk {
    char* mem;
    std::uint8_t size_class;
  };
  FreeBlock* refill(std::uint8_t size_class);
  void sweep_large();

  Obj* large_ = nullptr;  // malloc'd objects (size class 0)
  std::vector<Obj*> gray_;
  FreeBlock* free_[kClasses] = {};
  std::vector<Chunk> chunks_;
  std::vector<char*> spare_;  // chunks left empty by a sweep, for any size class
  std::size_t live_objects_ = 0;
  std::size_t allocated_since_gc_ = 0;
  // Small enough that recycled blocks are still in cache when reused.
  static constexpr std::size_t kMinThreshold = 1u << 20;
  std::size_t threshold_ = kMinThreshold;
  std::uint64_t collections_ = 0;
  bool stress_ = false;
};

// Pushes every heap reference held by `o` onto the heap's gray stack.
void trace_children(Heap& heap, Obj* o);
// Runs the C++ destructor of `o`'s layout and frees its extra storage.
void destroy_object(Obj* o);

}  // namespace stk
