// The dispatch loop and nothing else (helpers live in slow_paths.cpp, calls in
// call.cpp). Hot state sits in locals — ip, sp, the frame's locals and
// constants — and is written back to the Frame only before something that can
// observe or move it: a call, a collection, raising. STK_RELOAD re-derives every
// raw pointer after anything that can push/pop a frame or grow the stack.
//
// Safe points (collection, and later preemption and debugger hooks) are taken
// at backward jumps, at Python function entry and after native calls: one
// predictable branch each (`safepoint_due`).
#include "vm/interpreter.hpp"

// Computed goto (labels as values) is a GNU extension, used on purpose.
#pragma GCC diagnostic ignored "-Wpedantic"

#include <cmath>
#include <cstring>

#include "bytecode/opcode.hpp"
#include "objects/containers.hpp"
#include "objects/exception.hpp"
#include "objects/int.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "support/assert.hpp"
#include "objects/class.hpp"
#include "objects/dunder.hpp"
#include "vm/call.hpp"
#include "vm/dunder_frames.hpp"
#include "vm/attr_cache.hpp"
#include "vm/generators.hpp"
#include "vm/slow_paths.hpp"
#include "channel/channel.hpp"
#include "scheduler/scheduler.hpp"
#include "debug/vm_hooks.hpp"

#ifndef STK_USE_JUMPTABLE
#define STK_USE_JUMPTABLE 1
#endif

namespace stk {

namespace {

inline bool is_float(Value v) { return v.is_obj() && v.obj()->kind == ObjKind::Float; }
inline double float_of(Value v) { return v.as<Float>()->value; }
inline bool is_exact_str(const Runtime& rt, Value v) { return v.is_obj() && v.obj()->type == rt.types.str; }

// The common call: a plain Python function (no cells, defaults or keywords
// needed) with exactly its positional arguments already at `base`. Pushes the
// frame and returns true, or returns false for start_call's general path.
inline bool push_simple_frame(Runtime& rt, ExecStack& es, Function* fn, std::uint32_t base, std::uint32_t argc,
                              std::uint32_t ret) {
  Code* c = fn->code;
  if (argc != c->argcount || c->kwonlyargcount != 0 || c->ncells() != 0 ||
      (c->code_flags & (Code::kVarargs | Code::kVarkw | Code::kGenerator)) || rt.current->depth >= rt.recursion_limit)
    return false;
  exec_reserve(rt, es, base + c->frame_size());
  Value* slots = es.stack + base;
  std::uint32_t nlocals = c->nlocals();
  for (std::uint32_t i = argc; i < nlocals; ++i) slots[i] = Value();
  std::uint32_t nfree = c->nfree();
  for (std::uint32_t i = 0; i < nfree; ++i) slots[nlocals + i] = fn->closure->items()[i];
  ++rt.current->depth;
  es.frames.push_back(Frame{c, fn, fn->globals, nullptr, nullptr, 0, base, base + nlocals + nfree, ret, 0});
  return true;
}

inline Dict* instance_attrs(Value obj) {
  Obj* o = obj.obj();
  if (o->kind == ObjKind::Instance) return static_cast<Instance*>(o)->attrs;
  if (o->kind == ObjKind::Exception) return static_cast<Exception*>(o)->attrs;
  return nullptr;
}

// Python floor division and modulo on small ints (b != 0). The results of
// `kMinSmall // -1` do not fit and are caught by the caller's fits_small test.
inline std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
inline std::int64_t floor_mod(std::int64_t a, std::int64_t b) {
  std::int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

// Small-int fast paths for BinaryOp; returns null when the slow path must run.
inline Value small_binary(BinOp op, Value a, Value b) {
  std::int64_t r;
  auto ab = static_cast<std::int64_t>(a.bits());
  auto bb = static_cast<std::int64_t>(b.bits());
  switch (op) {
    case BinOp::Add:
      if (!__builtin_add_overflow(ab, bb - 1, &r)) return Value::from_bits(static_cast<std::uint64_t>(r));
      return Value();
    case BinOp::Sub:
      if (!__builtin_sub_overflow(ab, bb - 1, &r)) return Value::from_bits(static_cast<std::uint64_t>(r));
      return Value();
    case BinOp::Mul:
      if (!__builtin_mul_overflow(a.small_value(), bb - 1, &r))
        return Value::from_bits(static_cast<std::uint64_t>(r) | 1u);
      return Value();
    case BinOp::FloorDiv: {
      std::int64_t y = b.small_value();
      if (y == 0) return Value();
      std::int64_t q = floor_div(a.small_value(), y);
      return Value::fits_small(q) ? Value::small(q) : Value();
    }
    case BinOp::Mod: {
      std::int64_t y = b.small_value();
      if (y == 0) return Value();
      return Value::small(floor_mod(a.small_value(), y));
    }
    case BinOp::And: return Value::from_bits(a.bits() & b.bits());
    case BinOp::Or: return Value::from_bits(a.bits() | b.bits());
    case BinOp::Xor: return Value::from_bits((a.bits() ^ b.bits()) | 1u);
    case BinOp::LShift: {
      std::int64_t x = a.small_value(), s = b.small_value();
      if (s < 0 || s > 62) return Value();
      std::int64_t shifted = static_cast<std::int64_t>(static_cast<std::uint64_t>(x) << s);
      if ((shifted >> s) != x || !Value::fits_small(shifted)) return Value();
      return Value::small(shifted);
    }
    case BinOp::RShift: {
      std::int64_t s = b.small_value();
      if (s < 0) return Value();
      return Value::small(a.small_value() >> (s > 63 ? 63 : s));
    }
    default: return Value();
  }
}

inline bool small_compare(CmpOp op, Value a, Value b) {
  auto x = static_cast<std::int64_t>(a.bits());
  auto y = static_cast<std::int64_t>(b.bits());
  switch (op) {
    case CmpOp::Lt: return x < y;
    case CmpOp::Le: return x <= y;
    case CmpOp::Eq: return x == y;
    case CmpOp::Ne: return x != y;
    case CmpOp::Gt: return x > y;
    case CmpOp::Ge: return x >= y;
  }
  return false;
}

[[gnu::noinline]] Value slow_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (both_small(a, b)) return int_binary(rt, op, a, b);
  if (is_float(a) && is_float(b)) {
    double x = float_of(a), y = float_of(b);
    switch (op) {
      case BinOp::Add: return rt.new_float(x + y);
      case BinOp::Sub: return rt.new_float(x - y);
      case BinOp::Mul: return rt.new_float(x * y);
      case BinOp::TrueDiv:
        if (y != 0.0) return rt.new_float(x / y);
        break;
      default: break;
    }
  }
  return inplace ? ops::inplace(rt, op, a, b) : ops::binary(rt, op, a, b);
}

// Truthiness without a call for the common cases; -1 = error.
inline int truth(Runtime& rt, Value v) {
  if (v.is(rt.True())) return 1;
  if (v.is(rt.False()) || v.is(rt.None())) return 0;
  if (v.is_small()) return v.small_value() != 0;
  return ops::truthy(rt, v);
}

}  // namespace

Value execute(Runtime& rt, ExecStack& entry_stack) {
  // The ExecStack being run: a switch points it at another tasklet's stack.
  ExecStack* es = &entry_stack;
  Frame* frame;
  Code* code;
  const std::uint32_t* ip;
  const std::uint32_t* insns;
  Value* stack;
  Value* sp;
  Value* locals;
  const Value* consts;
  std::uint32_t word;
  Tuple* kwnames = nullptr;
  bool add_traceback = true;

#define STK_RELOAD()                        \
  do {                                      \
    frame = &es->frames.back();              \
    code = frame->code;                     \
    insns = code->insns.data();             \
    ip = insns + frame->ip;                 \
    stack = es->stack;                       \
    sp = stack + frame->sp;                 \
    locals = stack + frame->base;           \
    consts = code->consts.data();           \
  } while (0)
#define STK_SAVE()                                                     \
  do {                                                                 \
    frame->ip = static_cast<std::uint32_t>(ip - insns);               \
    frame->sp = static_cast<std::uint32_t>(sp - stack);               \
  } while (0)
#define ARG() (word >> 8)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define GOTO_ERROR() goto error
// The end of every instruction that starts a call through start_call: a pushed
// frame continues in the callee, a finished call leaves its result at `ret`.
#define FINISH_CALL(result, ret)                                                  \
  do {                                                                            \
    if ((result) == CallResult::Error) {                                          \
      STK_RELOAD();                                                               \
      GOTO_ERROR();                                                               \
    }                                                                             \
    if (STK_UNLIKELY((result) == CallResult::Switched)) {                         \
      /* the result arrives when this tasklet is switched in again */             \
      es->frames.back().sp = (ret) + 1;                                           \
      goto switched;                                                              \
    }                                                                             \
    /* `frame` may be stale here: the frames vector can move */                   \
    if ((result) == CallResult::Done) es->frames.back().sp = (ret) + 1;            \
    STK_RELOAD();                                                                 \
    SAFEPOINT();                                                                  \
    DISPATCH();                                                                   \
  } while (0)

// Special methods written in Python run as pushed frames (vm/dunder_frames.cpp).
// Requires the frame's saved sp to cover the instruction's operands.
#define TRY_DUNDER_FRAME()                             \
  do {                                                 \
    int pushed_ = push_dunder_frame(rt, *es, word);     \
    if (pushed_ > 0) {                                 \
      STK_RELOAD();                                    \
      SAFEPOINT();                                     \
      DISPATCH();                                      \
    }                                                  \
    if (pushed_ < 0) {                                 \
      STK_RELOAD();                                    \
      GOTO_ERROR();                                    \
    }                                                  \
  } while (0)
// A debugger's interrupt (debug/vm_hooks.hpp) arrives through the same
// check: Heap::interrupt() drops the collection threshold.
#define SAFEPOINT()                                                               \
  do {                                                                            \
    if (STK_UNLIKELY(rt.heap.wants_collect())) {                                  \
      STK_SAVE();                                                                 \
      if (STK_UNLIKELY(rt.heap.take_interrupt()) && rt.dbg && !kwnames) {         \
        if (debug_at_instruction(rt) == DebugOutcome::Switched) goto switched;    \
        STK_RELOAD();                                                             \
        SELECT_TABLE();                                                           \
      }                                                                           \
      if (rt.heap.wants_collect()) rt.collect_garbage();                          \
    }                                                                             \
  } while (0)

#if STK_USE_JUMPTABLE
  static const void* const kLabels[] = {
#define OP(name, effect, jump, doc) &&op_##name,
#include "bytecode/opcodes.def"
#undef OP
  };
  // While preemption is armed every instruction first passes op_tick, which
  // counts the slice down: no cost at all when nobody preempts.
  static const void* const kCountingLabels[] = {
#define OP(name, effect, jump, doc) op_is_tick_free(Op::name) ? &&op_##name : &&op_tick,
#include "bytecode/opcodes.def"
#undef OP
  };
  // While the current tasklet steps under a debugger, every instruction first
  // passes op_debug (debug/vm_hooks.hpp). Otherwise a debugged program runs
  // on the normal tables: breakpoints are patched into the code and cost
  // nothing until hit, and the debugger's polls come through SAFEPOINT.
  static const void* const kStepLabels[] = {
#define OP(name, effect, jump, doc) &&op_debug,
#include "bytecode/opcodes.def"
#undef OP
  };
  const void* const* table;
#define SELECT_TABLE()                                                                        \
  (table = STK_UNLIKELY(rt.dbg != nullptr) && debug_wants_every_instruction(rt) ? kStepLabels \
           : rt.sched.preempting                                            ? kCountingLabels \
                                                                            : kLabels)
  SELECT_TABLE();
#define DISPATCH()                             \
  do {                                         \
    word = *ip++;                              \
    goto* table[word & 0xffu];                 \
  } while (0)
#define CASE(name) op_##name:
#else
#define SELECT_TABLE() ((void)0)
#define DISPATCH() goto dispatch
#define CASE(name) case Op::name:
#endif

  STK_RELOAD();
  // Entered with an exception pending: a generator resumed by throw(); it is
  // raised at the suspended yield.
  if (STK_UNLIKELY(rt.pending_exc)) goto error;
  DISPATCH();

#if STK_USE_JUMPTABLE
op_debug:
  if (!kwnames) {
    --ip;  // the instruction has not run yet
    STK_SAVE();
    if (debug_at_instruction(rt) == DebugOutcome::Switched) goto switched;
    STK_RELOAD();
    ++ip;
  }
  SELECT_TABLE();
  goto* (rt.sched.preempting ? kCountingLabels : kLabels)[word & 0xffu];
op_tick:
  if (STK_UNLIKELY(--rt.sched.ticks <= 0) && !kwnames) {
    --ip;  // the instruction has not run: it runs when this tasklet continues
    STK_SAVE();
    if (preempt_current(rt)) goto switched;
    ++ip;
    SELECT_TABLE();
  }
  goto* kLabels[word & 0xffu];
#else
dispatch:
  word = *ip++;
  if (STK_UNLIKELY(rt.dbg != nullptr) && debug_wants_every_instruction(rt) && !kwnames) {
    --ip;
    STK_SAVE();
    if (debug_at_instruction(rt) == DebugOutcome::Switched) goto switched;
    STK_RELOAD();
    ++ip;
  }
  if (STK_UNLIKELY(rt.sched.preempting) && !op_is_tick_free(op_of(word)) && --rt.sched.ticks <= 0 && !kwnames) {
    --ip;
    STK_SAVE();
    if (preempt_current(rt)) goto switched;
    ++ip;
  }
dispatch_word:
  switch (op_of(word)) {
#endif

  CASE(Nop) { DISPATCH(); }
  CASE(Breakpoint) {
    // Patched in by a debugger over the instruction kept in rt.dbg: report
    // the hit, then run that instruction as if nothing were here.
    --ip;
    STK_SAVE();
    std::uint32_t original = 0;
    if (debug_at_breakpoint(rt, original) == DebugOutcome::Switched) goto switched;
    STK_RELOAD();
    ++ip;
    word = original;
#if STK_USE_JUMPTABLE
    goto* kLabels[word & 0xffu];
#else
    goto dispatch_word;
#endif
  }
  CASE(PopTop) {
    --sp;
    DISPATCH();
  }
  CASE(Copy) {
    Value v = PEEK(ARG());
    PUSH(v);
    DISPATCH();
  }
  CASE(Swap) {
    std::uint32_t n = ARG();
    Value t = sp[-1];
    sp[-1] = sp[-static_cast<std::ptrdiff_t>(n)];
    sp[-static_cast<std::ptrdiff_t>(n)] = t;
    DISPATCH();
  }
  CASE(LoadConst) {
    PUSH(consts[ARG()]);
    DISPATCH();
  }
  CASE(LoadSmallInt) {
    PUSH(Value::small(static_cast<std::int64_t>(ARG()) - kSmallIntBias));
    DISPATCH();
  }
  CASE(LoadFast) {
    Value v = locals[ARG()];
    if (STK_UNLIKELY(!v)) {
      STK_SAVE();
      raise_unbound_local(rt, code, ARG());
      GOTO_ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  CASE(StoreFast) {
    locals[ARG()] = POP();
    DISPATCH();
  }
  CASE(DeleteFast) {
    if (!locals[ARG()]) {
      raise_unbound_local(rt, code, ARG());
      GOTO_ERROR();
    }
    locals[ARG()] = Value();
    DISPATCH();
  }
  CASE(LoadDeref) {
    Value v = locals[code->nlocals() + ARG()].as<Cell>()->value;
    if (STK_UNLIKELY(!v)) {
      raise_unbound_deref(rt, code, ARG());
      GOTO_ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  CASE(StoreDeref) {
    locals[code->nlocals() + ARG()].as<Cell>()->value = POP();
    DISPATCH();
  }
  CASE(DeleteDeref) {
    Cell* cell = locals[code->nlocals() + ARG()].as<Cell>();
    if (!cell->value) {
      raise_unbound_deref(rt, code, ARG());
      GOTO_ERROR();
    }
    cell->value = Value();
    DISPATCH();
  }
  CASE(LoadClosure) {
    PUSH(locals[code->nlocals() + ARG()]);
    DISPATCH();
  }
  CASE(LoadGlobal) {
    GlobalCache& cache = code->global_cache[ARG()];
    Dict* globals = frame->globals;
    if (STK_LIKELY(cache.globals == globals && cache.globals_version == globals->version)) {
      if (!cache.in_builtins) {
        PUSH(globals->entries[static_cast<std::size_t>(cache.index)].value);
        DISPATCH();
      }
      Dict* builtins = rt.builtins->dict;
      if (cache.builtins_version == builtins->version) {
        PUSH(builtins->entries[static_cast<std::size_t>(cache.index)].value);
        DISPATCH();
      }
    }
    Value v = load_global_cached(rt, globals, code->names[ARG()], cache);
    if (!v) GOTO_ERROR();
    PUSH(v);
    DISPATCH();
  }
  CASE(StoreGlobal) {
    dict_set_str(rt, frame->globals, code->names[ARG()], POP());
    DISPATCH();
  }
  CASE(DeleteGlobal) {
    Str* name = code->names[ARG()];
    int r = dict_del(rt, frame->globals, Value::object(name));
    if (r <= 0) {
      if (r == 0) rt.raise(rt.exc.NameError, "name '" + std::string(sv(name)) + "' is not defined");
      GOTO_ERROR();
    }
    DISPATCH();
  }
  CASE(LoadName) {
    Str* name = code->names[ARG()];
    Value v;
    if (frame->locals) v = dict_get_str(frame->locals, name);
    if (!v) v = dict_get_str(frame->globals, name);
    if (!v) {
      v = load_global_slow(rt, frame->globals, name);
      if (!v) GOTO_ERROR();
    }
    PUSH(v);
    DISPATCH();
  }
  CASE(StoreName) {
    Dict* target = frame->locals ? frame->locals : frame->globals;
    dict_set_str(rt, target, code->names[ARG()], POP());
    DISPATCH();
  }
  CASE(DeleteName) {
    Str* name = code->names[ARG()];
    Dict* target = frame->locals ? frame->locals : frame->globals;
    int r = dict_del(rt, target, Value::object(name));
    if (r <= 0) {
      if (r == 0) rt.raise(rt.exc.NameError, "name '" + std::string(sv(name)) + "' is not defined");
      GOTO_ERROR();
    }
    DISPATCH();
  }
  CASE(LoadAttr) {
    STK_SAVE();
    if (is_user_instance(TOP())) {
      Value obj = TOP();
      int entry = 0;
      Value descr = cached_class_attr(rt, code, ARG(), obj.obj()->type, &entry);
      if (!descr) {
        Dict* attrs = instance_attrs(obj);
        std::int32_t ix = attrs ? find_instance_attr(attrs, code->names[ARG()], code->attr_cache[ARG()].slot[entry]) : -1;
        if (ix >= 0) {
          TOP() = attrs->entries[static_cast<std::size_t>(ix)].value;
          DISPATCH();
        }
        TRY_DUNDER_FRAME();  // a missing attribute: a Python __getattr__ runs as a frame
      } else if (descr.is_obj() && descr.obj()->kind == ObjKind::Property) {
        TRY_DUNDER_FRAME();  // a Python getter runs as a frame
      }
    }
    Value v = ops::getattr(rt, TOP(), code->names[ARG()]);
    if (!v) GOTO_ERROR();
    TOP() = v;
    DISPATCH();
  }
  CASE(StoreAttr) {
    STK_SAVE();
    if (is_user_instance(PEEK(1)) && PEEK(1).obj()->kind == ObjKind::Instance) {
      Value obj = PEEK(1);
      int entry = 0;
      Value descr = cached_class_attr(rt, code, ARG(), obj.obj()->type, &entry);
      bool data_descriptor = descr && descr.is_obj() && descr.obj()->kind == ObjKind::Property;
      if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Function)
        obj.obj()->type->flags |= Type::kMethodShadowed;
      if (!data_descriptor) {
        auto* inst = obj.as<Instance>();
        if (!inst->attrs) inst->attrs = rt.new_dict();
        std::int32_t ix = find_instance_attr(inst->attrs, code->names[ARG()], code->attr_cache[ARG()].slot[entry]);
        if (ix >= 0) {
          inst->attrs->entries[static_cast<std::size_t>(ix)].value = PEEK(2);  // key exists: no version change
        } else {
          dict_set_str(rt, inst->attrs, code->names[ARG()], PEEK(2));
        }
        sp -= 2;
        DISPATCH();
      }
      TRY_DUNDER_FRAME();  // a Python setter runs as a frame
    }
    Value obj = PEEK(1);
    Value v = PEEK(2);
    sp -= 2;
    if (!ops::setattr(rt, obj, code->names[ARG()], v)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(DeleteAttr) {
    STK_SAVE();
    Value obj = PEEK(1);
    --sp;
    if (!ops::delattr(rt, obj, code->names[ARG()])) GOTO_ERROR();
    DISPATCH();
  }
  CASE(LoadMethod) {
    Value obj = TOP();
    if (obj.is_obj() && obj.obj()->kind == ObjKind::Instance && is_user_type(obj.obj()->type)) {
      // A method found on the class, unless the instance's own dict shadows it.
      Value descr = cached_class_attr(rt, code, ARG(), obj.obj()->type);
      if (descr && descr.is_obj() && descr.obj()->kind == ObjKind::Function) {
        Dict* attrs = obj.as<Instance>()->attrs;
        if (!(obj.obj()->type->flags & Type::kMethodShadowed) || !attrs ||
            !dict_get_str(attrs, code->names[ARG()])) {
          TOP() = descr;
          PUSH(obj);
          DISPATCH();
        }
      }
    }
    Type* type = obj.is_small() ? rt.types.int_ : obj.obj()->type;
    MethodCache& mc = code->method_cache[ARG()];
    if (STK_LIKELY(mc.type == type && mc.dict_version == type->dict->version)) {
      TOP() = mc.method;
      PUSH(obj);
      DISPATCH();
    }
    STK_SAVE();
    if (!load_method(rt, obj, code->names[ARG()], sp - 1)) GOTO_ERROR();
    ++sp;
    // Cache unbound natives of builtin types: the type's dict is all that decides.
    if (sp[-1] && (type->flags & Type::kBuiltin) && sp[-2].is_obj() && sp[-2].obj()->kind == ObjKind::NativeFn)
      mc = MethodCache{type, type->dict->version, sp[-2]};
    DISPATCH();
  }
  CASE(BinarySubscr) {
    Value key = PEEK(1);
    Value obj = PEEK(2);
    STK_SAVE();
    --sp;
    if (obj.is_obj() && obj.obj()->kind == ObjKind::List && key.is_small()) {
      auto& items = obj.as<List>()->items;
      std::int64_t i = key.small_value();
      if (i < 0) i += static_cast<std::int64_t>(items.size());
      if (i >= 0 && static_cast<std::size_t>(i) < items.size()) {
        TOP() = items[static_cast<std::size_t>(i)];
        DISPATCH();
      }
    }
    if (is_user_instance(obj)) TRY_DUNDER_FRAME();
    Value v = ops::getitem(rt, obj, key);
    if (!v) GOTO_ERROR();
    TOP() = v;
    DISPATCH();
  }
  CASE(StoreSubscr) {
    Value key = PEEK(1);
    Value obj = PEEK(2);
    Value v = PEEK(3);
    STK_SAVE();
    sp -= 3;
    if (obj.is_obj() && obj.obj()->kind == ObjKind::List && key.is_small()) {
      auto& items = obj.as<List>()->items;
      std::int64_t i = key.small_value();
      if (i < 0) i += static_cast<std::int64_t>(items.size());
      if (i >= 0 && static_cast<std::size_t>(i) < items.size()) {
        items[static_cast<std::size_t>(i)] = v;
        DISPATCH();
      }
    }
    if (is_user_instance(obj)) TRY_DUNDER_FRAME();
    if (!ops::setitem(rt, obj, key, v)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(DeleteSubscr) {
    Value key = PEEK(1);
    Value obj = PEEK(2);
    STK_SAVE();
    sp -= 2;
    if (is_user_instance(obj)) TRY_DUNDER_FRAME();
    if (!ops::delitem(rt, obj, key)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(BuildSlice) {
    Value step = ARG() == 3 ? POP() : rt.None();
    Value stop = POP();
    Value start = POP();
    PUSH(new_slice(rt, start, stop, step));
    DISPATCH();
  }
  CASE(BinaryOp) {
    Value b = POP();
    Value a = TOP();
    auto op = static_cast<BinOp>(ARG());
    if (both_small(a, b)) {
      Value r = small_binary(op, a, b);
      if (STK_LIKELY(r)) {
        TOP() = r;
        DISPATCH();
      }
    }
    STK_SAVE();
    frame->sp += 1;  // keep `b` rooted while the slow path runs
    if (is_user_instance(a)) TRY_DUNDER_FRAME();
    Value r = (op == BinOp::Add && is_exact_str(rt, a) && is_exact_str(rt, b))
                  ? str_concat(rt, a.as<Str>(), b.as<Str>())
                  : slow_binary(rt, op, a, b, false);
    if (!r) GOTO_ERROR();
    TOP() = r;
    DISPATCH();
  }
  CASE(InplaceOp) {
    Value b = POP();
    Value a = TOP();
    auto op = static_cast<BinOp>(ARG());
    if (both_small(a, b)) {
      Value r = small_binary(op, a, b);
      if (STK_LIKELY(r)) {
        TOP() = r;
        DISPATCH();
      }
    }
    STK_SAVE();
    frame->sp += 1;
    if (is_user_instance(a)) TRY_DUNDER_FRAME();
    Value r = (op == BinOp::Add && is_exact_str(rt, a) && is_exact_str(rt, b))
                  ? str_concat(rt, a.as<Str>(), b.as<Str>())
                  : slow_binary(rt, op, a, b, true);
    if (!r) GOTO_ERROR();
    TOP() = r;
    DISPATCH();
  }
  CASE(UnaryOp) {
    Value a = TOP();
    auto op = static_cast<UnOp>(ARG());
    if (a.is_small() && op == UnOp::Neg && a.small_value() != Value::kMinSmall) {
      TOP() = Value::small(-a.small_value());
      DISPATCH();
    }
    STK_SAVE();
    if (is_user_instance(a)) TRY_DUNDER_FRAME();
    Value r = ops::unary(rt, op, a);
    if (!r) GOTO_ERROR();
    TOP() = r;
    DISPATCH();
  }
  CASE(UnaryNot) {
    STK_SAVE();
    if (is_user_instance(TOP())) TRY_DUNDER_FRAME();
    int t = truth(rt, TOP());
    if (t < 0) GOTO_ERROR();
    TOP() = rt.boolean(!t);
    DISPATCH();
  }
  CASE(CompareOp) {
    Value b = POP();
    Value a = TOP();
    auto op = static_cast<CmpOp>(ARG());
    if (both_small(a, b)) {
      TOP() = rt.boolean(small_compare(op, a, b));
      DISPATCH();
    }
    STK_SAVE();
    frame->sp += 1;
    if (is_user_instance(a)) TRY_DUNDER_FRAME();
    Value r = ops::compare(rt, op, a, b);
    if (!r) GOTO_ERROR();
    TOP() = r;
    DISPATCH();
  }
  CASE(IsOp) {
    Value b = POP();
    bool same = TOP().is(b);
    TOP() = rt.boolean(same != (ARG() != 0));
    DISPATCH();
  }
  CASE(ContainsOp) {
    Value container = POP();
    Value item = TOP();
    STK_SAVE();
    frame->sp += 1;
    if (is_user_instance(container)) TRY_DUNDER_FRAME();
    int r = ops::contains(rt, container, item);
    if (r < 0) GOTO_ERROR();
    TOP() = rt.boolean((r != 0) != (ARG() != 0));
    DISPATCH();
  }
  CASE(Jump) {
    ip = insns + ARG();
    DISPATCH();
  }
  CASE(JumpBack) {
    ip = insns + ARG();
    SAFEPOINT();
    DISPATCH();
  }
  CASE(PopJumpIfFalse) {
    Value v = POP();
    if (v.is(rt.False())) {
      ip = insns + ARG();
      DISPATCH();
    }
    if (v.is(rt.True())) DISPATCH();
    ++sp;
    STK_SAVE();
    if (is_user_instance(v)) TRY_DUNDER_FRAME();
    --sp;
    int t = truth(rt, v);
    if (t < 0) GOTO_ERROR();
    if (!t) ip = insns + ARG();
    DISPATCH();
  }
  CASE(PopJumpIfTrue) {
    Value v = POP();
    if (v.is(rt.True())) {
      ip = insns + ARG();
      DISPATCH();
    }
    if (v.is(rt.False())) DISPATCH();
    ++sp;
    STK_SAVE();
    if (is_user_instance(v)) TRY_DUNDER_FRAME();
    --sp;
    int t = truth(rt, v);
    if (t < 0) GOTO_ERROR();
    if (t) ip = insns + ARG();
    DISPATCH();
  }
  CASE(JumpIfFalseOrPop) {
    STK_SAVE();
    if (is_user_instance(TOP())) TRY_DUNDER_FRAME();
    int t = truth(rt, TOP());
    if (t < 0) GOTO_ERROR();
    if (!t) ip = insns + ARG();
    else --sp;
    DISPATCH();
  }
  CASE(JumpIfTrueOrPop) {
    STK_SAVE();
    if (is_user_instance(TOP())) TRY_DUNDER_FRAME();
    int t = truth(rt, TOP());
    if (t < 0) GOTO_ERROR();
    if (t) ip = insns + ARG();
    else --sp;
    DISPATCH();
  }
  CASE(GetIter) {
    STK_SAVE();
    if (is_user_instance(TOP())) TRY_DUNDER_FRAME();
    Value it = ops::iter(rt, TOP());
    if (!it) GOTO_ERROR();
    TOP() = it;
    DISPATCH();
  }
  CASE(ForIter) {
    Value it = TOP();
    if (it.is_obj() && it.obj()->kind == ObjKind::Generator) {
      Generator* g = it.as<Generator>();
      if (g->state == Generator::Closed) {
        --sp;
        ip = insns + ARG();
        DISPATCH();
      }
      STK_SAVE();
      if (!push_generator_frame(rt, *es, g, static_cast<std::uint32_t>(sp - stack), rt.None(),
                                Frame::kResumedByForIter, true)) {
        STK_RELOAD();
        GOTO_ERROR();
      }
      STK_RELOAD();
      SAFEPOINT();
      DISPATCH();
    }
    if (it.obj()->kind == ObjKind::Iterator) {
      auto* iter = it.as<Iterator>();
      if (iter->iter_kind() == IterKind::Range) {
        // a = unused; i = next value, j = remaining count, k = step.
        if (iter->j > 0 && Value::fits_small(iter->i)) {
          std::int64_t v = iter->i;
          if (--iter->j > 0) iter->i += iter->k;  // the next value exists, so no overflow
          PUSH(Value::small(v));
          DISPATCH();
        }
        if (iter->j <= 0) {
          --sp;
          ip = insns + ARG();
          DISPATCH();
        }
      }
      if (iter->iter_kind() == IterKind::List && iter->a && iter->a.obj()->kind == ObjKind::List) {
        auto& items = iter->a.as<List>()->items;
        if (static_cast<std::size_t>(iter->i) < items.size()) {
          PUSH(items[static_cast<std::size_t>(iter->i++)]);
          DISPATCH();
        }
      }
    }
    STK_SAVE();
    if (it.obj()->kind == ObjKind::Channel) {
      Value v = channel_next(rt, it.as<Channel>(), rt.current->nested.empty());
      if (v.is_switched()) {
        frame->sp += 1;  // the received value arrives in this slot
        goto switched;
      }
      if (v.is_stop()) {
        --sp;
        ip = insns + ARG();
        DISPATCH();
      }
      if (!v) GOTO_ERROR();
      PUSH(v);
      DISPATCH();
    }
    if (is_user_instance(it)) TRY_DUNDER_FRAME();
    Value v = ops::next(rt, it);
    if (v.is_stop()) {
      --sp;
      ip = insns + ARG();
      DISPATCH();
    }
    if (!v) GOTO_ERROR();
    PUSH(v);
    DISPATCH();
  }
  CASE(BuildTuple) {
    std::uint32_t n = ARG();
    sp -= n;
    Value t = Value::object(tuple_from(rt, sp, n));
    PUSH(t);
    DISPATCH();
  }
  CASE(BuildList) {
    std::uint32_t n = ARG();
    sp -= n;
    List* l = rt.new_list(n);
    l->items.assign(sp, sp + n);
    PUSH(Value::object(l));
    DISPATCH();
  }
  CASE(BuildSet) {
    std::uint32_t n = ARG();
    STK_SAVE();  // items stay rooted: hashing may run Python (__hash__)
    sp -= n;
    Value s = build_set(rt, sp, n);
    if (!s) GOTO_ERROR();
    PUSH(s);
    DISPATCH();
  }
  CASE(BuildMap) {
    std::uint32_t n = ARG();
    STK_SAVE();  // items stay rooted: hashing may run Python (__hash__, __eq__)
    sp -= 2 * n;
    Value d = build_map(rt, sp, n);
    if (!d) GOTO_ERROR();
    PUSH(d);
    DISPATCH();
  }
  CASE(BuildString) {
    std::uint32_t n = ARG();
    sp -= n;
    STK_SAVE();
    Value s = build_string(rt, sp, n);
    if (!s) GOTO_ERROR();
    PUSH(s);
    DISPATCH();
  }
  CASE(FormatValue) {
    Value spec = (ARG() & 4) ? POP() : Value();
    STK_SAVE();
    Value s = format_value(rt, TOP(), ARG() & 3, spec);
    if (!s) GOTO_ERROR();
    TOP() = s;
    DISPATCH();
  }
  CASE(ListAppend) {
    Value v = POP();
    PEEK(ARG()).as<List>()->items.push_back(v);
    DISPATCH();
  }
  CASE(SetAdd) {
    STK_SAVE();
    Value v = POP();
    if (set_add(rt, PEEK(ARG()).as<Set>(), v) < 0) GOTO_ERROR();
    DISPATCH();
  }
  CASE(MapAdd) {
    STK_SAVE();
    Value v = POP();
    Value k = POP();
    if (!dict_set(rt, PEEK(ARG()).as<Dict>(), k, v)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(ListExtend) {
    STK_SAVE();
    Value it = POP();
    if (!extend_list_from_iterable(rt, PEEK(ARG()).as<List>(), it)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(SetUpdate) {
    STK_SAVE();  // keeps the iterable rooted
    Value it = POP();
    if (!set_update(rt, PEEK(ARG()).as<Set>(), it)) GOTO_ERROR();
    DISPATCH();
  }
  CASE(DictUpdate) {
    STK_SAVE();
    Value m = POP();
    if (!dict_update_from(rt, PEEK(ARG()).as<Dict>(), m, false, Value())) GOTO_ERROR();
    DISPATCH();
  }
  CASE(DictMerge) {
    STK_SAVE();
    Value m = POP();
    // The callable sits below the args tuple and the dict being built.
    if (!dict_update_from(rt, PEEK(ARG()).as<Dict>(), m, true, PEEK(ARG() + 2))) GOTO_ERROR();
    DISPATCH();
  }
  CASE(ListToTuple) {
    List* l = TOP().as<List>();
    TOP() = Value::object(tuple_from(rt, l->items.data(), l->items.size()));
    DISPATCH();
  }
  CASE(UnpackSequence) {
    std::uint32_t n = ARG();
    Value seq = POP();
    if (seq.is_obj() && seq.obj()->kind == ObjKind::Tuple && seq.as<Tuple>()->size == n) {
      Tuple* t = seq.as<Tuple>();
      for (std::uint32_t i = 0; i < n; ++i) sp[i] = t->items()[n - 1 - i];
      sp += n;
      DISPATCH();
    }
    STK_SAVE();
    if (!unpack_sequence(rt, seq, n, sp)) GOTO_ERROR();
    sp += n;
    DISPATCH();
  }
  CASE(UnpackEx) {
    std::uint32_t before = ARG() & 0xff, after = ARG() >> 8;
    Value seq = POP();
    STK_SAVE();
    if (!unpack_ex(rt, seq, before, after, sp)) GOTO_ERROR();
    sp += before + after + 1;
    DISPATCH();
  }
  CASE(KwNames) {
    kwnames = consts[ARG()].as<Tuple>();
    DISPATCH();
  }
  CASE(Call) {
    std::uint32_t argc = ARG();
    Value* callable = sp - argc - 1;
    std::uint32_t ret = static_cast<std::uint32_t>(callable - stack);
    Value f = *callable;
    Tuple* names = kwnames;
    kwnames = nullptr;
    // Inline fast path: a plain Python function called with exactly its positional parameters.
    if (!names && f.is_obj() && f.obj()->kind == ObjKind::Function) {
      STK_SAVE();
      if (push_simple_frame(rt, *es, f.as<Function>(), ret + 1, argc, ret)) {
        STK_RELOAD();
        SAFEPOINT();
        DISPATCH();
      }
    }
    if (f.is_obj() && f.obj()->kind == ObjKind::Type && !names && f.as<Type>()->newfn &&
        (f.as<Type>()->flags & Type::kBuiltin)) {
      STK_SAVE();
      Value r = f.as<Type>()->newfn(rt, f.as<Type>(), ArgView{stack + ret + 1, argc, nullptr, nullptr});
      if (!r) GOTO_ERROR();
      sp = stack + ret;
      PUSH(r);
      SAFEPOINT();
      DISPATCH();
    }
    if (f.is_obj() && f.obj()->kind == ObjKind::NativeFn && !names && !f.as<NativeFn>()->self &&
        !(f.obj()->flags & NativeFn::kSwitches) && STK_LIKELY(!rt.dbg || !rt.dbg->pure_eval)) {
      STK_SAVE();
      Generator* gen;
      Value send;
      if (is_generator_resume(rt, f.as<NativeFn>(), stack + ret + 1, argc, &gen, &send)) {
        if (!push_generator_frame(rt, *es, gen, ret, send, Frame::kResumedByCall, true)) {
          STK_RELOAD();
          GOTO_ERROR();
        }
        STK_RELOAD();
        SAFEPOINT();
        DISPATCH();
      }
      Value r = f.as<NativeFn>()->fn(rt, ArgView{stack + ret + 1, argc, nullptr, nullptr});
      if (!r) GOTO_ERROR();
      sp = stack + ret;
      PUSH(r);
      SAFEPOINT();
      DISPATCH();
    }
    STK_SAVE();
    CallResult r = start_call(rt, *es, ret, f, ret + 1, argc, names);
    FINISH_CALL(r, ret);
  }
  CASE(CallMethod) {
    std::uint32_t argc = ARG();
    Value* callable = sp - argc - 2;
    std::uint32_t ret = static_cast<std::uint32_t>(callable - stack);
    Value f = callable[0];
    Tuple* names = kwnames;
    kwnames = nullptr;
    std::uint32_t args_index = ret + 1;
    if (callable[1]) {
      ++argc;  // self is the first argument
    } else {
      args_index = ret + 2;
    }
    // Inline fast path, as in Call: a plain Python method with exactly its arguments.
    if (!names && f.is_obj() && f.obj()->kind == ObjKind::Function) {
      STK_SAVE();
      if (push_simple_frame(rt, *es, f.as<Function>(), args_index, argc, ret)) {
        STK_RELOAD();
        SAFEPOINT();
        DISPATCH();
      }
    }
    if (f.is_obj() && f.obj()->kind == ObjKind::NativeFn && !names && !f.as<NativeFn>()->self &&
        !(f.obj()->flags & NativeFn::kSwitches) && STK_LIKELY(!rt.dbg || !rt.dbg->pure_eval)) {
      STK_SAVE();
      Generator* gen;
      Value send;
      if (is_generator_resume(rt, f.as<NativeFn>(), stack + args_index, argc, &gen, &send)) {
        if (!push_generator_frame(rt, *es, gen, ret, send, Frame::kResumedByCall, true)) {
          STK_RELOAD();
          GOTO_ERROR();
        }
        STK_RELOAD();
        SAFEPOINT();
        DISPATCH();
      }
      Value r = f.as<NativeFn>()->fn(rt, ArgView{stack + args_index, argc, nullptr, nullptr});
      if (!r) GOTO_ERROR();
      sp = stack + ret;
      PUSH(r);
      SAFEPOINT();
      DISPATCH();
    }
    STK_SAVE();
    CallResult r = start_call(rt, *es, ret, f, args_index, argc, names);
    FINISH_CALL(r, ret);
  }
  CASE(CallEx) {
    Value kwargs = (ARG() & 1) ? POP() : Value();
    Value args = POP();
    Value f = TOP();
    std::uint32_t ret = static_cast<std::uint32_t>(sp - 1 - stack);
    Tuple* targs = args.as<Tuple>();
    std::uint32_t npos = static_cast<std::uint32_t>(targs->size);
    std::uint32_t nkw = 0;
    Tuple* names = nullptr;
    STK_SAVE();
    if (kwargs) {
      Dict* d = kwargs.as<Dict>();
      nkw = static_cast<std::uint32_t>(d->used);
      names = rt.new_tuple(nkw);
    }
    exec_reserve(rt, *es, ret + 1 + npos + nkw + 1);
    Value* out = es->stack + ret + 1;
    for (std::uint32_t i = 0; i < npos; ++i) out[i] = targs->items()[i];
    if (kwargs) {
      std::uint32_t k = 0;
      for (const DictEntry& e : kwargs.as<Dict>()->entries) {
        if (!e.key) continue;
        names->items()[k] = e.key;
        out[npos + k] = e.value;
        ++k;
      }
    }
    frame = &es->frames.back();
    frame->sp = ret + 1 + npos + nkw;
    CallResult r = start_call(rt, *es, ret, f, ret + 1, npos + nkw, names);
    FINISH_CALL(r, ret);
  }
  CASE(MakeFunction) {
    std::uint32_t flags = ARG();
    Code* c = POP().as<Code>();
    Value closure = (flags & 8) ? POP() : Value();
    Value kwdefaults = (flags & 2) ? POP() : Value();
    Value defaults = (flags & 1) ? POP() : Value();
    PUSH(make_function(rt, c, frame->globals, defaults, kwdefaults, closure));
    DISPATCH();
  }
  CASE(ReturnValue) {
    Value result = POP();
    std::uint32_t ret = frame->ret;
    std::uint32_t flags = frame->flags;
    if (STK_UNLIKELY(flags & Frame::kGenerator)) {
      Generator* g = frame->gen;
      g->state = Generator::Closed;
      g->slots.clear();
      pop_frame(rt, *es);
      if (flags & Frame::kEntry) {
        es->stack[ret] = result;
        return result;
      }
      STK_RELOAD();
      if (flags & Frame::kResumedByCall) {
        // next(g) / g.send(v) on a generator that finished: StopIteration(value).
        sp = stack + ret;
        STK_SAVE();
        rt.raise_stop_iteration(result.is(rt.None()) ? Value() : result);
        GOTO_ERROR();
      }
      if (flags & Frame::kResumedByForIter) {
        sp = stack + ret - 1;  // the exhausted generator leaves the loop
      } else {
        stack[ret - 1] = result;  // `yield from` evaluates to the return value
        sp = stack + ret;
      }
      ip = insns + arg_of(ip[-1]);
      DISPATCH();
    }
    if (STK_UNLIKELY(flags & Frame::kFinishOp)) {
      pop_frame(rt, *es);
      es->stack[ret] = result;
      if (!finish_dunder(rt, *es, result, flags, ret)) {
        STK_RELOAD();
        GOTO_ERROR();
      }
      STK_RELOAD();
      DISPATCH();
    }
    if (STK_UNLIKELY(flags & (Frame::kClassBody | Frame::kInitCall))) {
      STK_SAVE();
      frame->sp += 1;  // keep `result` rooted
      result = finish_special_return(rt, *es, result);
      if (!result) {
        STK_RELOAD();
        GOTO_ERROR();
      }
    } else {
      pop_frame(rt, *es);
    }
    es->stack[ret] = result;
    if (STK_UNLIKELY(flags & (Frame::kEntry | Frame::kTaskletEntry))) {
      if (flags & Frame::kEntry) return result;
      tasklet_finished(rt);
      goto switched;
    }
    STK_RELOAD();
    sp = stack + ret + 1;
    DISPATCH();
  }
  CASE(BuildClass) {
    // [..., body_fn, name, bases]: run the body with a fresh namespace; the frame's
    // return (finish_special_return) turns the namespace into the class.
    std::uint32_t ret = static_cast<std::uint32_t>(sp - 3 - stack);
    auto* body = stack[ret].as<Function>();
    STK_SAVE();
    Dict* ns = rt.new_dict();
    if (!push_function_frame(rt, *es, body, ret + 3, ret)) {
      STK_RELOAD();
      GOTO_ERROR();
    }
    es->frames.back().locals = ns;
    es->frames.back().flags |= Frame::kClassBody;
    STK_RELOAD();
    SAFEPOINT();
    DISPATCH();
  }
  CASE(Raise) {
    std::uint32_t n = ARG();
    STK_SAVE();
    if (n == 0) {
      Value handled = rt.current->handled_exc;
      if (!handled) {
        rt.raise(rt.exc.RuntimeError, "No active exception to reraise");
        GOTO_ERROR();
      }
      rt.pending_exc = handled;
      add_traceback = false;
      goto unwind;
    }
    Value cause = n == 2 ? POP() : Value();
    Value exc = POP();
    do_raise(rt, exc, cause, n == 2);
    GOTO_ERROR();
  }
  CASE(Reraise) {
    rt.pending_exc = POP();
    add_traceback = false;
    goto unwind;
  }
  CASE(PushExcInfo) {
    Value exc = TOP();
    TOP() = rt.current->handled_exc;
    rt.current->handled_exc = exc;
    PUSH(exc);
    DISPATCH();
  }
  CASE(PopExcept) {
    rt.current->handled_exc = POP();
    DISPATCH();
  }
  CASE(CheckExcMatch) {
    Value type = POP();
    STK_SAVE();
    int m = exception_match(rt, TOP(), type);
    if (m < 0) GOTO_ERROR();
    PUSH(rt.boolean(m != 0));
    DISPATCH();
  }
  CASE(BeforeWith) {
    STK_SAVE();
    Value ctx = TOP();
    Value enter, exit_bound;
    if (!lookup_context_manager(rt, ctx, &enter, &exit_bound)) GOTO_ERROR();
    TOP() = exit_bound;
    PUSH(enter);
    PUSH(ctx);
    DISPATCH();
  }
  CASE(WithExceptStart) {
    // exit(type(exc), exc, None), as a call whose result lands on top.
    Value exc = TOP();
    Value exit_fn = PEEK(3);
    std::uint32_t ret = static_cast<std::uint32_t>(sp - stack);
    sp[0] = exit_fn;
    sp[1] = Value::object(ops::type_of(rt, exc));
    sp[2] = exc;
    sp[3] = exc.is_obj() && exc.obj()->kind == ObjKind::Exception ? traceback_object(rt, exc.as<Exception>()) : rt.None();
    sp += 4;
    STK_SAVE();
    CallResult r = start_call(rt, *es, ret, exit_fn, ret + 1, 3, nullptr);
    FINISH_CALL(r, ret);
  }
  CASE(LoadAssertionError) {
    PUSH(Value::object(rt.exc.AssertionError));
    DISPATCH();
  }
  CASE(ImportName) {
    --sp;  // fromlist: unused (no packages)
    STK_SAVE();
    Value m = import_name(rt, code->names[ARG()]);
    STK_RELOAD();
    if (!m) GOTO_ERROR();
    PUSH(m);
    DISPATCH();
  }
  CASE(ImportFrom) {
    STK_SAVE();
    Value v = import_from(rt, TOP(), code->names[ARG()]);
    if (!v) GOTO_ERROR();
    PUSH(v);
    DISPATCH();
  }
  CASE(YieldValue) {
    Value v = POP();
    Generator* g = frame->gen;
    {
      auto n = static_cast<std::size_t>(sp - (stack + frame->base));
      if (g->slots.size() != n) g->slots.resize(n);
      Value* dst = g->slots.data();
      const Value* src = stack + frame->base;
      for (std::size_t i = 0; i < n; ++i) dst[i] = src[i];
    }
    g->ip = static_cast<std::uint32_t>(ip - insns);
    g->state = Generator::Suspended;
    std::uint32_t ret = frame->ret;
    std::uint32_t flags = frame->flags;
    pop_frame(rt, *es);
    es->stack[ret] = v;
    if (flags & Frame::kEntry) return v;
    STK_RELOAD();
    sp = stack + ret + 1;
    DISPATCH();
  }
  CASE(GetYieldFromIter) {
    Value v = TOP();
    if (!(v.is_obj() && v.obj()->kind == ObjKind::Generator)) {
      STK_SAVE();
      Value it = ops::iter(rt, v);
      if (!it) GOTO_ERROR();
      TOP() = it;
    }
    DISPATCH();
  }
  CASE(Send) {
    Value v = TOP();
    Value it = PEEK(2);
    STK_SAVE();
    if (it.is_obj() && it.obj()->kind == ObjKind::Generator && it.as<Generator>()->state != Generator::Closed) {
      std::uint32_t ret = static_cast<std::uint32_t>(sp - 1 - stack);
      if (!push_generator_frame(rt, *es, it.as<Generator>(), ret, v, Frame::kResumedBySend, true)) {
        STK_RELOAD();
        GOTO_ERROR();
      }
      STK_RELOAD();
      SAFEPOINT();
      DISPATCH();
    }
    Value r;
    Value returned = rt.None();
    if (it.is_obj() && it.obj()->kind == ObjKind::Generator) {
      r = Value::stop();
    } else if (v.is(rt.None())) {
      r = ops::next(rt, it);
    } else {
      Value send = ops::getattr(rt, it, rt.intern("send"));
      r = send ? rt.call(send, &v, 1) : Value();
      if (!r && rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
        Value stop = rt.pending_exc;
        rt.pending_exc = Value();
        Tuple* args = stop.as<Exception>()->args;
        returned = args && args->size ? args->items()[0] : rt.None();
        r = Value::stop();
      }
    }
    if (r.is_stop()) {
      --sp;
      TOP() = returned;
      ip = insns + ARG();
      DISPATCH();
    }
    if (!r) GOTO_ERROR();
    TOP() = r;
    DISPATCH();
  }

#if !STK_USE_JUMPTABLE
    default: STK_UNREACHABLE();
  }
#endif

switched:
  // rt.current changed: continue with its stack (scheduler/scheduler.hpp).
  {
    ResumeOutcome outcome = resume_current(rt);
    es = &rt.current->exec;
    kwnames = nullptr;
    SELECT_TABLE();
    STK_RELOAD();
    if (outcome == ResumeOutcome::Run) DISPATCH();
    if (outcome == ResumeOutcome::RaiseInCall && op_of(ip[-1]) == Op::ForIter &&
        rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
      // A StopIteration sent through a channel ends the `for` loop over it.
      rt.pending_exc = Value();
      sp -= 2;
      ip = insns + arg_of(ip[-1]);
      DISPATCH();
    }
  }
  goto error;

error:
  add_traceback = true;
  if (STK_UNLIKELY(rt.dbg != nullptr) && rt.dbg->exception_stops()) {
    STK_SAVE();
    if (debug_at_exception(rt, *es) == DebugOutcome::Switched) goto switched;
  }
  // A fresh exception raised while another is being handled records it as context.
  {
    Value exc = rt.pending_exc;
    Value handled = rt.current->handled_exc;
    if (handled && !handled.is(exc) && exc.is_obj() && exc.obj()->kind == ObjKind::Exception) {
      auto* e = exc.as<Exception>();
      if (!e->context) e->context = handled;
    }
  }
unwind:
  for (;;) {
    Value exc = rt.pending_exc;
    std::uint32_t pc = static_cast<std::uint32_t>(ip - insns) - 1;
    if (add_traceback && exc.is_obj() && exc.obj()->kind == ObjKind::Exception)
      exc.as<Exception>()->traceback.push_back({code, code->line_for(pc)});
    const HandlerEntry* handler = nullptr;
    for (const HandlerEntry& h : code->handlers) {
      if (pc >= h.start && pc < h.end) {
        handler = &h;
        break;
      }
    }
    if (handler) {
      sp = stack + frame->stack_base() + handler->depth;
      PUSH(exc);
      rt.pending_exc = Value();
      ip = insns + handler->target;
      kwnames = nullptr;
      add_traceback = true;
      DISPATCH();
    }
    bool entry = (frame->flags & Frame::kEntry) != 0;
    if (frame->flags & Frame::kGenerator) {
      // An exception leaving a generator finishes it; StopIteration may not escape (PEP 479).
      frame->gen->state = Generator::Closed;
      frame->gen->slots.clear();
      if (rt.exception_matches(exc, rt.exc.StopIteration)) {
        Value converted = rt.new_exception(rt.exc.RuntimeError, nullptr);
        Tuple* args = rt.new_tuple(1);
        args->items()[0] = Value::object(rt.intern("generator raised StopIteration"));
        converted.as<Exception>()->args = args;
        converted.as<Exception>()->cause = exc;
        converted.as<Exception>()->suppress_context = true;
        converted.as<Exception>()->context = exc;
        rt.pending_exc = converted;
      }
    }
    bool finish = (frame->flags & Frame::kFinishOp) != 0;
    bool tasklet_entry = (frame->flags & Frame::kTaskletEntry) != 0;
    std::uint32_t ret = frame->ret;
    pop_frame(rt, *es);
    if (entry) return Value();
    if (tasklet_entry) {
      // Uncaught in a non-main tasklet: it dies, the scheduler picks who runs.
      rt.pending_exc = Value();
      tasklet_died(rt, exc);
      goto switched;
    }
    if (finish && finish_dunder_exception(rt, *es, ret)) {
      STK_RELOAD();  // StopIteration from __next__ ended the caller's for loop
      DISPATCH();
    }
    STK_RELOAD();
    add_traceback = true;
  }
#undef STK_RELOAD
#undef STK_SAVE
#undef ARG
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef DISPATCH
#undef FINISH_CALL
#undef SELECT_TABLE
#undef TRY_DUNDER_FRAME
#undef CASE
}

}  // namespace stk
