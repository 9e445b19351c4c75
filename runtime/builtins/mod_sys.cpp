// The `sys` module: argv, exit, the recursion limit, maxsize, version,
// platform, modules, and the stdout/stderr stream objects (write/flush) that
// print(file=...) recognises. Registered in rt.modules (created here if absent).
#include <cstdint>

#include "builtins/builtins_internal.hpp"
#include "objects/exception.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

Value sys_exit(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "exit") || !check_nargs(rt, a, "exit", 0, 1)) return Value::null();
  Tuple* args = a.npos == 1 ? tuple_from(rt, a.pos, 1) : rt.new_tuple(0);
  Value e = rt.new_exception(rt.exc.SystemExit, args);
  if (e.is_null()) return e;
  return rt.raise_value(e);
}

// (type, value, traceback) of the exception being handled, or three Nones.
Value sys_exc_info(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "exc_info")) return Value::null();
  Tuple* t = rt.new_tuple(3);
  Value e = rt.current->handled_exc;
  if (e && e.is_obj() && e.obj()->kind == ObjKind::Exception) {
    t->items()[0] = Value::object(e.obj()->type);
    t->items()[1] = e;
    Root keep(rt, Value::object(t));
    t->items()[2] = traceback_object(rt, e.as<Exception>());
  } else {
    t->items()[0] = t->items()[1] = t->items()[2] = rt.None();
  }
  return Value::object(t);
}

Value sys_setrecursionlimit(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "setrecursionlimit")) return Value::null();
  std::int64_t n;
  if (is_kind(a[0], ObjKind::Float))
    return rt.raise_type_error("'float' object cannot be interpreted as an integer");
  if (!int_arg(rt, a[0], &n)) return Value::null();
  if (n < 1) return rt.raise_value_error("recursion limit must be greater or equal than 1");
  if (n > INT32_MAX) return rt.raise(rt.exc.OverflowError, "Python int too large to convert to C int");
  rt.recursion_limit = static_cast<int>(n);
  return rt.None();
}

Value sys_getrecursionlimit(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "getrecursionlimit")) return Value::null();
  return Value::small(rt.recursion_limit);
}

Value stream_write(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "write", 1)) return Value::null();
  if (!is_kind(a[1], ObjKind::Str))
    return rt.raise_type_error("write() argument must be str, not " + ops::type_name(rt, a[1]));
  Str* s = a[1].as<Str>();
  if (std_stream_kind(rt, a[0]) == kStderr)
    rt.write_stderr(sv(s));
  else
    rt.write_stdout(sv(s));
  return make_int(rt, static_cast<std::int64_t>(s->length));
}

Value stream_flush(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "flush", 1)) return Value::null();
  if (std_stream_kind(rt, a[0]) == kStdout) rt.flush_stdout();
  return rt.None();
}

Value make_stream(Runtime& rt, std::uint16_t which, const char* repr) {
  auto* s = rt.heap.alloc<Singleton>(std_stream_type(rt), ObjKind::Singleton);
  s->flags = which;
  s->repr = repr;
  return Value::object(s);
}

}  // namespace

void install_sys_module(Runtime& rt, int argc, const char* const* argv) {
  rt.sys = rt.new_module("sys");
  if (!rt.modules) rt.modules = rt.new_dict();
  Dict* d = rt.sys->dict;
  auto set = [&](const char* name, Value v) { dict_set_str(rt, d, rt.intern(name), v); };

  List* args = rt.new_list(static_cast<std::size_t>(argc > 0 ? argc : 0));
  for (int i = 0; i < argc; ++i) args->items.push_back(Value::object(rt.new_str(argv[i])));
  set("argv", Value::object(args));
  set("maxsize", make_int(rt, INT64_MAX));
  set("version", Value::object(rt.new_str("3.11.0 (stk)")));
  set("platform", Value::object(rt.new_str("linux")));
  set("byteorder", Value::object(rt.new_str("little")));
  Value vi[5] = {Value::small(3), Value::small(11), Value::small(0),
                 Value::object(rt.new_str("final")), Value::small(0)};
  set("version_info", Value::object(tuple_from(rt, vi, 5)));
  set("modules", Value::object(rt.modules));

  Type* st = std_stream_type(rt);
  add_method(rt, st, "write", stream_write);
  add_method(rt, st, "flush", stream_flush);
  Value out = make_stream(rt, kStdout, "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  Value err = make_stream(rt, kStderr, "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
  set("stdout", out);
  set("stderr", err);
  set("__stdout__", out);
  set("__stderr__", err);

  add_function(rt, d, "exit", sys_exit);
  add_function(rt, d, "exc_info", sys_exc_info);
  add_function(rt, d, "setrecursionlimit", sys_setrecursionlimit);
  add_function(rt, d, "getrecursionlimit", sys_getrecursionlimit);

  dict_set_str(rt, rt.modules, rt.intern("sys"), Value::object(rt.sys));
  if (rt.builtins) dict_set_str(rt, rt.modules, rt.intern("builtins"), Value::object(rt.builtins));
}

}  // namespace stk
