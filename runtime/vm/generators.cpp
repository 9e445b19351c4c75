// Generator creation, frame pushes and the generator methods (generators.hpp).
#include "vm/generators.hpp"

#include <cstring>

#include "bytecode/opcode.hpp"
#include "objects/class.hpp"
#include "objects/containers.hpp"
#include "objects/str.hpp"
#include "vm/call.hpp"
#include "vm/debug_state.hpp"

namespace stk {

Value make_generator(Runtime& rt, ExecStack& es) {
  Frame& f = es.frames.back();
  auto* g = rt.heap.alloc<Generator>(rt.types.generator, ObjKind::Generator);
  g->func = f.func;
  g->slots.assign(es.stack + f.base, es.stack + f.sp);
  g->ip = 0;
  g->state = Generator::Created;
  pop_frame(rt, es);
  return Value::object(g);
}

bool push_generator_frame(Runtime& rt, ExecStack& es, Generator* g, std::uint32_t ret, Value value,
                          std::uint32_t resume_flags, bool push_value) {
  if (g->state == Generator::Running) {
    rt.raise_value_error("generator already executing");
    return false;
  }
  if (g->state == Generator::Created && push_value && !value.is(rt.None())) {
    rt.raise_type_error("can't send non-None value to a just-started generator");
    return false;
  }
  Tasklet* t = rt.current;
  if (t->depth >= rt.recursion_limit) {
    rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  Code* code = g->func->code;
  std::uint32_t base = ret + 1;
  exec_reserve(rt, es, base + code->frame_size() + 1);
  auto n = static_cast<std::uint32_t>(g->slots.size());
  Value* dst = es.stack + base;
  const Value* src = g->slots.data();
  for (std::uint32_t i = 0; i < n; ++i) dst[i] = src[i];  // a handful of slots: no memcpy call
  std::uint32_t sp = base + n;
  if (push_value && g->state != Generator::Created) es.stack[sp++] = value;
  es.frames.push_back(Frame{code, g->func, g->func->globals, nullptr, g, g->ip, base, sp, ret,
                            Frame::kGenerator | resume_flags});
  // `slots` keeps its (now stale) copy while the generator runs: YieldValue
  // overwrites it, and stale values only keep objects alive a little longer.
  g->state = Generator::Running;
  ++t->depth;
  return true;
}

namespace {

Generator* self_gen(const ArgView& a) { return a.pos[0].as<Generator>(); }

Value finish(Runtime& rt, Value r, Value returned) {
  if (r.is_stop()) return rt.raise_stop_iteration(returned.is(rt.None()) ? Value() : returned);
  return r;
}

// A generator suspended inside `yield from` (Send; YieldValue; JumpBack with the
// resume point at the JumpBack): its delegate is on top of its saved stack.
Generator* delegate_of(Runtime& rt, Generator* g) {
  if (g->state != Generator::Suspended || g->ip < 2 || g->slots.empty()) return nullptr;
  const Code* code = g->func->code;
  if (op_of(code_word(rt.dbg, code, g->ip)) != Op::JumpBack || op_of(code_word(rt.dbg, code, g->ip - 2)) != Op::Send)
    return nullptr;
  Value inner = g->slots.back();
  return inner.is_obj() && inner.obj()->kind == ObjKind::Generator ? inner.as<Generator>() : nullptr;
}

// Raises `exc` inside `g` at its yield, forwarding through `yield from` to the
// innermost delegate first, as CPython's gen.throw does.
Value throw_into(Runtime& rt, Generator* g, Value exc, Value* returned) {
  if (Generator* inner = delegate_of(rt, g)) {
    Root keep(rt, Value::object(g));
    Value inner_returned = rt.None();
    Value r = throw_into(rt, inner, exc, &inner_returned);
    if (r && !r.is_stop()) return r;  // the delegate yielded: g stays where it is
    if (r.is_stop()) {
      // The delegate finished: `yield from` in g evaluates to its return value.
      g->slots.back() = inner_returned;
      g->ip = arg_of(code_word(rt.dbg, g->func->code, g->ip - 2));
      return resume_generator_nested(rt, g, Value(), Value(), returned);
    }
    exc = rt.pending_exc;  // the delegate raised: continue in g with that exception
    rt.pending_exc = Value();
  }
  return resume_generator_nested(rt, g, Value(), exc, returned);
}

Value gen_next(Runtime& rt, const ArgView& a) {
  if (a.npos != 1) return rt.raise_type_error("expected 0 arguments");
  Value returned;
  Value r = resume_generator_nested(rt, self_gen(a), rt.None(), Value(), &returned);
  return finish(rt, r, returned);
}

Value gen_send(Runtime& rt, const ArgView& a) {
  if (a.npos != 2) return rt.raise_type_error("generator.send() takes exactly one argument (" +
                                              std::to_string(a.npos - 1) + " given)");
  Value returned;
  Value r = resume_generator_nested(rt, self_gen(a), a.pos[1], Value(), &returned);
  return finish(rt, r, returned);
}

// throw(type[, value[, tb]]) or throw(instance): the exception to raise at the yield.
Value make_thrown(Runtime& rt, const ArgView& a) {
  if (a.npos < 2 || a.npos > 4) return rt.raise_type_error("throw expected at least 1 argument, got 0");
  Value typ = a.pos[1];
  Value val = a.npos > 2 ? a.pos[2] : rt.None();
  if (typ.is_obj() && typ.obj()->kind == ObjKind::Exception) {
    if (!val.is(rt.None())) return rt.raise_type_error("instance exception may not have a separate value");
    return typ;
  }
  if (typ.is_obj() && typ.obj()->kind == ObjKind::Type && ops::is_subtype(typ.as<Type>(), rt.exc.BaseException)) {
    if (val.is_obj() && val.obj()->kind == ObjKind::Exception) return val;
    Value args[1] = {val};
    return rt.call(typ, args, val.is(rt.None()) ? 0 : 1);
  }
  return rt.raise_type_error("exceptions must be classes or instances deriving from BaseException, not " +
                             ops::type_name(rt, typ));
}

Value gen_throw(Runtime& rt, const ArgView& a) {
  Value exc = make_thrown(rt, a);
  if (!exc) return exc;
  Generator* g = self_gen(a);
  if (g->state == Generator::Created) {
    g->state = Generator::Closed;
    g->slots.clear();
    return rt.raise_value(exc);
  }
  Value returned = rt.None();
  Value r = throw_into(rt, g, exc, &returned);
  return finish(rt, r, returned);
}

Value gen_close(Runtime& rt, const ArgView& a) {
  Generator* g = self_gen(a);
  if (g->state == Generator::Created || g->state == Generator::Closed) {
    g->state = Generator::Closed;
    g->slots.clear();
    return rt.None();
  }
  Value exit = rt.new_exception(rt.exc.GeneratorExit, nullptr);
  Value returned = rt.None();
  Value r = throw_into(rt, g, exit, &returned);
  if (r.is_stop()) return rt.None();
  if (r) return rt.raise(rt.exc.RuntimeError, "generator ignored GeneratorExit");
  if (rt.exception_matches(rt.pending_exc, rt.exc.GeneratorExit) ||
      rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
    rt.pending_exc = Value();
    return rt.None();
  }
  return Value();
}

Value gen_iter(Runtime&, const ArgView& a) { return a.pos[0]; }

// ops::next on a generator: Value::stop() when it is exhausted.
Value next_generator(Runtime& rt, Generator* g, Value* returned) {
  *returned = rt.None();
  return resume_generator_nested(rt, g, rt.None(), Value(), returned);
}

}  // namespace

bool is_generator_resume(Runtime& rt, NativeFn* f, const Value* args, std::uint32_t nargs, Generator** gen,
                         Value* value) {
  if (nargs == 0 || !args[0].is_obj() || args[0].obj()->kind != ObjKind::Generator) return false;
  Generator* g = args[0].as<Generator>();
  if (g->state == Generator::Closed || g->state == Generator::Running) return false;
  if (f->fn == gen_next && nargs == 1) {
    *value = rt.None();
  } else if (f->fn == gen_send && nargs == 2) {
    *value = args[1];
  } else if (nargs == 1 && f == rt.builtin_next) {
    *value = rt.None();
  } else {
    return false;
  }
  *gen = g;
  return true;
}

void install_generator_methods(Runtime& rt) {
  Type* t = rt.types.generator;
  auto add = [&](const char* name, NativeFnPtr fn) {
    dict_set_str(rt, t->dict, rt.intern(name), Value::object(rt.new_native(name, fn)));
  };
  add("__next__", gen_next);
  add("send", gen_send);
  add("throw", gen_throw);
  add("close", gen_close);
  add("__iter__", gen_iter);
  rt.next_generator = next_generator;
}

}  // namespace stk
