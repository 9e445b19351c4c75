// Opening a trace for the reading commands: decode the whole file with the
// runtime's reader, print its warnings (e.g. a truncated last chunk) as
// `stk-trace: warning: ...` lines, and turn a damaged file into one stk::Error
// (exit status 1) whose message names the file and the offset.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "progress.hpp"
#include "trace_api.hpp"
#include "trace_model.hpp"

namespace stk::cli {

trace::TraceData load_trace(const std::string& path);

// The same, a block at a time, for commands that need each event only once
// (report, the Chrome export, dump --follow): memory stays bounded whatever
// the trace's length. Usage:
//   TraceStream in(path);                 // opens (errors as load_trace)
//   while (in.read_more()) { use in.data().events; }   // only the new ones
//   in.finish();                          // warnings, or the error of a cut header
// in.data() keeps the strings, metadata and End values. After read_more()
// returned false, a later call reads what the file has gained since.
class TraceStream {
 public:
  explicit TraceStream(const std::string& path);
  ~TraceStream();
  TraceStream(const TraceStream&) = delete;
  TraceStream& operator=(const TraceStream&) = delete;

  bool read_more();  // false at the end of the file (for now)
  void finish();
  const trace::TraceData& data() const { return reader_.data(); }
  std::uint64_t bytes_read() const { return reader_.bytes_fed(); }
  std::uint64_t file_size() const { return size_; }

 private:
  std::string path_;
  std::FILE* f_ = nullptr;
  std::uint64_t size_ = 0;
  trace::TraceReader reader_;
  std::vector<std::uint8_t> block_;
};

// Reads the rest of `in` into a model built with TraceModel::Streamed, then
// finishes both; `progress` follows the bytes read.
void read_into(TraceStream& in, TraceModel& model, Progress& progress);

}  // namespace stk::cli
