// The recorder: the runtime's event sink. Events are appended to a fixed
// buffer (no allocation, lock or syscall per event); a full buffer is written
// to the sink as one chunk, preceded by any strings first used since the last
// chunk. Nobody listening costs one predictable branch per event site
// (`if (rt.recorder)`).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <stk/trace_event.hpp>

namespace stk::trace {

// Where finished chunks go (a file, a debugger connection, a test buffer).
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void write(const char* data, std::size_t size) = 0;
};

// Writes to a FILE* it owns; `path` "-" is not supported (a trace is binary).
class FileSink : public Sink {
 public:
  explicit FileSink(const std::string& path);  // throws std::runtime_error naming the path
  ~FileSink() override;
  void write(const char* data, std::size_t size) override;

 private:
  std::FILE* f_ = nullptr;
  std::string path_;
};

// Appends to a string (tests).
class StringSink : public Sink {
 public:
  void write(const char* data, std::size_t size) override { bytes.append(data, size); }
  std::string bytes;
};

class Recorder {
 public:
  static constexpr std::size_t kEventsPerChunk = 2048;  // 64 KiB of records

  // Writes the file header and the metadata (key, value pairs) at once.
  Recorder(Sink& sink, const std::vector<std::pair<std::string, std::string>>& meta);
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  void emit(EventKind kind, std::uint32_t tasklet, std::uint8_t detail = 0, std::uint32_t a = 0,
            std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
    if (count_ == kEventsPerChunk) flush();
    Event& e = buffer_[count_++];
    e.time_ns = raw_clock();  // converted to ns since the start in flush()
    e.kind = kind;
    e.detail = detail;
    e.reserved = 0;
    e.tasklet = tasklet;
    e.a = a;
    e.b = b;
    e.c = c;
    e.d = d;
    ++total_;
  }

  // The id of a string, defining it in the next strings chunk on first use.
  std::uint32_t intern(std::string_view s);
  // The id of a source location, cached by (code object, line) so that a hot
  // blocking site costs a hash lookup, not a string build. `describe` makes
  // the "file:line" text on first use.
  template <class Describe>
  std::uint32_t location(const void* code, int line, Describe describe) {
    LocationKey key{code, line};
    auto it = locations_.find(key);
    if (it != locations_.end()) return it->second;
    std::uint32_t id = intern(describe());
    locations_.emplace(key, id);
    return id;
  }

  // Writes buffered strings and events as chunks.
  void flush();
  // Flushes and writes the End chunk (the program's exit status).
  void finish(int exit_status);

  std::uint64_t events_recorded() const { return total_; }
  std::uint64_t now_ns() const;

  // The cheapest monotonic counter: the TSC on x86-64 (about 7 ns to read,
  // against 20+ for clock_gettime), calibrated against CLOCK_MONOTONIC.
  static std::uint64_t raw_clock() {
#if defined(__x86_64__)
    return __builtin_ia32_rdtsc();
#else
    return monotonic_raw_ns();
#endif
  }
  static std::uint64_t monotonic_raw_ns();

 private:
  Sink& sink_;
  Event buffer_[kEventsPerChunk];
  std::size_t count_ = 0;
  std::uint64_t total_ = 0;
  std::uint64_t start_ns_ = 0;
  std::uint64_t start_raw_ = 0;
  std::uint64_t last_time_ns_ = 0;  // keeps converted times monotonic across chunks
  std::uint64_t to_ns(std::uint64_t raw, double ns_per_tick) const;
  std::unordered_map<std::string, std::uint32_t> ids_;
  struct LocationKey {
    const void* code;
    int line;
    bool operator==(const LocationKey& o) const { return code == o.code && line == o.line; }
  };
  struct LocationHash {
    std::size_t operator()(const LocationKey& k) const {
      return std::hash<const void*>()(k.code) ^ (static_cast<std::size_t>(k.line) * 0x9e3779b97f4a7c15ull);
    }
  };
  std::unordered_map<LocationKey, std::uint32_t, LocationHash> locations_;

 public:
  // A direct-mapped cache in front of `location`, keyed by (code, instruction
  // index): a hot blocking site then costs a compare, not a line-table search.
  template <class Line, class Describe>
  std::uint32_t site(const void* code, std::uint32_t ip, Line line, Describe describe) {
    SiteEntry& e = sites_[(reinterpret_cast<std::uintptr_t>(code) >> 4 ^ ip * 0x9e37u) & (kSites - 1)];
    if (e.code == code && e.ip == ip) return e.id;
    int l = line();
    e = SiteEntry{code, ip, location(code, l, [&] { return describe(l); })};
    return e.id;
  }

 private:
  struct SiteEntry {
    const void* code = nullptr;
    std::uint32_t ip = 0;
    std::uint32_t id = 0;
  };
  static constexpr std::size_t kSites = 256;
  SiteEntry sites_[kSites];
  std::string pending_strings_;  // encoded {id, len, bytes} not yet written
  std::uint32_t next_id_ = 1;
  bool finished_ = false;
};

}  // namespace stk::trace
