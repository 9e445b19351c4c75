// The Mersenne Twister MT19937 exactly as CPython's _randommodule.c runs it:
// init_genrand / init_by_array seeding, 32-bit outputs, and the derived
// random() (53 bits from two outputs) and getrandbits() word order. No VM
// knowledge: mod_random.cpp adapts it to Python values, and the unit tests
// check it against sequences printed by CPython.
#pragma once

#include <cstddef>
#include <cstdint>

namespace stk {

class Mt19937 {
 public:
  static constexpr int kN = 624;

  void init_genrand(std::uint32_t s);
  // CPython's seed for an int: the 32-bit words of abs(n), least significant
  // first (one word 0 for n == 0).
  void init_by_array(const std::uint32_t* key, std::size_t key_length);
  std::uint32_t next_u32();
  // random.random(): a float in [0, 1) with 53 random bits.
  double next_double();
  // getrandbits(k) for 0 < k <= 32.
  std::uint32_t bits32(int k) { return next_u32() >> (32 - k); }
  // getrandbits(k) for 0 <= k <= 64 (words least significant first, as CPython).
  std::uint64_t bits64(int k);
  // _randbelow_with_getrandbits(n) for 0 < n: k = n.bit_length(), retry while r >= n.
  std::uint64_t below(std::uint64_t n);

 private:
  std::uint32_t mt_[kN];
  int index_ = kN + 1;
};

}  // namespace stk
