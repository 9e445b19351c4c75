// The C++ layout of every builtin object kind (ObjKind in object.hpp). Kept in one
// header because the collector, the interpreter's fast paths and the builtins all
// need the same field names; behaviour lives in the per-type .cpp files.
// Invariant: every Value or Obj* field that can reference a heap object is traced
// in objects/trace.cpp — add a field here, add it there.
#pragma once

#include <gmp.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "objects/object.hpp"
#include "objects/value.hpp"

namespace stk {

struct Str;
struct Tuple;
struct Dict;
struct Code;
struct Runtime;
struct ArgView;

struct BoolObj : Obj {
  bool value;
};

struct BigInt : Obj {
  mpz_t z;  // never fits in a small int (canonical form); cleared at sweep
};

struct Float : Obj {
  double value;
};

// UTF-8 text with code-point semantics. flags: kAscii (every byte < 0x80: index
// by byte), kInterned, kShared.
// Bytes normally follow the struct. A kShared string (made by concatenation)
// instead views a prefix of a growable buffer owned by `shared()->owner`: strings
// are immutable, so appending past the end of the longest view never changes an
// existing one, and `s += t` in a loop costs O(len(t)) instead of O(len(s)).
// data() is NOT guaranteed to be NUL-terminated: always use `nbytes`.
struct Str : Obj {
  static constexpr std::uint16_t kAscii = 1, kInterned = 2, kShared = 4;
  struct SharedTail {
    char* bytes;            // the owner's buffer
    Str* owner;             // owns `bytes` (may be this string)
    std::size_t capacity;   // owner only: bytes allocated
    std::size_t used;       // owner only: length of the longest view
  };
  std::int64_t hash;    // -1 until computed (a Python hash is never -1)
  std::size_t nbytes;   // UTF-8 bytes
  std::size_t length;   // code points
  SharedTail* shared() { return reinterpret_cast<SharedTail*>(this + 1); }
  const SharedTail* shared() const { return reinterpret_cast<const SharedTail*>(this + 1); }
  char* data() { return (flags & kShared) ? shared()->bytes : reinterpret_cast<char*>(this + 1); }
  const char* data() const {
    return (flags & kShared) ? shared()->bytes : reinterpret_cast<const char*>(this + 1);
  }
  bool is_ascii() const { return (flags & kAscii) != 0; }
};

// Items follow the struct.
struct Tuple : Obj {
  std::size_t size;
  Value* items() { return reinterpret_cast<Value*>(this + 1); }
  const Value* items() const { return reinterpret_cast<const Value*>(this + 1); }
};

struct List : Obj {
  std::vector<Value> items;
};

// CPython's compact ordered dict: `entries` is dense and in insertion order (a
// deleted entry keeps its slot with a null key until the next resize); `index`
// is the sparse open-addressing table of entry numbers (kEmpty, kDummy).
struct DictEntry {
  std::int64_t hash;
  Value key;  // null = deleted
  Value value;
};
struct Dict : Obj {
  static constexpr std::int32_t kEmpty = -1, kDummy = -2;
  std::vector<DictEntry> entries;
  std::vector<std::int32_t> index;  // size is a power of two, or 0 when empty
  std::size_t used = 0;             // live entries
  std::uint64_t version = 0;        // changes whenever a key is added or removed (dict_bump_version)
};

// CPython's set table (setobject.c), so iteration order matches the oracle:
// unused = {null, 0}, dummy = {null, -1}. flags: kFrozen for frozenset.
struct SetEntry {
  Value key;
  std::int64_t hash;
};
struct Set : Obj {
  static constexpr std::uint16_t kFrozen = 1;
  std::vector<SetEntry> table;  // size mask+1, at least 8
  std::size_t fill = 0;         // active + dummy
  std::size_t used = 0;         // active
  std::size_t finger = 0;       // where pop() resumes
};

// d.keys() / d.values() / d.items(): a live view; flags = 0 keys, 1 values, 2 items.
struct DictView : Obj {
  Dict* dict;
};

struct Range : Obj {
  std::int64_t start, stop, step, length;
};

struct Slice : Obj {
  Value start, stop, step;  // None objects when omitted
};

struct Cell : Obj {
  Value value;  // null = empty cell
};

// A function written in Python. `code` holds the bytecode (bytecode/code_object.hpp).
struct Function : Obj {
  Code* code;
  Dict* globals;
  Tuple* defaults;    // may be null
  Dict* kwdefaults;   // may be null
  Tuple* closure;     // cells for the code's free variables; may be null
  Str* name;
  Str* qualname;
  Value module;       // module name (str) or None
  Dict* attrs;        // func.__dict__, created on demand; may be null
};

// Arguments as a native function sees them: positional values, then keyword
// values named by `kwnames` (a tuple of str, or null). All live on the caller's
// stack, which does not move while the native runs (no Python code runs in
// between unless the native calls back through Runtime::call, see vm/nested_loop).
struct ArgView {
  const Value* pos;
  std::size_t npos;
  const Value* kwvalues;
  Tuple* kwnames;
  std::size_t nkw() const { return kwnames ? kwnames->size : 0; }
  Value operator[](std::size_t i) const { return pos[i]; }
};

// A native returns the result, or Value::null() after Runtime::raise_*.
using NativeFnPtr = Value (*)(Runtime& rt, const ArgView& args);

// Obj::flags of a NativeFn: kSwitches = it may switch tasklets (the stackless
// scheduling and channel operations); the interpreter calls those through
// start_call, which handles Value::switched().
struct NativeFn : Obj {
  static constexpr std::uint16_t kSwitches = 1;
  NativeFnPtr fn;
  Str* name;
  Value self;  // bound receiver (prepended to positional args), or null
  Value data;  // extra bound state for natives that need it, or null
};

struct BoundMethod : Obj {
  Value self;
  Value func;
};

// Creates an instance when the type is called: `type(args...)`.
using NewFnPtr = Value (*)(Runtime& rt, Type* type, const ArgView& args);

// flags: kBuiltin (attributes immutable), kBaseException (instances have the
// Exception layout), kFinal (cannot be subclassed), kMethodShadowed (some
// instance may hold an attribute named like a method of the class: method
// calls must check the instance dict first).
struct Type : Obj {
  static constexpr std::uint16_t kBuiltin = 1, kBaseException = 2, kFinal = 4, kMethodShadowed = 8;
  Str* name;
  Type* base;          // null only for `object`
  Dict* dict;          // methods and class attributes
  Tuple* mro;          // this type first, `object` last
  ObjKind instance_kind;
  NewFnPtr newfn;      // null: "cannot create 'X' instances"
  std::uint32_t version;  // for attribute caches; bumped on any change
  // User classes: __init__ as found in the MRO, valid for `init_epoch`
  // (Runtime::class_epoch); saves an MRO walk per instance creation.
  Value init_cache;
  std::uint64_t init_epoch = 0;
};

struct Module : Obj {
  Str* name;
  Dict* dict;
};

struct TracebackEntry {
  Code* code;
  int line;
};

// Instances of BaseException and its subclasses.
struct Exception : Obj {
  Tuple* args;
  Value cause;    // __cause__ (null = None)
  Value context;  // __context__ (null = None)
  bool suppress_context;
  std::vector<TracebackEntry> traceback;  // outermost call first
  Dict* attrs;    // other attributes (user subclasses, e.g. `self.code`); may be null
};

struct Instance : Obj {
  Dict* attrs;
};

// property(fget, fset, fdel, doc): a data descriptor on a class.
struct Property : Obj {
  Value fget, fset, fdel, doc;  // null when absent
};

// staticmethod(f) and classmethod(f) (the kind tells which).
struct MethodWrapper : Obj {
  Value func;
};

// super(type, obj): attribute lookup in obj's MRO after `type`.
struct Super : Obj {
  Type* after;     // the class named in super(): lookup starts after it
  Value obj;
  Type* obj_type;  // type(obj), or obj itself when obj is a class
};

// A generator: the suspended frame of a generator function, held off-stack.
// Resuming copies `slots` back onto the running tasklet's stack as a new frame
// (vm/generators.cpp); suspending copies them out again. No C stack is kept.
struct Generator : Obj {
  enum State : std::uint8_t { Created, Suspended, Running, Closed };
  Function* func;
  std::vector<Value> slots;  // locals, cells, free vars, then the operand stack
  std::uint32_t ip;          // next instruction when resumed
  State state;
};

// NotImplemented and Ellipsis.
struct Singleton : Obj {
  const char* repr;
};

// One layout for every builtin iterator; `flags` holds the IterKind and each kind
// documents which fields it uses (objects/iterators.cpp).
enum class IterKind : std::uint16_t {
  List, Tuple, Str, Range, DictKeys, DictValues, DictItems, Set, Enumerate, Zip,
  Map, Filter, ListReverse, CallableSentinel, SeqGetItem, Count, Islice, Chain, Cycle,
};
struct Iterator : Obj {
  Value a, b, c;             // sources (container, function, nested iterators...)
  std::int64_t i, j, k;      // positions, lengths, steps
  IterKind iter_kind() const { return static_cast<IterKind>(flags); }
};

}  // namespace stk
