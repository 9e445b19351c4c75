// The recorder's slow parts: string interning, chunk flushing, the file sink.
#include "trace/recorder.hpp"

#include <cstring>
#include <ctime>
#include <stdexcept>

#include <stk/trace_file.hpp>

namespace stk::trace {
namespace {


void append_u32(std::string& out, std::uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);  // the format is little-endian, as is every target we build for
  out.append(b, 4);
}

}  // namespace

FileSink::FileSink(const std::string& path) : path_(path) {
  f_ = std::fopen(path.c_str(), "wb");
  if (!f_) throw std::runtime_error("cannot write trace file '" + path + "': " + std::strerror(errno));
}

FileSink::~FileSink() {
  if (f_) std::fclose(f_);
}

void FileSink::write(const char* data, std::size_t size) {
  if (f_ && std::fwrite(data, 1, size, f_) == size) {
    std::fflush(f_);  // readers may follow a growing file
    return;
  }
  // A full disk must not stop the program: stop recording instead.
  if (f_) {
    std::fprintf(stderr, "stk: writing trace file '%s' failed; recording stopped\n", path_.c_str());
    std::fclose(f_);
    f_ = nullptr;
  }
}

std::uint64_t Recorder::monotonic_raw_ns() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<std::uint64_t>(ts.tv_sec) * 1000000000u + static_cast<std::uint64_t>(ts.tv_nsec);
}

Recorder::Recorder(Sink& sink, const std::vector<std::pair<std::string, std::string>>& meta) : sink_(sink) {
  start_ns_ = monotonic_raw_ns();
  start_raw_ = raw_clock();
  std::string out = encode_file_header();
  std::string payload;
  for (const auto& [key, value] : meta) {
    append_u32(payload, static_cast<std::uint32_t>(key.size()));
    payload += key;
    append_u32(payload, static_cast<std::uint32_t>(value.size()));
    payload += value;
  }
  append_chunk_header(out, ChunkType::Meta, static_cast<std::uint32_t>(payload.size()));
  out += payload;
  sink_.write(out.data(), out.size());
}

std::uint64_t Recorder::now_ns() const { return monotonic_raw_ns() - start_ns_; }

std::uint64_t Recorder::to_ns(std::uint64_t raw, double ns_per_tick) const {
  if (raw <= start_raw_) return 0;
  return static_cast<std::uint64_t>(static_cast<double>(raw - start_raw_) * ns_per_tick);
}

std::uint32_t Recorder::intern(std::string_view s) {
  auto it = ids_.find(std::string(s));
  if (it != ids_.end()) return it->second;
  std::uint32_t id = next_id_++;
  ids_.emplace(std::string(s), id);
  append_u32(pending_strings_, id);
  append_u32(pending_strings_, static_cast<std::uint32_t>(s.size()));
  pending_strings_.append(s.data(), s.size());
  return id;
}

void Recorder::flush() {
  std::string out;
  if (!pending_strings_.empty()) {
    append_chunk_header(out, ChunkType::Strings, static_cast<std::uint32_t>(pending_strings_.size()));
    out += pending_strings_;
    pending_strings_.clear();
  }
  if (count_ > 0) {
    // The clock rate from the whole recording so far (the longer, the more exact).
    std::uint64_t raw_now = raw_clock(), ns_now = monotonic_raw_ns();
    double ns_per_tick = raw_now > start_raw_ ? static_cast<double>(ns_now - start_ns_) /
                                                    static_cast<double>(raw_now - start_raw_)
                                              : 1.0;
    for (std::size_t i = 0; i < count_; ++i) {
      std::uint64_t t = to_ns(buffer_[i].time_ns, ns_per_tick);
      if (t < last_time_ns_) t = last_time_ns_;
      buffer_[i].time_ns = last_time_ns_ = t;
    }
    append_chunk_header(out, ChunkType::Events, static_cast<std::uint32_t>(count_ * sizeof(Event)));
    out.append(reinterpret_cast<const char*>(buffer_), count_ * sizeof(Event));
    count_ = 0;
  }
  if (!out.empty()) sink_.write(out.data(), out.size());
}

void Recorder::finish(int exit_status) {
  if (finished_) return;
  finished_ = true;
  flush();
  std::string out;
  append_chunk_header(out, ChunkType::End, 12);
  char b[12];
  std::memcpy(b, &total_, 8);
  auto status = static_cast<std::int32_t>(exit_status);
  std::memcpy(b + 8, &status, 4);
  out.append(b, 12);
  sink_.write(out.data(), out.size());
}

}  // namespace stk::trace
