// The recorder: the runtime's event sink. An event is a few stores into the
// current chunk buffer (a bump pointer, no allocation, lock or syscall per
// event; one clock read, none for an event at the same instant as the last).
// A full buffer is handed to a writer thread, which converts the raw clock to
// nanoseconds and packs it into one Packed chunk, preceded by the strings first
// used since the last chunk, and writes a few chunks at a time to the sink;
// the VM thread takes a free buffer and carries on. Nobody listening costs one predictable branch per
// event site (scheduler/events.hpp).
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <stk/trace_event.hpp>

#include "support/assert.hpp"

namespace stk::trace {

// Where finished chunks go (a file, a debugger connection, a test buffer).
// With a writer thread, `write` is called from that thread only.
class Sink {
 public:
  struct Part {
    const char* data;
    std::size_t size;
  };
  virtual ~Sink() = default;
  virtual void write(const char* data, std::size_t size) = 0;
  // Several pieces that belong together (a chunk header and its payload).
  virtual void write(const Part* parts, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) write(parts[i].data, parts[i].size);
  }
};

// Writes to a file it owns, with no buffering of its own (a reader may
// follow the growing file); `path` "-" is not supported (a trace is binary).
class FileSink : public Sink {
 public:
  explicit FileSink(const std::string& path);  // throws std::runtime_error naming the path
  ~FileSink() override;
  void write(const char* data, std::size_t size) override;
  void write(const Part* parts, std::size_t n) override;  // one writev

 private:
  void failed();
  int fd_ = -1;
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
  static constexpr std::size_t kBuffers = 8;            // in flight at most: 512 KiB

  // Writes the file header and the metadata (key, value pairs) at once. With
  // `writer_thread`, chunks are written by a thread of the recorder's own;
  // without, by the thread that fills the buffer.
  Recorder(Sink& sink, const std::vector<std::pair<std::string, std::string>>& meta, bool writer_thread = true);
  ~Recorder();  // finishes (exit status 1) if finish() was not called
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  void emit(EventKind kind, std::uint32_t tasklet, std::uint8_t detail = 0, std::uint32_t a = 0,
            std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
    std::uint64_t now = raw_clock();  // converted to ns since the start by the writer
    last_raw_ = now;
    put(now, kind, tasklet, detail, a, b, c, d);
  }

  // An event that happens at the same instant as the previous one (no
  // bytecode ran in between, e.g. the switch a transfer causes): it carries
  // the previous event's time, and the clock is not read again.
  void emit_same_time(EventKind kind, std::uint32_t tasklet, std::uint8_t detail = 0, std::uint32_t a = 0,
                      std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
    put(last_raw_, kind, tasklet, detail, a, b, c, d);
  }

 private:
  void put(std::uint64_t raw, EventKind kind, std::uint32_t tasklet, std::uint8_t detail, std::uint32_t a,
           std::uint32_t b, std::uint32_t c, std::uint32_t d) {
    Event* e = next_;
    if (STK_UNLIKELY(e == end_)) e = next_buffer();
    next_ = e + 1;
    e->time_ns = raw;
    e->kind = kind;
    e->detail = detail;
    e->reserved = 0;
    e->tasklet = tasklet;
    e->a = a;
    e->b = b;
    e->c = c;
    e->d = d;
  }

 public:
  // The id of a string, defining it in the next strings chunk on first use.
  std::uint32_t intern(std::string_view s);

  // The string id of a source location, cached by (code object, instruction)
  // in a direct-mapped cache: a hot blocking site costs a compare. 0 = not
  // cached; then `cache_site` with the line and its "file:line" text.
  std::uint32_t cached_site(const void* code, std::uint32_t ip) const {
    const SiteEntry& e = sites_[site_slot(code, ip)];
    return e.code == code && e.ip == ip ? e.id : 0;
  }
  std::uint32_t cache_site(const void* code, std::uint32_t ip, int line, const std::string& text);

  // Hands the buffered events (and new strings) to the writer.
  void flush();
  // Flushes, writes the End chunk (the program's exit status) and waits until
  // everything is in the sink. Nothing may be emitted afterwards.
  void finish(int exit_status);

  std::uint64_t events_recorded() const { return handed_over_ + static_cast<std::uint64_t>(next_ - begin_); }

  // The cheapest monotonic counter: the TSC on x86-64 (7-10 ns to read,
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
  class Writer;  // the writer thread and the hand-over queue (recorder.cpp)

  Event* next_buffer();  // hands a full buffer over; returns the first record of a free one

  // The fields every event touches, together on one cache line that only the
  // recording thread uses (the writer's state lives in Writer).
  alignas(64) Event* next_ = nullptr;
  Event* end_ = nullptr;
  Event* begin_ = nullptr;
  std::uint64_t last_raw_ = 0;  // the clock reading of the last event (emit_same_time)
  std::uint64_t handed_over_ = 0;
  std::unique_ptr<Writer> writer_;

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
  struct SiteEntry {
    const void* code = nullptr;
    std::uint32_t ip = 0;
    std::uint32_t id = 0;
  };
  static constexpr std::size_t kSites = 256;
  static std::size_t site_slot(const void* code, std::uint32_t ip) {
    return (reinterpret_cast<std::uintptr_t>(code) >> 4 ^ ip * 0x9e37u) & (kSites - 1);
  }
  SiteEntry sites_[kSites];
  std::string pending_strings_;  // encoded {id, len, bytes} not yet handed over
  std::uint32_t next_id_ = 1;
  bool finished_ = false;
};

}  // namespace stk::trace
