// Catch2's main for stk_dap_tests (the protocol pieces of stk-dap, no Session).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
