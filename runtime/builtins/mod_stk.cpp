// The `stk` module: what a program can tell the tools. `stk.mark(label)` puts
// a user mark in the trace (an instant on the timeline); `stk.tracing()` says
// whether a trace is being recorded. Both are no-ops cost-wise when nobody listens.
#include "builtins/modules.hpp"
#include "objects/str.hpp"
#include "scheduler/events.hpp"

namespace stk {
namespace {

Value stk_mark(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "mark")) return Value();
  if (!(a[0].is_obj() && a[0].obj()->kind == ObjKind::Str))
    return rt.raise_type_error("mark() argument must be str, not " + ops::type_name(rt, a[0]));
  events::mark(rt, a[0]);
  return rt.None();
}

Value stk_tracing(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "tracing")) return Value();
  return rt.boolean(events::recording(rt));  // always False in a build without event sites
}

}  // namespace

Module* make_stk_module(Runtime& rt) {
  Module* m = rt.new_module("stk");
  add_function(rt, m->dict, "mark", stk_mark);
  add_function(rt, m->dict, "tracing", stk_tracing);
  return m;
}

}  // namespace stk
