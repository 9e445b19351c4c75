// Opening a trace for the reading commands: decode the whole file with the
// runtime's reader, print its warnings (e.g. a truncated last chunk) as
// `stk-trace: warning: ...` lines, and turn a damaged file into one stk::Error
// (exit status 1) whose message names the file and the offset.
#pragma once

#include <string>

#include "trace_api.hpp"

namespace stk::cli {

trace::TraceData load_trace(const std::string& path);

}  // namespace stk::cli
