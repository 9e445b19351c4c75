// The trace file format (docs/trace-format.md): a 16-byte header, then chunks
// (events, strings, metadata, end), each `u32 type, u32 payload bytes,
// payload`, so a file can be written while streaming and read while still
// growing. This header has the format constants, the writer's byte encoding
// and the reader, which the tools share (stk-trace, stk-view, stk-dap).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include <stk/trace_event.hpp>

namespace stk::trace {

constexpr char kMagic[8] = {'S', 'T', 'K', 'T', 'R', 'A', 'C', 'E'};
constexpr std::uint16_t kVersion = 3;     // what the recorder writes
constexpr std::uint16_t kMinVersion = 1;  // the oldest the reader accepts (docs/trace-format.md section 7)
constexpr std::size_t kHeaderBytes = 16;  // magic, u16 version, u16 flags (0), u32 reserved (0)

enum class ChunkType : std::uint32_t {
  Events = 1,   // payload: N x 32-byte Event records
  Strings = 2,  // payload: repeated {u32 id, u32 length, bytes}
  Meta = 3,     // payload: repeated {u32 key length, key, u32 value length, value}
  End = 4,      // payload: u64 events written, i32 program exit status
  Packed = 5,   // version 2: u64 base time, then N variable-length records (docs/trace-format.md section 4)
  Ticks = 6,    // version 3: u64 base time, u64 ns per tick (32.32), then N records timed in ticks (section 4)
};
constexpr std::size_t kChunkHeaderBytes = 8;
// The largest payload a reader accepts (a damaged length field must not make
// it allocate gigabytes).
constexpr std::uint32_t kMaxChunkPayload = 64u << 20;

// Byte encoding for writers: the file header, and a chunk header.
std::string encode_file_header();
void append_chunk_header(std::string& out, ChunkType type, std::uint32_t payload_bytes);
// Appends a whole Packed chunk (header and payload) holding `n` events, whose
// times must not decrease. At most kMaxPackedRecord bytes per event.
void append_packed_chunk(std::string& out, const Event* events, std::size_t n);
constexpr std::size_t kMaxPackedRecord = 2 + 10 + 5 * 5;
// Writes one record in the full form (section 4: kind, detail, then the time
// step and the five fields as varints) at p; returns the end. At most
// kMaxPackedRecord bytes. Packed records and full Ticks records share it.
char* put_full_record(char* p, EventKind kind, std::uint8_t detail, std::uint64_t step, std::uint32_t tasklet,
                      std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d);
// A Ticks chunk: its chunk header, base time and tick rate come before the records.
constexpr std::size_t kTicksChunkPrefix = kChunkHeaderBytes + 8 + 8;
// A Ticks record: 8 bytes in the compact form, at most kMaxPackedRecord in the full one.
constexpr std::size_t kCompactRecordBytes = 8;

// A damaged trace: what is wrong and at which byte offset.
class TraceError : public std::runtime_error {
 public:
  TraceError(const std::string& what, std::uint64_t offset)
      : std::runtime_error(what + " at offset " + std::to_string(offset)), offset_(offset) {}
  std::uint64_t offset() const { return offset_; }

 private:
  std::uint64_t offset_;
};

// Everything in a trace file, decoded.
struct TraceData {
  std::uint16_t version = 0;  // from the header
  std::vector<Event> events;
  std::unordered_map<std::uint32_t, std::string> strings;
  std::vector<std::pair<std::string, std::string>> meta;  // in file order
  bool complete = false;           // the End chunk was seen
  std::uint64_t declared_events = 0;  // from the End chunk
  std::int32_t exit_status = 0;       // from the End chunk
  std::vector<std::string> warnings;  // e.g. "truncated last chunk at offset N ignored"

  // The string with this id ("" for 0, "?<id>" for an undefined id).
  std::string string(std::uint32_t id) const;
  // The value of a metadata key, or "".
  std::string meta_value(const std::string& key) const;
};

// Decodes a trace as its bytes arrive: a file still being written, followed
// from where the last read stopped, or a stream. Each feed() decodes every
// chunk that is now complete and keeps the rest for the next one; damage
// throws TraceError naming the byte's offset in the whole input, at once.
// The reader is then unusable. Never crashes on hostile input.
class TraceReader {
 public:
  // Takes the next `size` bytes of the input; returns how many events they
  // completed (appended to data().events).
  std::size_t feed(const std::uint8_t* bytes, std::size_t size);
  // The input ended: a header cut short throws; an incomplete last chunk and
  // a missing End chunk become warnings (read_trace_bytes's rules).
  void finish();
  // Everything decoded so far.
  const TraceData& data() const { return data_; }
  TraceData take() { return std::move(data_); }
  // Forgets the events decoded so far (the caller has used them), so that a
  // trace of any length is read in bounded memory. The End chunk's count
  // still covers them.
  void drop_events() {
    dropped_ += data_.events.size();
    data_.events.clear();
  }
  // Every event decoded, dropped or not.
  std::uint64_t events_total() const { return dropped_ + data_.events.size(); }
  // Bytes fed so far, and how many of them wait for the rest of their chunk.
  std::uint64_t bytes_fed() const { return pending_at_ + pending_.size(); }
  std::size_t bytes_pending() const { return pending_.size(); }

 private:
  // Decodes what it can of `p[0, size)`, which starts at input offset `at`;
  // returns how many bytes it used.
  std::size_t decode(const std::uint8_t* p, std::size_t size, std::uint64_t at);
  TraceData data_;
  std::uint64_t dropped_ = 0;
  bool have_header_ = false;
  std::string pending_;           // the bytes of an incomplete header or chunk
  std::uint64_t pending_at_ = 0;  // the input offset of pending_[0]
};

// Decodes a whole trace. A truncated last chunk (a file still being written,
// or cut short) is reported in `warnings` and ignored; anything else wrong
// throws TraceError naming the offset. Never crashes on hostile input.
TraceData read_trace_bytes(const std::uint8_t* data, std::size_t size);
// Reads and decodes a file, a block at a time; TraceError (offset 0) if it
// cannot be opened or read.
TraceData read_trace_file(const std::string& path);

}  // namespace stk::trace
