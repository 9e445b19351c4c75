// The `tasklet` type: binding (section 3.1 of stackless-semantics.md), queue
// manipulation, exceptions into tasklets, and the state attributes. The rules
// themselves live in scheduler/scheduler.cpp; this file checks arguments and
// maps Python calls onto them.
#include <algorithm>
#include <string>

#include "builtins/stackless_internal.hpp"
#include "objects/containers.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "scheduler/events.hpp"
#include "scheduler/scheduler.hpp"

namespace stk {
namespace {

Tasklet* self_tasklet(const ArgView& a) { return a[0].as<Tasklet>(); }

// Obj::flags of a tasklet: its creation is in the trace, so later binds are renames.
constexpr std::uint16_t kAnnounced = 1;

bool check_self(Runtime& rt, const ArgView& a, const char* method) {
  if (a.npos >= 1 && a[0].is_obj() && a[0].obj()->kind == ObjKind::Tasklet) return true;
  rt.raise_type_error(std::string("descriptor '") + method + "' requires a 'tasklet' object");
  return false;
}

Tuple* tuple_of(Runtime& rt, Value seq) {
  if (seq.is_obj() && seq.obj()->kind == ObjKind::Tuple) return seq.as<Tuple>();
  Value t = rt.call(Value::object(rt.types.tuple), &seq, 1);
  return t ? t.as<Tuple>() : nullptr;
}

// bind(func=None, args=None, kwargs=None): section 3.1.
Value do_bind(Runtime& rt, Tasklet* t, Value func, Value args, Value kwargs) {
  if (func.is(rt.None())) func = Value();
  if (args.is(rt.None())) args = Value();
  if (kwargs.is(rt.None())) kwargs = Value();
  if (t == rt.current) return rt.raise(rt.exc.RuntimeError, "can't (re)bind the current tasklet");
  if (t == rt.main && !func && !args && !kwargs)
    return rt.raise(rt.exc.RuntimeError, "can't unbind the main tasklet");
  if (t->in_ring || t->blocked()) return rt.raise(rt.exc.RuntimeError, "tasklet is scheduled");
  if (func && !ops::is_callable(rt, func)) return rt.raise_type_error("tasklet function must be a callable or None");
  Tuple* targs = nullptr;
  if (args) {
    Root keep(rt, func);
    targs = tuple_of(rt, args);
    if (!targs) return Value();
  }
  if (kwargs && !(kwargs.is_obj() && kwargs.obj()->kind == ObjKind::Dict))
    return rt.raise_type_error("tasklet kwargs must be a dict");
  // Rebinding drops any unfinished frames without running their finally blocks.
  t->exec.frames.clear();
  t->exec.base_top = 0;
  t->depth = 0;
  t->resume = Tasklet::Resume::Start;
  t->bomb = Value();
  if (!func && !args && !kwargs) {
    t->func = Value();
    t->args = t->kwargs = Value();
    t->life = Tasklet::Life::Unbound;
    t->tempval = rt.None();
    return Value::object(t);
  }
  if (events::recording(rt) && func && (t->flags & kAnnounced) && !t->name && !func.is(t->func)) {
    Value old = t->func;
    t->func = func;
    events::tasklet_renamed(rt, t);
    t->func = old;
  }
  if (func) t->func = func;
  if (args || kwargs) {
    if (!t->func) return rt.raise_type_error("tasklet function must be a callable or None");
    t->args = targs ? Value::object(targs) : Value::object(rt.new_tuple(0));
    t->kwargs = kwargs;
    t->life = Tasklet::Life::Bound;
    t->tempval = rt.None();
  } else {
    t->args = t->kwargs = Value();
    t->life = Tasklet::Life::Unbound;
    t->tempval = t->func;  // the historical "wrap __call__" idiom reads it here
  }
  return Value::object(t);
}

Value tasklet_new(Runtime& rt, Type* type, const ArgView& a) {
  Value p[3];
  if (!parse_args(rt, a, "tasklet", {"func", "args", "kwargs"}, p)) return Value();
  Tasklet* t = new_tasklet(rt);
  t->type = type;
  t->tempval = rt.None();
  Root keep(rt, Value::object(t));
  if (p[0] || p[1] || p[2]) {
    Value r = do_bind(rt, t, p[0] ? p[0] : rt.None(), p[1] ? p[1] : rt.None(), p[2] ? p[2] : rt.None());
    if (!r) return r;
  }
  events::tasklet_created(rt, t);
  t->flags |= kAnnounced;
  return Value::object(t);
}

Value tasklet_init(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "__init__")) return Value();
  Value p[3];
  if (!parse_args(rt, a, "tasklet", {"func", "args", "kwargs"}, p, 1)) return Value();
  if (!p[0] && !p[1] && !p[2]) return rt.None();
  Value r = do_bind(rt, self_tasklet(a), p[0] ? p[0] : rt.None(), p[1] ? p[1] : rt.None(), p[2] ? p[2] : rt.None());
  return r ? rt.None() : r;
}

Value tasklet_bind(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "bind")) return Value();
  Value p[3];
  if (!parse_args(rt, a, "bind", {"func", "args", "kwargs"}, p, 1)) return Value();
  return do_bind(rt, self_tasklet(a), p[0] ? p[0] : rt.None(), p[1] ? p[1] : rt.None(), p[2] ? p[2] : rt.None());
}

// setup(*args, **kwargs) and __call__: bind the arguments and insert.
Value tasklet_setup(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "setup")) return Value();
  Tasklet* t = self_tasklet(a);
  if (t->alive()) return rt.raise(rt.exc.RuntimeError, "tasklet is alive");
  if (!t->func) return rt.raise_type_error("tasklet has no function bound; use bind(func) first");
  Tuple* args = tuple_from(rt, a.pos + 1, a.npos - 1);
  Root keep_args(rt, Value::object(args));
  Value kwargs;
  if (a.nkw()) {
    Dict* d = rt.new_dict();
    for (std::size_t i = 0; i < a.nkw(); ++i) dict_set(rt, d, a.kwnames->items()[i], a.kwvalues[i]);
    kwargs = Value::object(d);
  }
  Root keep_kwargs(rt, kwargs);
  Value r = do_bind(rt, t, rt.None(), Value::object(args), kwargs ? kwargs : rt.None());
  if (!r) return r;
  ring_append(rt, t);
  return Value::object(t);
}

Value tasklet_insert(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "insert") || !check_no_args(rt, a, "insert", 1)) return Value();
  return insert_tasklet(rt, self_tasklet(a));
}

Value tasklet_remove(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "remove") || !check_no_args(rt, a, "remove", 1)) return Value();
  return remove_tasklet(rt, self_tasklet(a));
}

Value tasklet_run(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "run") || !check_no_args(rt, a, "run", 1) || !may_switch(rt)) return Value();
  return run_tasklet(rt, self_tasklet(a), false);
}

Value tasklet_switch(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "switch") || !check_no_args(rt, a, "switch", 1) || !may_switch(rt)) return Value();
  return run_tasklet(rt, self_tasklet(a), true);
}

Value tasklet_throw(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "throw")) return Value();
  Value p[4];
  if (!parse_args(rt, a, "throw", {"exc", "val", "tb", "pending"}, p, 1)) return Value();
  bool pending = arg_true(rt, p[3]);
  if (!pending && !may_switch(rt)) return Value();
  Value exc = make_exception(rt, p[0] ? p[0] : rt.None(), p[1]);
  if (!exc) return exc;
  return throw_to(rt, self_tasklet(a), exc, pending);
}

Value tasklet_raise_exception(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "raise_exception")) return Value();
  if (a.npos < 2) return rt.raise_type_error("raise_exception() takes at least 1 argument (0 given)");
  if (!may_switch(rt)) return Value();
  Value exc = rt.call(a[1], a.pos + 2, a.npos - 2);
  if (!exc) return exc;
  if (!(exc.is_obj() && exc.obj()->kind == ObjKind::Exception))
    return rt.raise_type_error("exceptions must derive from BaseException");
  return throw_to(rt, self_tasklet(a), exc, false);
}

Value tasklet_kill(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "kill")) return Value();
  Value p[1];
  if (!parse_args(rt, a, "kill", {"pending"}, p, 1)) return Value();
  Tasklet* t = self_tasklet(a);
  bool pending = arg_true(rt, p[0]);
  if (!t->alive()) return rt.None();
  if (!pending && t != rt.current && !may_switch(rt)) return Value();
  Value exc = rt.new_exception(rt.exc.TaskletExit, nullptr);
  return throw_to(rt, t, exc, pending);
}

Value tasklet_set_atomic(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "set_atomic") || !check_one_arg(rt, a, "set_atomic", 1)) return Value();
  Tasklet* t = self_tasklet(a);
  bool old = t->atomic;
  t->atomic = arg_true(rt, a[1]);
  return rt.boolean(old);
}

Value tasklet_set_ignore_nesting(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "set_ignore_nesting") || !check_one_arg(rt, a, "set_ignore_nesting", 1)) return Value();
  Tasklet* t = self_tasklet(a);
  bool old = t->ignore_nesting;
  t->ignore_nesting = arg_true(rt, a[1]);
  return rt.boolean(old);
}

// ---- attributes ----
Tasklet* getter_self(const ArgView& a) { return a[0].as<Tasklet>(); }

Value get_alive(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->alive()); }
Value get_blocked(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->blocked()); }
Value get_scheduled(Runtime& rt, const ArgView& a) {
  Tasklet* t = getter_self(a);
  return rt.boolean(t->in_ring || t->blocked());
}
Value get_paused(Runtime& rt, const ArgView& a) {
  Tasklet* t = getter_self(a);
  return rt.boolean(t->alive() && !t->in_ring && !t->blocked() && t != rt.current &&
                    std::find(rt.sched.watchdogs.begin(), rt.sched.watchdogs.end(), t) == rt.sched.watchdogs.end());
}
Value get_is_main(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a) == rt.main); }
Value get_is_current(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a) == rt.current); }
Value tasklet_or_none(Runtime& rt, Tasklet* t) { return t ? Value::object(t) : rt.None(); }
Value get_next(Runtime& rt, const ArgView& a) { return tasklet_or_none(rt, getter_self(a)->next); }
Value get_prev(Runtime& rt, const ArgView& a) { return tasklet_or_none(rt, getter_self(a)->prev); }
Value get_tempval(Runtime& rt, const ArgView& a) {
  Value v = getter_self(a)->tempval;
  return v ? v : rt.None();
}
Value set_tempval(Runtime& rt, const ArgView& a) {
  getter_self(a)->tempval = a[1];
  return rt.None();
}
Value get_recursion_depth(Runtime& rt, const ArgView& a) {
  (void)rt;
  return Value::small(getter_self(a)->depth);
}
Value get_nesting_level(Runtime& rt, const ArgView& a) {
  (void)rt;
  return Value::small(static_cast<std::int64_t>(getter_self(a)->nested.size()));
}
Value get_restorable(Runtime& rt, const ArgView& a) {
  Tasklet* t = getter_self(a);
  return rt.boolean(t->life != Tasklet::Life::Dead && t->nested.empty());
}
Value get_atomic(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->atomic); }
Value get_ignore_nesting(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->ignore_nesting); }
Value get_block_trap(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->block_trap); }
Value set_block_trap(Runtime& rt, const ArgView& a) {
  getter_self(a)->block_trap = arg_true(rt, a[1]);
  return rt.None();
}
Value get_thread_id(Runtime& rt, const ArgView& a) {
  (void)rt;
  (void)a;
  return Value::small(1);  // one VM thread
}
Value get_id(Runtime& rt, const ArgView& a) {
  (void)rt;
  return Value::small(static_cast<std::int64_t>(getter_self(a)->id));
}

// The tool-facing name: set by the program, else the bound function's name.
Value get_name(Runtime& rt, const ArgView& a) {
  Tasklet* t = getter_self(a);
  if (t->name) return t->name;
  return Value::object(rt.new_str(tasklet_display_name(rt, t)));
}
Value set_name(Runtime& rt, const ArgView& a) {
  Value v = a[1];
  if (!v.is(rt.None()) && !(v.is_obj() && v.obj()->kind == ObjKind::Str))
    return rt.raise_type_error("tasklet name must be a str or None");
  Tasklet* t = getter_self(a);
  t->name = v.is(rt.None()) ? Value() : v;
  events::tasklet_renamed(rt, t);
  return rt.None();
}

// `frame`: a snapshot of the topmost frame (f_code, f_lineno, f_back), or None.
Value frame_object(Runtime& rt, Tasklet* t, std::size_t index) {
  const Frame& f = t->exec.frames[index];
  Instance* fr = rt.heap.alloc<Instance>(rt.types.frame, ObjKind::Instance);
  Root keep(rt, Value::object(fr));
  fr->attrs = rt.new_dict();
  dict_set_str(rt, fr->attrs, rt.intern("f_code"), Value::object(f.code));
  std::uint32_t pc = f.ip > 0 ? f.ip - 1 : 0;
  dict_set_str(rt, fr->attrs, rt.intern("f_lineno"), Value::small(f.code->line_for(pc)));
  Value back = index > 0 ? frame_object(rt, t, index - 1) : rt.None();
  if (!back) return back;
  dict_set_str(rt, fr->attrs, rt.intern("f_back"), back);
  return Value::object(fr);
}
Value get_frame(Runtime& rt, const ArgView& a) {
  Tasklet* t = getter_self(a);
  if (t->life != Tasklet::Life::Started || t->exec.frames.empty()) return rt.None();
  return frame_object(rt, t, t->exec.frames.size() - 1);
}

}  // namespace

// An exception instance from raise-style arguments (class, class + value, instance).
Value make_exception(Runtime& rt, Value exc, Value val) {
  if (!exc || exc.is(rt.None())) return rt.raise_type_error("exceptions must derive from BaseException");
  if (exc.is_obj() && exc.obj()->kind == ObjKind::Exception) {
    if (val && !val.is(rt.None())) return rt.raise_type_error("instance exception may not have a separate value");
    return exc;
  }
  if (exc.is_obj() && exc.obj()->kind == ObjKind::Type && ops::is_subtype(exc.as<Type>(), rt.exc.BaseException)) {
    if (val && val.is_obj() && val.obj()->kind == ObjKind::Exception && ops::is_subtype(val.obj()->type, exc.as<Type>()))
      return val;
    Value args[1] = {val};
    std::size_t n = (val && !val.is(rt.None())) ? 1 : 0;
    if (n && val.is_obj() && val.obj()->kind == ObjKind::Tuple) {
      Tuple* t = val.as<Tuple>();
      return rt.call(exc, t->items(), t->size);
    }
    return rt.call(exc, args, n);
  }
  return rt.raise_type_error("exceptions must derive from BaseException");
}

void install_tasklet_type(Runtime& rt) {
  Type* t = rt.types.tasklet;
  t->newfn = tasklet_new;
  add_method(rt, t, "__init__", tasklet_init);
  add_method(rt, t, "bind", tasklet_bind);
  add_method(rt, t, "setup", tasklet_setup);
  add_method(rt, t, "__call__", tasklet_setup);
  add_method(rt, t, "insert", tasklet_insert);
  add_method(rt, t, "remove", tasklet_remove);
  add_method(rt, t, "set_atomic", tasklet_set_atomic);
  add_method(rt, t, "set_ignore_nesting", tasklet_set_ignore_nesting);
  add_switching_method(rt, t, "run", tasklet_run);
  add_switching_method(rt, t, "switch", tasklet_switch);
  add_switching_method(rt, t, "throw", tasklet_throw);
  add_switching_method(rt, t, "raise_exception", tasklet_raise_exception);
  add_switching_method(rt, t, "kill", tasklet_kill);
  struct Prop {
    const char* name;
    NativeFnPtr get, set;
  };
  const Prop props[] = {
      {"alive", get_alive, nullptr},
      {"blocked", get_blocked, nullptr},
      {"scheduled", get_scheduled, nullptr},
      {"paused", get_paused, nullptr},
      {"is_main", get_is_main, nullptr},
      {"is_current", get_is_current, nullptr},
      {"next", get_next, nullptr},
      {"prev", get_prev, nullptr},
      {"frame", get_frame, nullptr},
      {"tempval", get_tempval, set_tempval},
      {"recursion_depth", get_recursion_depth, nullptr},
      {"nesting_level", get_nesting_level, nullptr},
      {"restorable", get_restorable, nullptr},
      {"atomic", get_atomic, nullptr},
      {"ignore_nesting", get_ignore_nesting, nullptr},
      {"block_trap", get_block_trap, set_block_trap},
      {"thread_id", get_thread_id, nullptr},
      {"id", get_id, nullptr},
      {"name", get_name, set_name},
  };
  for (const Prop& p : props) add_native_property(rt, t, p.name, p.get, p.set);
}

}  // namespace stk
