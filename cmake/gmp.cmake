# GMP (big ints). Debian: libgmp-dev. Defines the imported target stk::gmp.
find_library(GMP_LIBRARY NAMES gmp)
find_path(GMP_INCLUDE_DIR NAMES gmp.h)

if(NOT GMP_LIBRARY OR NOT GMP_INCLUDE_DIR)
  message(FATAL_ERROR "GMP not found (library: '${GMP_LIBRARY}', header: '${GMP_INCLUDE_DIR}'). "
                      "Install it with: apt-get install libgmp-dev  (or run scripts/setup.sh)")
endif()

if(NOT TARGET stk::gmp)
  add_library(stk::gmp UNKNOWN IMPORTED)
  set_target_properties(stk::gmp PROPERTIES
    IMPORTED_LOCATION "${GMP_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${GMP_INCLUDE_DIR}")
endif()
message(STATUS "stk: GMP: ${GMP_LIBRARY}")
