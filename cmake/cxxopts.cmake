# cxxopts (header-only command-line parsing). Debian: libcxxopts-dev. Prefers the
# package's CMake config; falls back to the bare header. Defines stk::cxxopts.
if(NOT TARGET stk::cxxopts)
  find_package(cxxopts CONFIG QUIET)
  add_library(stk::cxxopts INTERFACE IMPORTED)
  if(TARGET cxxopts::cxxopts)
    target_link_libraries(stk::cxxopts INTERFACE cxxopts::cxxopts)
  else()
    find_path(CXXOPTS_INCLUDE_DIR NAMES cxxopts.hpp)
    if(NOT CXXOPTS_INCLUDE_DIR)
      message(FATAL_ERROR "cxxopts.hpp not found. Install it with: apt-get install libcxxopts-dev "
                          "(or run scripts/setup.sh)")
    endif()
    target_include_directories(stk::cxxopts INTERFACE "${CXXOPTS_INCLUDE_DIR}")
  endif()
endif()
