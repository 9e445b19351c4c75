# Compiler warnings for every stk target. -Werror only with STK_WERROR (ON in
# CI), so a newer compiler's new warning never blocks a local build.
# Usage: stk_set_warnings(<target>)
option(STK_WERROR "Treat compiler warnings as errors" OFF)

function(stk_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(STK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  # GCC 12 reports impossible overlaps in libstdc++'s std::string operator+ at -O2
  # (GCC bug 105329, fixed in GCC 13): Debian 12's compiler, so switch it off there.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  # GCC's -Wmaybe-uninitialized gives false positives under sanitizers (its own
  # manual says so), e.g. in <regex> as used by cxxopts.hpp at -O1.
  if(STK_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
