// The registry of builtin library modules (see modules.hpp) and the small
// helpers the mod_*.cpp files share. Adding a module: write mod_<name>.cpp with
// a `make_<name>_module`, declare it in modules.hpp, add one line to kModules.
#include "builtins/modules.hpp"

#include "objects/number.hpp"

namespace stk {

namespace {

struct ModuleEntry {
  std::string_view name;
  Module* (*make)(Runtime& rt);
};

constexpr ModuleEntry kModules[] = {
    {"math", make_math_module},
    {"random", make_random_module},
    {"time", make_time_module},
    {"collections", make_collections_module},
    {"itertools", make_itertools_module},
    {"stackless", make_stackless_module},
    {"traceback", make_traceback_module},
    {"stk", make_stk_module},
};

}  // namespace

Module* create_builtin_module(Runtime& rt, std::string_view name) {
  for (const ModuleEntry& m : kModules)
    if (m.name == name) return m.make(rt);
  return nullptr;
}

MpzArg::MpzArg(Value v) {
  if (v.is_obj() && v.obj()->kind == ObjKind::BigInt) {
    p_ = v.as<BigInt>()->z;
  } else {
    std::int64_t x = 0;
    int_to_i64(v, &x);
    mpz_init_set_si(tmp_, x);
    p_ = tmp_;
    owned_ = true;
  }
}

MpzArg::~MpzArg() {
  if (owned_) mpz_clear(tmp_);
}

bool int_value_arg(Runtime& rt, Value v) {
  if (is_int(v)) return true;
  rt.raise_type_error("'" + ops::type_name(rt, v) + "' object cannot be interpreted as an integer");
  return false;
}

void add_bound_function(Runtime& rt, Dict* dict, std::string_view name, NativeFnPtr fn, Value self) {
  dict_set_str(rt, dict, rt.intern(name), Value::object(rt.new_native(name, fn, self)));
}

}  // namespace stk
