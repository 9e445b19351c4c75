// The library modules that are built into the VM instead of read from .py files
// (math, random, time, collections, itertools,
// stackless): `create_builtin_module` is the
// registry the import machinery asks before looking for `<name>.py`. Each module
// is built fresh on first import; the caller registers it in sys.modules, so a
// module's natives and types live exactly as long as that entry.
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "builtins/builtins_internal.hpp"

namespace stk {

// The module called `name`, or nullptr (no raise) if no builtin module has that name.
Module* create_builtin_module(Runtime& rt, std::string_view name);

// ---- one constructor per module (mod_<name>.cpp) ----
Module* make_math_module(Runtime& rt);
Module* make_random_module(Runtime& rt);
Module* make_time_module(Runtime& rt);
Module* make_collections_module(Runtime& rt);
Module* make_itertools_module(Runtime& rt);
Module* make_stackless_module(Runtime& rt);
Module* make_traceback_module(Runtime& rt);
Module* make_stk_module(Runtime& rt);

// ---- helpers shared by the mod_*.cpp files ----
// A read-only mpz for any is_int() value (BigInts in place, small ints and bools copied).
class MpzArg {
 public:
  explicit MpzArg(Value v);
  ~MpzArg();
  MpzArg(const MpzArg&) = delete;
  MpzArg& operator=(const MpzArg&) = delete;
  mpz_srcptr get() const { return p_; }

 private:
  mpz_t tmp_;
  mpz_srcptr p_;
  bool owned_ = false;
};

// RAII mpz for results.
struct MpzTmp {
  mpz_t z;
  MpzTmp() { mpz_init(z); }
  ~MpzTmp() { mpz_clear(z); }
  MpzTmp(const MpzTmp&) = delete;
  MpzTmp& operator=(const MpzTmp&) = delete;
};

// An int argument of any size (bools count): false after TypeError
// "'float' object cannot be interpreted as an integer".
bool int_value_arg(Runtime& rt, Value v);
// A module-level function bound to hidden state `self` (prepended to its arguments).
void add_bound_function(Runtime& rt, Dict* dict, std::string_view name, NativeFnPtr fn, Value self);

}  // namespace stk
