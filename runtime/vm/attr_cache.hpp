// The per-name class-attribute cache used by attribute instructions on instances
// of user classes (see AttrCache in bytecode/code_object.hpp).
#pragma once

#include "bytecode/code_object.hpp"
#include "objects/class.hpp"
#include "objects/containers.hpp"
#include "vm/runtime.hpp"

namespace stk {

// What the MRO of user type `t` holds under `code->names[index]` (null:
// nothing); `*entry` says which cache entry answered (for the slot hint).
inline Value cached_class_attr(Runtime& rt, Code* code, std::uint32_t index, Type* t, int* entry = nullptr) {
  AttrCache& c = code->attr_cache[index];
  for (int i = 0; i < 2; ++i) {
    if (c.type[i] == t && c.epoch[i] == rt.class_epoch) {
      if (entry) *entry = i;
      return c.descr[i];
    }
  }
  int slot = c.next;
  c.next ^= 1;
  c.type[slot] = t;
  c.epoch[slot] = rt.class_epoch;
  c.descr[slot] = mro_lookup(t, code->names[index]);
  c.slot[slot] = -1;
  if (entry) *entry = slot;
  return c.descr[slot];
}

// The instance-dict entry holding `name`, using and refreshing the slot hint;
// -1 when absent.
inline std::int32_t find_instance_attr(Dict* attrs, Str* name, std::int32_t& hint) {
  if (hint >= 0 && static_cast<std::size_t>(hint) < attrs->entries.size() &&
      attrs->entries[static_cast<std::size_t>(hint)].key.is(Value::object(name)))
    return hint;
  std::int32_t ix = dict_entry_index_str(attrs, name);
  if (ix >= 0) hint = ix;
  return ix;
}

}  // namespace stk
