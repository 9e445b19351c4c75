// Loads a trace file for report/export/dump (see trace_input.hpp).
#include "trace_input.hpp"

#include <filesystem>
#include <system_error>

#include <stk/error.hpp>

#include "common/error_line.hpp"

namespace stk::cli {

trace::TraceData load_trace(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) throw stk::Error(path + ": no such file", 1);
  if (std::filesystem::is_directory(status)) throw stk::Error(path + ": is a directory, not a trace file", 1);
  trace::TraceData data;
  try {
    data = trace::read_trace_file(path);
  } catch (const trace::TraceError& e) {
    throw stk::Error(path + ": " + e.what(), 1);
  } catch (const std::bad_alloc&) {
    throw stk::Error(path + ": out of memory reading the trace", 1);
  }
  for (const std::string& w : data.warnings) print_error_line("stk-trace", "warning: " + path + ": " + w);
  return data;
}

}  // namespace stk::cli
