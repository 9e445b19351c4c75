// The `builtins` module: install_builtins_module creates rt.builtins and fills
// its dict with the builtin types, the exception types and the functions that
// are about objects in general (print, input, len, repr, isinstance, getattr...).
// Number functions live in builtins_numeric.cpp, iteration ones in
// builtins_iter.cpp. Error messages are CPython 3.11's, word for word.
#include <cstdio>
#include <iostream>
#include <string>

#include "builtins/builtins_internal.hpp"
#include "objects/bootstrap.hpp"
#include "objects/format.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"
#include "scheduler/events.hpp"

namespace stk {

void add_function(Runtime& rt, Dict* dict, std::string_view name, NativeFnPtr fn) {
  dict_set_str(rt, dict, rt.intern(name), Value::object(rt.new_native(name, fn)));
}

Type* std_stream_type(Runtime& rt) {
  Type*& t = rt.types.iterators[kStdStreamTypeSlot];
  if (!t) t = rt.new_type("TextIOWrapper", rt.types.object, ObjKind::Singleton, nullptr, Type::kBuiltin);
  return t;
}

int std_stream_kind(Runtime& rt, Value v) {
  if (!is_kind(v, ObjKind::Singleton) || v.obj()->type != rt.types.iterators[kStdStreamTypeSlot])
    return 0;
  return v.obj()->flags;
}

namespace {

// ---- output ----

// Where print() writes when file=None: sys.stdout, unless a program rebound it.
Value default_stdout(Runtime& rt) {
  if (!rt.sys) return Value::null();
  Value v = dict_get_str(rt.sys->dict, rt.intern("stdout"));
  return v.is_null() || std_stream_kind(rt, v) ? Value::null() : v;
}

bool write_to(Runtime& rt, Value file, int stream, std::string_view s) {
  if (stream == kStderr) {
    rt.write_stderr(s);
    return true;
  }
  if (file.is_null() || stream == kStdout) {
    rt.write_stdout(s);
    return true;
  }
  Value write = ops::getattr(rt, file, rt.intern("write"));
  if (write.is_null()) return false;
  Value arg = Value::object(rt.new_str(s));
  return !rt.call(write, &arg, 1).is_null();
}

bool sep_arg(Runtime& rt, Value v, const char* what, std::string& out, const char* dflt) {
  if (v.is_null() || v.is(rt.None())) {
    out = dflt;
    return true;
  }
  if (!is_kind(v, ObjKind::Str)) {
    rt.raise_type_error(std::string(what) + " must be None or a string, not " + ops::type_name(rt, v));
    return false;
  }
  out = sv(v.as<Str>());
  return true;
}

Value builtin_print(Runtime& rt, const ArgView& a) {
  if (!check_kwnames(rt, a, {"sep", "end", "file", "flush"}, "print")) return Value::null();
  std::string sep, end;
  if (!sep_arg(rt, find_kwarg(a, "sep"), "sep", sep, " ") ||
      !sep_arg(rt, find_kwarg(a, "end"), "end", end, "\n"))
    return Value::null();
  Value file = find_kwarg(a, "file");
  if (file.is_null() || file.is(rt.None())) file = default_stdout(rt);
  int stream = file.is_null() ? kStdout : std_stream_kind(rt, file);
  Root keep_file(rt, file);
  if (stream) {
    std::string out;
    for (std::size_t i = 0; i < a.npos; ++i) {
      if (i) out += sep;
      if (!ops::str_into(rt, a[i], out)) return Value::null();
    }
    out += end;
    write_to(rt, file, stream, out);
  } else {
    // A user file object gets one write() per piece, as CPython does.
    for (std::size_t i = 0; i < a.npos; ++i) {
      if (i && !write_to(rt, keep_file.get(), 0, sep)) return Value::null();
      std::string piece;
      if (!ops::str_into(rt, a[i], piece)) return Value::null();
      if (!write_to(rt, keep_file.get(), 0, piece)) return Value::null();
    }
    if (!write_to(rt, keep_file.get(), 0, end)) return Value::null();
  }
  Value flush = find_kwarg(a, "flush");
  if (!flush.is_null()) {
    int t = ops::truthy(rt, flush);
    if (t < 0) return Value::null();
    if (t) {
      if (stream == kStdout) {
        rt.flush_stdout();
      } else if (!stream) {
        Value f = ops::getattr(rt, keep_file.get(), rt.intern("flush"));
        if (f.is_null() || rt.call(f, nullptr, 0).is_null()) return Value::null();
      }
    }
  }
  return rt.None();
}

Value builtin_input(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "input") || !check_nargs(rt, a, "input", 0, 1)) return Value::null();
  if (a.npos == 1) {
    std::string prompt;
    if (!ops::str_into(rt, a[0], prompt)) return Value::null();
    rt.write_stdout(prompt);
  }
  rt.flush_stdout();
  std::fflush(stderr);
  events::waiting_outside(rt);
  std::string line;
  bool got_any = false;
  int c;
  while ((c = std::fgetc(stdin)) != EOF) {
    got_any = true;
    if (c == '\n') break;
    line += static_cast<char>(c);
  }
  if (!got_any) return rt.raise(rt.exc.EOFError, "EOF when reading a line");
  return Value::object(rt.new_str(line));
}

// ---- objects in general ----

Value builtin_len(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "len")) return Value::null();
  std::int64_t n;
  if (!ops::len(rt, a[0], &n)) return Value::null();
  return make_int(rt, n);
}

Value builtin_repr(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "repr")) return Value::null();
  return ops::repr(rt, a[0]);
}

Value builtin_ascii(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "ascii")) return Value::null();
  std::string r;
  if (!ops::repr_into(rt, a[0], r)) return Value::null();
  std::string out;
  for (std::size_t i = 0; i < r.size();) {
    auto c = static_cast<unsigned char>(r[i]);
    if (c < 0x80) {
      out += r[i++];
      continue;
    }
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    std::uint32_t cp = n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (std::size_t k = 1; k < n && i + k < r.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(r[i + k]) & 0x3Fu);
    i += n;
    char buf[16];
    if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return Value::object(rt.new_str(out));
}

Value builtin_hash(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "hash")) return Value::null();
  std::int64_t h;
  if (!ops::hash(rt, a[0], &h)) return Value::null();
  return make_int(rt, h);
}

Value builtin_id(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "id")) return Value::null();
  return make_int(rt, static_cast<std::int64_t>(a[0].bits() & 0x7FFFFFFFFFFFFFFFULL));
}

Value builtin_callable(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "callable")) return Value::null();
  return rt.boolean(ops::is_callable(rt, a[0]));
}

// 1 match, 0 no match, -1 error (bad classinfo).
int isinstance_rec(Runtime& rt, Value obj, Value cls, bool subclass, int depth) {
  if (is_kind(cls, ObjKind::Type)) {
    if (subclass) return ops::is_subtype(obj.as<Type>(), cls.as<Type>()) ? 1 : 0;
    return ops::isinstance(rt, obj, cls.as<Type>()) ? 1 : 0;
  }
  if (is_kind(cls, ObjKind::Tuple) && depth < 1000) {
    Tuple* t = cls.as<Tuple>();
    for (std::size_t i = 0; i < t->size; ++i) {
      int r = isinstance_rec(rt, obj, t->items()[i], subclass, depth + 1);
      if (r != 0) return r;
    }
    return 0;
  }
  rt.raise_type_error(subclass
                          ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                          : "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

Value builtin_isinstance(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "isinstance") || !check_nargs(rt, a, "isinstance", 2, 2))
    return Value::null();
  int r = isinstance_rec(rt, a[0], a[1], false, 0);
  return r < 0 ? Value::null() : rt.boolean(r == 1);
}

Value builtin_issubclass(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "issubclass") || !check_nargs(rt, a, "issubclass", 2, 2))
    return Value::null();
  if (!is_kind(a[0], ObjKind::Type)) return rt.raise_type_error("issubclass() arg 1 must be a class");
  int r = isinstance_rec(rt, a[0], a[1], true, 0);
  return r < 0 ? Value::null() : rt.boolean(r == 1);
}

Str* attr_name(Runtime& rt, Value v) {
  if (!is_kind(v, ObjKind::Str)) {
    rt.raise_type_error("attribute name must be string, not '" + ops::type_name(rt, v) + "'");
    return nullptr;
  }
  return rt.intern(sv(v.as<Str>()));
}

Value builtin_getattr(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "getattr") || !check_nargs(rt, a, "getattr", 2, 3)) return Value::null();
  Str* name = attr_name(rt, a[1]);
  if (!name) return Value::null();
  Value dflt = a.npos == 3 ? a[2] : Value::null();
  Root keep(rt, dflt);
  Value r = ops::getattr(rt, a[0], name);
  if (r.is_null() && !keep.get().is_null() &&
      rt.exception_matches(rt.pending_exc, rt.exc.AttributeError)) {
    rt.pending_exc = Value::null();
    return keep.get();
  }
  return r;
}

Value builtin_setattr(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "setattr") || !check_nargs(rt, a, "setattr", 3, 3)) return Value::null();
  Str* name = attr_name(rt, a[1]);
  if (!name || !ops::setattr(rt, a[0], name, a[2])) return Value::null();
  return rt.None();
}

Value builtin_delattr(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "delattr") || !check_nargs(rt, a, "delattr", 2, 2)) return Value::null();
  Str* name = attr_name(rt, a[1]);
  if (!name || !ops::delattr(rt, a[0], name)) return Value::null();
  return rt.None();
}

Value builtin_hasattr(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "hasattr") || !check_nargs(rt, a, "hasattr", 2, 2)) return Value::null();
  Str* name = attr_name(rt, a[1]);
  if (!name) return Value::null();
  Value r = ops::getattr(rt, a[0], name);
  if (r.is_null()) {
    if (rt.exception_matches(rt.pending_exc, rt.exc.AttributeError)) {
      rt.pending_exc = Value::null();
      return rt.False();
    }
    return r;
  }
  return rt.True();
}

}  // namespace

void install_builtins_module(Runtime& rt) {
  rt.builtins = rt.new_module("builtins");
  Dict* d = rt.builtins->dict;
  auto add_type = [&](std::string_view name, Type* t) {
    if (t) dict_set_str(rt, d, rt.intern(name), Value::object(t));
  };
  add_type("int", rt.types.int_);
  add_type("float", rt.types.float_);
  add_type("str", rt.types.str);
  add_type("bool", rt.types.bool_);
  add_type("list", rt.types.list);
  add_type("tuple", rt.types.tuple);
  add_type("dict", rt.types.dict);
  add_type("set", rt.types.set);
  add_type("frozenset", rt.types.frozenset);
  add_type("range", rt.types.range);
  add_type("slice", rt.types.slice);
  add_type("type", rt.types.type);
  add_type("object", rt.types.object);
  add_type("property", rt.types.property);
  add_type("classmethod", rt.types.classmethod);
  add_type("staticmethod", rt.types.staticmethod);
  add_type("super", rt.types.super);
  add_type("enumerate", rt.types.iterators[static_cast<int>(IterKind::Enumerate)]);
  add_type("zip", rt.types.iterators[static_cast<int>(IterKind::Zip)]);
  add_type("map", rt.types.iterators[static_cast<int>(IterKind::Map)]);
  add_type("filter", rt.types.iterators[static_cast<int>(IterKind::Filter)]);
  add_type("reversed", rt.types.iterators[kReversedTypeSlot]);
#define STK_X(field, name, base) add_type(name, rt.exc.field);
  STK_EXCEPTION_TYPES(STK_X)
#undef STK_X
  if (rt.not_implemented)
    dict_set_str(rt, d, rt.intern("NotImplemented"), Value::object(rt.not_implemented));
  if (rt.ellipsis) dict_set_str(rt, d, rt.intern("Ellipsis"), Value::object(rt.ellipsis));

  add_function(rt, d, "print", builtin_print);
  add_function(rt, d, "input", builtin_input);
  add_function(rt, d, "len", builtin_len);
  add_function(rt, d, "repr", builtin_repr);
  add_function(rt, d, "ascii", builtin_ascii);
  add_function(rt, d, "format", builtin_format);
  add_function(rt, d, "hash", builtin_hash);
  add_function(rt, d, "id", builtin_id);
  add_function(rt, d, "callable", builtin_callable);
  add_function(rt, d, "isinstance", builtin_isinstance);
  add_function(rt, d, "issubclass", builtin_issubclass);
  add_function(rt, d, "getattr", builtin_getattr);
  add_function(rt, d, "setattr", builtin_setattr);
  add_function(rt, d, "delattr", builtin_delattr);
  add_function(rt, d, "hasattr", builtin_hasattr);
  install_numeric_builtins(rt, d);
  install_iter_builtins(rt, d);
  if (rt.modules) dict_set_str(rt, rt.modules, rt.intern("builtins"), Value::object(rt.builtins));
}

}  // namespace stk
