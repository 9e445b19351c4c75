// Special methods as pushed frames, and the completion of the instruction that
// called them (see dunder_frames.hpp).
#include "vm/dunder_frames.hpp"

#include "vm/debug_state.hpp"

#include "objects/class.hpp"
#include "objects/dunder.hpp"
#include "objects/int.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "vm/attr_cache.hpp"
#include "vm/call.hpp"

namespace stk {
namespace {

Value type_method(Runtime& rt, Value obj, const char* name) {
  if (!is_user_instance(obj)) return Value();
  Value m = mro_lookup(obj.obj()->type, rt.intern(name));
  return m && m.is_obj() && m.obj()->kind == ObjKind::Function ? m : Value();
}

bool is_function(Value m) { return m && m.is_obj() && m.obj()->kind == ObjKind::Function; }

}  // namespace

int push_dunder_frame(Runtime& rt, ExecStack& es, std::uint32_t word) {
  const Frame& f = es.frames.back();
  const Value* sp = es.stack + f.sp;
  Op op = op_of(word);
  std::uint32_t arg = arg_of(word);
  Value method;
  Value args[3];
  std::uint32_t nargs = 2;
  std::uint32_t tried = 0;
  switch (op) {
    case Op::BinarySubscr:
      method = type_method(rt, sp[-2], "__getitem__");
      args[0] = sp[-2];
      args[1] = sp[-1];
      break;
    case Op::StoreSubscr:
      method = type_method(rt, sp[-2], "__setitem__");
      args[0] = sp[-2];
      args[1] = sp[-1];
      args[2] = sp[-3];
      nargs = 3;
      break;
    case Op::DeleteSubscr:
      method = type_method(rt, sp[-2], "__delitem__");
      args[0] = sp[-2];
      args[1] = sp[-1];
      break;
    case Op::BinaryOp:
    case Op::InplaceOp: {
      int t = 0;
      method = first_binary_method(rt, static_cast<BinOp>(arg), sp[-2], sp[-1], op == Op::InplaceOp, &t);
      tried = static_cast<std::uint32_t>(t);
      args[0] = sp[-2];
      args[1] = sp[-1];
      break;
    }
    case Op::CompareOp:
      method = first_compare_method(rt, static_cast<CmpOp>(arg), sp[-2], sp[-1]);
      if (!method && static_cast<CmpOp>(arg) == CmpOp::Ne && is_user_instance(sp[-2]) &&
          !mro_lookup(sp[-2].obj()->type, rt.intern("__ne__")) &&
          !(is_user_instance(sp[-1]) && sp[-1].obj()->type != sp[-2].obj()->type &&
            ops::is_subtype(sp[-1].obj()->type, sp[-2].obj()->type))) {
        // The default __ne__ inverts __eq__ (tried = 1 marks the inversion).
        method = type_method(rt, sp[-2], "__eq__");
        tried = 1;
      }
      args[0] = sp[-2];
      args[1] = sp[-1];
      break;
    case Op::ContainsOp:
      method = type_method(rt, sp[-1], "__contains__");
      args[0] = sp[-1];
      args[1] = sp[-2];
      break;
    case Op::UnaryOp: {
      auto u = static_cast<UnOp>(arg);
      method = type_method(rt, sp[-1], u == UnOp::Neg ? "__neg__" : u == UnOp::Pos ? "__pos__" : "__invert__");
      args[0] = sp[-1];
      nargs = 1;
      break;
    }
    case Op::GetIter:
      method = type_method(rt, sp[-1], "__iter__");
      args[0] = sp[-1];
      nargs = 1;
      break;
    case Op::ForIter:
      method = type_method(rt, sp[-1], "__next__");
      args[0] = sp[-1];
      nargs = 1;
      break;
    case Op::PopJumpIfFalse:
    case Op::PopJumpIfTrue:
    case Op::JumpIfFalseOrPop:
    case Op::JumpIfTrueOrPop:
    case Op::UnaryNot:
      // Truth: __bool__, else __len__ (tried = 1 marks the __len__ form).
      method = type_method(rt, sp[-1], "__bool__");
      if (!method && is_user_instance(sp[-1]) && !mro_lookup(sp[-1].obj()->type, rt.intern("__bool__"))) {
        method = type_method(rt, sp[-1], "__len__");
        tried = 1;
      }
      args[0] = sp[-1];
      nargs = 1;
      break;
    case Op::LoadAttr:
    case Op::StoreAttr: {
      Value obj = sp[-1];
      if (!is_user_instance(obj)) return 0;
      Value descr = cached_class_attr(rt, f.code, arg, obj.obj()->type);
      Str* name = f.code->names[arg];
      if (!descr && op == Op::LoadAttr && obj.obj()->kind == ObjKind::Instance && name != rt.names.__dict__ &&
          name != rt.names.__class__) {
        // Missing attribute (the caller checked the instance dict): __getattr__.
        method = type_method(rt, obj, "__getattr__");
        args[0] = obj;
        args[1] = Value::object(name);
        break;
      }
      if (!(descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property)) return 0;
      auto* prop = descr.as<Property>();
      method = op == Op::LoadAttr ? prop->fget : prop->fset;
      args[0] = obj;
      nargs = 1;
      if (op == Op::StoreAttr) {
        args[1] = sp[-2];
        nargs = 2;
      }
      break;
    }
    default: return 0;
  }
  if (!is_function(method)) return 0;
  std::uint32_t ret = f.sp;
  exec_reserve(rt, es, ret + 2 + nargs);
  es.stack[ret] = method;
  for (std::uint32_t i = 0; i < nargs; ++i) es.stack[ret + 1 + i] = args[i];
  es.frames.back().sp = ret + 1 + nargs;
  std::uint32_t flags = Frame::kFinishOp | (tried << Frame::kFinishShift);
  CallResult r = start_call(rt, es, ret, method, ret + 1, nargs, nullptr);
  if (r == CallResult::Error) {
    es.frames.back().sp = ret;
    return -1;
  }
  if (r == CallResult::Done) {
    // A generator function as the special method: already finished.
    es.frames.back().sp = ret;
    return finish_dunder(rt, es, es.stack[ret], flags, ret) ? 1 : -1;
  }
  es.frames.back().flags |= flags;
  return 1;
}

bool finish_dunder(Runtime& rt, ExecStack& es, Value result, std::uint32_t flags, std::uint32_t ret) {
  Frame& f = es.frames.back();
  std::uint32_t word = code_word(rt.dbg, f.code, f.ip - 1);
  Op op = op_of(word);
  std::uint32_t arg = arg_of(word);
  std::uint32_t tried = (flags >> Frame::kFinishShift) & 0xffu;
  Value* st = es.stack;
  bool not_impl = result.is(Value::object(rt.not_implemented));
  switch (op) {
    case Op::BinarySubscr:
      st[ret - 2] = result;
      f.sp = ret - 1;
      return true;
    case Op::StoreSubscr:
      f.sp = ret - 3;
      return true;
    case Op::DeleteSubscr:
      f.sp = ret - 2;
      return true;
    case Op::BinaryOp:
    case Op::InplaceOp:
      if (not_impl) {
        st[ret] = result;  // keep the operands (below ret) rooted while Python runs
        f.sp = ret;
        result = user_binary(rt, static_cast<BinOp>(arg), st[ret - 2], st[ret - 1], op == Op::InplaceOp,
                             static_cast<int>(tried));
        st = es.stack;
        if (!result) return false;
      }
      st[ret - 2] = result;
      f.sp = ret - 1;
      return true;
    case Op::CompareOp:
      if (not_impl) {
        f.sp = ret;
        result = user_compare(rt, static_cast<CmpOp>(arg), st[ret - 2], st[ret - 1], true);
        st = es.stack;
        if (!result) return false;
      } else if (tried == 1) {  // `!=` through __eq__
        st[ret] = result;
        f.sp = ret + 1;
        int t = ops::truthy(rt, result);
        if (t < 0) return false;
        st = es.stack;
        result = rt.boolean(!t);
      }
      st[ret - 2] = result;
      f.sp = ret - 1;
      return true;
    case Op::ContainsOp: {
      st[ret] = result;
      f.sp = ret + 1;
      int t = ops::truthy(rt, result);
      if (t < 0) return false;
      es.stack[ret - 2] = rt.boolean((t != 0) != (arg != 0));
      f.sp = ret - 1;
      return true;
    }
    case Op::UnaryOp:
      st[ret - 1] = result;
      f.sp = ret;
      return true;
    case Op::GetIter: {
      bool iterator = result.is_obj() && (result.obj()->kind == ObjKind::Iterator ||
                                          result.obj()->kind == ObjKind::Generator ||
                                          (is_user_instance(result) &&
                                           mro_lookup(result.obj()->type, rt.names.__next__)));
      if (!iterator) {
        rt.raise_type_error("iter() returned non-iterator of type '" + ops::type_name(rt, result) + "'");
        return false;
      }
      st[ret - 1] = result;
      f.sp = ret;
      return true;
    }
    case Op::ForIter:
      st[ret] = result;
      f.sp = ret + 1;
      return true;
    case Op::LoadAttr:
      st[ret - 1] = result;
      f.sp = ret;
      return true;
    case Op::StoreAttr:
      f.sp = ret - 2;
      return true;
    case Op::PopJumpIfFalse:
    case Op::PopJumpIfTrue:
    case Op::JumpIfFalseOrPop:
    case Op::JumpIfTrueOrPop:
    case Op::UnaryNot: {
      st[ret] = result;
      f.sp = ret + 1;
      int t;
      if (tried == 1) {  // __len__
        if (!is_int(result)) {
          rt.raise_type_error("'" + ops::type_name(rt, result) + "' object cannot be interpreted as an integer");
          return false;
        }
        if (result.is_small() && result.small_value() < 0) {
          rt.raise_value_error("__len__() should return >= 0");
          return false;
        }
        t = !(result.is_small() && result.small_value() == 0);
      } else {
        if (!(result.is_obj() && result.obj()->kind == ObjKind::Bool)) {
          rt.raise_type_error("__bool__ should return bool, returned " + ops::type_name(rt, result));
          return false;
        }
        t = result.is(rt.True());
      }
      st = es.stack;
      bool jump_when = op == Op::PopJumpIfTrue || op == Op::JumpIfTrueOrPop;
      if (op == Op::UnaryNot) {
        st[ret - 1] = rt.boolean(!t);
        f.sp = ret;
      } else if (op == Op::PopJumpIfFalse || op == Op::PopJumpIfTrue) {
        f.sp = ret - 1;
        if ((t != 0) == jump_when) f.ip = arg;
      } else if ((t != 0) == jump_when) {
        f.sp = ret;  // keep the value: it is the result of `and`/`or`
        f.ip = arg;
      } else {
        f.sp = ret - 1;
      }
      return true;
    }
    default:
      rt.raise(rt.exc.RuntimeError, "internal error: unexpected instruction after a special method");
      return false;
  }
}

bool finish_dunder_exception(Runtime& rt, ExecStack& es, std::uint32_t ret) {
  Frame& f = es.frames.back();
  std::uint32_t word = code_word(rt.dbg, f.code, f.ip - 1);
  if (op_of(word) != Op::ForIter || !rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) return false;
  rt.pending_exc = Value();
  f.sp = ret - 1;  // the exhausted iterator leaves the loop
  f.ip = arg_of(word);
  return true;
}

}  // namespace stk
