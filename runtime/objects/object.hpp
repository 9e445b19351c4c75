// The object header every heap object starts with, and ObjKind: the C++ layout of
// an object (which struct it is), as opposed to its Python type (`type`, which a
// user class can subclass later). The collector and the fast paths switch on
// `kind`; Python-visible behaviour looks at `type`.
#pragma once

#include <cstdint>

namespace stk {

struct Type;

// X-macro: OBJ_KIND(Name). One line per C++ object layout (objects/layouts.hpp).
#define STK_OBJ_KINDS(X)                                                          \
  X(None) X(Bool) X(BigInt) X(Float) X(Str) X(Tuple) X(List) X(Dict) X(Set)      \
  X(Range) X(Slice) X(Cell) X(Code) X(Function) X(NativeFn) X(BoundMethod)        \
  X(Type) X(Module) X(Exception) X(Instance) X(Iterator) X(Tasklet) X(Singleton) \
  X(Generator) X(Channel) X(Property) X(ClassMethod) X(StaticMethod) X(Super)    \
  X(DictView)

enum class ObjKind : std::uint8_t {
#define STK_X(name) name,
  STK_OBJ_KINDS(STK_X)
#undef STK_X
};

struct Obj {
  Type* type;         // Python type; never null
  Obj* gc_next;       // malloc'd (large) objects only: the list their sweep walks
  ObjKind kind;          // C++ layout
  std::uint8_t gc_bits;  // owned by the heap: mark bit (0x80) and size class (0x7f)
  std::uint16_t flags;  // per-kind small flags (see each layout)
  std::uint32_t aux;    // per-kind small field (see each layout)
};

}  // namespace stk
