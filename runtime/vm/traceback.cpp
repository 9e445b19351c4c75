// CPython-shaped tracebacks. The traceback entries are recorded innermost first
// while the exception unwinds (vm/interpreter.cpp), so they print in reverse.
#include "vm/traceback.hpp"

#include <sstream>
#include <string>
#include <unordered_set>

#include "bytecode/code_object.hpp"
#include "objects/containers.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"

namespace stk {
namespace {

std::string source_line(Runtime& rt, const std::string& file, int line) {
  auto it = rt.sources.find(file);
  if (it == rt.sources.end() || line <= 0) return {};
  std::istringstream in(it->second);
  std::string text;
  for (int i = 0; i < line && std::getline(in, text); ++i) {
  }
  std::size_t b = text.find_first_not_of(" \t\f\r");
  std::size_t e = text.find_last_not_of(" \t\f\r\n");
  if (b == std::string::npos) return {};
  return text.substr(b, e - b + 1);
}

}  // namespace

std::string exception_line(Runtime& rt, Value exc) {
  Type* t = ops::type_of(rt, exc);
  std::string name(sv(t->name));
  if (!(t->flags & Type::kBuiltin)) {
    Value module = t->dict ? dict_get_str(t->dict, rt.names.__module__) : Value();
    if (module && module.is_obj() && module.obj()->kind == ObjKind::Str) {
      std::string m(sv(module.as<Str>()));
      if (m != "builtins" && m != "__main__") name = m + "." + name;
    }
  }
  Value s = ops::str(rt, exc);
  if (!s) {
    rt.pending_exc = Value();
    return name + ": <exception str() failed>";
  }
  std::string text(sv(s.as<Str>()));
  return text.empty() ? name : name + ": " + text;
}

namespace {

void print_one(Runtime& rt, Value exc, std::unordered_set<Obj*>& seen, std::string& out) {
  if (!exc.is_obj() || exc.obj()->kind != ObjKind::Exception) {
    // A native that failed without raising: an internal bug, reported like CPython does.
    out += "SystemError: error return without exception set\n";
    return;
  }
  auto* e = exc.as<Exception>();
  seen.insert(e);
  if (e->cause && !seen.count(e->cause.obj())) {
    print_one(rt, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context && !e->suppress_context && !seen.count(e->context.obj())) {
    print_one(rt, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    for (auto it = e->traceback.rbegin(); it != e->traceback.rend(); ++it) {
      std::string file(sv(it->code->filename));
      out += "  File \"" + file + "\", line " + std::to_string(it->line) + ", in " +
             std::string(sv(it->code->name)) + "\n";
      std::string src = source_line(rt, file, it->line);
      if (!src.empty()) out += "    " + src + "\n";
    }
  }
  out += exception_line(rt, exc) + "\n";
}

}  // namespace

std::string format_exception(Runtime& rt, Value exc) {
  Root keep(rt, exc);
  std::unordered_set<Obj*> seen;
  std::string out;
  print_one(rt, exc, seen, out);
  return out;
}

void print_exception(Runtime& rt, Value exc) {
  rt.flush_stdout();
  Root keep(rt, exc);
  std::unordered_set<Obj*> seen;
  std::string out;
  print_one(rt, exc, seen, out);
  rt.write_stderr(out);
}

int exit_status_for(Runtime& rt, Value exc) {
  if (!rt.exception_matches(exc, rt.exc.SystemExit)) {
    print_exception(rt, exc);
    return 1;
  }
  auto* e = exc.as<Exception>();
  Value code = rt.None();
  if (e->args && e->args->size == 1) code = e->args->items()[0];
  else if (e->args && e->args->size > 1) code = Value::object(e->args);
  if (code.is(rt.None())) return 0;
  if (code.is_small()) return static_cast<int>(code.small_value() & 0xff);
  if (code.is(rt.True())) return 1;
  if (code.is(rt.False())) return 0;
  Value s = ops::str(rt, code);
  rt.flush_stdout();
  if (s) rt.write_stderr(std::string(sv(s.as<Str>())) + "\n");
  return 1;
}

}  // namespace stk
