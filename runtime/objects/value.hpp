// Value: one 64-bit word, the only code that knows the bit layout.
//   ...xxx1  small int: the 63-bit signed integer is bits >> 1 (arithmetic shift)
//   ...x000  pointer to a heap object (8-byte aligned), never 0
//   0        null: "no value" (a native raised; an unbound local)
//   2        stop: an iterator is exhausted (keeps `for` off the exception path)
//   4        switched: a native switched tasklets; the caller's result comes later
// Ints that fit in 63 bits are ALWAYS small ints (canonical form), so identity of
// small ints is word equality and dict keys compare cheaply. Bigger ints are BigInt
// objects (GMP). Pointers stay raw so ASan and debuggers see ordinary pointers.
#pragma once

#include <cstdint>

namespace stk {

struct Obj;

class Value {
 public:
  static constexpr std::int64_t kMaxSmall = (std::int64_t{1} << 62) - 1;
  static constexpr std::int64_t kMinSmall = -(std::int64_t{1} << 62);

  constexpr Value() : bits_(0) {}

  static constexpr Value null() { return Value(); }
  static constexpr Value stop() { return Value(std::uint64_t{2}); }
  static constexpr Value switched() { return Value(std::uint64_t{4}); }
  static constexpr bool fits_small(std::int64_t i) { return i >= kMinSmall && i <= kMaxSmall; }
  // Caller guarantees fits_small(i); use make_int (objects/int.hpp) otherwise.
  static constexpr Value small(std::int64_t i) {
    return Value((static_cast<std::uint64_t>(i) << 1) | 1u);
  }
  static Value object(const Obj* o) { return Value(reinterpret_cast<std::uint64_t>(o)); }
  static constexpr Value from_bits(std::uint64_t b) { return Value(b); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr bool is_stop() const { return bits_ == 2; }
  constexpr bool is_switched() const { return bits_ == 4; }
  // null or switched: the one test a native call site needs on its fast path.
  constexpr bool is_null_or_switched() const { return (bits_ & ~std::uint64_t{4}) == 0; }
  constexpr bool is_small() const { return (bits_ & 1u) != 0; }
  constexpr bool is_obj() const { return (bits_ & 7u) == 0 && bits_ != 0; }

  constexpr std::int64_t small_value() const { return static_cast<std::int64_t>(bits_) >> 1; }
  Obj* obj() const { return reinterpret_cast<Obj*>(bits_); }
  template <class T>
  T* as() const { return static_cast<T*>(obj()); }

  constexpr std::uint64_t bits() const { return bits_; }
  // Identity (Python `is`).
  constexpr bool is(Value o) const { return bits_ == o.bits_; }
  explicit constexpr operator bool() const { return bits_ != 0; }

 private:
  constexpr explicit Value(std::uint64_t b) : bits_(b) {}
  std::uint64_t bits_;
};

// Both operands small ints: one OR, one test.
inline bool both_small(Value a, Value b) { return ((a.bits() & b.bits()) & 1u) != 0; }

}  // namespace stk
