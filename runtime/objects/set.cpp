// set and frozenset: a transcription of CPython 3.11's setobject.c table
// (8-slot start, 9 linear probes then perturbation, resize at 3/5 fill, merges
// that copy the other table's layout), because the oracle prints sets in table
// order. Also repr, comparisons, the frozenset hash, the operators and methods.
// Invariant: entry {null, 0} is unused, {null, -1} is a dummy; `fill` counts both
// active and dummy entries, `used` only active ones.
#include <algorithm>

#include "objects/container_internal.hpp"
#include "objects/str.hpp"

namespace stk {

namespace {

constexpr std::size_t kMinSize = 8;
constexpr std::size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

std::size_t mask_of(const Set* s) { return s->table.size() - 1; }

bool is_unused(const SetEntry& e) { return e.key.is_null() && e.hash == 0; }

// Set or frozenset (kind Set).
bool is_anyset(Value v) { return is_kind(v, ObjKind::Set); }

// Key equality for entries with the same hash: identity, exact str, then __eq__.
inline int keys_equal(Runtime& rt, Value stored, Value key) {
  if (stored.is(key)) return 1;
  if (is_kind(stored, ObjKind::Str) && is_kind(key, ObjKind::Str))
    return str_equal(stored.as<Str>(), key.as<Str>()) ? 1 : 0;
  return ops::eq(rt, stored, key);
}

// set_insert_clean: `table` has no dummies and no equal key.
void insert_clean(std::vector<SetEntry>& table, Value key, std::int64_t hash) {
  std::size_t mask = table.size() - 1;
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  for (;;) {
    if (table[i].key.is_null()) break;
    if (i + kLinearProbes <= mask) {
      std::size_t j = 0;
      for (; j < kLinearProbes; ++j) {
        if (table[i + j + 1].key.is_null()) break;
      }
      if (j < kLinearProbes) {
        i = i + j + 1;
        break;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = key;
  table[i].hash = hash;
}

void table_resize(Runtime& rt, Set* s, std::size_t minused) {
  std::size_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  std::vector<SetEntry> old(newsize, SetEntry{Value::null(), 0});
  old.swap(s->table);
  for (const SetEntry& e : old)
    if (!e.key.is_null()) insert_clean(s->table, e.key, e.hash);
  s->fill = s->used;
  rt.heap.account(static_cast<std::ptrdiff_t>(newsize * sizeof(SetEntry)));
}

// set_lookkey: index of the entry holding `key`, or of the unused entry that
// ends the probe (-1 on error).
std::int64_t lookkey(Runtime& rt, Set* s, Value key, std::int64_t hash) {
restart:
  std::size_t mask = mask_of(s);
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  for (;;) {
    std::size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    std::size_t k = i;
    for (;;) {
      const SetEntry& e = s->table[k];
      if (is_unused(e)) return static_cast<std::int64_t>(k);
      if (e.hash == hash && !e.key.is_null()) {
        Value start = e.key;
        const SetEntry* table = s->table.data();
        int c = keys_equal(rt, start, key);
        if (c < 0) return -1;
        if (table != s->table.data() || !s->table[k].key.is(start)) goto restart;
        if (c) return static_cast<std::int64_t>(k);
        mask = mask_of(s);
      }
      if (probes == 0) break;
      --probes;
      ++k;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// set_add_entry. 0 ok, -1 error.
int add_entry(Runtime& rt, Set* s, Value key, std::int64_t hash) {
restart:
  std::size_t mask = mask_of(s);
  std::uint64_t perturb = static_cast<std::uint64_t>(hash);
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  std::int64_t freeslot = -1;
  std::size_t found;
  for (;;) {
    std::size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    std::size_t k = i;
    for (;;) {
      const SetEntry& e = s->table[k];
      if (e.hash == 0 && e.key.is_null()) {
        found = k;
        goto found_unused_or_dummy;
      }
      if (e.hash == hash && !e.key.is_null()) {
        Value start = e.key;
        if (start.is(key)) return 0;
        const SetEntry* table = s->table.data();
        int c = keys_equal(rt, start, key);
        if (c > 0) return 0;
        if (c < 0) return -1;
        if (table != s->table.data() || !s->table[k].key.is(start)) goto restart;
        mask = mask_of(s);
      } else if (e.hash == -1 && e.key.is_null()) {
        if (freeslot < 0) freeslot = static_cast<std::int64_t>(k);
      }
      if (probes == 0) break;
      --probes;
      ++k;
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot >= 0) {
    ++s->used;
    s->table[static_cast<std::size_t>(freeslot)] = {key, hash};
    return 0;
  }
  ++s->fill;
  ++s->used;
  s->table[found] = {key, hash};
  if (s->fill * 5 < mask * 3) return 0;
  table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return 0;
}

// 1 found, 0 not, -1 error.
int contains_entry(Runtime& rt, Set* s, Value key, std::int64_t hash) {
  std::int64_t k = lookkey(rt, s, key, hash);
  if (k < 0) return -1;
  return s->table[static_cast<std::size_t>(k)].key.is_null() ? 0 : 1;
}

// 1 discarded, 0 not found, -1 error.
int discard_entry(Runtime& rt, Set* s, Value key, std::int64_t hash) {
  std::int64_t k = lookkey(rt, s, key, hash);
  if (k < 0) return -1;
  SetEntry& e = s->table[static_cast<std::size_t>(k)];
  if (e.key.is_null()) return 0;
  e.key = Value::null();
  e.hash = -1;
  --s->used;
  return 1;
}

// Hash of a key; a (mutable) set key is looked up as the equal frozenset, as
// CPython does for `in`, remove() and discard().
bool key_hash(Runtime& rt, Value key, std::int64_t* hash, bool allow_set) {
  if (allow_set && is_kind(key, ObjKind::Set) && !(key.obj()->flags & Set::kFrozen)) {
    *hash = frozenset_hash(key.as<Set>());
    return true;
  }
  return ops::hash(rt, key, hash);
}

void clear_internal(Set* s) {
  s->table.assign(kMinSize, SetEntry{Value::null(), 0});
  s->fill = 0;
  s->used = 0;
}

// set_merge: copies the other table's layout when this one is empty.
int merge(Runtime& rt, Set* s, Set* other) {
  if (other == s || other->used == 0) return 0;
  if ((s->fill + other->used) * 5 >= mask_of(s) * 3)
    table_resize(rt, s, (s->used + other->used) * 2);
  if (s->fill == 0 && mask_of(s) == mask_of(other) && other->fill == other->used) {
    for (std::size_t i = 0; i < other->table.size(); ++i)
      if (!other->table[i].key.is_null()) s->table[i] = other->table[i];
    s->fill = other->fill;
    s->used = other->used;
    return 0;
  }
  if (s->fill == 0) {
    s->fill = other->used;
    s->used = other->used;
    for (const SetEntry& e : other->table)
      if (!e.key.is_null()) insert_clean(s->table, e.key, e.hash);
    return 0;
  }
  std::vector<SetEntry> snapshot = other->table;  // __eq__ may mutate `other`
  for (const SetEntry& e : snapshot)
    if (!e.key.is_null() && add_entry(rt, s, e.key, e.hash) < 0) return -1;
  return 0;
}

Set* new_set_of_type(Runtime& rt, Type* t, bool frozen) {
  Set* s = new_set(rt, frozen);
  s->type = t;
  return s;
}

// make_new_set_basetype(type(so), so)
Set* set_copy(Runtime& rt, Set* s) {
  Set* r = new_set(rt, s->flags & Set::kFrozen);
  merge(rt, r, s);
  return r;
}

// 1 / 0 / -1 error.
int issubset(Runtime& rt, Set* a, Set* b) {
  if (a->used > b->used) return 0;
  std::vector<SetEntry> snapshot = a->table;  // __eq__ may mutate `a`
  for (const SetEntry& e : snapshot) {
    if (e.key.is_null()) continue;
    int r = contains_entry(rt, b, e.key, e.hash);
    if (r <= 0) return r;
  }
  return 1;
}

}  // namespace

// ---------------------------------------------------------------------------
// Seam and shared helpers
// ---------------------------------------------------------------------------

Set* new_set(Runtime& rt, bool frozen) {
  Set* s = rt.heap.alloc<Set>(frozen ? rt.types.frozenset : rt.types.set, ObjKind::Set);
  if (frozen) s->flags = Set::kFrozen;
  s->table.assign(kMinSize, SetEntry{Value::null(), 0});
  return s;
}

Value make_set_value(Set* s) { return Value::object(s); }

int set_add(Runtime& rt, Set* s, Value key) {
  std::int64_t hash;
  if (!ops::hash(rt, key, &hash)) return -1;
  return add_entry(rt, s, key, hash) < 0 ? -1 : 1;
}

int set_contains(Runtime& rt, Set* s, Value key) {
  std::int64_t hash;
  if (!key_hash(rt, key, &hash, true)) return -1;
  return contains_entry(rt, s, key, hash);
}

bool set_next(Set* s, std::size_t* pos, SetEntry** out) {
  while (*pos < s->table.size()) {
    SetEntry* e = &s->table[(*pos)++];
    if (!e->key.is_null()) {
      *out = e;
      return true;
    }
  }
  return false;
}

std::int64_t frozenset_hash(Set* s) {
  auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; };
  std::uint64_t hash = 0;
  for (const SetEntry& e : s->table)
    if (!e.key.is_null()) hash ^= shuffle(static_cast<std::uint64_t>(e.hash));
  hash ^= (static_cast<std::uint64_t>(s->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == static_cast<std::uint64_t>(-1)) hash = 590923713ULL;
  return static_cast<std::int64_t>(hash);
}

// set_update_internal
bool set_update(Runtime& rt, Set* s, Value other) {
  if (is_anyset(other)) return merge(rt, s, other.as<Set>()) == 0;
  if (is_kind(other, ObjKind::Dict)) {
    Dict* d = other.as<Dict>();
    if ((s->fill + d->used) * 5 >= mask_of(s) * 3) table_resize(rt, s, (s->used + d->used) * 2);
    std::vector<DictEntry> snapshot = d->entries;
    for (const DictEntry& e : snapshot)
      if (!e.key.is_null() && add_entry(rt, s, e.key, e.hash) < 0) return false;
    return true;
  }
  Root keep_s(rt, Value::object(s));
  Value it = ops::iter(rt, other);
  if (it.is_null()) return false;
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return false;
    if (x.is_stop()) return true;
    if (set_add(rt, s, x) < 0) return false;
  }
}

Set* frozenset_constant(Runtime& rt, const Value* items, std::size_t n) {
  Set* first = new_set(rt, true);
  for (std::size_t i = 0; i < n; ++i)
    if (set_add(rt, first, items[i]) < 0) return nullptr;
  Set* second = new_set(rt, true);
  for (const SetEntry& e : first->table)
    if (!e.key.is_null() && add_entry(rt, second, e.key, e.hash) < 0) return nullptr;
  return second;
}

Set* set_from_iterable(Runtime& rt, Value iterable, bool frozen) {
  Set* s = new_set(rt, frozen);
  if (!set_update(rt, s, iterable)) return nullptr;
  return s;
}

Set* set_intersection(Runtime& rt, Set* s, Value other) {
  if (other.is(Value::object(s))) return set_copy(rt, s);
  Set* result = new_set(rt, s->flags & Set::kFrozen);
  if (is_anyset(other)) {
    Set* a = s;
    Set* b = other.as<Set>();
    if (b->used > a->used) std::swap(a, b);
    std::vector<SetEntry> snapshot = b->table;
    for (const SetEntry& e : snapshot) {
      if (e.key.is_null()) continue;
      int r = contains_entry(rt, a, e.key, e.hash);
      if (r < 0) return nullptr;
      if (r && add_entry(rt, result, e.key, e.hash) < 0) return nullptr;
    }
    return result;
  }
  Root keep_r(rt, Value::object(result));
  Root keep_s(rt, Value::object(s));
  Value it = ops::iter(rt, other);
  if (it.is_null()) return nullptr;
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return nullptr;
    if (x.is_stop()) return result;
    std::int64_t hash;
    if (!ops::hash(rt, x, &hash)) return nullptr;
    int r = contains_entry(rt, s, x, hash);
    if (r < 0) return nullptr;
    if (r && add_entry(rt, result, x, hash) < 0) return nullptr;
  }
}

bool set_difference_update(Runtime& rt, Set* s, Value other) {
  if (other.is(Value::object(s))) {
    clear_internal(s);
    return true;
  }
  if (is_anyset(other)) {
    Set* o = other.as<Set>();
    if ((o->used >> 3) > s->used) {
      o = set_intersection(rt, s, other);
      if (!o) return false;
    }
    std::vector<SetEntry> snapshot = o->table;
    for (const SetEntry& e : snapshot)
      if (!e.key.is_null() && discard_entry(rt, s, e.key, e.hash) < 0) return false;
  } else {
    Root keep_s(rt, Value::object(s));
    Value it = ops::iter(rt, other);
    if (it.is_null()) return false;
    Root keep_it(rt, it);
    for (;;) {
      Value x = ops::next(rt, it);
      if (x.is_null()) return false;
      if (x.is_stop()) break;
      std::int64_t hash;
      if (!key_hash(rt, x, &hash, true)) return false;
      if (discard_entry(rt, s, x, hash) < 0) return false;
    }
  }
  if (s->fill - s->used <= mask_of(s) / 4) return true;
  table_resize(rt, s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

static Set* set_difference(Runtime& rt, Set* s, Value other) {
  std::size_t other_size;
  if (is_anyset(other)) {
    other_size = other.as<Set>()->used;
  } else if (is_kind(other, ObjKind::Dict)) {
    other_size = other.as<Dict>()->used;
  } else {
    Set* r = set_copy(rt, s);
    return set_difference_update(rt, r, other) ? r : nullptr;
  }
  if ((s->used >> 2) > other_size) {
    Set* r = set_copy(rt, s);
    return set_difference_update(rt, r, other) ? r : nullptr;
  }
  Set* result = new_set(rt, s->flags & Set::kFrozen);
  std::vector<SetEntry> snapshot = s->table;
  for (const SetEntry& e : snapshot) {
    if (e.key.is_null()) continue;
    int r;
    if (is_kind(other, ObjKind::Dict)) {
      Value ignored;
      r = dict_get_known_hash(rt, other.as<Dict>(), e.key, e.hash, &ignored);
    } else {
      r = contains_entry(rt, other.as<Set>(), e.key, e.hash);
    }
    if (r < 0) return nullptr;
    if (!r && add_entry(rt, result, e.key, e.hash) < 0) return nullptr;
  }
  return result;
}

bool set_symmetric_difference_update(Runtime& rt, Set* s, Value other) {
  if (other.is(Value::object(s))) {
    clear_internal(s);
    return true;
  }
  if (is_kind(other, ObjKind::Dict)) {
    std::vector<DictEntry> snapshot = other.as<Dict>()->entries;
    for (const DictEntry& e : snapshot) {
      if (e.key.is_null()) continue;
      int r = discard_entry(rt, s, e.key, e.hash);
      if (r < 0) return false;
      if (r == 0 && add_entry(rt, s, e.key, e.hash) < 0) return false;
    }
    return true;
  }
  Set* o;
  if (is_anyset(other)) {
    o = other.as<Set>();
  } else {
    o = set_from_iterable(rt, other, s->flags & Set::kFrozen);
    if (!o) return false;
  }
  std::vector<SetEntry> snapshot = o->table;
  for (const SetEntry& e : snapshot) {
    if (e.key.is_null()) continue;
    int r = discard_entry(rt, s, e.key, e.hash);
    if (r < 0) return false;
    if (r == 0 && add_entry(rt, s, e.key, e.hash) < 0) return false;
  }
  return true;
}

static Set* set_symmetric_difference(Runtime& rt, Set* s, Value other) {
  Set* o = set_from_iterable(rt, other, s->flags & Set::kFrozen);
  if (!o) return nullptr;
  if (!set_symmetric_difference_update(rt, o, Value::object(s))) return nullptr;
  return o;
}

static void swap_bodies(Set* a, Set* b) {
  std::swap(a->table, b->table);
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
}

// ---------------------------------------------------------------------------
// repr, comparison, operators
// ---------------------------------------------------------------------------

bool set_repr(Runtime& rt, Set* s, std::string& out) {
  bool exact = s->type == rt.types.set;
  std::string_view name = sv(s->type->name);
  if (s->used == 0) {
    out += name;
    out += "()";
    return true;
  }
  if (!repr_enter(s)) {
    out += name;
    out += "(...)";
    return true;
  }
  if (!exact) {
    out += name;
    out += '(';
  }
  out += '{';
  bool first = true;
  std::vector<SetEntry> snapshot = s->table;
  for (const SetEntry& e : snapshot) {
    if (e.key.is_null()) continue;
    if (!first) out += ", ";
    first = false;
    if (!ops::repr_into(rt, e.key, out)) {
      repr_leave(s);
      return false;
    }
  }
  out += '}';
  if (!exact) out += ')';
  repr_leave(s);
  return true;
}

Value set_compare(Runtime& rt, CmpOp op, Set* a, Set* b) {
  auto result = [&](int r) -> Value { return r < 0 ? Value::null() : rt.boolean(r == 1); };
  switch (op) {
    case CmpOp::Eq:
    case CmpOp::Ne: {
      if (a->used != b->used) return rt.boolean(op == CmpOp::Ne);
      int r = issubset(rt, a, b);
      if (r < 0) return Value::null();
      return rt.boolean((r == 1) == (op == CmpOp::Eq));
    }
    case CmpOp::Le: return result(issubset(rt, a, b));
    case CmpOp::Ge: return result(issubset(rt, b, a));
    case CmpOp::Lt: return a->used >= b->used ? rt.False() : result(issubset(rt, a, b));
    case CmpOp::Gt: return a->used <= b->used ? rt.False() : result(issubset(rt, b, a));
  }
  return not_impl(rt);
}

Value set_binary(Runtime& rt, BinOp op, Value a, Value b, bool inplace) {
  if (!is_anyset(a) || !is_anyset(b)) return not_impl(rt);
  Set* s = a.as<Set>();
  bool mutate = inplace && !(s->flags & Set::kFrozen);
  switch (op) {
    case BinOp::Or: {
      if (mutate) return set_update(rt, s, b) ? a : Value::null();
      Set* r = set_copy(rt, s);
      if (a.is(b)) return Value::object(r);
      return set_update(rt, r, b) ? Value::object(r) : Value::null();
    }
    case BinOp::And: {
      Set* r = set_intersection(rt, s, b);
      if (!r) return Value::null();
      if (mutate) {
        swap_bodies(s, r);
        return a;
      }
      return Value::object(r);
    }
    case BinOp::Sub: {
      if (mutate) return set_difference_update(rt, s, b) ? a : Value::null();
      Set* r = set_difference(rt, s, b);
      return r ? Value::object(r) : Value::null();
    }
    case BinOp::Xor: {
      if (mutate) return set_symmetric_difference_update(rt, s, b) ? a : Value::null();
      Set* r = set_symmetric_difference(rt, s, b);
      return r ? Value::object(r) : Value::null();
    }
    default:
      return not_impl(rt);
  }
}

// ---------------------------------------------------------------------------
// Methods (a[0] is self)
// ---------------------------------------------------------------------------

static Set* self_set(const ArgView& a) { return a[0].as<Set>(); }

static Value set_add_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "set.add", 1)) return Value::null();
  return set_add(rt, self_set(a), a[1]) < 0 ? Value::null() : rt.None();
}

static Value set_remove_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "set.remove", 1)) return Value::null();
  std::int64_t hash;
  if (!key_hash(rt, a[1], &hash, true)) return Value::null();
  int r = discard_entry(rt, self_set(a), a[1], hash);
  if (r < 0) return Value::null();
  if (r == 0) return rt.raise_key_error(a[1]);
  return rt.None();
}

static Value set_discard_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "set.discard", 1)) return Value::null();
  std::int64_t hash;
  if (!key_hash(rt, a[1], &hash, true)) return Value::null();
  return discard_entry(rt, self_set(a), a[1], hash) < 0 ? Value::null() : rt.None();
}

static Value set_pop_method(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "set.pop", 1)) return Value::null();
  Set* s = self_set(a);
  if (s->used == 0) return rt.raise(rt.exc.KeyError, "pop from an empty set");
  std::size_t mask = mask_of(s);
  std::size_t i = s->finger & mask;
  while (s->table[i].key.is_null()) i = (i + 1) & mask;
  Value key = s->table[i].key;
  s->table[i] = {Value::null(), -1};
  --s->used;
  s->finger = i + 1;
  return key;
}

static Value set_clear_method(Runtime& rt, const ArgView& a) {
  if (!check_no_args(rt, a, "set.clear", 1)) return Value::null();
  clear_internal(self_set(a));
  return rt.None();
}

static Value set_copy_method(Runtime& rt, const ArgView& a) {
  Set* s = self_set(a);
  bool frozen = s->flags & Set::kFrozen;
  if (!check_no_args(rt, a, frozen ? "frozenset.copy" : "set.copy", 1)) return Value::null();
  if (frozen && s->type == rt.types.frozenset) return a[0];
  return Value::object(set_copy(rt, s));
}

static Value set_update_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "set.update")) return Value::null();
  for (std::size_t i = 1; i < a.npos; ++i)
    if (!set_update(rt, self_set(a), a[i])) return Value::null();
  return rt.None();
}

static Value set_union_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "union")) return Value::null();
  Set* r = set_copy(rt, self_set(a));
  Root keep(rt, Value::object(r));
  for (std::size_t i = 1; i < a.npos; ++i) {
    if (a[i].is(a[0])) continue;
    if (!set_update(rt, r, a[i])) return Value::null();
  }
  return Value::object(r);
}

static Value set_intersection_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "intersection")) return Value::null();
  if (a.npos == 1) return Value::object(set_copy(rt, self_set(a)));
  Root result(rt, a[0]);
  for (std::size_t i = 1; i < a.npos; ++i) {
    Set* r = set_intersection(rt, result.get().as<Set>(), a[i]);
    if (!r) return Value::null();
    result.set(Value::object(r));
  }
  return result.get();
}

static Value set_intersection_update_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "intersection_update")) return Value::null();
  Value r = set_intersection_method(rt, a);
  if (r.is_null()) return r;
  if (!r.is(a[0])) swap_bodies(self_set(a), r.as<Set>());
  return rt.None();
}

static Value set_difference_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "difference")) return Value::null();
  if (a.npos == 1) return Value::object(set_copy(rt, self_set(a)));
  Set* r = set_difference(rt, self_set(a), a[1]);
  if (!r) return Value::null();
  Root keep(rt, Value::object(r));
  for (std::size_t i = 2; i < a.npos; ++i)
    if (!set_difference_update(rt, r, a[i])) return Value::null();
  return Value::object(r);
}

static Value set_difference_update_method(Runtime& rt, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "difference_update")) return Value::null();
  for (std::size_t i = 1; i < a.npos; ++i)
    if (!set_difference_update(rt, self_set(a), a[i])) return Value::null();
  return rt.None();
}

static Value set_symdiff_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "symmetric_difference", 1)) return Value::null();
  Set* r = set_symmetric_difference(rt, self_set(a), a[1]);
  return r ? Value::object(r) : Value::null();
}

static Value set_symdiff_update_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "symmetric_difference_update", 1)) return Value::null();
  return set_symmetric_difference_update(rt, self_set(a), a[1]) ? rt.None() : Value::null();
}

// A set for `other` (itself when it already is one); null on error.
static Set* as_set(Runtime& rt, Value other) {
  if (is_anyset(other)) return other.as<Set>();
  return set_from_iterable(rt, other, false);
}

static Value set_issubset_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "issubset", 1)) return Value::null();
  Set* o = as_set(rt, a[1]);
  if (!o) return Value::null();
  int r = issubset(rt, self_set(a), o);
  return r < 0 ? Value::null() : rt.boolean(r == 1);
}

static Value set_issuperset_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "issuperset", 1)) return Value::null();
  Set* o = as_set(rt, a[1]);
  if (!o) return Value::null();
  int r = issubset(rt, o, self_set(a));
  return r < 0 ? Value::null() : rt.boolean(r == 1);
}

static Value set_isdisjoint_method(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "isdisjoint", 1)) return Value::null();
  Set* s = self_set(a);
  if (is_anyset(a[1])) {
    Set* x = s;
    Set* y = a[1].as<Set>();
    if (x->used > y->used) std::swap(x, y);
    std::vector<SetEntry> snapshot = x->table;
    for (const SetEntry& e : snapshot) {
      if (e.key.is_null()) continue;
      int r = contains_entry(rt, y, e.key, e.hash);
      if (r < 0) return Value::null();
      if (r) return rt.False();
    }
    return rt.True();
  }
  Value it = ops::iter(rt, a[1]);
  if (it.is_null()) return Value::null();
  Root keep_it(rt, it);
  for (;;) {
    Value x = ops::next(rt, it);
    if (x.is_null()) return Value::null();
    if (x.is_stop()) return rt.True();
    int r = set_contains(rt, s, x);
    if (r < 0) return Value::null();
    if (r) return rt.False();
  }
}

static Value set_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "set") || !check_nargs(rt, a, "set", 0, 1)) return Value::null();
  Set* s = new_set_of_type(rt, type, false);
  if (a.npos == 1) {
    Root keep(rt, Value::object(s));
    if (!set_update(rt, s, a[0])) return Value::null();
  }
  return Value::object(s);
}

static Value frozenset_new(Runtime& rt, Type* type, const ArgView& a) {
  if (!check_no_kwargs(rt, a, "frozenset") || !check_nargs(rt, a, "frozenset", 0, 1))
    return Value::null();
  if (a.npos == 1 && type == rt.types.frozenset && is_kind(a[0], ObjKind::Set) &&
      a[0].obj()->type == rt.types.frozenset)
    return a[0];
  Set* s = new_set_of_type(rt, type, true);
  if (a.npos == 1) {
    Root keep(rt, Value::object(s));
    if (!set_update(rt, s, a[0])) return Value::null();
  }
  return Value::object(s);
}

void install_set_methods(Runtime& rt) {
  Type* st = rt.types.set;
  Type* ft = rt.types.frozenset;
  st->newfn = set_new;
  ft->newfn = frozenset_new;
  for (Type* t : {st, ft}) {
    add_method(rt, t, "copy", set_copy_method);
    add_method(rt, t, "union", set_union_method);
    add_method(rt, t, "intersection", set_intersection_method);
    add_method(rt, t, "difference", set_difference_method);
    add_method(rt, t, "symmetric_difference", set_symdiff_method);
    add_method(rt, t, "issubset", set_issubset_method);
    add_method(rt, t, "issuperset", set_issuperset_method);
    add_method(rt, t, "isdisjoint", set_isdisjoint_method);
  }
  add_method(rt, st, "add", set_add_method);
  add_method(rt, st, "remove", set_remove_method);
  add_method(rt, st, "discard", set_discard_method);
  add_method(rt, st, "pop", set_pop_method);
  add_method(rt, st, "clear", set_clear_method);
  add_method(rt, st, "update", set_update_method);
  add_method(rt, st, "intersection_update", set_intersection_update_method);
  add_method(rt, st, "difference_update", set_difference_update_method);
  add_method(rt, st, "symmetric_difference_update", set_symdiff_update_method);
}

}  // namespace stk
