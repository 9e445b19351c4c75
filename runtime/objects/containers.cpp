// The dispatch half of containers.hpp: ops.cpp forwards any container kind here
// and these functions pick the family (tuple.cpp, list.cpp, dict.cpp, ...).
// Also the small shared helpers of container_internal.hpp (argument checks,
// index conversion, the repr recursion guard) and install_container_methods.
// Invariant: "not applicable" is NotImplemented / -2 WITHOUT a pending exception.
#include <gmp.h>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

// ---------------------------------------------------------------------------
// Argument checking
// ---------------------------------------------------------------------------

bool check_no_kwargs_failed(Runtime& rt, std::string_view name) {
  rt.raise_type_error(std::string(name) + "() takes no keyword arguments");
  return false;
}

bool check_one_arg_failed(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip) {
  if (!check_no_kwargs(rt, a, name)) return false;
  if (a.npos == skip + 1) return true;
  rt.raise_type_error(std::string(name) + "() takes exactly one argument (" +
                      std::to_string(a.npos - skip) + " given)");
  return false;
}

bool check_no_args_failed(Runtime& rt, const ArgView& a, std::string_view name, std::size_t skip) {
  if (!check_no_kwargs(rt, a, name)) return false;
  if (a.npos == skip) return true;
  rt.raise_type_error(std::string(name) + "() takes no arguments (" +
                      std::to_string(a.npos - skip) + " given)");
  return false;
}

bool check_nargs(Runtime& rt, const ArgView& a, std::string_view name, std::size_t min,
                 std::size_t max, std::size_t skip) {
  std::size_t n = a.npos - skip;
  if (n >= min && n <= max) return true;
  std::string msg(name);
  std::size_t shown;
  if (min == max) {
    msg += " expected ";
    shown = min;
  } else if (n < min) {
    msg += " expected at least ";
    shown = min;
  } else {
    msg += " expected at most ";
    shown = max;
  }
  msg += std::to_string(shown) + (shown == 1 ? " argument, got " : " arguments, got ") +
         std::to_string(n);
  rt.raise_type_error(msg);
  return false;
}

Value find_kwarg(const ArgView& a, std::string_view name) {
  for (std::size_t i = 0; i < a.nkw(); ++i) {
    if (sv(a.kwnames->items()[i].as<Str>()) == name) return a.kwvalues[i];
  }
  return Value::null();
}

bool check_kwnames(Runtime& rt, const ArgView& a, std::initializer_list<std::string_view> allowed,
                   std::string_view fname) {
  for (std::size_t i = 0; i < a.nkw(); ++i) {
    std::string_view k = sv(a.kwnames->items()[i].as<Str>());
    if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
      rt.raise_type_error("'" + std::string(k) + "' is an invalid keyword argument for " +
                          std::string(fname) + "()");
      return false;
    }
  }
  return true;
}

// ---------------------------------------------------------------------------
// Integers as indices
// ---------------------------------------------------------------------------

int as_int64(Value v, std::int64_t* out) {
  if (v.is_small()) {
    *out = v.small_value();
    return 1;
  }
  if (!v.is_obj()) return 0;
  switch (v.obj()->kind) {
    case ObjKind::Bool:
      *out = v.as<BoolObj>()->value ? 1 : 0;
      return 1;
    case ObjKind::BigInt: {
      mpz_srcptr z = v.as<BigInt>()->z;
      if (!mpz_fits_slong_p(z)) return -1;
      *out = mpz_get_si(z);
      return 1;
    }
    default:
      return 0;
  }
}

bool seq_index(Runtime& rt, Value v, const char* noun, std::int64_t* out) {
  int r = as_int64(v, out);
  if (r == 1) return true;
  if (r == -1) {
    rt.raise(rt.exc.IndexError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  rt.raise_type_error(std::string(noun) + " indices must be integers or slices, not " +
                      ops::type_name(rt, v));
  return false;
}

bool int_arg(Runtime& rt, Value v, std::int64_t* out) {
  int r = as_int64(v, out);
  if (r == 1) return true;
  if (r == -1) {
    rt.raise(rt.exc.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  rt.raise_type_error("'" + ops::type_name(rt, v) + "' object cannot be interpreted as an integer");
  return false;
}

bool clamped_index_arg(Runtime& rt, Value v, std::int64_t* out) {
  int r = as_int64(v, out);
  if (r == 1) return true;
  if (r == -1) {
    *out = mpz_sgn(v.as<BigInt>()->z) < 0 ? INT64_MIN : INT64_MAX;
    return true;
  }
  rt.raise_type_error("slice indices must be integers or have an __index__ method");
  return false;
}

// ---------------------------------------------------------------------------
// Creation, registration, repr guard
// ---------------------------------------------------------------------------

void add_method(Runtime& rt, Type* t, std::string_view name, NativeFnPtr fn) {
  dict_set_str(rt, t->dict, rt.intern(name), Value::object(rt.new_native(name, fn)));
}

Iterator* new_iterator(Runtime& rt, IterKind kind, Type* type) {
  if (!type) type = rt.types.iterators[static_cast<int>(kind)];
  auto* it = rt.heap.alloc<Iterator>(type, ObjKind::Iterator);
  it->flags = static_cast<std::uint16_t>(kind);
  return it;
}

// Objects whose repr is in progress on this thread (one Runtime per thread at a time).
static thread_local std::vector<Obj*> g_repr_stack;

bool repr_enter(Obj* o) {
  if (std::find(g_repr_stack.begin(), g_repr_stack.end(), o) != g_repr_stack.end()) return false;
  g_repr_stack.push_back(o);
  return true;
}

void repr_leave(Obj* o) {
  if (!g_repr_stack.empty() && g_repr_stack.back() == o) g_repr_stack.pop_back();
}

std::int64_t pointer_hash(const void* p) {
  auto y = reinterpret_cast<std::uint64_t>(p);
  y = (y >> 4) | (y << 60);  // CPython's _Py_HashPointerRaw
  auto h = static_cast<std::int64_t>(y);
  return h == -1 ? -2 : h;
}

Value str_from_codepoint(Runtime& rt, std::uint32_t cp) {
  char buf[4];
  std::size_t n;
  if (cp < 0x80) {
    buf[0] = static_cast<char>(cp);
    n = 1;
  } else if (cp < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (cp >> 6));
    buf[1] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (cp >> 12));
    buf[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    buf[0] = static_cast<char>(0xF0 | (cp >> 18));
    buf[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    buf[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    buf[3] = static_cast<char>(0x80 | (cp & 0x3F));
    n = 4;
  }
  // Single ASCII characters are interned, as CPython caches 1-char latin-1 strings.
  if (n == 1) return Value::object(rt.intern(std::string_view(buf, 1)));
  return Value::object(rt.new_str(std::string_view(buf, n)));
}

// ---------------------------------------------------------------------------
// Dispatch
// ---------------------------------------------------------------------------

// A List-layout object of another type (collections.deque, builtins/mod_collections.cpp)
// defers repr, indexing, + and * to its type's natives when it defines them.
// Value::stop() when the type has no such native (then the list behaviour applies).
static Value call_list_variant(Runtime& rt, Value self, const char* method, Value arg) {
  Value fn = ops::lookup_type_attr(self.obj()->type, rt.intern(method));
  if (!fn) return Value::stop();
  Value args[2] = {self, arg};
  return rt.call(fn, args, arg ? 2 : 1);
}
static bool is_list_variant(Runtime& rt, Value v) {
  return v.is_obj() && v.obj()->kind == ObjKind::List && v.obj()->type != rt.types.list;
}

bool is_container_kind(ObjKind k) {
  switch (k) {
    case ObjKind::Tuple: case ObjKind::List: case ObjKind::Dict: case ObjKind::Set:
    case ObjKind::Range: case ObjKind::Slice: case ObjKind::DictView: case ObjKind::Iterator:
      return true;
    default:
      return false;
  }
}

bool container_repr(Runtime& rt, Value v, std::string& out) {
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::Tuple: return tuple_repr(rt, static_cast<Tuple*>(o), out);
    case ObjKind::List:
      if (is_list_variant(rt, v)) {
        Value r = call_list_variant(rt, v, "__repr__", Value::null());
        if (r.is_null()) return false;
        if (!r.is_stop()) {
          out += sv(r.as<Str>());
          return true;
        }
      }
      return list_repr(rt, static_cast<List*>(o), out);
    case ObjKind::Dict: return dict_repr(rt, static_cast<Dict*>(o), out);
    case ObjKind::Set: return set_repr(rt, static_cast<Set*>(o), out);
    case ObjKind::Range: return range_repr(rt, static_cast<Range*>(o), out);
    case ObjKind::Slice: return slice_repr(rt, static_cast<Slice*>(o), out);
    case ObjKind::DictView: return dict_view_repr(rt, static_cast<DictView*>(o), out);
    default: {
      char buf[64];
      std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(o));
      out += "<";
      out += sv(o->type->name);
      out += buf;
      return true;
    }
  }
}

int container_eq(Runtime& rt, Value a, Value b) {
  if (a.is(b)) return 1;
  if (!a.is_obj() || !b.is_obj()) return -2;
  ObjKind ka = a.obj()->kind, kb = b.obj()->kind;
  if (ka == ObjKind::DictView) return dict_view_eq(rt, a.as<DictView>(), b);
  if (kb == ObjKind::DictView) return dict_view_eq(rt, b.as<DictView>(), a);
  if (ka != kb) return -2;
  switch (ka) {
    case ObjKind::Tuple: case ObjKind::List: case ObjKind::Set: case ObjKind::Range:
    case ObjKind::Slice: {
      Value r = container_compare(rt, CmpOp::Eq, a, b);
      if (r.is_null()) return -1;
      if (r.is(not_impl(rt))) return -2;
      return ops::truthy(rt, r);
    }
    case ObjKind::Dict: return dict_equal(rt, a.as<Dict>(), b.as<Dict>());
    default: return -2;
  }
}

// Slices compare as (start, stop, step) tuples.
static Value slice_compare(Runtime& rt, CmpOp op, Slice* a, Slice* b) {
  Value x[3] = {a->start, a->stop, a->step};
  Value y[3] = {b->start, b->stop, b->step};
  return seq_compare(rt, op, x, 3, y, 3);
}

Value container_compare(Runtime& rt, CmpOp op, Value a, Value b) {
  if (!a.is_obj() || !b.is_obj()) return not_impl(rt);
  ObjKind ka = a.obj()->kind, kb = b.obj()->kind;
  if (ka == ObjKind::DictView || kb == ObjKind::DictView) return dict_view_compare(rt, op, a, b);
  if (ka != kb) return not_impl(rt);
  switch (ka) {
    case ObjKind::Tuple: {
      auto *x = a.as<Tuple>(), *y = b.as<Tuple>();
      return seq_compare(rt, op, x->items(), x->size, y->items(), y->size);
    }
    case ObjKind::List: {
      if (a.obj()->type != b.obj()->type && (is_list_variant(rt, a) || is_list_variant(rt, b)))
        return not_impl(rt);  // deque([1]) != [1]
      // Copies: a user __eq__ may mutate either list while we walk it.
      std::vector<Value> x = a.as<List>()->items, y = b.as<List>()->items;
      return seq_compare(rt, op, x.data(), x.size(), y.data(), y.size());
    }
    case ObjKind::Set: return set_compare(rt, op, a.as<Set>(), b.as<Set>());
    case ObjKind::Range: return range_compare(rt, op, a.as<Range>(), b.as<Range>());
    case ObjKind::Slice: return slice_compare(rt, op, a.as<Slice>(), b.as<Slice>());
    case ObjKind::Dict:
      if (op == CmpOp::Eq || op == CmpOp::Ne) {
        int r = dict_equal(rt, a.as<Dict>(), b.as<Dict>());
        if (r < 0) return Value::null();
        return rt.boolean((r == 1) == (op == CmpOp::Eq));
      }
      return not_impl(rt);
    default:
      return not_impl(rt);
  }
}

static bool unhashable(Runtime& rt, Value v) {
  rt.raise_type_error("unhashable type: '" + ops::type_name(rt, v) + "'");
  return false;
}

bool container_hash(Runtime& rt, Value v, std::int64_t* out) {
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::Tuple: return tuple_hash(rt, static_cast<Tuple*>(o), out);
    case ObjKind::Set:
      if (!(o->flags & Set::kFrozen)) return unhashable(rt, v);
      *out = frozenset_hash(static_cast<Set*>(o));
      return true;
    case ObjKind::Range: {
      // CPython hashes (len, start, step) with None for the parts that don't matter.
      auto* r = static_cast<Range*>(o);
      Tuple* t = rt.new_tuple(3);
      t->items()[0] = make_int(rt, r->length);
      t->items()[1] = r->length == 0 ? rt.None() : make_int(rt, r->start);
      t->items()[2] = r->length <= 1 ? rt.None() : make_int(rt, r->step);
      return tuple_hash(rt, t, out);
    }
    case ObjKind::List: case ObjKind::Dict: case ObjKind::Slice:
      return unhashable(rt, v);
    default:
      *out = pointer_hash(o);
      return true;
  }
}

Value container_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  ObjKind ka = a.is_obj() ? a.obj()->kind : ObjKind::None;
  ObjKind kb = b.is_obj() ? b.obj()->kind : ObjKind::None;
  // Views first: `[1, 2] - d.keys()` is the view's reflected operator.
  if (ka == ObjKind::DictView || kb == ObjKind::DictView) return dict_view_binary(rt, op, a, b);
  if (op == BinOp::Add && is_list_variant(rt, a)) {
    // `d += iterable` extends in place, as deque.__iadd__.
    Value r = call_list_variant(rt, a, inplace ? "extend" : "__add__", b);
    if (!r.is_stop()) return r.is_null() || !inplace ? r : a;
  } else if (op == BinOp::Add && ka == ObjKind::List && is_list_variant(rt, b)) {
    return rt.raise_type_error("can only concatenate list (not \"" + ops::type_name(rt, b) + "\") to list");
  } else if (op == BinOp::Mul && (is_list_variant(rt, a) || is_list_variant(rt, b))) {
    Value self = is_list_variant(rt, a) ? a : b;
    Value r = call_list_variant(rt, self, "__mul__", self.is(a) ? b : a);
    if (!r.is_stop()) return r;
  }
  if (ka == ObjKind::List || (kb == ObjKind::List && op == BinOp::Mul))
    return list_binary(rt, op, a, b, inplace);
  if (ka == ObjKind::Tuple || (kb == ObjKind::Tuple && op == BinOp::Mul))
    return tuple_binary(rt, op, a, b);
  if (ka == ObjKind::Dict) return dict_binary(rt, op, a, b, inplace);
  if (ka == ObjKind::Set) return set_binary(rt, op, a, b, inplace);
  return not_impl(rt);
}

Value container_getitem(Runtime& rt, Value obj, Value key) {
  Obj* o = obj.obj();
  switch (o->kind) {
    case ObjKind::List:
      if (is_list_variant(rt, obj)) {
        Value r = call_list_variant(rt, obj, "__getitem__", key);
        if (!r.is_stop()) return r;
      }
      return list_getitem(rt, static_cast<List*>(o), key);
    case ObjKind::Tuple: return tuple_getitem(rt, static_cast<Tuple*>(o), key);
    case ObjKind::Range: return range_getitem(rt, static_cast<Range*>(o), key);
    case ObjKind::Dict: {
      Value out;
      int r = dict_get(rt, static_cast<Dict*>(o), key, &out);
      if (r < 0) return Value::null();
      if (r == 0) return rt.raise_key_error(key);
      return out;
    }
    default:
      return not_impl(rt);
  }
}

bool container_setitem(Runtime& rt, Value obj, Value key, Value value) {
  Obj* o = obj.obj();
  switch (o->kind) {
    case ObjKind::List: return list_setitem(rt, static_cast<List*>(o), key, value);
    case ObjKind::Dict: return dict_set(rt, static_cast<Dict*>(o), key, value);
    default:
      rt.raise_type_error("'" + ops::type_name(rt, obj) +
                          "' object does not support item assignment");
      return false;
  }
}

bool container_delitem(Runtime& rt, Value obj, Value key) {
  Obj* o = obj.obj();
  switch (o->kind) {
    case ObjKind::List: return list_delitem(rt, static_cast<List*>(o), key);
    case ObjKind::Dict: {
      int r = dict_del(rt, static_cast<Dict*>(o), key);
      if (r < 0) return false;
      if (r == 0) {
        rt.raise_key_error(key);
        return false;
      }
      return true;
    }
    default:
      rt.raise_type_error("'" + ops::type_name(rt, obj) + "' object doesn't support item deletion");
      return false;
  }
}

static int seq_contains(Runtime& rt, const std::vector<Value>& items, Value item) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    int r = ops::eq(rt, items[i], item);
    if (r != 0) return r;
  }
  return 0;
}

int container_contains(Runtime& rt, Value container, Value item) {
  Obj* o = container.obj();
  switch (o->kind) {
    case ObjKind::List: {
      List* l = static_cast<List*>(o);
      for (std::size_t i = 0; i < l->items.size(); ++i) {
        Value x = l->items[i];
        if (x.is(item)) return 1;
        int r = ops::eq(rt, x, item);
        if (r != 0) return r;
      }
      return 0;
    }
    case ObjKind::Tuple: {
      Tuple* t = static_cast<Tuple*>(o);
      for (std::size_t i = 0; i < t->size; ++i) {
        int r = ops::eq(rt, t->items()[i], item);
        if (r != 0) return r;
      }
      return 0;
    }
    case ObjKind::Dict: {
      Value out;
      return dict_get(rt, static_cast<Dict*>(o), item, &out);
    }
    case ObjKind::Set: return set_contains(rt, static_cast<Set*>(o), item);
    case ObjKind::Range: return range_contains(rt, static_cast<Range*>(o), item);
    case ObjKind::DictView: return dict_view_contains(rt, static_cast<DictView*>(o), item);
    case ObjKind::Iterator: {
      Root keep(rt, item);
      for (;;) {
        Value x = ops::next(rt, container);
        if (x.is_null()) return -1;
        if (x.is_stop()) return 0;
        int r = ops::eq(rt, x, keep.get());
        if (r != 0) return r;
      }
    }
    default:
      (void)seq_contains;
      return -2;
  }
}

Value container_iter(Runtime& rt, Value v) {
  if (!v.is_obj()) return not_impl(rt);
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::List: {
      Iterator* it = new_iterator(rt, IterKind::List);
      it->a = v;
      return Value::object(it);
    }
    case ObjKind::Tuple: {
      Iterator* it = new_iterator(rt, IterKind::Tuple);
      it->a = v;
      return Value::object(it);
    }
    case ObjKind::Str: return str_iter(rt, static_cast<Str*>(o));
    case ObjKind::Dict: {
      Iterator* it = new_iterator(rt, IterKind::DictKeys);
      it->a = v;
      it->j = static_cast<std::int64_t>(static_cast<Dict*>(o)->used);
      return Value::object(it);
    }
    case ObjKind::DictView: {
      auto* dv = static_cast<DictView*>(o);
      IterKind k = dv->flags == 0 ? IterKind::DictKeys
                   : dv->flags == 1 ? IterKind::DictValues : IterKind::DictItems;
      Iterator* it = new_iterator(rt, k);
      it->a = Value::object(dv->dict);
      it->j = static_cast<std::int64_t>(dv->dict->used);
      return Value::object(it);
    }
    case ObjKind::Set: {
      Iterator* it = new_iterator(rt, IterKind::Set);
      it->a = v;
      it->j = static_cast<std::int64_t>(static_cast<Set*>(o)->used);
      return Value::object(it);
    }
    case ObjKind::Range: {
      auto* r = static_cast<Range*>(o);
      Iterator* it = new_iterator(rt, IterKind::Range);
      it->i = r->start;
      it->j = r->length;
      it->k = r->step;
      return Value::object(it);
    }
    case ObjKind::Iterator: return v;
    default: return not_impl(rt);
  }
}

bool container_len(Runtime& rt, Value v, std::int64_t* out) {
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::List: *out = static_cast<std::int64_t>(static_cast<List*>(o)->items.size()); return true;
    case ObjKind::Tuple: *out = static_cast<std::int64_t>(static_cast<Tuple*>(o)->size); return true;
    case ObjKind::Dict: *out = static_cast<std::int64_t>(static_cast<Dict*>(o)->used); return true;
    case ObjKind::Set: *out = static_cast<std::int64_t>(static_cast<Set*>(o)->used); return true;
    case ObjKind::Range: *out = static_cast<Range*>(o)->length; return true;
    case ObjKind::DictView:
      *out = static_cast<std::int64_t>(static_cast<DictView*>(o)->dict->used);
      return true;
    default:
      rt.raise_type_error("object of type '" + ops::type_name(rt, v) + "' has no len()");
      return false;
  }
}

Value container_getattr(Runtime& rt, Value obj, Str* name) {
  Obj* o = obj.obj();
  std::string_view n = sv(name);
  if (is_list_variant(rt, obj) && n == "maxlen") {
    // collections.deque keeps maxlen in `aux`: 0 = None, else maxlen + 1.
    return o->aux ? make_int(rt, static_cast<std::int64_t>(o->aux) - 1) : rt.None();
  }
  if (o->kind == ObjKind::Range) {
    auto* r = static_cast<Range*>(o);
    if (n == "start") return make_int(rt, r->start);
    if (n == "stop") return make_int(rt, r->stop);
    if (n == "step") return make_int(rt, r->step);
  } else if (o->kind == ObjKind::Slice) {
    auto* s = static_cast<Slice*>(o);
    if (n == "start") return s->start;
    if (n == "stop") return s->stop;
    if (n == "step") return s->step;
  } else if (o->kind == ObjKind::DictView && n == "mapping") {
    return Value::object(static_cast<DictView*>(o)->dict);
  }
  return Value::stop();
}

Tuple* tuple_from(Runtime& rt, const Value* items, std::size_t n) {
  Tuple* t = rt.new_tuple(n);
  for (std::size_t i = 0; i < n; ++i) t->items()[i] = items[i];
  return t;
}

void install_container_methods(Runtime& rt) {
  install_iterator_types(rt);
  install_tuple_methods(rt);
  install_list_methods(rt);
  install_dict_methods(rt);
  install_dict_view_methods(rt);
  install_set_methods(rt);
  install_range_methods(rt);
  install_slice_methods(rt);
}

}  // namespace stk
