// The seam between the generic operations (objects/ops.cpp) and the container
// kinds: Tuple, List, Dict, Set (and frozenset), Range, Slice, DictView and the
// builtin iterators. ops.cpp handles numbers, strings, None, bools, exceptions
// and functions itself and forwards container kinds to these functions.
// Same error convention as ops.hpp (null Value / -1 = raised). Where an
// operation does not apply to the operands, `container_*` returns
// `Value::object(rt.not_implemented)` (or -2 for int results) WITHOUT raising,
// and ops.cpp produces CPython's TypeError.
#pragma once

#include <cstdint>
#include <string>

#include "objects/ops.hpp"

namespace stk {

bool is_container_kind(ObjKind k);

bool container_repr(Runtime& rt, Value v, std::string& out);
int container_eq(Runtime& rt, Value a, Value b);  // 1/0, -1 error, -2 not applicable
Value container_compare(Runtime& rt, CmpOp op, Value a, Value b);  // <,<=,>,>= (and ==,!=)
bool container_hash(Runtime& rt, Value v, std::int64_t* out);  // unhashable -> TypeError
Value container_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace);
Value container_getitem(Runtime& rt, Value obj, Value key);
bool container_setitem(Runtime& rt, Value obj, Value key, Value value);
bool container_delitem(Runtime& rt, Value obj, Value key);
int container_contains(Runtime& rt, Value container, Value item);  // -2 not applicable
Value container_iter(Runtime& rt, Value v);  // NotImplemented if v is not iterable here
// (container_iter also accepts a str: IterKind::Str iterates by UTF-8 byte offset.)
Value iterator_next(Runtime& rt, Iterator* it);  // Value::stop() when exhausted
bool container_len(Runtime& rt, Value v, std::int64_t* out);  // false + no raise if n/a? no: raises TypeError
// Data attributes (range.start, slice.stop, ...): Value::stop() if `name` is not one.
Value container_getattr(Runtime& rt, Value obj, Str* name);

// ---- helpers the VM and natives use ----
Tuple* tuple_from(Runtime& rt, const Value* items, std::size_t n);
// Dict: 1 found / 0 missing / -1 error (unhashable key or failed __eq__).
int dict_get(Runtime& rt, Dict* d, Value key, Value* out);
bool dict_set(Runtime& rt, Dict* d, Value key, Value value);
int dict_del(Runtime& rt, Dict* d, Value key);
// Marks a change of a dict's key set. Versions never repeat in the process, so
// caches can compare versions alone: each thread counts in its own range of 2^40
// (handed out once per thread), with a plain, non-atomic increment — this runs
// on every key insertion.
std::uint64_t dict_version_range();
inline void dict_bump_version(Dict* d) {
  static thread_local std::uint64_t counter = dict_version_range();
  d->version = ++counter;
}
// Position of `key` in d->entries, or -1 (for caches keyed on the version).
std::int32_t dict_entry_index_str(Dict* d, Str* key);
// Fast paths for str keys (module and instance dicts): no error possible.
Value dict_get_str(Dict* d, Str* key);  // null when missing
void dict_set_str(Runtime& rt, Dict* d, Str* key, Value value);
Set* new_set(Runtime& rt, bool frozen);
int set_add(Runtime& rt, Set* s, Value key);        // 1 ok, -1 error
int set_contains(Runtime& rt, Set* s, Value key);   // 1/0/-1
// s |= iterable, with CPython's set_merge layout rules when `iterable` is a set.
bool set_update(Runtime& rt, Set* s, Value iterable);
// The frozenset constant CPython 3.11's compiler makes for a set display of 3 or
// more constants (`{5, 1, 9}` is BUILD_SET 0 + SET_UPDATE of this constant): built
// from `items`, then rebuilt from its own iteration order as compile.c's
// merge_consts_recursive does. Iteration order of the resulting set matches the
// oracle only if the compiler does the same. Null on error (unhashable item).
Set* frozenset_constant(Runtime& rt, const Value* items, std::size_t n);
// Appends every item of an iterable to `out` (list/tuple fast paths); false on error.
bool extend_list_from_iterable(Runtime& rt, List* out, Value iterable);
Value new_range(Runtime& rt, std::int64_t start, std::int64_t stop, std::int64_t step);
Value new_slice(Runtime& rt, Value start, Value stop, Value step);
// Resolves a slice against a length (CPython's PySlice_GetIndicesEx); false on error.
bool slice_indices(Runtime& rt, Slice* s, std::int64_t length, std::int64_t* start,
                   std::int64_t* stop, std::int64_t* step, std::int64_t* slicelength);

}  // namespace stk
