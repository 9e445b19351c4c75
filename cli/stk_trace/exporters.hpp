// The export formats of `stk-trace export` (export.cpp parses the options).
// Each writes one whole document to `out`; docs/trace.md describes both.
#pragma once

#include <cstdint>
#include <string>

#include "output_file.hpp"
#include "trace_api.hpp"

namespace stk::cli {

// The part of the trace to export: events at times in [from_ns, to_ns].
struct TimeWindow {
  std::uint64_t from_ns = 0;
  std::uint64_t to_ns = UINT64_MAX;
  bool contains(std::uint64_t t) const { return t >= from_ns && t <= to_ns; }
};

// "250us", "1.5ms", "2s", "800ns"; a bare number is milliseconds. Throws
// stk::Error (usage) naming `option` if `text` is not a time.
std::uint64_t parse_time_ns(const std::string& option, const std::string& text);

struct ExportStats {
  std::size_t written = 0;        // JSON objects (Chrome) or lines (JSONL) written
  std::size_t flows_dropped = 0;  // transfers with no room for a flow marker (Chrome)
};

// Chrome Trace Event JSON for Perfetto UI and chrome://tracing (export_chrome.cpp).
// Reads the trace itself, a block at a time, and creates `output` ("" or "-":
// stdout) only once the trace has been read without error.
ExportStats export_chrome(const std::string& trace_path, const TimeWindow& window, const std::string& output);
// One JSON object per event, in file order, fields decoded (export_jsonl.cpp).
ExportStats export_jsonl(const trace::TraceData& data, const TimeWindow& window, OutputFile& out);

}  // namespace stk::cli
