// Helpers shared by the container implementation files (tuple.cpp, list.cpp,
// dict.cpp, set.cpp, range.cpp, slice.cpp, iterators.cpp, dict_view.cpp,
// containers.cpp) and the builtins. Not part of the seam: ops.cpp and the VM use
// containers.hpp only. Argument-checking helpers produce CPython's messages for
// the three shapes its natives use (METH_O, METH_NOARGS, Argument Clinic).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/containers.hpp"

namespace stk {

// ---- argument checking: false after raising TypeError ----
// "len() takes no keyword arguments"
bool check_no_kwargs_failed(Runtime& rt, std::string_view name);
inline bool check_no_kwargs(Runtime& rt, const ArgView& a, std::string_view name) {
  return a.nkw() == 0 || check_no_kwargs_failed(rt, name);
}
// "len() takes exactly one argument (2 given)"; `skip` = 1 for methods (self).
bool check_one_arg_failed(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip);
// Inline fast paths: these run on every call of a list/dict method.
inline bool check_one_arg(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip = 0) {
  return (a.nkw() == 0 && a.npos == skip + 1) || check_one_arg_failed(rt, a, name, skip);
}
// "list.copy() takes no arguments (1 given)"
bool check_no_args_failed(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip);
inline bool check_no_args(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip = 0) {
  return (a.nkw() == 0 && a.npos == skip) || check_no_args_failed(rt, a, name, skip);
}
// "divmod expected 2 arguments, got 1" / "expected at least" / "expected at most".
bool check_nargs(Runtime& rt, const ArgView& a, std::string_view name, std::size_t min,
                 std::size_t max, std::size_t skip = 0);
// Finds keyword `name` (null if absent).
Value find_kwarg(const ArgView& a, std::string_view name);
// Every keyword is one of `allowed`; else "'foo' is an invalid keyword argument for sort()".
bool check_kwnames(Runtime& rt, const ArgView& a, std::initializer_list<std::string_view> allowed,
                   std::string_view fname);

// ---- integers as indices ----
// 1 ok, 0 not an int (no raise), -1 does not fit int64 (no raise).
int as_int64(Value v, std::int64_t* out);
// Index for seq[v]: TypeError "<noun> indices must be integers or slices, not str",
// IndexError "cannot fit 'int' into an index-sized integer".
bool seq_index(Runtime& rt, Value v, const char* noun, std::int64_t* out);
// An integer argument: TypeError "'float' object cannot be interpreted as an integer",
// OverflowError "Python int too large to convert to C ssize_t".
bool int_arg(Runtime& rt, Value v, std::int64_t* out);
// Like `int_arg` but saturates big ints (slice indices, list.index bounds).
bool clamped_index_arg(Runtime& rt, Value v, std::int64_t* out);

// Repeat count of `seq * n`: 1 ok, 0 `n` is not an int (no raise), -1 raised
// (OverflowError "cannot fit 'int' into an index-sized integer"). Negative -> 0.
int repeat_count(Runtime& rt, Value n, std::int64_t* out);

inline bool is_kind(Value v, ObjKind k) { return v.is_obj() && v.obj()->kind == k; }
inline Value not_impl(Runtime& rt) { return Value::object(rt.not_implemented); }

// ---- object creation and registration ----
void add_method(Runtime& rt, Type* t, std::string_view name, NativeFnPtr fn);
Iterator* new_iterator(Runtime& rt, IterKind kind, Type* type = nullptr);
// Extra type slots in rt.types.iterators beyond IterKind (all rooted there).
constexpr int kReversedTypeSlot = 28;   // `reversed` objects (tuples, strings)
constexpr int kStdStreamTypeSlot = 29;  // sys.stdout / sys.stderr objects
constexpr int kCallableIterSlot = 30;   // unused spare

// ---- repr recursion guard (`[[...]]`, `{...}`) ----
bool repr_enter(Obj* o);  // false if `o` is already being printed
void repr_leave(Obj* o);

// ---- per-family pieces used by the dispatch in containers.cpp ----
bool tuple_repr(Runtime& rt, Tuple* t, std::string& out);
bool list_repr(Runtime& rt, List* l, std::string& out);
bool dict_repr(Runtime& rt, Dict* d, std::string& out);
bool set_repr(Runtime& rt, Set* s, std::string& out);
bool range_repr(Runtime& rt, Range* r, std::string& out);
bool slice_repr(Runtime& rt, Slice* s, std::string& out);
bool dict_view_repr(Runtime& rt, DictView* v, std::string& out);

bool tuple_hash(Runtime& rt, Tuple* t, std::int64_t* out);
std::int64_t frozenset_hash(Set* s);
std::int64_t pointer_hash(const void* p);

// Sequence comparison over raw item arrays (lists and tuples).
Value seq_compare(Runtime& rt, CmpOp op, const Value* a, std::size_t na, const Value* b,
                  std::size_t nb);
int dict_equal(Runtime& rt, Dict* a, Dict* b);
Value set_compare(Runtime& rt, CmpOp op, Set* a, Set* b);
Value range_compare(Runtime& rt, CmpOp op, Range* a, Range* b);

Value list_getitem(Runtime& rt, List* l, Value key);
Value tuple_getitem(Runtime& rt, Tuple* t, Value key);
Value range_getitem(Runtime& rt, Range* r, Value key);
bool list_setitem(Runtime& rt, List* l, Value key, Value value);
bool list_delitem(Runtime& rt, List* l, Value key);
Value list_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace);
Value tuple_binary(Runtime& rt, BinOp op, Value a, Value b);
Value dict_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace);
Value set_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace);
Value dict_view_binary(Runtime& rt, BinOp op, Value a, Value b);
int range_contains(Runtime& rt, Range* r, Value item);
int dict_view_contains(Runtime& rt, DictView* v, Value item);
int dict_view_eq(Runtime& rt, DictView* v, Value other);
Value dict_view_compare(Runtime& rt, CmpOp op, Value a, Value b);

// ---- dict internals ----
// Iterates live entries: start with *pos = 0.
bool dict_next(Dict* d, std::size_t* pos, DictEntry** out);
Dict* dict_copy(Runtime& rt, Dict* d);
// d.update(other): mapping (dict) or iterable of pairs; errors as CPython.
bool dict_update_from(Runtime& rt, Dict* d, Value other);
// The entry's hash is known (set operations on dicts and views).
int dict_get_known_hash(Runtime& rt, Dict* d, Value key, std::int64_t hash, Value* out);

// ---- set internals (setobject.c) ----
Set* set_from_iterable(Runtime& rt, Value iterable, bool frozen);  // null on error
bool set_difference_update(Runtime& rt, Set* s, Value other);
bool set_symmetric_difference_update(Runtime& rt, Set* s, Value other);
Set* set_intersection(Runtime& rt, Set* s, Value other);
bool set_next(Set* s, std::size_t* pos, SetEntry** out);
Value make_set_value(Set* s);

// ---- list internals ----
bool list_sort(Runtime& rt, List* l, Value key, bool reverse);  // list_sort.cpp
List* list_from_iterable(Runtime& rt, Value iterable);          // null on error
void list_account(Runtime& rt, List* l, std::size_t old_capacity);

// ---- iterators ----
Value str_iter(Runtime& rt, Str* s);
// reversed(x): list/tuple/range/str, else TypeError "'int' object is not reversible".
Value make_reversed(Runtime& rt, Value seq);
void install_iterator_types(Runtime& rt);
void install_tuple_methods(Runtime& rt);
void install_list_methods(Runtime& rt);
void install_dict_methods(Runtime& rt);
void install_set_methods(Runtime& rt);
void install_range_methods(Runtime& rt);
void install_slice_methods(Runtime& rt);
void install_dict_view_methods(Runtime& rt);

// Builds a 1-char str for a code point (iteration over str, chr()).
Value str_from_codepoint(Runtime& rt, std::uint32_t cp);

}  // namespace stk
