# Catch2 v2 (Debian package catch2 2.13: <catch2/catch.hpp>) and its `Catch`
# module, whose catch_discover_tests() registers every TEST_CASE with ctest.
# Sets STK_HAVE_CATCH2. Usage:
#   stk_add_catch_tests(<target> <label> SOURCES <files...> [LIBRARIES <libs...>])
# One of SOURCES must define CATCH_CONFIG_MAIN.
find_package(Catch2 2 CONFIG QUIET)
if(TARGET Catch2::Catch2)
  set(STK_HAVE_CATCH2 ON)
  include(Catch)
else()
  set(STK_HAVE_CATCH2 OFF)
  message(WARNING "stk: Catch2 v2 not found; unit tests are not built. "
                  "Install it with: apt-get install catch2  (or run scripts/setup.sh)")
endif()

function(stk_add_catch_tests target label)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
  add_executable(${target} ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE Catch2::Catch2 ${ARG_LIBRARIES})
  stk_set_warnings(${target})
  # Each TEST_CASE becomes one ctest test named "<label>/<case>", labelled
  # <label>, so `ctest -L unit` runs exactly the unit tests.
  catch_discover_tests(${target}
    TEST_PREFIX "${label}/"
    PROPERTIES LABELS "unit;${label}"
    EXTRA_ARGS --use-colour no)
endfunction()
