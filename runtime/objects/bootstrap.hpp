// Construction of a Runtime's builtin world, in this order (Runtime::Runtime):
// types and singletons first, then each family installs its methods, then the
// builtin modules. Each function is defined next to the family it installs.
#pragma once

namespace stk {

struct Runtime;

void bootstrap_types(Runtime& rt);          // objects/bootstrap.cpp: Type objects, singletons, Names
void install_number_methods(Runtime& rt);   // objects/int.cpp, float.cpp: int/float/bool methods
void install_str_methods(Runtime& rt);      // objects/str_methods.cpp
void install_exception_methods(Runtime& rt);  // objects/exception.cpp
void install_container_methods(Runtime& rt);  // objects/list.cpp, dict.cpp, ...
void install_builtins_module(Runtime& rt);  // builtins/builtins.cpp
void install_sys_module(Runtime& rt, int argc, const char* const* argv);  // builtins/mod_sys.cpp

}  // namespace stk
