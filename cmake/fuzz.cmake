# STK_BUILD_FUZZ: libFuzzer targets, one per tests/fuzz/*_fuzz.cpp (needs clang).
# Each links its own copy of the runtime compiled with
# -fsanitize=fuzzer-no-link,address,undefined, so coverage reaches the code under
# test. `cmake --build <dir> --target stk_fuzzers` builds them all (into bin/).
# Usage: stk_add_fuzzers(<runtime sources...>)
function(stk_add_fuzzers)
  set(runtime_sources ${ARGN})
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "STK_BUILD_FUZZ needs clang (libFuzzer); configure with "
                        "CC=clang CXX=clang++ in a separate build tree, e.g. build-fuzz/")
  endif()
  file(GLOB fuzz_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/tests/fuzz/*_fuzz.cpp")
  add_custom_target(stk_fuzzers)
  if(NOT fuzz_sources)
    message(STATUS "stk: STK_BUILD_FUZZ is ON but tests/fuzz/ has no *_fuzz.cpp yet")
    return()
  endif()

  set(fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                 -fno-sanitize-recover=undefined -g)
  add_library(stk_runtime_fuzz STATIC ${runtime_sources})
  stk_configure_runtime(stk_runtime_fuzz)
  target_compile_options(stk_runtime_fuzz PUBLIC ${fuzz_flags})
  target_link_options(stk_runtime_fuzz PUBLIC -fsanitize=address,undefined)

  foreach(src IN LISTS fuzz_sources)
    get_filename_component(name "${src}" NAME_WE)
    add_executable(${name} "${src}")
    target_link_libraries(${name} PRIVATE stk_runtime_fuzz)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    stk_set_warnings(${name})
    add_dependencies(stk_fuzzers ${name})
    message(STATUS "stk: fuzz target ${name}")
  endforeach()
endfunction()
