// The Catch2 main of stk_trace_tests (the recorder, the trace file format and
// the report's model).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
