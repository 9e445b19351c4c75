// Out-of-line helpers of the interpreter loop: everything too big or too rare to
// sit inline in a handler (name-lookup failures, raising, unpacking, imports,
// building functions and strings). Each returns null / false with
// rt.pending_exc set on failure, like the natives do.
#pragma once

#include <cstdint>

#include "bytecode/code_object.hpp"
#include "vm/runtime.hpp"

namespace stk {

[[gnu::cold]] Value load_global_slow(Runtime& rt, Dict* globals, Str* name);
// LoadGlobal's miss path: looks the name up and refills `cache`.
Value load_global_cached(Runtime& rt, Dict* globals, Str* name, GlobalCache& cache);
[[gnu::cold]] Value raise_unbound_local(Runtime& rt, Code* code, std::uint32_t index);
[[gnu::cold]] Value raise_unbound_deref(Runtime& rt, Code* code, std::uint32_t index);

// `raise exc [from cause]`; has_cause distinguishes `from None`. Always returns null.
Value do_raise(Runtime& rt, Value exc, Value cause, bool has_cause);
// `except T` test: 1 match, 0 no match, -1 error (T not an exception class).
int exception_match(Runtime& rt, Value exc, Value type);

// Unpacks `seq` into exactly n values, written so that item 0 ends on top:
// out[n-1] = item 0 ... out[0] = item n-1.
bool unpack_sequence(Runtime& rt, Value seq, std::uint32_t n, Value* out);
// a, *b, c = seq: writes before + 1 + after values, same order convention.
bool unpack_ex(Runtime& rt, Value seq, std::uint32_t before, std::uint32_t after, Value* out);

Value make_function(Runtime& rt, Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure);
Value format_value(Runtime& rt, Value v, std::uint32_t conversion, Value spec);
Value build_string(Runtime& rt, const Value* items, std::uint32_t n);
Value build_set(Runtime& rt, const Value* items, std::uint32_t n);
Value build_map(Runtime& rt, const Value* items, std::uint32_t npairs);
// DictUpdate (`{**m}`) and DictMerge (`f(**m)`, duplicate keys are an error).
bool dict_update_from(Runtime& rt, Dict* target, Value source, bool is_call_merge, Value callable);

Value import_name(Runtime& rt, Str* name);
Value import_from(Runtime& rt, Value module, Str* name);

// BeforeWith: the context manager's __enter__ (unbound) and its bound __exit__,
// or CPython's TypeError when the protocol is missing.
bool lookup_context_manager(Runtime& rt, Value ctx, Value* enter, Value* exit_bound);

// LoadMethod: pushes two values at out[0], out[1] ([callable, self] or [attr, null]).
bool load_method(Runtime& rt, Value obj, Str* name, Value* out);

}  // namespace stk
