// Every builtin iterator: one Iterator layout, the IterKind in `flags`, and one
// `iterator_next` switch. Field use per kind (itertools constructors must
// follow it):
//   List, Tuple       a = sequence (null when exhausted), i = next index
//   Str               a = str (null when exhausted), i = byte offset of the next char
//   Range             i = next value, j = values left, k = step (raw int64, no allocation)
//   DictKeys/Values/Items  a = dict, i = entry position, j = size at creation (-1: changed)
//   Set               a = set, i = table position, j = size at creation (-1: changed)
//   Enumerate         a = source iterator, b = next count (int)
//   Zip               a = tuple of iterators (null when exhausted)
//   Map               a = function, b = tuple of iterators
//   Filter            a = predicate (None: truthiness), b = source iterator
//   ListReverse       a = list/tuple/str (null when exhausted), i = next index
//                     (for a str: byte offset just past the next char)
//   CallableSentinel  a = callable (null when exhausted), b = sentinel
//   SeqGetItem        a = object with __getitem__ (null when exhausted), i = next index
//   Count             a = next value, b = step
//   Islice            a = source iterator (null when exhausted), i = next index to
//                     yield, j = stop (-1: none), k = step, c = items consumed (int)
//   Chain             a = iterator over the iterables, b = current iterator (or null)
//   Cycle             a = source iterator (null once exhausted), b = list of saved
//                     items, i = replay position
// Also the types and constructors of enumerate, zip, map, filter and reversed.
#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

std::size_t utf8_len(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  return 4;
}

std::uint32_t utf8_decode(const unsigned char* p, std::size_t n) {
  switch (n) {
    case 1: return p[0];
    case 2: return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    case 3: return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    default:
      return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  }
}

Value char_at(Runtime& rt, Str* s, std::size_t offset, std::size_t n) {
  auto* p = reinterpret_cast<const unsigned char*>(s->data()) + offset;
  return str_from_codepoint(rt, utf8_decode(p, n));
}

Value dict_iter_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  Dict* d = it->a.as<Dict>();
  if (it->j < 0 || static_cast<std::int64_t>(d->used) != it->j) {
    it->j = -1;
    return rt.raise(rt.exc.RuntimeError, "dictionary changed size during iteration");
  }
  std::size_t pos = static_cast<std::size_t>(it->i);
  DictEntry* e;
  if (!dict_next(d, &pos, &e)) {
    it->a = Value::null();
    return Value::stop();
  }
  it->i = static_cast<std::int64_t>(pos);
  switch (it->iter_kind()) {
    case IterKind::DictKeys: return e->key;
    case IterKind::DictValues: return e->value;
    default: {
      Value kv[2] = {e->key, e->value};
      return Value::object(tuple_from(rt, kv, 2));
    }
  }
}

Value zip_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  Tuple* its = it->a.as<Tuple>();
  if (its->size == 0) return Value::stop();
  Tuple* result = rt.new_tuple(its->size);
  for (std::size_t i = 0; i < its->size; ++i) result->items()[i] = rt.None();
  Root keep(rt, Value::object(result));
  for (std::size_t i = 0; i < its->size; ++i) {
    Value x = ops::next(rt, its->items()[i]);
    if (x.is_null()) return x;
    if (x.is_stop()) {
      it->a = Value::null();
      return x;
    }
    result->items()[i] = x;
  }
  return Value::object(result);
}

Value map_next(Runtime& rt, Iterator* it) {
  Tuple* its = it->b.as<Tuple>();
  Tuple* args = rt.new_tuple(its->size);
  for (std::size_t i = 0; i < its->size; ++i) args->items()[i] = rt.None();
  Root keep(rt, Value::object(args));
  for (std::size_t i = 0; i < its->size; ++i) {
    Value x = ops::next(rt, its->items()[i]);
    if (x.is_null() || x.is_stop()) return x;
    args->items()[i] = x;
  }
  return rt.call(it->a, args->items(), args->size);
}

Value filter_next(Runtime& rt, Iterator* it) {
  Root keep_it(rt, Value::object(it));
  for (;;) {
    Value x = ops::next(rt, it->b);
    if (x.is_null() || x.is_stop()) return x;
    Root keep_x(rt, x);
    int t;
    if (it->a.is(rt.None())) {
      t = ops::truthy(rt, x);
    } else {
      Value r = rt.call(it->a, &x, 1);
      if (r.is_null()) return r;
      t = ops::truthy(rt, r);
    }
    if (t < 0) return Value::null();
    if (t) return keep_x.get();
  }
}

Value reverse_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  Value seq = it->a;
  std::int64_t i = it->i;
  if (is_kind(seq, ObjKind::Str)) {
    Str* s = seq.as<Str>();
    if (i <= 0) {
      it->a = Value::null();
      return Value::stop();
    }
    auto* p = reinterpret_cast<const unsigned char*>(s->data());
    std::int64_t start = i - 1;
    while (start > 0 && (p[start] & 0xC0) == 0x80) --start;
    it->i = start;
    return char_at(rt, s, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  std::int64_t size = is_kind(seq, ObjKind::List) ? static_cast<std::int64_t>(seq.as<List>()->items.size())
                                                  : static_cast<std::int64_t>(seq.as<Tuple>()->size);
  if (i < 0 || i >= size) {
    it->a = Value::null();
    return Value::stop();
  }
  it->i = i - 1;
  return is_kind(seq, ObjKind::List) ? seq.as<List>()->items[static_cast<std::size_t>(i)]
                                     : seq.as<Tuple>()->items()[i];
}

Value sentinel_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  Root keep_it(rt, Value::object(it));
  Value r = rt.call(it->a, nullptr, 0);
  if (r.is_null()) {
    if (rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
      rt.pending_exc = Value::null();
      it->a = Value::null();
      return Value::stop();
    }
    return r;
  }
  Root keep_r(rt, r);
  int c = ops::eq(rt, r, it->b);
  if (c < 0) return Value::null();
  if (c) {
    it->a = Value::null();
    return Value::stop();
  }
  return keep_r.get();
}

Value getitem_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  Value r = ops::getitem(rt, it->a, make_int(rt, it->i));
  if (r.is_null()) {
    if (rt.exception_matches(rt.pending_exc, rt.exc.IndexError) ||
        rt.exception_matches(rt.pending_exc, rt.exc.StopIteration)) {
      rt.pending_exc = Value::null();
      it->a = Value::null();
      return Value::stop();
    }
    return r;
  }
  ++it->i;
  return r;
}

Value islice_next(Runtime& rt, Iterator* it) {
  if (it->a.is_null()) return Value::stop();
  if (it->j >= 0 && it->i >= it->j) {
    it->a = Value::null();
    return Value::stop();
  }
  for (;;) {
    std::int64_t consumed = it->c.is_small() ? it->c.small_value() : 0;
    Value x = ops::next(rt, it->a);
    if (x.is_null()) return x;
    if (x.is_stop()) {
      it->a = Value::null();
      return x;
    }
    it->c = Value::small(consumed + 1);
    if (consumed == it->i) {
      it->i += it->k;
      if (it->j >= 0 && it->i > it->j) it->i = it->j;
      return x;
    }
  }
}

Value chain_next(Runtime& rt, Iterator* it) {
  for (;;) {
    if (it->a.is_null()) return Value::stop();
    if (it->b.is_null()) {
      Value src = ops::next(rt, it->a);
      if (src.is_null()) return src;
      if (src.is_stop()) {
        it->a = Value::null();
        return src;
      }
      Value sub = ops::iter(rt, src);
      if (sub.is_null()) return sub;
      it->b = sub;
    }
    Value x = ops::next(rt, it->b);
    if (x.is_null()) return x;
    if (!x.is_stop()) return x;
    it->b = Value::null();
  }
}

Value cycle_next(Runtime& rt, Iterator* it) {
  List* saved = it->b.as<List>();
  if (!it->a.is_null()) {
    Value x = ops::next(rt, it->a);
    if (x.is_null()) return x;
    if (!x.is_stop()) {
      saved->items.push_back(x);
      return x;
    }
    it->a = Value::null();
  }
  if (saved->items.empty()) return Value::stop();
  if (it->i >= static_cast<std::int64_t>(saved->items.size())) it->i = 0;
  return saved->items[static_cast<std::size_t>(it->i++)];
}

}  // namespace

Value iterator_next(Runtime& rt, Iterator* it) {
  switch (it->iter_kind()) {
    case IterKind::List: {
      if (it->a.is_null()) return Value::stop();
      List* l = it->a.as<List>();
      if (static_cast<std::size_t>(it->i) < l->items.size()) return l->items[static_cast<std::size_t>(it->i++)];
      it->a = Value::null();
      return Value::stop();
    }
    case IterKind::Tuple: {
      if (it->a.is_null()) return Value::stop();
      Tuple* t = it->a.as<Tuple>();
      if (static_cast<std::size_t>(it->i) < t->size) return t->items()[it->i++];
      it->a = Value::null();
      return Value::stop();
    }
    case IterKind::Str: {
      if (it->a.is_null()) return Value::stop();
      Str* s = it->a.as<Str>();
      auto off = static_cast<std::size_t>(it->i);
      if (off >= s->nbytes) {
        it->a = Value::null();
        return Value::stop();
      }
      std::size_t n = utf8_len(static_cast<unsigned char>(s->data()[off]));
      it->i += static_cast<std::int64_t>(n);
      return char_at(rt, s, off, n);
    }
    case IterKind::Range: {
      if (it->j <= 0) return Value::stop();
      std::int64_t v = it->i;
      --it->j;
      if (it->j > 0) it->i += it->k;  // the last step could overflow int64
      return Value::fits_small(v) ? Value::small(v) : make_int(rt, v);
    }
    case IterKind::DictKeys:
    case IterKind::DictValues:
    case IterKind::DictItems:
      return dict_iter_next(rt, it);
    case IterKind::Set: {
      if (it->a.is_null()) return Value::stop();
      Set* s = it->a.as<Set>();
      if (it->j < 0 || static_cast<std::int64_t>(s->used) != it->j) {
        it->j = -1;
        return rt.raise(rt.exc.RuntimeError, "Set changed size during iteration");
      }
      std::size_t pos = static_cast<std::size_t>(it->i);
      SetEntry* e;
      if (!set_next(s, &pos, &e)) {
        it->a = Value::null();
        return Value::stop();
      }
      it->i = static_cast<std::int64_t>(pos);
      return e->key;
    }
    case IterKind::Enumerate: {
      Value x = ops::next(rt, it->a);
      if (x.is_null() || x.is_stop()) return x;
      Value pair[2] = {it->b, x};
      Tuple* t = tuple_from(rt, pair, 2);
      if (it->b.is_small() && it->b.small_value() < Value::kMaxSmall) {
        it->b = Value::small(it->b.small_value() + 1);
      } else {
        Root keep(rt, Value::object(t));
        Value n = ops::binary(rt, BinOp::Add, it->b, Value::small(1));
        if (n.is_null()) return n;
        it->b = n;
      }
      return Value::object(t);
    }
    case IterKind::Zip: return zip_next(rt, it);
    case IterKind::Map: return map_next(rt, it);
    case IterKind::Filter: return filter_next(rt, it);
    case IterKind::ListReverse: return reverse_next(rt, it);
    case IterKind::CallableSentinel: return sentinel_next(rt, it);
    case IterKind::SeqGetItem: return getitem_next(rt, it);
    case IterKind::Count: {
      Value v = it->a;
      Value n = both_small(v, it->b) && Value::fits_small(v.small_value() + it->b.small_value())
                    ? Value::small(v.small_value() + it->b.small_value())
                    : ops::binary(rt, BinOp::Add, v, it->b);
      if (n.is_null()) return n;
      it->a = n;
      return v;
    }
    case IterKind::Islice: return islice_next(rt, it);
    case IterKind::Chain: return chain_next(rt, it);
    case IterKind::Cycle: return cycle_next(rt, it);
  }
  return Value::stop();
}

Value str_iter(Runtime& rt, Str* s) {
  Iterator* it = new_iterator(rt, IterKind::Str);
  it->a = Value::object(s);
  return Value::object(it);
}

Value make_reversed(Runtime& rt, Value seq) {
  if (is_kind(seq, ObjKind::List)) {
    Iterator* it = new_iterator(rt, IterKind::ListReverse);
    it->a = seq;
    it->i = static_cast<std::int64_t>(seq.as<List>()->items.size()) - 1;
    return Value::object(it);
  }
  if (is_kind(seq, ObjKind::Tuple) || is_kind(seq, ObjKind::Str)) {
    Iterator* it = new_iterator(rt, IterKind::ListReverse, rt.types.iterators[kReversedTypeSlot]);
    it->a = seq;
    it->i = is_kind(seq, ObjKind::Tuple) ? static_cast<std::int64_t>(seq.as<Tuple>()->size) - 1
                                         : static_cast<std::int64_t>(seq.as<Str>()->nbytes);
    return Value::object(it);
  }
  if (is_kind(seq, ObjKind::Range)) {
    Range* r = seq.as<Range>();
    Iterator* it = new_iterator(rt, IterKind::Range);
    it->j = r->length;
    it->i = r->length ? r->start + (r->length - 1) * r->step : 0;
    it->k = -r->step;
    return Value::object(it);
  }
  if (is_kind(seq, ObjKind::Dict) || is_kind(seq, ObjKind::DictView)) {
    // Snapshot in a list: the reversed dict iterators' own type names are not modelled.
    List* l = list_from_iterable(rt, seq);
    if (!l) return Value::null();
    return make_reversed(rt, Value::object(l));
  }
  Type* t = ops::type_of(rt, seq);
  Value method = ops::lookup_type_attr(t, rt.intern("__reversed__"));
  if (!method.is_null() && is_kind(seq, ObjKind::Instance)) {
    Value bound = ops::getattr(rt, seq, rt.intern("__reversed__"));
    if (bound.is_null()) return bound;
    return rt.call(bound, nullptr, 0);
  }
  return rt.raise_type_error("'" + ops::type_name(rt, seq) + "' object is not reversible");
}

// ---- constructors (types called like functions) ----

static Tuple* iterators_of(Runtime& rt, const Value* items, std::size_t n) {
  Tuple* t = rt.new_tuple(n);
  for (std::size_t i = 0; i < n; ++i) t->items()[i] = rt.None();
  Root keep(rt, Value::object(t));
  for (std::size_t i = 0; i < n; ++i) {
    Value it = ops::iter(rt, items[i]);
    if (it.is_null()) return nullptr;
    t->items()[i] = it;
  }
  return t;
}

static Value enumerate_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_kwnames(rt, a, {"iterable", "start"}, "enumerate")) return Value::null();
  Value iterable = a.npos > 0 ? a[0] : find_kwarg(a, "iterable");
  Value start = a.npos > 1 ? a[1] : find_kwarg(a, "start");
  if (a.npos + a.nkw() > 2)
    return rt.raise_type_error("enumerate() takes at most 2 arguments (" +
                               std::to_string(a.npos + a.nkw()) + " given)");
  if (iterable.is_null()) return rt.raise_type_error("enumerate() missing required argument 'iterable'");
  if (start.is_null()) {
    start = Value::small(0);
  } else if (!is_int(start)) {
    return rt.raise_type_error("'" + ops::type_name(rt, start) +
                               "' object cannot be interpreted as an integer");
  } else if (is_kind(start, ObjKind::Bool)) {
    start = Value::small(start.as<BoolObj>()->value ? 1 : 0);
  }
  Value src = ops::iter(rt, iterable);
  if (src.is_null()) return src;
  Iterator* it = new_iterator(rt, IterKind::Enumerate, type);
  it->a = src;
  it->b = start;
  return Value::object(it);
}

static Value zip_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_kwnames(rt, a, {"strict"}, "zip")) return Value::null();
  Tuple* its = iterators_of(rt, a.pos, a.npos);
  if (!its) return Value::null();
  Iterator* it = new_iterator(rt, IterKind::Zip, type);
  it->a = Value::object(its);
  return Value::object(it);
}

static Value map_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "map")) return Value::null();
  if (a.npos < 2) return rt.raise_type_error("map() must have at least two arguments.");
  Tuple* its = iterators_of(rt, a.pos + 1, a.npos - 1);
  if (!its) return Value::null();
  Iterator* it = new_iterator(rt, IterKind::Map, type);
  it->a = a[0];
  it->b = Value::object(its);
  return Value::object(it);
}

static Value filter_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "filter") || !check_nargs(rt, a, "filter", 2, 2)) return Value::null();
  Value src = ops::iter(rt, a[1]);
  if (src.is_null()) return src;
  Iterator* it = new_iterator(rt, IterKind::Filter, type);
  it->a = a[0];
  it->b = src;
  return Value::object(it);
}

static Value reversed_new(Runtime& rt, Type*, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "reversed") || !check_nargs(rt, a, "reversed", 1, 1))
    return Value::null();
  return make_reversed(rt, a[0]);
}

static Value iter_self(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "__iter__", 1)) return Value::null();
  return a[0];
}

static Value iter_next_method(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "__next__", 1)) return Value::null();
  Value r = iterator_next(rt, a[0].as<Iterator>());
  if (r.is_stop()) return rt.raise_stop_iteration(Value::null());
  return r;
}

void install_iterator_types(Runtime& rt) {
  struct Spec {
    int slot;
    const char* name;
    NewFnPtr newfn;
  };
  const Spec specs[] = {
      {static_cast<int>(IterKind::List), "list_iterator", nullptr},
      {static_cast<int>(IterKind::Tuple), "tuple_iterator", nullptr},
      {static_cast<int>(IterKind::Str), "str_ascii_iterator", nullptr},
      {static_cast<int>(IterKind::Range), "range_iterator", nullptr},
      {static_cast<int>(IterKind::DictKeys), "dict_keyiterator", nullptr},
      {static_cast<int>(IterKind::DictValues), "dict_valueiterator", nullptr},
      {static_cast<int>(IterKind::DictItems), "dict_itemiterator", nullptr},
      {static_cast<int>(IterKind::Set), "set_iterator", nullptr},
      {static_cast<int>(IterKind::Enumerate), "enumerate", enumerate_new},
      {static_cast<int>(IterKind::Zip), "zip", zip_new},
      {static_cast<int>(IterKind::Map), "map", map_new},
      {static_cast<int>(IterKind::Filter), "filter", filter_new},
      {static_cast<int>(IterKind::ListReverse), "list_reverseiterator", nullptr},
      {static_cast<int>(IterKind::CallableSentinel), "callable_iterator", nullptr},
      {static_cast<int>(IterKind::SeqGetItem), "iterator", nullptr},
      {static_cast<int>(IterKind::Count), "count", nullptr},
      {static_cast<int>(IterKind::Islice), "islice", nullptr},
      {static_cast<int>(IterKind::Chain), "chain", nullptr},
      {static_cast<int>(IterKind::Cycle), "cycle", nullptr},
      {kReversedTypeSlot, "reversed", reversed_new},
  };
  for (const Spec& s : specs) {
    Type*& t = rt.types.iterators[s.slot];
    if (!t) t = rt.new_type(s.name, rt.types.object, ObjKind::Iterator, s.newfn, Type::kBuiltin);
    else if (s.newfn) t->newfn = s.newfn;
    add_method(rt, t, "__iter__", iter_self);
    add_method(rt, t, "__next__", iter_next_method);
  }
}

}  // namespace stk
