// The trace API for tools outside runtime/ (stk-trace, the viewer, the DAP
// server): the event records (stk::trace::Event, EventKind, ...) and the
// trace file reader (read_trace_file -> TraceData, TraceError; TraceReader for
// a file still growing). See
// docs/trace-format.md. The recorder that writes them is runtime/trace.
#pragma once

#include <stk/trace_event.hpp>  // IWYU pragma: export
#include <stk/trace_file.hpp>   // IWYU pragma: export
