// dict: CPython 3.11's compact ordered dict (dense `entries` in insertion order,
// sparse `index` probed with perturbation), the str-key fast paths used for
// module and instance namespaces, repr/==, the dict methods, `|`/`|=` and dict().
// Invariant: `version` changes on every key insertion or deletion (not on a value
// overwrite); a lookup whose __eq__ mutated the dict restarts, as CPython's does.
#include <algorithm>

#include <atomic>

#include "objects/container_internal.hpp"
#include "objects/int.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

constexpr std::size_t kMinIndexSize = 8;
constexpr int kPerturbShift = 5;

std::size_t usable_fraction(std::size_t n) { return (n << 1) / 3; }

// Slot of `index` holding entry `ix` (it is there: the entry is live).
std::size_t slot_of_entry(const Dict* d, std::int64_t hash, std::int32_t ix) {
  std::size_t mask = d->index.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  while (d->index[i] != ix) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// First slot that is empty or dummy along `hash`'s probe sequence.
std::size_t find_empty_slot(const Dict* d, std::int64_t hash) {
  std::size_t mask = d->index.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  while (d->index[i] >= 0) {
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

// Rebuilds `index` with room for `minsize` (compacting deleted entries).
void dict_resize(Runtime& rt, Dict* d, std::size_t minsize) {
  std::size_t size = kMinIndexSize;
  while (size < minsize) size <<= 1;
  if (d->used != d->entries.size()) {
    std::vector<DictEntry> live;
    live.reserve(usable_fraction(size));
    for (const DictEntry& e : d->entries)
      if (!e.key.is_null()) live.push_back(e);
    d->entries.swap(live);
  } else {
    d->entries.reserve(usable_fraction(size));
  }
  d->index.assign(size, Dict::kEmpty);
  for (std::size_t k = 0; k < d->entries.size(); ++k)
    d->index[find_empty_slot(d, d->entries[k].hash)] = static_cast<std::int32_t>(k);
  rt.heap.account(static_cast<std::ptrdiff_t>(size * sizeof(std::int32_t) +
                                              usable_fraction(size) * sizeof(DictEntry)));
}

// 1 found (*ix_out = entry number), 0 missing, -1 error.
int lookup(Runtime& rt, Dict* d, Value key, std::int64_t hash, std::int32_t* ix_out) {
restart:
  if (d->index.empty()) return 0;
  std::size_t mask = d->index.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  for (;;) {
    std::int32_t ix = d->index[i];
    if (ix == Dict::kEmpty) return 0;
    if (ix >= 0) {
      const DictEntry& e = d->entries[static_cast<std::size_t>(ix)];
      if (e.key.is(key)) {
        *ix_out = ix;
        return 1;
      }
      if (e.hash == hash) {
        Value start = e.key;
        if (is_kind(start, ObjKind::Str) && is_kind(key, ObjKind::Str)) {
          if (str_equal(start.as<Str>(), key.as<Str>())) {
            *ix_out = ix;
            return 1;
          }
        } else {
          std::size_t index_size = d->index.size();
          int c = ops::eq(rt, start, key);
          if (c < 0) return -1;
          if (d->index.size() != index_size || static_cast<std::size_t>(ix) >= d->entries.size() ||
              !d->entries[static_cast<std::size_t>(ix)].key.is(start))
            goto restart;  // __eq__ mutated the dict
          if (c) {
            *ix_out = ix;
            return 1;
          }
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

void insert_new(Runtime& rt, Dict* d, Value key, std::int64_t hash, Value value) {
  if (d->index.empty()) {
    d->index.assign(kMinIndexSize, Dict::kEmpty);
    d->entries.reserve(usable_fraction(kMinIndexSize));
  } else if (d->entries.size() >= usable_fraction(d->index.size())) {
    dict_resize(rt, d, d->used * 3);
  }
  std::size_t slot = find_empty_slot(d, hash);
  d->index[slot] = static_cast<std::int32_t>(d->entries.size());
  d->entries.push_back({hash, key, value});
  ++d->used;
  dict_bump_version(d);
}

void delete_entry(Dict* d, std::int32_t ix) {
  DictEntry& e = d->entries[static_cast<std::size_t>(ix)];
  d->index[slot_of_entry(d, e.hash, ix)] = Dict::kDummy;
  e.key = Value::null();
  e.value = Value::null();
  --d->used;
  dict_bump_version(d);
}

// Str-key probe without Python-level equality (no error possible).
std::int32_t lookup_str(const Dict* d, Str* key, std::int64_t hash) {
  if (d->index.empty()) return -1;
  std::size_t mask = d->index.size() - 1;
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  for (;;) {
    std::int32_t ix = d->index[i];
    if (ix == Dict::kEmpty) return -1;
    if (ix >= 0) {
      const DictEntry& e = d->entries[static_cast<std::size_t>(ix)];
      if (e.key.bits() == Value::object(key).bits()) return ix;
      if (e.hash == hash && is_kind(e.key, ObjKind::Str) && str_equal(e.key.as<Str>(), key))
        return ix;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + perturb + 1) & mask;
  }
}

}  // namespace

std::uint64_t dict_version_range() {
  static std::atomic<std::uint64_t> next_range{0};
  return next_range.fetch_add(1, std::memory_order_relaxed) << 40;
}

Dict* Runtime::new_dict() {
  Dict* d = heap.alloc<Dict>(types.dict, ObjKind::Dict);
  dict_bump_version(d);  // unique from birth, so caches never confuse two dicts
  return d;
}

int dict_get_known_hash(Runtime& rt, Dict* d, Value key, std::int64_t hash, Value* out) {
  std::int32_t ix;
  int r = lookup(rt, d, key, hash, &ix);
  if (r == 1) *out = d->entries[static_cast<std::size_t>(ix)].value;
  return r;
}

int dict_get(Runtime& rt, Dict* d, Value key, Value* out) {
  std::int64_t hash;
  if (!ops::hash(rt, key, &hash)) return -1;
  return dict_get_known_hash(rt, d, key, hash, out);
}

static bool dict_set_known_hash(Runtime& rt, Dict* d, Value key, std::int64_t hash, Value value) {
  std::int32_t ix;
  int r = lookup(rt, d, key, hash, &ix);
  if (r < 0) return false;
  if (r == 1) {
    d->entries[static_cast<std::size_t>(ix)].value = value;
    return true;
  }
  insert_new(rt, d, key, hash, value);
  return true;
}

bool dict_set(Runtime& rt, Dict* d, Value key, Value value) {
  std::int64_t hash;
  if (!ops::hash(rt, key, &hash)) return false;
  return dict_set_known_hash(rt, d, key, hash, value);
}

int dict_del(Runtime& rt, Dict* d, Value key) {
  std::int64_t hash;
  if (!ops::hash(rt, key, &hash)) return -1;
  std::int32_t ix;
  int r = lookup(rt, d, key, hash, &ix);
  if (r == 1) delete_entry(d, ix);
  return r;
}

std::int32_t dict_entry_index_str(Dict* d, Str* key) { return lookup_str(d, key, str_hash(key)); }

Value dict_get_str(Dict* d, Str* key) {
  std::int32_t ix = lookup_str(d, key, str_hash(key));
  return ix < 0 ? Value::null() : d->entries[static_cast<std::size_t>(ix)].value;
}

void dict_set_str(Runtime& rt, Dict* d, Str* key, Value value) {
  std::int64_t hash = str_hash(key);
  std::int32_t ix = lookup_str(d, key, hash);
  if (ix >= 0) {
    d->entries[static_cast<std::size_t>(ix)].value = value;
    return;
  }
  insert_new(rt, d, Value::object(key), hash, value);
}

bool dict_next(Dict* d, std::size_t* pos, DictEntry** out) {
  while (*pos < d->entries.size()) {
    DictEntry* e = &d->entries[(*pos)++];
    if (!e->key.is_null()) {
      *out = e;
      return true;
    }
  }
  return false;
}

Dict* dict_copy(Runtime& rt, Dict* d) {
  Dict* r = rt.new_dict();
  if (d->used == d->entries.size()) {
    r->entries = d->entries;
    r->index = d->index;
    r->used = d->used;
  } else {
    std::size_t pos = 0;
    DictEntry* e;
    while (dict_next(d, &pos, &e)) insert_new(rt, r, e->key, e->hash, e->value);
  }
  return r;
}

bool dict_repr(Runtime& rt, Dict* d, std::string& out) {
  if (d->used == 0) {
    out += "{}";
    return true;
  }
  if (!repr_enter(d)) {
    out += "{...}";
    return true;
  }
  out += '{';
  bool first = true;
  for (std::size_t i = 0; i < d->entries.size(); ++i) {
    DictEntry e = d->entries[i];  // a user __repr__ may resize the dict
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!ops::repr_into(rt, e.key, out)) {
      repr_leave(d);
      return false;
    }
    out += ": ";
    if (!ops::repr_into(rt, e.value, out)) {
      repr_leave(d);
      return false;
    }
  }
  out += '}';
  repr_leave(d);
  return true;
}

int dict_equal(Runtime& rt, Dict* a, Dict* b) {
  if (a == b) return 1;
  if (a->used != b->used) return 0;
  for (std::size_t i = 0; i < a->entries.size(); ++i) {
    DictEntry e = a->entries[i];
    if (e.key.is_null()) continue;
    Value bv;
    int r = dict_get_known_hash(rt, b, e.key, e.hash, &bv);
    if (r <= 0) return r;
    if (bv.is(e.value)) continue;
    r = ops::eq(rt, e.value, bv);
    if (r <= 0) return r;
  }
  return 1;
}

static bool merge_pairs(Runtime& rt, Dict* d, Value iterable) {
  Value it = ops::iter(rt, iterable);
  if (it.is_null()) return false;
  Root keep_it(rt, it);
  for (std::size_t n = 0;; ++n) {
    Value item = ops::next(rt, it);
    if (item.is_null()) return false;
    if (item.is_stop()) return true;
    Value k, v;
    if (is_kind(item, ObjKind::Tuple) || is_kind(item, ObjKind::List)) {
      std::size_t len = is_kind(item, ObjKind::Tuple) ? item.as<Tuple>()->size
                                                      : item.as<List>()->items.size();
      if (len != 2) {
        rt.raise_value_error("dictionary update sequence element #" + std::to_string(n) +
                             " has length " + std::to_string(len) + "; 2 is required");
        return false;
      }
      const Value* p = is_kind(item, ObjKind::Tuple) ? item.as<Tuple>()->items()
                                                     : item.as<List>()->items.data();
      k = p[0];
      v = p[1];
    } else {
      Root keep_item(rt, item);
      Value sub = ops::iter(rt, item);
      if (sub.is_null()) {
        if (rt.exception_matches(rt.pending_exc, rt.exc.TypeError)) {
          rt.pending_exc = Value::null();
          rt.raise_type_error("cannot convert dictionary update sequence element #" +
                              std::to_string(n) + " to a sequence");
        }
        return false;
      }
      List* l = list_from_iterable(rt, sub);
      if (!l) return false;
      if (l->items.size() != 2) {
        rt.raise_value_error("dictionary update sequence element #" + std::to_string(n) +
                             " has length " + std::to_string(l->items.size()) + "; 2 is required");
        return false;
      }
      k = l->items[0];
      v = l->items[1];
    }
    if (!dict_set(rt, d, k, v)) return false;
  }
}

bool dict_update_from(Runtime& rt, Dict* d, Value other) {
  if (is_kind(other, ObjKind::Dict)) {
    Dict* o = other.as<Dict>();
    if (o == d) return true;
    for (std::size_t i = 0; i < o->entries.size(); ++i) {
      DictEntry e = o->entries[i];
      if (e.key.is_null()) continue;
      if (!dict_set_known_hash(rt, d, e.key, e.hash, e.value)) return false;
    }
    return true;
  }
  // A mapping is anything with keys(): d[k] = other[k] for k in other.keys().
  Value keys_attr = ops::lookup_type_attr(ops::type_of(rt, other), rt.intern("keys"));
  if (!keys_attr.is_null()) {
    Root keep_d(rt, Value::object(d));
    Root keep_other(rt, other);
    Value keys_fn = ops::getattr(rt, other, rt.intern("keys"));
    if (keys_fn.is_null()) return false;
    Value keys = rt.call(keys_fn, nullptr, 0);
    if (keys.is_null()) return false;
    List* kl = list_from_iterable(rt, keys);
    if (!kl) return false;
    Root keep_keys(rt, Value::object(kl));
    for (std::size_t i = 0; i < kl->items.size(); ++i) {
      Value v = ops::getitem(rt, keep_other.get(), kl->items[i]);
      if (v.is_null()) return false;
      if (!dict_set(rt, d, kl->items[i], v)) return false;
    }
    return true;
  }
  return merge_pairs(rt, d, other);
}

Value dict_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (op != BinOp::Or || !is_kind(a, ObjKind::Dict)) return not_impl(rt);
  if (inplace) {
    if (!dict_update_from(rt, a.as<Dict>(), b)) return Value::null();
    return a;
  }
  if (!is_kind(b, ObjKind::Dict)) return not_impl(rt);
  Dict* r = dict_copy(rt, a.as<Dict>());
  if (!dict_update_from(rt, r, b)) return Value::null();
  return Value::object(r);
}

// ---- methods (a[0] is self) ----

static Dict* self_dict(const ArgView& a) { return a[0].as<Dict>(); }

static Value dict_get_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "get") || !check_nargs(rt, a, "get", 1, 2, 1)) return Value::null();
  Value out;
  int r = dict_get(rt, self_dict(a), a[1], &out);
  if (r < 0) return Value::null();
  if (r == 0) return a.npos > 2 ? a[2] : rt.None();
  return out;
}

static Value dict_setdefault(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "setdefault") || !check_nargs(rt, a, "setdefault", 1, 2, 1))
    return Value::null();
  Value out;
  int r = dict_get(rt, self_dict(a), a[1], &out);
  if (r < 0) return Value::null();
  if (r == 1) return out;
  Value dflt = a.npos > 2 ? a[2] : rt.None();
  if (!dict_set(rt, self_dict(a), a[1], dflt)) return Value::null();
  return dflt;
}

static Value dict_pop(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "pop") || !check_nargs(rt, a, "pop", 1, 2, 1)) return Value::null();
  Dict* d = self_dict(a);
  std::int64_t hash;
  if (!ops::hash(rt, a[1], &hash)) return Value::null();
  std::int32_t ix;
  int r = lookup(rt, d, a[1], hash, &ix);
  if (r < 0) return Value::null();
  if (r == 0) {
    if (a.npos > 2) return a[2];
    return rt.raise_key_error(a[1]);
  }
  Value v = d->entries[static_cast<std::size_t>(ix)].value;
  delete_entry(d, ix);
  return v;
}

static Value dict_popitem(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "dict.popitem", 1)) return Value::null();
  Dict* d = self_dict(a);
  if (d->used == 0) return rt.raise(rt.exc.KeyError, "popitem(): dictionary is empty");
  while (d->entries.back().key.is_null()) d->entries.pop_back();
  auto ix = static_cast<std::int32_t>(d->entries.size() - 1);
  DictEntry e = d->entries.back();
  delete_entry(d, ix);
  d->entries.pop_back();
  Value kv[2] = {e.key, e.value};
  return Value::object(tuple_from(rt, kv, 2));
}

static Value make_view(Runtime& rt, const ArgView& a, const char* name, std::uint16_t which,
                       Type* type) {
  if (!check_no_args(rt, a, name, 1)) return Value::null();
  auto* v = rt.heap.alloc<DictView>(type, ObjKind::DictView);
  v->flags = which;
  v->dict = self_dict(a);
  return Value::object(v);
}

static Value dict_keys(Runtime& rt, const ArgView& a) {
  return make_view(rt, a, "dict.keys", 0, rt.types.dict_keys);
}
static Value dict_values(Runtime& rt, const ArgView& a) {
  return make_view(rt, a, "dict.values", 1, rt.types.dict_values);
}
static Value dict_items(Runtime& rt, const ArgView& a) {
  return make_view(rt, a, "dict.items", 2, rt.types.dict_items);
}

static bool update_with_kwargs(Runtime& rt, Dict* d, const ArgView& a) {
  for (std::size_t i = 0; i < a.nkw(); ++i)
    if (!dict_set(rt, d, a.kwnames->items()[i], a.kwvalues[i])) return false;
  return true;
}

static Value dict_update(Runtime& rt, const ArgView& a) {
  if (!check_nargs(rt, a, "update", 0, 1, 1)) return Value::null();
  if (a.npos > 1 && !dict_update_from(rt, self_dict(a), a[1])) return Value::null();
  if (!update_with_kwargs(rt, self_dict(a), a)) return Value::null();
  return rt.None();
}

static Value dict_copy_method(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "dict.copy", 1)) return Value::null();
  return Value::object(dict_copy(rt, self_dict(a)));
}

static Value dict_clear(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "dict.clear", 1)) return Value::null();
  Dict* d = self_dict(a);
  d->entries.clear();
  d->index.clear();
  d->used = 0;
  dict_bump_version(d);
  return rt.None();
}

// dict.fromkeys(iterable, value=None). Reached both as `dict.fromkeys(...)`
// (unbound: no receiver) and `d.fromkeys(...)` (bound: a[0] is a dict); there
// is no classmethod wrapper for natives, so the two are told apart by shape:
// `d.fromkeys(keys)` with one argument is read as the unbound form.
static Value dict_fromkeys(Runtime& rt, const ArgView& a) {
  std::size_t skip = 0;
  if (a.npos == 3 || (a.npos > 0 && a[0].is(Value::object(rt.types.dict)))) skip = 1;
  if (!check_no_kwargs(rt, a, "fromkeys") || !check_nargs(rt, a, "fromkeys", 1, 2, skip))
    return Value::null();
  Value value = a.npos > skip + 1 ? a[skip + 1] : rt.None();
  Dict* d = rt.new_dict();
  Root keep(rt, Value::object(d));
  Value it = ops::iter(rt, a[skip]);
  if (it.is_null()) return Value::null();
  Root keep_it(rt, it);
  for (;;) {
    Value k = ops::next(rt, it);
    if (k.is_null()) return Value::null();
    if (k.is_stop()) break;
    if (!dict_set(rt, d, k, value)) return Value::null();
  }
  return Value::object(d);
}

static Value dict_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_nargs(rt, a, "dict", 0, 1)) return Value::null();
  Dict* d = rt.new_dict();
  d->type = type;
  Root keep(rt, Value::object(d));
  if (a.npos == 1 && !dict_update_from(rt, d, a[0])) return Value::null();
  if (!update_with_kwargs(rt, d, a)) return Value::null();
  return Value::object(d);
}

void install_dict_methods(Runtime& rt) {
  Type* t = rt.types.dict;
  t->newfn = dict_new;
  add_method(rt, t, "get", dict_get_method);
  add_method(rt, t, "setdefault", dict_setdefault);
  add_method(rt, t, "pop", dict_pop);
  add_method(rt, t, "popitem", dict_popitem);
  add_method(rt, t, "keys", dict_keys);
  add_method(rt, t, "values", dict_values);
  add_method(rt, t, "items", dict_items);
  add_method(rt, t, "update", dict_update);
  add_method(rt, t, "copy", dict_copy_method);
  add_method(rt, t, "clear", dict_clear);
  add_method(rt, t, "fromkeys", dict_fromkeys);
}

}  // namespace stk
