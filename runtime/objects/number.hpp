// Number helpers shared by int.cpp, float.cpp, ops.cpp and the builtins: conversions
// between ints and floats, CPython-compatible hashing, exact int/float comparison,
// float formatting and rounding. Error convention as in ops.hpp (null = raised).
#pragma once

#include <cstdint>
#include <string>

#include "objects/int.hpp"

namespace stk {

// ---- int ----
// int64 value of an is_int() value; false (no raise) if it is a BigInt.
bool int_to_i64(Value v, std::int64_t* out);
int int_sign(Value v);  // -1, 0, 1 for any is_int()
std::int64_t int_hash(Value v);  // CPython: modulus 2**61-1, never -1
Value int_unary(Runtime& rt, UnOp op, Value a);
Value int_abs(Runtime& rt, Value a);
// Three-way compare of two is_int() values.
int int_compare(Value a, Value b);
// Exact compare of an int with a double: -1/0/1, or 2 if d is NaN (unordered).
int int_compare_double(Value a, double d);
// int -> double, OverflowError "int too large to convert to float".
bool int_to_double(Runtime& rt, Value v, double* out);
// Python's int(x) for a float: truncation; OverflowError/ValueError for inf/nan.
Value float_to_int(Runtime& rt, double d);
// int(s, base): base 0 or 2..36; ValueError "invalid literal for int() with base 10: 's'".
Value int_from_str(Runtime& rt, Str* s, int base);
// Decimal text into `out`; false + ValueError past CPython's 4300-digit limit.
bool int_repr_into(Runtime& rt, Value v, std::string& out);
// divmod(a, b) for ints: both results, false on error (ZeroDivisionError).
bool int_divmod(Runtime& rt, Value a, Value b, Value* q, Value* r);
// pow(a, b, m) for ints (builtins' 3-argument pow).
Value int_pow_mod(Runtime& rt, Value a, Value b, Value m);
// round(x, ndigits) for an int: ndigits may be negative (round half to even).
Value int_round(Runtime& rt, Value x, Value ndigits);

// ---- float ----
bool is_number(Value v);  // int, bool, BigInt or float
// Any number as a double (OverflowError for huge ints); false + TypeError otherwise.
bool number_to_double(Runtime& rt, Value v, double* out);
inline double float_value(Value v) { return v.as<Float>()->value; }
std::int64_t float_hash(double d);  // CPython's _Py_HashDouble; NaN hashes 0 here (ops hashes NaN by identity)
void float_repr_into(double d, std::string& out);  // repr(): shortest round-trip
// Float arithmetic with Python semantics; both operands are numbers, at least one a float.
Value float_binary(Runtime& rt, BinOp op, Value a, Value b);
Value float_binary_d(Runtime& rt, BinOp op, double x, double y);
bool float_divmod(Runtime& rt, double x, double y, double* q, double* r);
// round(x) (ndigits null or None -> int) and round(x, n) (-> float), as CPython.
Value float_round(Runtime& rt, double x, Value ndigits);
// float(s): ValueError "could not convert string to float: 's'".
Value float_from_str(Runtime& rt, Str* s);
// Numeric comparison of two numbers (ints, bools, floats): Value bool.
bool number_compare(Runtime& rt, CmpOp op, Value a, Value b);

}  // namespace stk
