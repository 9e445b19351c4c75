// The `traceback` module, the part programs use to look at a caught
// exception: extract_tb (FrameSummary objects with filename, lineno, name,
// line) and print_exc. Frames are not objects in stk, so a
// traceback object leads back to its exception's recorded entries.
#include <string>

#include "builtins/modules.hpp"
#include "bytecode/code_object.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "vm/traceback.hpp"

namespace stk {
namespace {

Exception* exception_of_traceback(Runtime& rt, Value tb) {
  if (!(tb.is_obj() && tb.obj()->type == rt.types.traceback)) return nullptr;
  Dict* attrs = tb.as<Instance>()->attrs;
  Value e = attrs ? dict_get_str(attrs, rt.intern("_stk_exception")) : Value();
  return e ? e.as<Exception>() : nullptr;
}

Value traceback_extract_tb(Runtime& rt, const ArgView& a) {
  if (!check_nargs(rt, a, "extract_tb", 1, 2)) return Value();
  List* out = rt.new_list();
  Root keep(rt, Value::object(out));
  Exception* e = exception_of_traceback(rt, a[0]);
  if (!e) return Value::object(out);
  // Outermost first, as CPython lists them.
  for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
    Instance* fs = rt.heap.alloc<Instance>(rt.types.frame, ObjKind::Instance);
    Root keep_fs(rt, Value::object(fs));
    fs->attrs = rt.new_dict();
    std::string file = it->code ? std::string(sv(it->code->filename)) : std::string();
    dict_set_str(rt, fs->attrs, rt.intern("filename"), Value::object(rt.new_str(file)));
    dict_set_str(rt, fs->attrs, rt.intern("lineno"), Value::small(it->line));
    dict_set_str(rt, fs->attrs, rt.intern("name"), it->code ? Value::object(it->code->name) : rt.None());
    out->items.push_back(Value::object(fs));
  }
  return Value::object(out);
}

Value traceback_print_exc(Runtime& rt, const ArgView& a) {
  if (!check_nargs(rt, a, "print_exc", 0, 2)) return Value();
  Value e = rt.current->handled_exc;
  if (e) {
    rt.flush_stdout();
    print_exception(rt, e);
  }
  return rt.None();
}

}  // namespace

Module* make_traceback_module(Runtime& rt) {
  Module* m = rt.new_module("traceback");
  add_function(rt, m->dict, "extract_tb", traceback_extract_tb);
  add_function(rt, m->dict, "print_exc", traceback_print_exc);
  return m;
}

}  // namespace stk
