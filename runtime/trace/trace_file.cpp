// The writers' side of the trace file format (docs/trace-format.md): the file
// and chunk headers, and the full record form shared by Packed chunks and the
// recorder's Ticks chunks. The reader is trace_reader.cpp.
#include <stk/trace_file.hpp>

#include <cstdint>
#include <cstring>

namespace stk::trace {
namespace {

void append_u32(std::string& out, std::uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}

char* put_varint(char* p, std::uint64_t v) {
  while (v >= 0x80) {
    *p++ = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  *p++ = static_cast<char>(v);
  return p;
}

}  // namespace

char* put_full_record(char* p, EventKind kind, std::uint8_t detail, std::uint64_t step, std::uint32_t tasklet,
                      std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) {
  *p++ = static_cast<char>(kind);
  *p++ = static_cast<char>(detail);
  p = put_varint(p, step);
  p = put_varint(p, tasklet);
  p = put_varint(p, a);
  p = put_varint(p, b);
  p = put_varint(p, c);
  return put_varint(p, d);
}

void append_packed_chunk(std::string& out, const Event* events, std::size_t n) {
  std::size_t start = out.size();
  out.resize(start + kChunkHeaderBytes + 8 + n * kMaxPackedRecord);
  char* payload = out.data() + start + kChunkHeaderBytes;
  std::uint64_t prev = n > 0 ? events[0].time_ns : 0;
  std::memcpy(payload, &prev, 8);
  char* p = payload + 8;
  for (std::size_t k = 0; k < n; ++k) {
    const Event& e = events[k];
    std::uint64_t t = e.time_ns > prev ? e.time_ns : prev;
    p = put_full_record(p, e.kind, e.detail, t - prev, e.tasklet, e.a, e.b, e.c, e.d);
    prev = t;
  }
  auto length = static_cast<std::uint32_t>(p - payload);
  auto type = static_cast<std::uint32_t>(ChunkType::Packed);
  std::memcpy(out.data() + start, &type, 4);
  std::memcpy(out.data() + start + 4, &length, 4);
  out.resize(start + kChunkHeaderBytes + length);
}

std::string encode_file_header() {
  std::string out(kMagic, sizeof(kMagic));
  char v[8] = {};
  std::memcpy(v, &kVersion, 2);
  out.append(v, 8);  // version, flags 0, reserved 0
  return out;
}

void append_chunk_header(std::string& out, ChunkType type, std::uint32_t payload_bytes) {
  append_u32(out, static_cast<std::uint32_t>(type));
  append_u32(out, payload_bytes);
}

}  // namespace stk::trace
