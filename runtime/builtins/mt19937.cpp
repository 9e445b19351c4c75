// MT19937 (see mt19937.hpp): the reference algorithm of Matsumoto and
// Nishimura, with the seeding and output conventions of CPython's _randommodule.c.
#include "builtins/mt19937.hpp"

#include <bit>

namespace stk {

namespace {
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;
}  // namespace

void Mt19937::init_genrand(std::uint32_t s) {
  mt_[0] = s;
  for (int i = 1; i < kN; ++i)
    mt_[i] = 1812433253U * (mt_[i - 1] ^ (mt_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  index_ = kN;
}

void Mt19937::init_by_array(const std::uint32_t* key, std::size_t key_length) {
  init_genrand(19650218U);
  std::size_t i = 1, j = 0;
  std::size_t k = static_cast<std::size_t>(kN) > key_length ? static_cast<std::size_t>(kN) : key_length;
  for (; k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= static_cast<std::size_t>(kN)) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
    if (j >= key_length) j = 0;
  }
  for (k = kN - 1; k; --k) {
    mt_[i] = (mt_[i] ^ ((mt_[i - 1] ^ (mt_[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= static_cast<std::size_t>(kN)) {
      mt_[0] = mt_[kN - 1];
      i = 1;
    }
  }
  mt_[0] = 0x80000000U;  // MSB set: a non-zero initial array
}

std::uint32_t Mt19937::next_u32() {
  static constexpr std::uint32_t mag01[2] = {0x0U, kMatrixA};
  std::uint32_t y;
  if (index_ >= kN) {
    if (index_ == kN + 1) init_genrand(5489U);  // never seeded (not reached from Python)
    int kk = 0;
    for (; kk < kN - kM; ++kk) {
      y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
      mt_[kk] = mt_[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt_[kk] & kUpperMask) | (mt_[kk + 1] & kLowerMask);
      mt_[kk] = mt_[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt_[kN - 1] & kUpperMask) | (mt_[0] & kLowerMask);
    mt_[kN - 1] = mt_[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    index_ = 0;
  }
  y = mt_[index_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double Mt19937::next_double() {
  std::uint32_t a = next_u32() >> 5, b = next_u32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::uint64_t Mt19937::bits64(int k) {
  if (k <= 0) return 0;
  if (k <= 32) return bits32(k);
  std::uint64_t lo = next_u32();
  std::uint64_t hi = next_u32() >> (64 - k);
  return lo | (hi << 32);
}

std::uint64_t Mt19937::below(std::uint64_t n) {
  int k = std::bit_width(n);
  std::uint64_t r = bits64(k);
  while (r >= n) r = bits64(k);
  return r;
}

}  // namespace stk
