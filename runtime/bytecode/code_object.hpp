// Code: a compiled function or module body — instructions, constants, names, the
// frame layout, the line table and the exception table. Immutable after the
// compiler builds it (caches live beside it, never in it), so debuggers and
// snapshots can read it from any thread at a safe point.
//
// Frame layout of a code object on a tasklet's value stack, from `base`:
//   [locals: nlocals (arguments first)] [cells: ncells] [free: nfree] [operands: stacksize]
#pragma once

#include <cstdint>
#include <vector>

#include "objects/layouts.hpp"

namespace stk {

// pc -> source position: the entry with the greatest start_pc <= pc.
struct LineEntry {
  std::uint32_t start_pc;
  int line;
  int column;
};

// An exception raised at pc in [start, end) jumps to `target` with the operand
// stack cut to `depth` items and the exception pushed. Innermost ranges come first.
struct HandlerEntry {
  std::uint32_t start, end, target, depth;
};

// LoadGlobal's cache, one per name: where the name was found, valid while the
// dicts' key sets are unchanged (versions are unique, see dict_bump_version).
struct GlobalCache {
  const Dict* globals = nullptr;
  std::uint64_t globals_version = 0;
  std::uint64_t builtins_version = 0;
  std::int32_t index = -1;
  bool in_builtins = false;
};

// LoadMethod's cache, one per name: the unbound method found on a builtin type,
// valid while that type's dict keeps its key set. `method` is traced by the GC.
struct MethodCache {
  const Type* type = nullptr;
  std::uint64_t dict_version = 0;
  Value method;
};

// Attribute caches for instances of user classes, one per name: what the MRO of
// `type` holds under the name (null: nothing, so the instance dict decides),
// valid while no user class has been modified (Runtime::class_epoch).
struct AttrCache {
  // Two entries: call sites often see a class and one subclass alternately.
  const Type* type[2] = {nullptr, nullptr};
  std::uint64_t epoch[2] = {0, 0};
  Value descr[2];
  // Where the name last sat in an instance's dict (entry number), per entry:
  // instances of one class usually insert attributes in the same order, so the
  // hint (checked against the key) skips the hash lookup.
  std::int32_t slot[2] = {-1, -1};
  std::uint8_t next = 0;  // the entry the next miss replaces
};

struct Code : Obj {
  static constexpr std::uint32_t kVarargs = 1, kVarkw = 2, kGenerator = 4, kModule = 8,
                                 kClassBody = 16, kLambda = 32, kComprehension = 64;
  std::vector<std::uint32_t> insns;
  std::vector<Value> consts;
  std::vector<Str*> names;     // globals, attributes, imports
  std::vector<Str*> varnames;  // locals, arguments first
  std::vector<Str*> cellvars;  // cells created by this frame
  std::vector<Str*> freevars;  // cells received through the closure
  // For each cell: the argument it is initialised from, or -1.
  std::vector<std::int32_t> cell_from_arg;
  std::vector<LineEntry> lines;
  std::vector<HandlerEntry> handlers;
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  int firstline = 0;
  std::uint32_t argcount = 0;         // positional parameters, incl. positional-only
  std::uint32_t posonlyargcount = 0;
  std::uint32_t kwonlyargcount = 0;
  std::uint32_t code_flags = 0;
  std::uint32_t stacksize = 0;
  std::vector<GlobalCache> global_cache;  // sized like `names`; run-time data, not code
  std::vector<MethodCache> method_cache;  // sized like `names`
  std::vector<AttrCache> attr_cache;      // sized like `names`

  std::uint32_t nlocals() const { return static_cast<std::uint32_t>(varnames.size()); }
  std::uint32_t ncells() const { return static_cast<std::uint32_t>(cellvars.size()); }
  std::uint32_t nfree() const { return static_cast<std::uint32_t>(freevars.size()); }
  // Slots a frame of this code needs, operand stack included.
  std::uint32_t frame_size() const { return nlocals() + ncells() + nfree() + stacksize; }
  // Total parameters, counting *args and **kwargs.
  std::uint32_t total_args() const {
    return argcount + kwonlyargcount + ((code_flags & kVarargs) ? 1 : 0) +
           ((code_flags & kVarkw) ? 1 : 0);
  }

  int line_for(std::uint32_t pc) const;
  int column_for(std::uint32_t pc) const;
};

}  // namespace stk
