// Encoding helpers and the reader of the trace file format. The reader trusts
// nothing: every length is checked against what is left before it is used,
// so a damaged or hostile file ends in a TraceError naming the offset.
#include <stk/trace_file.hpp>

#include <cstring>
#include <fstream>
#include <iterator>

namespace stk::trace {
namespace {

void append_u32(std::string& out, std::uint32_t v) {
  char b[4];
  std::memcpy(b, &v, 4);
  out.append(b, 4);
}

std::uint32_t load_u32(const std::uint8_t* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// Reads {u32 length, bytes} pairs inside one chunk payload.
class PayloadCursor {
 public:
  PayloadCursor(const std::uint8_t* data, std::size_t size, std::uint64_t base)
      : data_(data), size_(size), base_(base) {}
  bool done() const { return pos_ == size_; }
  std::uint32_t u32(const char* what) {
    if (size_ - pos_ < 4) throw TraceError(std::string("chunk ends inside ") + what, base_ + pos_);
    std::uint32_t v = load_u32(data_ + pos_);
    pos_ += 4;
    return v;
  }
  std::string bytes(std::uint32_t n, const char* what) {
    if (size_ - pos_ < n) throw TraceError(std::string(what) + " longer than its chunk", base_ + pos_);
    std::string s(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return s;
  }
  std::uint64_t offset() const { return base_ + pos_; }

 private:
  const std::uint8_t* data_;
  std::size_t size_;
  std::size_t pos_ = 0;
  std::uint64_t base_;
};

}  // namespace

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

std::string TraceData::string(std::uint32_t id) const {
  if (id == 0) return {};
  auto it = strings.find(id);
  return it == strings.end() ? "?" + std::to_string(id) : it->second;
}

std::string TraceData::meta_value(const std::string& key) const {
  for (const auto& [k, v] : meta)
    if (k == key) return v;
  return {};
}

TraceData read_trace_bytes(const std::uint8_t* data, std::size_t size) {
  TraceData t;
  if (size < kHeaderBytes) {
    if (size >= sizeof(kMagic) && std::memcmp(data, kMagic, sizeof(kMagic)) != 0)
      throw TraceError("not an stk trace file (bad magic)", 0);
    throw TraceError("file too short for a trace header (" + std::to_string(size) + " bytes)", 0);
  }
  if (std::memcmp(data, kMagic, sizeof(kMagic)) != 0) throw TraceError("not an stk trace file (bad magic)", 0);
  std::uint16_t version;
  std::memcpy(&version, data + 8, 2);
  if (version != kVersion)
    throw TraceError("unsupported trace format version " + std::to_string(version) + " (this reader knows " +
                         std::to_string(kVersion) + ")",
                     8);
  std::size_t pos = kHeaderBytes;
  while (pos < size) {
    if (t.complete) throw TraceError("data after the end chunk", pos);
    if (size - pos < kChunkHeaderBytes) {
      t.warnings.push_back("truncated chunk header at offset " + std::to_string(pos) + " ignored");
      break;
    }
    std::uint32_t type = load_u32(data + pos);
    std::uint32_t length = load_u32(data + pos + 4);
    if (type < 1 || type > 4) throw TraceError("unknown chunk type " + std::to_string(type), pos);
    if (length > kMaxChunkPayload)
      throw TraceError("chunk length " + std::to_string(length) + " is larger than any valid chunk", pos + 4);
    std::size_t payload = pos + kChunkHeaderBytes;
    if (size - payload < length) {
      t.warnings.push_back("truncated last chunk at offset " + std::to_string(pos) + " ignored (" +
                           std::to_string(size - payload) + " of " + std::to_string(length) + " bytes)");
      break;
    }
    const std::uint8_t* p = data + payload;
    switch (static_cast<ChunkType>(type)) {
      case ChunkType::Events: {
        if (length % sizeof(Event) != 0)
          throw TraceError("events chunk length " + std::to_string(length) + " is not a multiple of 32", pos + 4);
        std::size_t n = length / sizeof(Event);
        std::size_t first = t.events.size();
        t.events.resize(first + n);
        if (length != 0) std::memcpy(static_cast<void*>(t.events.data() + first), p, length);
        for (std::size_t i = first; i < t.events.size(); ++i) {
          if (!event_kind_name(t.events[i].kind))
            throw TraceError("unknown event kind " + std::to_string(static_cast<int>(t.events[i].kind)),
                             payload + (i - first) * sizeof(Event) + 8);
        }
        break;
      }
      case ChunkType::Strings: {
        PayloadCursor c(p, length, payload);
        while (!c.done()) {
          std::uint64_t at = c.offset();
          std::uint32_t id = c.u32("a string id");
          std::uint32_t len = c.u32("a string length");
          std::string s = c.bytes(len, "string");
          if (id == 0) throw TraceError("string id 0 is reserved", at);
          t.strings[id] = std::move(s);
        }
        break;
      }
      case ChunkType::Meta: {
        PayloadCursor c(p, length, payload);
        while (!c.done()) {
          std::string key = c.bytes(c.u32("a metadata key length"), "metadata key");
          std::string value = c.bytes(c.u32("a metadata value length"), "metadata value");
          t.meta.emplace_back(std::move(key), std::move(value));
        }
        break;
      }
      case ChunkType::End: {
        if (length != 12) throw TraceError("end chunk of " + std::to_string(length) + " bytes (expected 12)", pos + 4);
        std::memcpy(&t.declared_events, p, 8);
        std::memcpy(&t.exit_status, p + 8, 4);
        t.complete = true;
        if (t.declared_events != t.events.size())
          throw TraceError("end chunk declares " + std::to_string(t.declared_events) + " events, file has " +
                               std::to_string(t.events.size()),
                           payload);
        break;
      }
    }
    pos = payload + length;
  }
  if (!t.complete) t.warnings.push_back("no end chunk: the recording did not finish (or is still being written)");
  return t;
}

TraceData read_trace_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw TraceError("cannot open trace file '" + path + "'", 0);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return read_trace_bytes(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

}  // namespace stk::trace
