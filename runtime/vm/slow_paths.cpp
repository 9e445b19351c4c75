// Out-of-line work for the interpreter loop (see slow_paths.hpp). Kept apart so
// the loop's translation unit stays small and its register allocation good.
#include "vm/slow_paths.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <stk/error.hpp>

#include "compiler/compiler.hpp"
#include "objects/class.hpp"
#include "objects/format.hpp"
#include "objects/containers.hpp"
#include "objects/str.hpp"
#include "vm/debug_state.hpp"
#include "vm/interpreter.hpp"

namespace stk {

// math, random, time, collections, itertools (builtins/modules.cpp, declared here
// as objects/bootstrap.hpp declares install_builtins_module: builtins rank above vm).
Module* create_builtin_module(Runtime& rt, std::string_view name);

Value load_global_slow(Runtime& rt, Dict* globals, Str* name) {
  (void)globals;
  Value v = dict_get_str(rt.builtins->dict, name);
  if (v) return v;
  return rt.raise(rt.exc.NameError, "name '" + std::string(sv(name)) + "' is not defined");
}

Value load_global_cached(Runtime& rt, Dict* globals, Str* name, GlobalCache& cache) {
  std::int32_t ix = dict_entry_index_str(globals, name);
  if (ix >= 0) {
    cache = GlobalCache{globals, globals->version, 0, ix, false};
    return globals->entries[static_cast<std::size_t>(ix)].value;
  }
  Dict* builtins = rt.builtins->dict;
  ix = dict_entry_index_str(builtins, name);
  if (ix >= 0) {
    cache = GlobalCache{globals, globals->version, builtins->version, ix, true};
    return builtins->entries[static_cast<std::size_t>(ix)].value;
  }
  return rt.raise(rt.exc.NameError, "name '" + std::string(sv(name)) + "' is not defined");
}

Value raise_unbound_local(Runtime& rt, Code* code, std::uint32_t index) {
  return rt.raise(rt.exc.UnboundLocalError, "cannot access local variable '" +
                                                std::string(sv(code->varnames[index])) +
                                                "' where it is not associated with a value");
}

Value raise_unbound_deref(Runtime& rt, Code* code, std::uint32_t index) {
  if (index < code->ncells())
    return rt.raise(rt.exc.UnboundLocalError, "cannot access local variable '" +
                                                  std::string(sv(code->cellvars[index])) +
                                                  "' where it is not associated with a value");
  Str* name = code->freevars[index - code->ncells()];
  return rt.raise(rt.exc.NameError, "cannot access free variable '" + std::string(sv(name)) +
                                        "' where it is not associated with a value in enclosing scope");
}

namespace {

// An exception instance from `raise X`: instances as they are, classes called
// with no arguments. Null (TypeError raised) for anything else.
Value instantiate(Runtime& rt, Value v, const char* what) {
  if (v.is_obj() && v.obj()->kind == ObjKind::Exception) return v;
  if (v.is_obj() && v.obj()->kind == ObjKind::Type) {
    auto* t = v.as<Type>();
    if (ops::is_subtype(t, rt.exc.BaseException)) {
      Value args[1];
      Value e = rt.call(v, args, 0);
      if (!e) return Value();
      if (!(e.is_obj() && e.obj()->kind == ObjKind::Exception)) {
        rt.raise_type_error("calling " + ops::type_name(rt, v) +
                            " should have returned an instance of BaseException, not " +
                            ops::type_name(rt, e));
        return Value();
      }
      return e;
    }
  }
  rt.raise_type_error(what);
  return Value();
}

}  // namespace

Value do_raise(Runtime& rt, Value exc, Value cause, bool has_cause) {
  Root keep_exc(rt, exc), keep_cause(rt, cause);
  Value e = instantiate(rt, exc, "exceptions must derive from BaseException");
  if (!e) return Value();
  if (has_cause) {
    Value c;
    if (!cause.is(rt.None())) {
      c = instantiate(rt, cause, "exception causes must derive from BaseException");
      if (!c) return Value();
    }
    auto* ex = e.as<Exception>();
    ex->cause = c;
    ex->suppress_context = true;
  }
  rt.pending_exc = e;
  return Value();
}

int exception_match(Runtime& rt, Value exc, Value type) {
  auto check = [&](Value t) -> int {
    if (!(t.is_obj() && t.obj()->kind == ObjKind::Type && ops::is_subtype(t.as<Type>(), rt.exc.BaseException))) {
      rt.raise_type_error("catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return ops::isinstance(rt, exc, t.as<Type>()) ? 1 : 0;
  };
  if (type.is_obj() && type.obj()->kind == ObjKind::Tuple) {
    Tuple* t = type.as<Tuple>();
    int found = 0;
    for (std::size_t i = 0; i < t->size; ++i) {
      int m = check(t->items()[i]);
      if (m < 0) return -1;
      if (m) found = 1;
    }
    return found;
  }
  return check(type);
}

namespace {

// Collects up to `limit` items of `seq` into `items` (limit < 0: all). The
// items live in a rooted heap list while the iterator runs Python code (a
// generator may allocate and collect).
bool collect(Runtime& rt, Value seq, List* collected, bool& more, std::int64_t limit) {
  Root keep_seq(rt, seq);
  std::vector<Value>& items = collected->items;
  more = false;
  if (seq.is_obj() && seq.obj()->kind == ObjKind::List) {
    const auto& v = seq.as<List>()->items;
    std::size_t n = limit < 0 ? v.size() : std::min(v.size(), static_cast<std::size_t>(limit));
    items.assign(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
    more = n < v.size();
    return true;
  }
  if (seq.is_obj() && seq.obj()->kind == ObjKind::Tuple) {
    Tuple* t = seq.as<Tuple>();
    std::size_t n = limit < 0 ? t->size : std::min(t->size, static_cast<std::size_t>(limit));
    items.assign(t->items(), t->items() + n);
    more = n < t->size;
    return true;
  }
  Value it = ops::iter(rt, seq);
  Root keep_it(rt, it);
  if (!it) {
    if (rt.exception_matches(rt.pending_exc, rt.exc.TypeError)) {
      rt.pending_exc = Value();
      rt.raise_type_error("cannot unpack non-iterable " + ops::type_name(rt, seq) + " object");
    }
    return false;
  }
  for (;;) {
    if (limit >= 0 && static_cast<std::int64_t>(items.size()) == limit) {
      Value extra = ops::next(rt, it);
      if (!extra) return false;
      more = !extra.is_stop();
      return true;
    }
    Value v = ops::next(rt, it);
    if (v.is_stop()) return true;
    if (!v) return false;
    items.push_back(v);
  }
}

}  // namespace

bool unpack_sequence(Runtime& rt, Value seq, std::uint32_t n, Value* out) {
  List* collected = rt.new_list();
  Root keep(rt, Value::object(collected));
  const std::vector<Value>& items = collected->items;
  bool more = false;
  if (!collect(rt, seq, collected, more, n)) return false;
  if (more) {
    rt.raise_value_error("too many values to unpack (expected " + std::to_string(n) + ")");
    return false;
  }
  if (items.size() < n) {
    rt.raise_value_error("not enough values to unpack (expected " + std::to_string(n) + ", got " +
                         std::to_string(items.size()) + ")");
    return false;
  }
  for (std::uint32_t i = 0; i < n; ++i) out[i] = items[n - 1 - i];
  return true;
}

bool unpack_ex(Runtime& rt, Value seq, std::uint32_t before, std::uint32_t after, Value* out) {
  List* collected = rt.new_list();
  Root keep(rt, Value::object(collected));
  const std::vector<Value>& items = collected->items;
  bool more = false;
  if (!collect(rt, seq, collected, more, -1)) return false;
  if (items.size() < before + after) {
    rt.raise_value_error("not enough values to unpack (expected at least " + std::to_string(before + after) +
                         ", got " + std::to_string(items.size()) + ")");
    return false;
  }
  std::size_t nmid = items.size() - before - after;
  List* mid = rt.new_list(nmid);
  mid->items.assign(items.begin() + before, items.begin() + static_cast<std::ptrdiff_t>(before + nmid));
  // Stack order, bottom to top: after items reversed, the list, before items reversed.
  std::uint32_t k = 0;
  for (std::size_t i = 0; i < after; ++i) out[k++] = items[items.size() - 1 - i];
  out[k++] = Value::object(mid);
  for (std::size_t i = 0; i < before; ++i) out[k++] = items[before - 1 - i];
  return true;
}

Value make_function(Runtime& rt, Code* code, Dict* globals, Value defaults, Value kwdefaults, Value closure) {
  Function* f = rt.heap.alloc<Function>(rt.types.function, ObjKind::Function);
  f->code = code;
  f->globals = globals;
  f->defaults = defaults ? defaults.as<Tuple>() : nullptr;
  f->kwdefaults = kwdefaults ? kwdefaults.as<Dict>() : nullptr;
  f->closure = closure ? closure.as<Tuple>() : nullptr;
  f->name = code->name;
  f->qualname = code->qualname;
  Value module = dict_get_str(globals, rt.names.__name__);
  f->module = module ? module : rt.None();
  f->attrs = nullptr;
  return Value::object(f);
}

Value format_value(Runtime& rt, Value v, std::uint32_t conversion, Value spec) {
  Value subject = v;
  if (conversion == 1) subject = ops::str(rt, v);
  if (conversion == 2) subject = ops::repr(rt, v);
  if (conversion == 3) {
    std::string text;
    if (!ascii_into(rt, v, text)) return Value();
    subject = Value::object(rt.new_str(text));
  }
  if (!subject) return Value();
  bool empty_spec = !spec || spec.as<Str>()->nbytes == 0;
  if (empty_spec) {
    if (subject.is_obj() && subject.obj()->type == rt.types.str) return subject;
    return ops::str(rt, subject);
  }
  return format_value_spec(rt, subject, sv(spec.as<Str>()));
}

Value build_string(Runtime& rt, const Value* items, std::uint32_t n) {
  std::string out;
  for (std::uint32_t i = 0; i < n; ++i) out.append(sv(items[i].as<Str>()));
  return Value::object(rt.new_str(out));
}

Value build_set(Runtime& rt, const Value* items, std::uint32_t n) {
  Set* s = new_set(rt, false);
  Root keep(rt, Value::object(s));  // hashing may run Python (and collect)
  for (std::uint32_t i = 0; i < n; ++i)
    if (set_add(rt, s, items[i]) < 0) return Value();
  return Value::object(s);
}

Value build_map(Runtime& rt, const Value* items, std::uint32_t npairs) {
  Dict* d = rt.new_dict();
  Root keep(rt, Value::object(d));  // hashing may run Python (and collect)
  for (std::uint32_t i = 0; i < npairs; ++i)
    if (!dict_set(rt, d, items[2 * i], items[2 * i + 1])) return Value();
  return Value::object(d);
}

bool dict_update_from(Runtime& rt, Dict* target, Value source, bool is_call_merge, Value callable) {
  if (!(source.is_obj() && source.obj()->kind == ObjKind::Dict)) {
    if (is_call_merge) {
      std::string fname = "function";
      if (callable.is_obj() && callable.obj()->kind == ObjKind::Function)
        fname = std::string(sv(callable.as<Function>()->qualname)) + "()";
      rt.raise_type_error(fname + " argument after ** must be a mapping, not " + ops::type_name(rt, source));
    } else {
      rt.raise_type_error("'" + ops::type_name(rt, source) + "' object is not a mapping");
    }
    return false;
  }
  Dict* src = source.as<Dict>();
  for (std::size_t i = 0; i < src->entries.size(); ++i) {
    const DictEntry e = src->entries[i];
    if (!e.key) continue;
    if (is_call_merge) {
      if (!(e.key.is_obj() && e.key.obj()->kind == ObjKind::Str)) {
        rt.raise_type_error("keywords must be strings");
        return false;
      }
      Value existing;
      int r = dict_get(rt, target, e.key, &existing);
      if (r < 0) return false;
      if (r > 0) {
        std::string fname = "function";
        if (callable.is_obj() && callable.obj()->kind == ObjKind::Function)
          fname = std::string(sv(callable.as<Function>()->qualname)) + "()";
        rt.raise_type_error(fname + " got multiple values for keyword argument '" +
                            std::string(sv(e.key.as<Str>())) + "'");
        return false;
      }
    }
    if (!dict_set(rt, target, e.key, e.value)) return false;
  }
  return true;
}

Value import_name(Runtime& rt, Str* name) {
  Value m = dict_get_str(rt.modules, name);
  if (m) return m;
  if (Module* builtin = create_builtin_module(rt, sv(name))) {
    dict_set_str(rt, rt.modules, name, Value::object(builtin));
    return Value::object(builtin);
  }
  std::string path = (rt.program_dir.empty() ? std::string(".") : rt.program_dir) + "/" + std::string(sv(name)) + ".py";
  std::ifstream in(path, std::ios::binary);
  if (!in) return rt.raise(rt.exc.ModuleNotFoundError, "No module named '" + std::string(sv(name)) + "'");
  std::stringstream buf;
  buf << in.rdbuf();
  std::string source = buf.str();
  Code* code;
  try {
    code = compile_module(rt, source, path);
  } catch (const CompileError& e) {
    std::string msg = e.message() + " (" + path + ", line " + std::to_string(e.location().line) + ")";
    Type* type = e.kind() == "NotImplementedError" ? rt.exc.NotImplementedError : rt.exc.SyntaxError;
    return rt.raise(type, msg);
  }
  rt.sources[path] = source;
  if (rt.dbg && rt.dbg->code_loaded) rt.dbg->code_loaded(rt, code);
  Module* module = rt.new_module(sv(name));
  dict_set_str(rt, module->dict, rt.names.__file__, Value::object(rt.new_str(path)));
  dict_set_str(rt, module->dict, rt.names.__builtins__, Value::object(rt.builtins));
  // Registered before running, so circular imports see the partial module (as CPython).
  dict_set_str(rt, rt.modules, name, Value::object(module));
  Root keep(rt, Value::object(module));
  Value r = run_module_nested(rt, code, module->dict);
  if (!r) {
    dict_del(rt, rt.modules, Value::object(name));
    return Value();
  }
  return Value::object(module);
}

Value import_from(Runtime& rt, Value module, Str* name) {
  Value v = ops::getattr(rt, module, name);
  if (v) return v;
  if (!rt.exception_matches(rt.pending_exc, rt.exc.AttributeError)) return Value();
  rt.pending_exc = Value();
  std::string mname = module.is_obj() && module.obj()->kind == ObjKind::Module
                          ? std::string(sv(module.as<Module>()->name))
                          : std::string("?");
  std::string where = " (unknown location)";
  if (module.is_obj() && module.obj()->kind == ObjKind::Module) {
    Value file = dict_get_str(module.as<Module>()->dict, rt.names.__file__);
    if (file && file.is_obj() && file.obj()->kind == ObjKind::Str) where = " (" + std::string(sv(file.as<Str>())) + ")";
  }
  return rt.raise(rt.exc.ImportError, "cannot import name '" + std::string(sv(name)) + "' from '" + mname + "'" + where);
}

bool lookup_context_manager(Runtime& rt, Value ctx, Value* enter, Value* exit_bound) {
  Type* t = ops::type_of(rt, ctx);
  *enter = mro_lookup(t, rt.intern("__enter__"));
  if (!*enter) {
    rt.raise_type_error("'" + std::string(sv(t->name)) + "' object does not support the context manager protocol");
    return false;
  }
  Value exit = mro_lookup(t, rt.intern("__exit__"));
  if (!exit) {
    rt.raise_type_error("'" + std::string(sv(t->name)) +
                        "' object does not support the context manager protocol (missed __exit__ method)");
    return false;
  }
  *exit_bound = bind_class_attr(rt, exit, ctx, t, false);
  return true;
}

bool load_method(Runtime& rt, Value obj, Str* name, Value* out) {
  // Instances of user classes: a plain function on the class, not shadowed by the
  // instance's own attributes, is pushed unbound with the instance (no bound method).
  if (obj.is_obj() && obj.obj()->kind == ObjKind::Instance && is_user_type(obj.obj()->type)) {
    Dict* attrs = obj.as<Instance>()->attrs;
    if (!attrs || !dict_get_str(attrs, name)) {
      Value m = mro_lookup(obj.obj()->type, name);
      if (m && m.is_obj() && m.obj()->kind == ObjKind::Function) {
        out[0] = m;
        out[1] = obj;
        return true;
      }
    }
  }
  // Methods of builtin types: push the unbound native and self, no bound object.
  if (obj.is_small() || (obj.is_obj() && obj.obj()->kind != ObjKind::Module && obj.obj()->kind != ObjKind::Type &&
                         obj.obj()->kind != ObjKind::Instance && obj.obj()->kind != ObjKind::Exception)) {
    Value m = ops::lookup_type_attr(ops::type_of(rt, obj), name);
    if (m && m.is_obj() && m.obj()->kind == ObjKind::NativeFn && !m.as<NativeFn>()->self) {
      out[0] = m;
      out[1] = obj;
      return true;
    }
  }
  Value attr = ops::getattr(rt, obj, name);
  if (!attr) return false;
  out[0] = attr;
  out[1] = Value();
  return true;
}

}  // namespace stk
