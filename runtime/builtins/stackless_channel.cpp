// The `channel` type: send/receive and their exception forms, iteration,
// balance/preference/schedule_all/queue/label, close/open. The rendezvous itself is
// channel/channel.cpp; send_sequence is written in Python (mod_stackless.cpp)
// because it blocks once per item.
#include <string>

#include "builtins/stackless_internal.hpp"
#include "channel/channel.hpp"
#include "objects/ops.hpp"
#include "scheduler/events.hpp"
#include "scheduler/scheduler.hpp"

namespace stk {
namespace {

bool check_self(Runtime& rt, const ArgView& a, const char* method) {
  if (a.npos >= 1 && a[0].is_obj() && a[0].obj()->kind == ObjKind::Channel) return true;
  rt.raise_type_error(std::string("descriptor '") + method + "' requires a 'channel' object");
  return false;
}

Channel* self_channel(const ArgView& a) { return a[0].as<Channel>(); }

Value channel_new(Runtime& rt, Type* type, const ArgView& a) {
  if (a.npos || a.nkw()) return rt.raise_type_error("channel() takes no arguments");
  return Value::object(new_channel(rt, type));
}

Value channel_send(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "send") || !check_one_arg(rt, a, "send", 1)) return Value();
  bool can = switch_allowed(rt);  // refused only if this operation must switch
  return channel_action(rt, self_channel(a), 1, a[1], false, can);
}

Value channel_receive(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "receive") || !check_no_args(rt, a, "receive", 1)) return Value();
  bool can = switch_allowed(rt);
  return channel_action(rt, self_channel(a), -1, Value(), false, can);
}

// send_exception(cls, *args): the receiver raises cls(*args).
Value channel_send_exception(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "send_exception")) return Value();
  if (a.npos < 2) return rt.raise_type_error("send_exception() takes at least 1 argument (0 given)");
  bool can = switch_allowed(rt);
  Value cls = a[1];
  if (!(cls.is_obj() && cls.obj()->kind == ObjKind::Type && ops::is_subtype(cls.as<Type>(), rt.exc.BaseException)))
    return rt.raise_type_error("exceptions must derive from BaseException");
  Value exc = rt.call(cls, a.pos + 2, a.npos - 2);
  if (!exc) return exc;
  return channel_action(rt, self_channel(a), 1, exc, true, can);
}

// send_throw(exc, val=None, tb=None): raise-style arguments, traceback kept.
Value channel_send_throw(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "send_throw")) return Value();
  Value p[3];
  if (!parse_args(rt, a, "send_throw", {"exc", "val", "tb"}, p, 1)) return Value();
  bool can = switch_allowed(rt);
  Value exc = make_exception(rt, p[0] ? p[0] : rt.None(), p[1]);
  if (!exc) return exc;
  return channel_action(rt, self_channel(a), 1, exc, true, can);
}

Value channel_iter(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "__iter__") || !check_no_args(rt, a, "__iter__", 1)) return Value();
  return a[0];
}

Value channel_next_method(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "__next__") || !check_no_args(rt, a, "__next__", 1)) return Value();
  bool can = switch_allowed(rt);
  Value v = channel_next(rt, self_channel(a), can);
  if (v.is_stop()) return rt.raise_stop_iteration(Value());
  return v;
}

Value channel_close(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "close") || !check_no_args(rt, a, "close", 1)) return Value();
  self_channel(a)->closing = true;
  events::channel_closed(rt, self_channel(a), true);
  return rt.None();
}

Value channel_open(Runtime& rt, const ArgView& a) {
  if (!check_self(rt, a, "open") || !check_no_args(rt, a, "open", 1)) return Value();
  self_channel(a)->closing = false;
  events::channel_closed(rt, self_channel(a), false);
  return rt.None();
}

Channel* getter_self(const ArgView& a) { return a[0].as<Channel>(); }

Value get_balance(Runtime& rt, const ArgView& a) {
  (void)rt;
  return Value::small(getter_self(a)->balance);
}
Value get_preference(Runtime& rt, const ArgView& a) {
  (void)rt;
  return Value::small(getter_self(a)->preference);
}
Value set_preference(Runtime& rt, const ArgView& a) {
  std::int64_t p;
  if (!int_arg(rt, a[1], &p)) return Value();
  getter_self(a)->preference = static_cast<std::int8_t>(p > 0 ? 1 : p < 0 ? -1 : 0);  // clamped to its sign
  return rt.None();
}
Value get_schedule_all(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->schedule_all); }
Value set_schedule_all(Runtime& rt, const ArgView& a) {
  getter_self(a)->schedule_all = arg_true(rt, a[1]);
  return rt.None();
}
Value get_queue(Runtime& rt, const ArgView& a) {
  Tasklet* head = getter_self(a)->head;
  return head ? Value::object(head) : rt.None();
}
// channel.label: a name for the channel in traces, reports and the debugger.
// Real Stackless has none; PyPy's emulation has this attribute, '' by
// default, so programs written for it name their channels the same way.
Value get_label(Runtime& rt, const ArgView& a) {
  Channel* ch = getter_self(a);
  return ch->label ? ch->label : Value::object(rt.new_str(""));
}
Value set_label(Runtime& rt, const ArgView& a) {
  Value v = a[1];
  if (!v.is(rt.None()) && !(v.is_obj() && v.obj()->kind == ObjKind::Str))
    return rt.raise_type_error("channel label must be a str or None, not " + ops::type_name(rt, v));
  Channel* ch = getter_self(a);
  ch->label = v;
  events::channel_labelled(rt, ch);
  return rt.None();
}
Value get_closing(Runtime& rt, const ArgView& a) { return rt.boolean(getter_self(a)->closing); }
Value get_closed(Runtime& rt, const ArgView& a) {
  Channel* ch = getter_self(a);
  return rt.boolean(ch->closing && ch->balance == 0);
}

}  // namespace

void install_channel_type(Runtime& rt) {
  Type* t = rt.types.channel;
  t->newfn = channel_new;
  add_switching_method(rt, t, "send", channel_send);
  add_switching_method(rt, t, "receive", channel_receive);
  add_switching_method(rt, t, "send_exception", channel_send_exception);
  add_switching_method(rt, t, "send_throw", channel_send_throw);
  add_switching_method(rt, t, "__next__", channel_next_method);
  add_method(rt, t, "__iter__", channel_iter);
  add_method(rt, t, "close", channel_close);
  add_method(rt, t, "open", channel_open);
  add_native_property(rt, t, "balance", get_balance, nullptr);
  add_native_property(rt, t, "preference", get_preference, set_preference);
  add_native_property(rt, t, "schedule_all", get_schedule_all, set_schedule_all);
  add_native_property(rt, t, "queue", get_queue, nullptr);
  add_native_property(rt, t, "closing", get_closing, nullptr);
  add_native_property(rt, t, "closed", get_closed, nullptr);
  add_native_property(rt, t, "label", get_label, set_label);
}

}  // namespace stk
