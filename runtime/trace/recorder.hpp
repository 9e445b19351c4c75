// The recorder: the runtime's event sink. An event is encoded where it
// happens, straight into the current chunk buffer (docs/trace-format.md
// section 4, a Ticks chunk): one clock read (none for an event at the same
// instant as the last), the step since the previous event in raw clock ticks,
// and, for the common case of small fields, one 8-byte (non-temporal) store.
// No allocation, lock or syscall per event. A full buffer gets its chunk
// header (the tick rate, calibrated against CLOCK_MONOTONIC once per chunk)
// and goes to a writer thread that only writes it out: the writer's work on
// the other core slowed the program more than anything it could save it
// (bench/RESULTS.md). So that a slow program's trace still reaches the file,
// the writer can ask for a chunk that is not full (limit_). Nobody listening
// costs one predictable branch per event site (scheduler/events.hpp).
#pragma once

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <stk/trace_event.hpp>
#include <stk/trace_file.hpp>

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
  static constexpr std::size_t kChunkBytes = 64 * 1024;  // one buffer, one Ticks chunk
  static constexpr std::size_t kBuffers = 16;             // in flight at most: 1 MiB
  // The most compact (8-byte) events one chunk holds: tests use it to span chunks.
  static constexpr std::size_t kEventsPerChunk = (kChunkBytes - kTicksChunkPrefix) / kCompactRecordBytes;

  // Writes the file header and the metadata (key, value pairs) at once. With
  // `writer_thread`, chunks are written by a thread of the recorder's own;
  // without, by the thread that fills the buffer.
  Recorder(Sink& sink, const std::vector<std::pair<std::string, std::string>>& meta, bool writer_thread = true);
  ~Recorder();  // finishes (exit status 1) if finish() was not called
  Recorder(const Recorder&) = delete;
  Recorder& operator=(const Recorder&) = delete;

  void emit(EventKind kind, std::uint32_t tasklet, std::uint8_t detail = 0, std::uint32_t a = 0,
            std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
    put(raw_clock(), kind, tasklet, detail, a, b, c, d);
  }

  // An event that happens at the same instant as the previous one (no
  // bytecode ran in between, e.g. the switch a transfer causes): it carries
  // the previous event's time, and the clock is not read again.
  void emit_same_time(EventKind kind, std::uint32_t tasklet, std::uint8_t detail = 0, std::uint32_t a = 0,
                      std::uint32_t b = 0, std::uint32_t c = 0, std::uint32_t d = 0) {
    put(last_raw_, kind, tasklet, detail, a, b, c, d);
  }

 private:
  // Encodes one record at next_: the compact form when every field fits its
  // bits (section 4: a step below 4096 ticks, ids below 1024), else the full
  // form (out of line). A clock that went backwards gives a step of 0.
  void put(std::uint64_t raw, EventKind kind, std::uint32_t tasklet, std::uint8_t detail, std::uint32_t a,
           std::uint32_t b, std::uint32_t c, std::uint32_t d) {
    char* p = next_;
    if (STK_UNLIKELY(p > limit_.load(std::memory_order_relaxed))) p = next_buffer();
    std::uint64_t step = raw - last_raw_;
    ++events_;
    // (Every call site passes a constant kind: its test folds away.)
    if (STK_LIKELY(((tasklet | a | b | c) >> 10 | step >> 12 | detail >> 4 | d >> 2 |
                    static_cast<unsigned>(kind) >> 5) == 0)) {
      last_raw_ = raw;
      std::uint64_t w = 0x80u | std::uint64_t{d} << 5 | static_cast<std::uint64_t>(kind) |
                        std::uint64_t{detail} << 8 | step << 12 | std::uint64_t{tasklet} << 24 |
                        std::uint64_t{a} << 34 | std::uint64_t{b} << 44 | std::uint64_t{c} << 54;
      store_record(p, w);
      next_ = p + 8;
      return;
    }
    next_ = put_full(p, raw, kind, tasklet, detail, a, b, c, d);
  }
  // One compact record, little-endian as the format. On x86-64 a
  // non-temporal store: the line goes to memory without being read first. A
  // buffer comes back after the writer thread read it on the other core, so
  // an ordinary store would first wait to take each line back (about 6 % of
  // a ping-pong, bench/RESULTS.md). hand_over fences before the hand-over.
  static void store_record(char* p, std::uint64_t w) {
#if defined(__x86_64__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
    __builtin_ia32_movnti64(reinterpret_cast<long long*>(p), static_cast<long long>(w));
#else
    std::memcpy(p, &w, 8);
#endif
  }
  char* put_full(char* p, std::uint64_t raw, EventKind kind, std::uint32_t tasklet, std::uint8_t detail,
                 std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d);

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

  std::uint64_t events_recorded() const { return events_; }

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

  char* next_buffer();  // hands the buffer over (full, or asked for); returns where the next record goes
  // limit_ for the current buffer: the last place a record of any form fits.
  void restore_limit() { limit_.store(buffer_ + kChunkBytes - kMaxPackedRecord, std::memory_order_relaxed); }
  void take_buffer();
  // Writes the chunk header of the current buffer (type, length, base time,
  // tick rate) and the Strings chunk of new strings, and hands both over
  // (`wake`: to be written now, not at the writer's next poll); then, with
  // `take_next`, takes a free buffer.
  void hand_over(bool take_next, bool wake);

  // The fields every event touches, together on one cache line that only the
  // recording thread uses (the writer's state lives in Writer).
  alignas(64) char* next_ = nullptr;  // where the next record goes
  // A record starting after this might not fit. The writer thread sets it
  // to null when no chunk came for a while (Writer::kQuietHandOver), so the
  // next event hands the current chunk over: a slow program's trace still
  // reaches the file, at no cost to the events' test.
  std::atomic<char*> limit_{nullptr};
  std::uint64_t last_raw_ = 0;        // the clock reading of the last event (never decreases)
  std::uint64_t events_ = 0;          // recorded so far
  char* buffer_ = nullptr;            // the current chunk (header room first)
  std::uint64_t chunk_base_raw_ = 0;  // last_raw_ when the current chunk began
  // Clock calibration (recording thread, once per chunk).
  std::uint64_t start_raw_ = 0, start_ns_ = 0;
  std::uint64_t end_ns_ = 0;  // the time of the last event handed over: chunks never go back
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
