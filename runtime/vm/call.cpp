// Starting calls from the interpreter loop, frame pushes and argument binding.
// The loop inlines the hottest case (a plain Python function with exactly its
// positional arguments); everything else comes here.
#include "vm/call.hpp"

#include <cstring>
#include <string>

#include "objects/class.hpp"
#include "objects/containers.hpp"
#include "objects/str.hpp"
#include "support/assert.hpp"
#include "vm/debug_state.hpp"
#include "vm/generators.hpp"

namespace stk {
namespace {

std::string func_label(Function* f) { return std::string(sv(f->qualname)) + "()"; }

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool raise_missing(Runtime& rt, Function* f, const std::vector<std::string>& names, const char* what) {
  std::string msg = func_label(f) + " missing " + std::to_string(names.size()) + " required " + what +
                    " argument" + (names.size() == 1 ? "" : "s") + ": " + quoted_list(names);
  rt.raise_type_error(msg);
  return false;
}

}  // namespace

bool bind_arguments(Runtime& rt, Function* f, const Value* pos, std::size_t npos, const Value* kwvalues,
                    Tuple* kwnames, std::vector<Value>& locals) {
  Code* code = f->code;
  const std::size_t argcount = code->argcount;
  const std::size_t kwonly = code->kwonlyargcount;
  const bool varargs = (code->code_flags & Code::kVarargs) != 0;
  const bool varkw = (code->code_flags & Code::kVarkw) != 0;
  locals.assign(code->nlocals(), Value());

  std::size_t n = npos < argcount ? npos : argcount;
  for (std::size_t i = 0; i < n; ++i) locals[i] = pos[i];
  if (varargs) {
    std::size_t extra = npos > argcount ? npos - argcount : 0;
    locals[argcount + kwonly] = Value::object(tuple_from(rt, pos + argcount, extra));
  } else if (npos > argcount) {
    std::size_t ndefaults = f->defaults ? f->defaults->size : 0;
    std::string msg = func_label(f) + " takes ";
    if (ndefaults > 0)
      msg += "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount);
    else
      msg += std::to_string(argcount);
    msg += std::string(" positional argument") + (argcount == 1 && ndefaults == 0 ? "" : "s") + " but " +
           std::to_string(npos) + (npos == 1 ? " was" : " were") + " given";
    rt.raise_type_error(msg);
    return false;
  }
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = rt.new_dict();
    locals[argcount + kwonly + (varargs ? 1 : 0)] = Value::object(kwdict);
  }
  std::size_t nkw = kwnames ? kwnames->size : 0;
  for (std::size_t k = 0; k < nkw; ++k) {
    Str* name = kwnames->items()[k].as<Str>();
    std::size_t index = argcount + kwonly;
    for (std::size_t i = code->posonlyargcount; i < argcount + kwonly; ++i) {
      if (str_equal(code->varnames[i], name)) {
        index = i;
        break;
      }
    }
    if (index < argcount + kwonly) {
      if (locals[index]) {
        rt.raise_type_error(func_label(f) + " got multiple values for argument '" + std::string(sv(name)) + "'");
        return false;
      }
      locals[index] = kwvalues[k];
      continue;
    }
    if (kwdict) {
      if (!dict_set(rt, kwdict, Value::object(name), kwvalues[k])) return false;
      continue;
    }
    for (std::size_t i = 0; i < code->posonlyargcount; ++i) {
      if (str_equal(code->varnames[i], name)) {
        rt.raise_type_error(func_label(f) +
                            " got some positional-only arguments passed as keyword arguments: '" +
                            std::string(sv(name)) + "'");
        return false;
      }
    }
    rt.raise_type_error(func_label(f) + " got an unexpected keyword argument '" + std::string(sv(name)) + "'");
    return false;
  }
  // Defaults for the trailing positional parameters.
  std::size_t ndefaults = f->defaults ? f->defaults->size : 0;
  for (std::size_t i = argcount - ndefaults; i < argcount; ++i)
    if (!locals[i]) locals[i] = f->defaults->items()[i - (argcount - ndefaults)];
  std::vector<std::string> missing;
  for (std::size_t i = 0; i < argcount; ++i)
    if (!locals[i]) missing.emplace_back(sv(code->varnames[i]));
  if (!missing.empty()) return raise_missing(rt, f, missing, "positional");
  for (std::size_t i = argcount; i < argcount + kwonly; ++i) {
    if (locals[i]) continue;
    if (f->kwdefaults) {
      Value d = dict_get_str(f->kwdefaults, code->varnames[i]);
      if (d) {
        locals[i] = d;
        continue;
      }
    }
    missing.emplace_back(sv(code->varnames[i]));
  }
  if (!missing.empty()) return raise_missing(rt, f, missing, "keyword-only");
  return true;
}

bool push_function_frame(Runtime& rt, ExecStack& es, Function* f, std::uint32_t base, std::uint32_t ret_index) {
  Code* code = f->code;
  Tasklet* t = rt.current;
  if (STK_UNLIKELY(rt.dbg != nullptr) && rt.dbg->pure_eval) {
    rt.raise(rt.exc.RuntimeError, "not evaluated: it would run Python code (" + std::string(sv(code->qualname ? code->qualname : code->name)) + ")");
    return false;
  }
  if (t->depth >= rt.recursion_limit) {
    rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  exec_reserve(rt, es, base + code->frame_size());
  Value* slots = es.stack + base;
  std::uint32_t nlocals = code->nlocals();
  std::uint32_t ncells = code->ncells();
  for (std::uint32_t i = 0; i < ncells; ++i) {
    Cell* cell = rt.heap.alloc<Cell>(rt.types.cell, ObjKind::Cell);
    std::int32_t arg = code->cell_from_arg[i];
    if (arg >= 0) cell->value = slots[arg];
    slots[nlocals + i] = Value::object(cell);
  }
  std::uint32_t nfree = code->nfree();
  for (std::uint32_t i = 0; i < nfree; ++i) slots[nlocals + ncells + i] = f->closure->items()[i];
  ++t->depth;
  Frame fr{};
  fr.code = code;
  fr.func = f;
  fr.globals = f->globals;
  fr.locals = nullptr;
  fr.ip = 0;
  fr.base = base;
  fr.sp = base + nlocals + ncells + nfree;
  fr.ret = ret_index;
  fr.flags = 0;
  es.frames.push_back(fr);
  return true;
}

bool push_module_frame(Runtime& rt, ExecStack& es, Code* code, Dict* globals) {
  Tasklet* t = rt.current;
  if (t->depth >= rt.recursion_limit) {
    rt.raise(rt.exc.RecursionError, "maximum recursion depth exceeded");
    return false;
  }
  std::uint32_t ret = es.top();
  std::uint32_t base = ret + 1;
  exec_reserve(rt, es, base + code->frame_size());
  es.stack[ret] = Value();
  ++t->depth;
  Frame fr{};
  fr.code = code;
  fr.func = nullptr;
  fr.globals = globals;
  fr.locals = nullptr;
  fr.ip = 0;
  fr.base = base;
  fr.sp = base;
  fr.ret = ret;
  fr.flags = Frame::kEntry;
  es.frames.push_back(fr);
  return true;
}

Value finish_special_return(Runtime& rt, ExecStack& es, Value result) {
  Frame& f = es.frames.back();
  std::uint32_t ret = f.ret;
  if (f.flags & Frame::kClassBody) {
    Dict* ns = f.locals;
    Value name = es.stack[ret + 1], bases = es.stack[ret + 2];
    pop_frame(rt, es);
    Value cls = make_class(rt, name, bases, ns);
    if (cls && result.is_obj() && result.obj()->kind == ObjKind::Cell) result.as<Cell>()->value = cls;
    return cls;
  }
  pop_frame(rt, es);
  if (!result.is(rt.None())) {
    rt.raise_type_error("__init__() should return None, not '" + ops::type_name(rt, result) + "'");
    return Value();
  }
  return es.stack[ret];  // the instance, stored there by the class call
}

void pop_frame(Runtime& rt, ExecStack& es) {
  es.frames.pop_back();
  --rt.current->depth;
}

// Calling a user class: create the instance, then run __init__ as a pushed frame
// (Frame::kInitCall) so that a long chain of constructors never nests C calls.
CallResult call_user_class(Runtime& rt, ExecStack& es, std::uint32_t ret_index, Type* t, std::uint32_t args_index,
                           std::uint32_t nargs, Tuple* kwnames) {
  std::uint32_t nkw = kwnames ? static_cast<std::uint32_t>(kwnames->size) : 0;
  const Value* args = es.stack + args_index;
  Value instance;
  if (t->instance_kind == ObjKind::Exception) {
    instance = t->newfn(rt, t, ArgView{args, nargs - nkw, args + (nargs - nkw), kwnames});
  } else {
    instance = t->newfn(rt, t, ArgView{nullptr, 0, nullptr, nullptr});
  }
  if (!instance) return CallResult::Error;
  es.stack[ret_index] = instance;
  if (t->init_epoch != rt.class_epoch) {
    t->init_cache = mro_lookup(t, rt.names.__init__);
    t->init_epoch = rt.class_epoch;
  }
  Value init = t->init_cache;
  if (init && init.is_obj() && init.obj()->kind == ObjKind::Function) {
    exec_reserve(rt, es, args_index + nargs + 1);
    std::memmove(static_cast<void*>(es.stack + args_index + 1), es.stack + args_index, sizeof(Value) * nargs);
    es.stack[args_index] = instance;
    // The init frame's result slot is a scratch slot; the instance stays at ret_index.
    CallResult r = start_call(rt, es, args_index, init, args_index, nargs + 1, kwnames);
    if (r != CallResult::PushedFrame) return r;
    es.frames.back().ret = ret_index;
    es.frames.back().flags |= Frame::kInitCall;
    return r;
  }
  if (init && init.is_obj() && init.obj()->kind == ObjKind::NativeFn &&
      (t->instance_kind == ObjKind::Exception || t->instance_kind == ObjKind::Tasklet)) {
    std::vector<Value> full(nargs + 1);
    full[0] = instance;
    for (std::uint32_t i = 0; i < nargs; ++i) full[i + 1] = es.stack[args_index + i];
    Value r = init.as<NativeFn>()->fn(rt, ArgView{full.data(), nargs + 1 - nkw, full.data() + (nargs + 1 - nkw), kwnames});
    if (!r) return CallResult::Error;
    es.stack[ret_index] = instance;
    return CallResult::Done;
  }
  if (nargs > 0) {
    rt.raise_type_error(std::string(sv(t->name)) + "() takes no arguments");
    return CallResult::Error;
  }
  return CallResult::Done;
}

CallResult start_call(Runtime& rt, ExecStack& es, std::uint32_t ret_index, Value callable,
                      std::uint32_t args_index, std::uint32_t nargs, Tuple* kwnames) {
  if (!callable.is_obj()) {
    rt.raise_type_error("'" + ops::type_name(rt, callable) + "' object is not callable");
    return CallResult::Error;
  }
  std::uint32_t nkw = kwnames ? static_cast<std::uint32_t>(kwnames->size) : 0;
  Obj* o = callable.obj();
  switch (o->kind) {
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      Code* code = f->code;
      if (nkw == 0 && nargs == code->argcount && code->kwonlyargcount == 0 &&
          !(code->code_flags & (Code::kVarargs | Code::kVarkw))) {
        exec_reserve(rt, es, args_index + code->frame_size());
        Value* slots = es.stack + args_index;
        for (std::uint32_t i = nargs; i < code->nlocals(); ++i) slots[i] = Value();
      } else {
        std::vector<Value> locals;
        const Value* args = es.stack + args_index;
        if (!bind_arguments(rt, f, args, nargs - nkw, args + (nargs - nkw), kwnames, locals))
          return CallResult::Error;
        exec_reserve(rt, es, args_index + code->frame_size());
        std::memcpy(static_cast<void*>(es.stack + args_index), locals.data(), sizeof(Value) * locals.size());
      }
      if (!push_function_frame(rt, es, f, args_index, ret_index)) return CallResult::Error;
      if (code->code_flags & Code::kGenerator) {
        // Calling a generator function only creates the generator.
        es.stack[ret_index] = make_generator(rt, es);
        return CallResult::Done;
      }
      return CallResult::PushedFrame;
    }
    case ObjKind::NativeFn: {
      auto* nf = static_cast<NativeFn*>(o);
      Value result;
      if (STK_UNLIKELY(rt.dbg != nullptr) && rt.dbg->pure_eval && !debug_pure_native(nf)) {
        rt.raise(rt.exc.RuntimeError, "not evaluated: " + std::string(sv(nf->name)) + "() may have side effects");
        return CallResult::Error;
      }
      // Only a native called for an instruction may switch (see Runtime::switch_ok).
      rt.switch_ok = (nf->flags & NativeFn::kSwitches) != 0;
      if (nf->self) {
        std::vector<Value> args(nargs + 1);
        args[0] = nf->self;
        for (std::uint32_t i = 0; i < nargs; ++i) args[i + 1] = es.stack[args_index + i];
        ArgView view{args.data(), nargs + 1 - nkw, args.data() + (nargs + 1 - nkw), kwnames};
        result = nf->fn(rt, view);
      } else {
        const Value* args = es.stack + args_index;
        ArgView view{args, nargs - nkw, args + (nargs - nkw), kwnames};
        result = nf->fn(rt, view);
      }
      rt.switch_ok = false;
      if (!result) return CallResult::Error;
      if (result.is_switched()) return CallResult::Switched;
      es.stack[ret_index] = result;
      return CallResult::Done;
    }
    case ObjKind::BoundMethod: {
      auto* bm = static_cast<BoundMethod*>(o);
      Value self = bm->self, func = bm->func;
      exec_reserve(rt, es, args_index + nargs + 1);
      std::memmove(static_cast<void*>(es.stack + args_index + 1), es.stack + args_index, sizeof(Value) * nargs);
      es.stack[args_index] = self;
      return start_call(rt, es, ret_index, func, args_index, nargs + 1, kwnames);
    }
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      if (is_user_type(t)) return call_user_class(rt, es, ret_index, t, args_index, nargs, kwnames);
      if (!t->newfn) {
        rt.raise_type_error("cannot create '" + std::string(sv(t->name)) + "' instances");
        return CallResult::Error;
      }
      const Value* args = es.stack + args_index;
      ArgView view{args, nargs - nkw, args + (nargs - nkw), kwnames};
      Value result = t->newfn(rt, t, view);
      if (!result) return CallResult::Error;
      es.stack[ret_index] = result;
      return CallResult::Done;
    }
    default: {
      // An instance of a user class (or a tasklet) with __call__: call it with the instance prepended.
      if (is_user_type(o->type) || o->kind == ObjKind::Tasklet) {
        Value method = mro_lookup(o->type, rt.names.__call__);
        if (method) {
          exec_reserve(rt, es, args_index + nargs + 1);
          std::memmove(static_cast<void*>(es.stack + args_index + 1), es.stack + args_index, sizeof(Value) * nargs);
          es.stack[args_index] = callable;
          return start_call(rt, es, ret_index, method, args_index, nargs + 1, kwnames);
        }
      }
      rt.raise_type_error("'" + ops::type_name(rt, callable) + "' object is not callable");
      return CallResult::Error;
    }
  }
}

}  // namespace stk
