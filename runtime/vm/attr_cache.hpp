// The per-name class-attribute cache used by attribute instructions on instances
// of user classes (see AttrCache in bytecode/code_object.hpp).
#pragma once

#include "bytecode/code_object.hpp"
#include "objects/class.hpp"
#include "vm/runtime.hpp"

namespace stk {

// What the MRO of user type `t` holds under `code->names[index]` (null: nothing).
inline Value cached_class_attr(Runtime& rt, Code* code, std::uint32_t index, Type* t) {
  AttrCache& c = code->attr_cache[index];
  for (int i = 0; i < 2; ++i)
    if (c.type[i] == t && c.epoch[i] == rt.class_epoch) return c.descr[i];
  int slot = c.next;
  c.next ^= 1;
  c.type[slot] = t;
  c.epoch[slot] = rt.class_epoch;
  c.descr[slot] = mro_lookup(t, code->names[index]);
  return c.descr[slot];
}

}  // namespace stk
