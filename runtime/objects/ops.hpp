// The generic Python operations on values, dispatched on the operand kinds:
// what the interpreter calls when its inline fast paths (small ints, floats)
// don't apply, and what natives use to treat values generically.
// Convention: a Value result of null means "an exception was raised" (it is in
// `rt.pending_exc`); `int` results use -1 for that. Error messages are CPython's,
// word for word, because programs print them.
#pragma once

#include <cstdint>
#include <string>

#include "vm/runtime.hpp"

namespace stk {

// Operator numbering shared with the bytecode (BinaryOp/InplaceOp operand).
enum class BinOp : std::uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
};
enum class UnOp : std::uint8_t { Neg, Pos, Invert };
enum class CmpOp : std::uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

const char* binop_symbol(BinOp op);         // "+", "//", "**" ...
const char* inplace_symbol(BinOp op);       // "+=", "//=" ...
const char* cmpop_symbol(CmpOp op);         // "<", "==" ...

namespace ops {

// The Python type of any value (small ints included).
Type* type_of(const Runtime& rt, Value v);
// type_of(v)->name as a C++ string (for error messages).
std::string type_name(const Runtime& rt, Value v);
bool is_subtype(const Type* t, const Type* base);
inline bool isinstance(const Runtime& rt, Value v, const Type* t) { return is_subtype(type_of(rt, v), t); }

Value repr(Runtime& rt, Value v);  // -> Str
Value str(Runtime& rt, Value v);   // -> Str
// repr/str appended to `out` (avoids temporaries when printing containers).
bool repr_into(Runtime& rt, Value v, std::string& out);
bool str_into(Runtime& rt, Value v, std::string& out);

bool hash(Runtime& rt, Value v, std::int64_t* out);  // TypeError "unhashable type: 'list'"
int truthy(Runtime& rt, Value v);                    // 1, 0, or -1 on error
int eq(Runtime& rt, Value a, Value b);               // a == b as a C++ bool (identity first)
Value compare(Runtime& rt, CmpOp op, Value a, Value b);  // rich comparison result
int compare_bool(Runtime& rt, CmpOp op, Value a, Value b);  // truthiness of the comparison

Value binary(Runtime& rt, BinOp op, Value a, Value b);
Value inplace(Runtime& rt, BinOp op, Value a, Value b);  // list +=, |= on sets..., else binary
Value unary(Runtime& rt, UnOp op, Value a);

Value getitem(Runtime& rt, Value obj, Value key);
bool setitem(Runtime& rt, Value obj, Value key, Value value);
bool delitem(Runtime& rt, Value obj, Value key);
int contains(Runtime& rt, Value container, Value item);  // `item in container`

// Attribute access on builtin objects: bound native methods, data attributes
// (e.args, f.__name__, range.start ...). AttributeError text as CPython's.
Value getattr(Runtime& rt, Value obj, Str* name);
// A property's getter/setter on `obj` (native accessors are called directly).
Value property_get(Runtime& rt, Property* p, Value obj, Str* name);
bool property_set(Runtime& rt, Property* p, Value obj, Value value);
bool setattr(Runtime& rt, Value obj, Str* name, Value value);
bool delattr(Runtime& rt, Value obj, Str* name);
// Finds `name` on the type (MRO walk) without binding; null if absent (no raise).
Value lookup_type_attr(const Type* t, Str* name);
bool is_callable(Runtime& rt, Value v);  // the builtin callable()

Value iter(Runtime& rt, Value v);   // TypeError "'int' object is not iterable"
Value next(Runtime& rt, Value it);  // Value::stop() when exhausted; null on error
bool len(Runtime& rt, Value v, std::int64_t* out);  // TypeError "object of type 'int' has no len()"

// Converts an index-like value (int, bool) to int64; TypeError/IndexError/OverflowError
// with the given noun ("list indices must be integers or slices, not str").
bool index_value(Runtime& rt, Value v, std::int64_t* out);

}  // namespace ops
}  // namespace stk
