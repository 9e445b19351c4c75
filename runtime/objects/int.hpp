// Python int: small ints live in the Value word; anything beyond 63 bits is a
// BigInt (GMP), always normalised back to a small int when it fits. bool is an
// int subtype (True + 1 == 2), so every int helper accepts bools.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/ops.hpp"

namespace stk {

Value make_int(Runtime& rt, std::int64_t i);
// Digits as the lexer gives them (no prefix, no underscores) in base 2/8/10/16.
Value int_from_digits(Runtime& rt, std::string_view digits, int base);
Value int_from_mpz(Runtime& rt, mpz_srcptr z);  // normalises to a small int when it fits
bool is_int(Value v);  // small int, BigInt or bool
// Slow path of integer arithmetic for the interpreter (either operand big, or
// a small-int op that overflowed). Both operands satisfy is_int().
Value int_binary(Runtime& rt, BinOp op, Value a, Value b);
std::string int_to_decimal(Value v);

}  // namespace stk
