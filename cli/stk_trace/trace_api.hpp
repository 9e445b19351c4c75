// The one place stk-trace names the runtime's trace API (`<stk/trace.hpp>`:
// `read_trace_file`, `TraceData`, `Event`, `EventKind`), so the rest of the
// tool includes its own headers only.
#pragma once

#include <stk/trace.hpp>
