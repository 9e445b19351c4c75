// The `stackless` module: the module-level functions of real Stackless 3.7
// (run, schedule, getcurrent, callbacks, switch_trap...) plus the tasklet and
// channel types (stackless_tasklet.cpp, stackless_channel.cpp). The few parts
// that block more than once per call (channel.send_sequence) or are plain
// context managers (atomic) are written in Python below, compiled once when
// the module is first imported.
#include <algorithm>
#include <string>

#include "builtins/modules.hpp"
#include "builtins/stackless_internal.hpp"
#include "channel/channel.hpp"
#include "compiler/compiler.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "scheduler/events.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/interpreter.hpp"

namespace stk {

bool parse_args(Runtime& rt, const ArgView& a, std::string_view fname, std::initializer_list<std::string_view> names,
                Value* out, std::size_t skip) {
  std::size_t n = names.size();
  for (std::size_t i = 0; i < n; ++i) out[i] = Value();
  if (a.npos - skip > n) {
    rt.raise_type_error(std::string(fname) + "() takes at most " + std::to_string(n) + " argument" +
                        (n == 1 ? "" : "s") + " (" + std::to_string(a.npos - skip) + " given)");
    return false;
  }
  for (std::size_t i = skip; i < a.npos; ++i) out[i - skip] = a[i];
  for (std::size_t k = 0; k < a.nkw(); ++k) {
    std::string_view key = sv(a.kwnames->items()[k].as<Str>());
    auto it = std::find(names.begin(), names.end(), key);
    if (it == names.end()) {
      rt.raise_type_error("'" + std::string(key) + "' is an invalid keyword argument for " + std::string(fname) + "()");
      return false;
    }
    auto index = static_cast<std::size_t>(it - names.begin());
    if (out[index]) {
      rt.raise_type_error(std::string(fname) + "() got multiple values for argument '" + std::string(key) + "'");
      return false;
    }
    out[index] = a.kwvalues[k];
  }
  return true;
}

bool arg_true(Runtime& rt, Value v) {
  if (!v) return false;
  int t = ops::truthy(rt, v);
  if (t < 0) rt.pending_exc = Value();
  return t > 0;
}

void add_switching_method(Runtime& rt, Type* t, std::string_view name, NativeFnPtr fn) {
  NativeFn* f = rt.new_native(name, fn);
  f->flags |= NativeFn::kSwitches;
  dict_set_str(rt, t->dict, rt.intern(name), Value::object(f));
}

void add_switching_function(Runtime& rt, Dict* d, std::string_view name, NativeFnPtr fn) {
  NativeFn* f = rt.new_native(name, fn);
  f->flags |= NativeFn::kSwitches;
  dict_set_str(rt, d, rt.intern(name), Value::object(f));
}

void add_native_property(Runtime& rt, Type* t, std::string_view name, NativeFnPtr get, NativeFnPtr set) {
  Property* p = rt.heap.alloc<Property>(rt.types.property, ObjKind::Property);
  Root keep(rt, Value::object(p));
  p->fget = Value::object(rt.new_native(name, get));
  if (set) p->fset = Value::object(rt.new_native(name, set));
  dict_set_str(rt, t->dict, rt.intern(name), Value::object(p));
}

namespace {

Value stackless_getcurrent(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "getcurrent")) return Value();
  return Value::object(rt.current);
}

Value stackless_getmain(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "getmain")) return Value();
  return Value::object(rt.main);
}

Value stackless_getruncount(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "getruncount")) return Value();
  return Value::small(rt.sched.runcount);
}

Value stackless_getcurrentid(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "getcurrentid")) return Value();
  return Value::small(1);
}

Value stackless_schedule(Runtime& rt, const ArgView& a) {
  Value p[1];
  if (!parse_args(rt, a, "schedule", {"retval"}, p) || !may_switch(rt)) return Value();
  return schedule_current(rt, (p[0] && !p[0].is(rt.None())) ? p[0] : Value::object(rt.current), false);
}

Value stackless_schedule_remove(Runtime& rt, const ArgView& a) {
  Value p[1];
  if (!parse_args(rt, a, "schedule_remove", {"retval"}, p) || !may_switch(rt)) return Value();
  return schedule_current(rt, (p[0] && !p[0].is(rt.None())) ? p[0] : Value::object(rt.current), true);
}

Value stackless_run(Runtime& rt, const ArgView& a) {
  Value p[5];
  if (!parse_args(rt, a, "run", {"timeout", "threadblock", "soft", "ignore_nesting", "totaltimeout"}, p) ||
      !may_switch(rt))
    return Value();
  std::int64_t timeout = 0;
  if (p[0] && !p[0].is(rt.None())) {
    if (!int_arg(rt, p[0], &timeout)) return Value();
  }
  return run_watchdog(rt, timeout, arg_true(rt, p[2]), arg_true(rt, p[3]), arg_true(rt, p[4]));
}

Value stackless_switch_trap(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "switch_trap")) return Value();
  std::int64_t delta;
  if (!int_arg(rt, a[0], &delta)) return Value();
  int old = rt.sched.switch_trap;
  rt.sched.switch_trap += static_cast<int>(delta);
  return Value::small(old);
}

Value callback_or_none(Runtime& rt, Value v) { return v ? v : rt.None(); }

// set_*(cb) stores the callable (None clears it) and returns the previous one.
Value replace_callback(Runtime& rt, const ArgView& a, const char* name, Value* slot) {
  if (!check_one_arg(rt, a, name)) return Value();
  Value cb = a[0];
  Value old = callback_or_none(rt, *slot);
  *slot = cb.is(rt.None()) ? Value() : cb;
  events::update_observers(rt);  // the event points call the schedule/channel callbacks
  return old;
}

Value stackless_set_schedule_callback(Runtime& rt, const ArgView& a) {
  return replace_callback(rt, a, "set_schedule_callback", &rt.sched.schedule_callback);
}
Value stackless_get_schedule_callback(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "get_schedule_callback")) return Value();
  return callback_or_none(rt, rt.sched.schedule_callback);
}
Value stackless_set_channel_callback(Runtime& rt, const ArgView& a) {
  return replace_callback(rt, a, "set_channel_callback", &rt.sched.channel_callback);
}
Value stackless_get_channel_callback(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "get_channel_callback")) return Value();
  return callback_or_none(rt, rt.sched.channel_callback);
}
Value stackless_set_error_handler(Runtime& rt, const ArgView& a) {
  return replace_callback(rt, a, "set_error_handler", &rt.sched.error_handler);
}

// Always soft-switched: the flag is accepted and the answer is always True.
Value stackless_enable_softswitch(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "enable_softswitch")) return Value();
  return rt.True();
}

Value stackless_get_thread_info(Runtime& rt, const ArgView& a) {
  if (a.npos > 1) return rt.raise_type_error("get_thread_info() takes at most 1 argument");
  Tuple* t = rt.new_tuple(3);
  t->items()[0] = Value::object(rt.main);
  t->items()[1] = Value::object(rt.current);
  t->items()[2] = Value::small(rt.sched.runcount);
  return Value::object(t);
}

// The parts written in Python. `_channel` and `_getcurrent` are injected.
constexpr const char* kPrelude = R"PY(
def send_sequence(self, seq):
    n = 0
    for item in seq:
        self.send(item)
        n += 1
    return n

class atomic:
    def __enter__(self):
        self._old = _getcurrent().set_atomic(True)
        return self
    def __exit__(self, *exc):
        _getcurrent().set_atomic(self._old)
        return False
)PY";

bool run_prelude(Runtime& rt, Module* m) {
  Code* code = compile_module(rt, kPrelude, "<stackless>");
  Dict* g = rt.new_dict();
  Root keep(rt, Value::object(g));
  dict_set_str(rt, g, rt.names.__builtins__, Value::object(rt.builtins));
  dict_set_str(rt, g, rt.names.__name__, Value::object(rt.intern("stackless")));
  dict_set_str(rt, g, rt.intern("_getcurrent"), dict_get_str(m->dict, rt.intern("getcurrent")));
  if (!run_module_nested(rt, code, g)) return false;
  dict_set_str(rt, rt.types.channel->dict, rt.intern("send_sequence"), dict_get_str(g, rt.intern("send_sequence")));
  dict_set_str(rt, m->dict, rt.intern("atomic"), dict_get_str(g, rt.intern("atomic")));
  return true;
}

}  // namespace

static Value next_without_switch(Runtime& rt, Value ch) { return channel_next(rt, ch.as<Channel>(), false); }

Module* make_stackless_module(Runtime& rt) {
  rt.channel_next = next_without_switch;
  if (!dict_get_str(rt.types.tasklet->dict, rt.intern("bind"))) {
    install_tasklet_type(rt);
    install_channel_type(rt);
  }
  Module* m = rt.new_module("stackless");
  Root keep(rt, Value::object(m));
  Dict* d = m->dict;
  dict_set_str(rt, d, rt.intern("tasklet"), Value::object(rt.types.tasklet));
  dict_set_str(rt, d, rt.intern("channel"), Value::object(rt.types.channel));
  add_function(rt, d, "getcurrent", stackless_getcurrent);
  add_function(rt, d, "getmain", stackless_getmain);
  add_function(rt, d, "getruncount", stackless_getruncount);
  add_function(rt, d, "getcurrentid", stackless_getcurrentid);
  add_function(rt, d, "switch_trap", stackless_switch_trap);
  add_function(rt, d, "set_schedule_callback", stackless_set_schedule_callback);
  add_function(rt, d, "get_schedule_callback", stackless_get_schedule_callback);
  add_function(rt, d, "set_channel_callback", stackless_set_channel_callback);
  add_function(rt, d, "get_channel_callback", stackless_get_channel_callback);
  add_function(rt, d, "set_error_handler", stackless_set_error_handler);
  add_function(rt, d, "enable_softswitch", stackless_enable_softswitch);
  add_function(rt, d, "get_thread_info", stackless_get_thread_info);
  add_switching_function(rt, d, "schedule", stackless_schedule);
  add_switching_function(rt, d, "schedule_remove", stackless_schedule_remove);
  add_switching_function(rt, d, "run", stackless_run);
  if (!run_prelude(rt, m)) return nullptr;
  return m;
}

}  // namespace stk
