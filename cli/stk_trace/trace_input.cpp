// Loads a trace file for report/export/dump (see trace_input.hpp).
#include "trace_input.hpp"

#include <filesystem>
#include <system_error>

#include <stk/error.hpp>

#include "common/error_line.hpp"

namespace stk::cli {

namespace {

void check_trace_path(const std::string& path) {
  std::error_code ec;
  auto status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) throw stk::Error(path + ": no such file", 1);
  if (std::filesystem::is_directory(status)) throw stk::Error(path + ": is a directory, not a trace file", 1);
}

void print_warnings(const std::string& path, const trace::TraceData& data) {
  for (const std::string& w : data.warnings) print_error_line("stk-trace", "warning: " + path + ": " + w);
}

}  // namespace

trace::TraceData load_trace(const std::string& path) {
  check_trace_path(path);
  trace::TraceData data;
  try {
    data = trace::read_trace_file(path);
  } catch (const trace::TraceError& e) {
    throw stk::Error(path + ": " + e.what(), 1);
  } catch (const std::bad_alloc&) {
    throw stk::Error(path + ": out of memory reading the trace", 1);
  }
  print_warnings(path, data);
  return data;
}

TraceStream::TraceStream(const std::string& path) : path_(path), block_(1 << 20) {
  check_trace_path(path);
  f_ = std::fopen(path.c_str(), "rb");
  if (f_ == nullptr) throw stk::Error(path + ": cannot open trace file", 1);
  std::error_code ec;
  size_ = std::filesystem::file_size(path, ec);
}

TraceStream::~TraceStream() {
  if (f_ != nullptr) std::fclose(f_);
}

bool TraceStream::read_more() {
  reader_.drop_events();
  std::size_t n = std::fread(block_.data(), 1, block_.size(), f_);
  if (n == 0) {
    if (std::ferror(f_)) throw stk::Error(path_ + ": cannot read", 1);
    std::clearerr(f_);  // a file still being written may grow
    return false;
  }
  try {
    reader_.feed(block_.data(), n);
  } catch (const trace::TraceError& e) {
    throw stk::Error(path_ + ": " + e.what(), 1);
  }
  return true;
}

void TraceStream::finish() {
  reader_.drop_events();
  try {
    reader_.finish();
  } catch (const trace::TraceError& e) {
    throw stk::Error(path_ + ": " + e.what(), 1);
  }
  print_warnings(path_, reader_.data());
}

void read_into(TraceStream& in, TraceModel& model, Progress& progress) {
  while (in.read_more()) {
    model.add(in.data().events.data(), in.data().events.size());
    progress.update(in.bytes_read());
  }
  in.finish();
  model.finish();
}

}  // namespace stk::cli
