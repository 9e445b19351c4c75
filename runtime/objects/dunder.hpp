// Special methods of user classes as the generic operations see them (see
// dunder.cpp). Each `user_*` answers "not mine" (Value::stop(), 0 or -2) when no
// operand is an instance of a user class, so ops.cpp goes on with builtins.
#pragma once

#include "objects/class.hpp"

namespace stk {

inline bool is_user_instance(Value v) {
  return v.is_obj() && v.obj()->kind != ObjKind::Type && is_user_type(v.obj()->type);
}

struct DunderNames {
  const char* op;
  const char* reflected;
  const char* inplace;
};
const DunderNames& binop_dunders(BinOp op);
const DunderNames& cmpop_dunders(CmpOp op);

// `skip`: methods already tried (by a frame the interpreter pushed).
constexpr int kSkipInplace = 1, kSkipLeft = 2;
Value user_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace, int skip = 0);
// The method user_binary would call first, when it is a's own (inplace or left)
// method; `tried` says which, for a later user_binary(..., skip). Null otherwise.
Value first_binary_method(Runtime& rt, BinOp op, Value a, Value b, bool inplace, int* tried);
// a.__op__ when user_compare would call it first; null otherwise.
Value first_compare_method(Runtime& rt, CmpOp op, Value a, Value b);
// b.__rop__(a) when the builtin left operand gave up; Value::stop() if b has none.
Value user_reflected_binary(Runtime& rt, BinOp op, Value a, Value b);
Value user_compare(Runtime& rt, CmpOp op, Value a, Value b, bool skip_left = false);
int user_hash(Runtime& rt, Value v, std::int64_t* out);   // 1 done, 0 default hash, -1 error
int user_truthy(Runtime& rt, Value v);                    // 1/0, -1 error, -2 not a user instance
int user_len(Runtime& rt, Value v, std::int64_t* out);    // 1 done, 0 no __len__, -1 error
Value user_getitem(Runtime& rt, Value obj, Value key);
int user_setitem(Runtime& rt, Value obj, Value key, Value value);  // 1 done, 0 n/a, -1 error
int user_delitem(Runtime& rt, Value obj, Value key);
int user_contains(Runtime& rt, Value container, Value item);      // 1/0, -1 error, -2 n/a
Value user_iter(Runtime& rt, Value v);
Value user_next(Runtime& rt, Value it);
Value user_unary(Runtime& rt, UnOp op, Value a);

}  // namespace stk
