// The Catch2 v2 main for stk_runtime_tests: the one translation unit that
// defines CATCH_CONFIG_MAIN. Test cases live in the other *_test.cpp files.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
