// The reader of the trace file format (docs/trace-format.md), fed in pieces:
// a file still being written is read from where the last read stopped. It
// trusts nothing: every length is checked against what is left before it is
// used, so a damaged or hostile input ends in a TraceError naming the offset
// of the byte at fault in the whole input.
#include <stk/trace_file.hpp>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

namespace stk::trace {
namespace {

__extension__ typedef unsigned __int128 u128;  // a Ticks chunk's time conversion

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

// Reads one LEB128 varint of at most `max_bytes` from a Packed payload;
// `base` is the payload's file offset, for errors.
std::uint64_t get_varint(const std::uint8_t* p, std::size_t size, std::size_t& i, int max_bytes, std::uint64_t limit,
                         std::uint64_t base) {
  std::size_t start = i;
  std::uint64_t v = 0;
  for (int k = 0; k < max_bytes; ++k) {
    if (i == size) throw TraceError("packed record runs past its chunk", base + start);
    std::uint8_t b = p[i++];
    v |= static_cast<std::uint64_t>(b & 0x7f) << (7 * k);
    if ((b & 0x80) == 0) {
      if (v > limit) throw TraceError("packed field value " + std::to_string(v) + " out of range", base + start);
      return v;
    }
  }
  throw TraceError("packed field longer than " + std::to_string(max_bytes) + " bytes", base + start);
}

// Decodes one record in the full form (Packed records, and Ticks records
// whose first byte has its high bit clear) at p[i], moving i past it; returns
// its time step (ns or ticks). The kind is checked by the caller.
std::uint64_t read_full_record(const std::uint8_t* p, std::size_t length, std::size_t& i, std::uint64_t base,
                               Event& e) {
  if (length - i < 2) throw TraceError("packed record runs past its chunk", base + i);
  e.kind = static_cast<EventKind>(p[i]);
  e.detail = p[i + 1];
  i += 2;
  std::uint64_t step = get_varint(p, length, i, 10, UINT64_MAX, base);
  e.tasklet = static_cast<std::uint32_t>(get_varint(p, length, i, 5, UINT32_MAX, base));
  e.a = static_cast<std::uint32_t>(get_varint(p, length, i, 5, UINT32_MAX, base));
  e.b = static_cast<std::uint32_t>(get_varint(p, length, i, 5, UINT32_MAX, base));
  e.c = static_cast<std::uint32_t>(get_varint(p, length, i, 5, UINT32_MAX, base));
  e.d = static_cast<std::uint32_t>(get_varint(p, length, i, 5, UINT32_MAX, base));
  return step;
}

// Whether a file of `version` may hold `kind`: channel_label came with version 3.
bool kind_known(EventKind kind, std::uint16_t version) {
  return event_kind_name(kind) != nullptr && (kind != EventKind::ChannelLabel || version >= 3);
}

void check_kind(const Event& e, std::uint16_t version, std::uint64_t at) {
  if (!kind_known(e.kind, version))
    throw TraceError("unknown event kind " + std::to_string(static_cast<int>(e.kind)), at);
}

// Decodes a Packed payload (section 4 of trace-format.md) onto `out`.
void read_packed(const std::uint8_t* p, std::size_t length, std::uint64_t base, std::uint16_t version,
                 std::vector<Event>& out) {
  if (length < 8) throw TraceError("packed chunk of " + std::to_string(length) + " bytes has no base time", base);
  std::uint64_t time;
  std::memcpy(&time, p, 8);
  std::size_t i = 8;
  while (i < length) {
    std::size_t record = i;
    Event e{};
    std::uint64_t dt = read_full_record(p, length, i, base, e);
    check_kind(e, version, base + record);
    if (dt > UINT64_MAX - time) throw TraceError("event time overflows", base + record);
    time += dt;
    e.time_ns = time;
    out.push_back(e);
  }
}

// Decodes a Ticks payload (section 4 of trace-format.md) onto `out`: the
// time of a record is base + (ticks since the base) * rate / 2^32.
void read_ticks(const std::uint8_t* p, std::size_t length, std::uint64_t base, std::uint16_t version,
                std::vector<Event>& out) {
  if (length < 16)
    throw TraceError("ticks chunk of " + std::to_string(length) + " bytes has no base time and rate", base);
  std::uint64_t base_ns, rate;
  std::memcpy(&base_ns, p, 8);
  std::memcpy(&rate, p + 8, 8);
  std::uint64_t ticks = 0;
  std::size_t i = 16;
  while (i < length) {
    std::size_t record = i;
    Event e{};
    std::uint64_t step;
    if (p[i] & 0x80) {  // compact: one little-endian u64
      if (length - i < 8) throw TraceError("ticks record runs past its chunk", base + record);
      std::uint64_t w;
      std::memcpy(&w, p + i, 8);
      i += 8;
      e.kind = static_cast<EventKind>(w & 0x1f);
      e.d = static_cast<std::uint32_t>(w >> 5 & 0x3);
      e.detail = static_cast<std::uint8_t>(w >> 8 & 0xf);
      step = w >> 12 & 0xfff;
      e.tasklet = static_cast<std::uint32_t>(w >> 24 & 0x3ff);
      e.a = static_cast<std::uint32_t>(w >> 34 & 0x3ff);
      e.b = static_cast<std::uint32_t>(w >> 44 & 0x3ff);
      e.c = static_cast<std::uint32_t>(w >> 54);
    } else {
      step = read_full_record(p, length, i, base, e);
    }
    check_kind(e, version, base + record);
    if (step > UINT64_MAX - ticks) throw TraceError("event time overflows", base + record);
    ticks += step;
    u128 since = (static_cast<u128>(ticks) * rate) >> 32;
    if (since > UINT64_MAX - base_ns) throw TraceError("event time overflows", base + record);
    e.time_ns = base_ns + static_cast<std::uint64_t>(since);
    out.push_back(e);
  }
}

// Decodes one whole chunk (header at input offset `pos`, payload at p) into t.
// `dropped`: events decoded before and no longer in t.events.
void decode_chunk(TraceData& t, std::uint32_t type, const std::uint8_t* p, std::uint32_t length, std::uint64_t pos,
                  std::uint64_t dropped) {
  std::uint64_t payload = pos + kChunkHeaderBytes;
  switch (static_cast<ChunkType>(type)) {
    case ChunkType::Events: {
      if (length % sizeof(Event) != 0)
        throw TraceError("events chunk length " + std::to_string(length) + " is not a multiple of 32", pos + 4);
      std::size_t n = length / sizeof(Event);
      std::size_t first = t.events.size();
      t.events.resize(first + n);
      if (length != 0) std::memcpy(static_cast<void*>(t.events.data() + first), p, length);
      for (std::size_t i = first; i < t.events.size(); ++i) {
        if (!kind_known(t.events[i].kind, t.version))
          throw TraceError("unknown event kind " + std::to_string(static_cast<int>(t.events[i].kind)),
                           payload + (i - first) * sizeof(Event) + 8);
      }
      break;
    }
    case ChunkType::Packed:
      read_packed(p, length, payload, t.version, t.events);
      break;
    case ChunkType::Ticks:
      read_ticks(p, length, payload, t.version, t.events);
      break;
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
      if (t.declared_events != dropped + t.events.size())
        throw TraceError("end chunk declares " + std::to_string(t.declared_events) + " events, file has " +
                             std::to_string(dropped + t.events.size()),
                         payload);
      break;
    }
  }
}

}  // namespace

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

std::size_t TraceReader::feed(const std::uint8_t* bytes, std::size_t size) {
  std::size_t before = data_.events.size();
  if (pending_.empty()) {
    // The common case, and a whole file at once: decode in place, keep the rest.
    std::size_t used = decode(bytes, size, pending_at_);
    pending_at_ += used;
    pending_.assign(reinterpret_cast<const char*>(bytes + used), size - used);
  } else {
    pending_.append(reinterpret_cast<const char*>(bytes), size);
    std::size_t used = decode(reinterpret_cast<const std::uint8_t*>(pending_.data()), pending_.size(), pending_at_);
    pending_at_ += used;
    pending_.erase(0, used);
  }
  return data_.events.size() - before;
}

std::size_t TraceReader::decode(const std::uint8_t* p, std::size_t size, std::uint64_t at) {
  TraceData& t = data_;
  std::size_t pos = 0;
  if (!have_header_) {
    if (size >= sizeof(kMagic) && std::memcmp(p, kMagic, sizeof(kMagic)) != 0)
      throw TraceError("not an stk trace file (bad magic)", 0);
    if (size < kHeaderBytes) return 0;
    std::uint16_t version;
    std::memcpy(&version, p + 8, 2);
    if (version < kMinVersion || version > kVersion)
      throw TraceError("unsupported trace format version " + std::to_string(version) + " (this reader knows " +
                           std::to_string(kMinVersion) + " to " + std::to_string(kVersion) + ")",
                       8);
    t.version = version;
    have_header_ = true;
    pos = kHeaderBytes;
  }
  while (pos < size) {
    if (t.complete) throw TraceError("data after the end chunk", at + pos);
    if (size - pos < kChunkHeaderBytes) break;
    std::uint32_t type = load_u32(p + pos);
    std::uint32_t length = load_u32(p + pos + 4);
    if (type < 1 || type > 6 || (type == 5 && t.version < 2) || (type == 6 && t.version < 3))
      throw TraceError("unknown chunk type " + std::to_string(type), at + pos);
    if (length > kMaxChunkPayload)
      throw TraceError("chunk length " + std::to_string(length) + " is larger than any valid chunk", at + pos + 4);
    if (size - pos - kChunkHeaderBytes < length) break;  // the rest of the chunk is still to come
    decode_chunk(t, type, p + pos + kChunkHeaderBytes, length, at + pos, dropped_);
    pos += kChunkHeaderBytes + length;
  }
  return pos;
}

void TraceReader::finish() {
  TraceData& t = data_;
  if (!have_header_) {
    throw TraceError("file too short for a trace header (" + std::to_string(pending_.size()) + " bytes)", 0);
  }
  if (pending_.size() >= kChunkHeaderBytes) {
    std::uint32_t length = load_u32(reinterpret_cast<const std::uint8_t*>(pending_.data()) + 4);
    t.warnings.push_back("truncated last chunk at offset " + std::to_string(pending_at_) + " ignored (" +
                         std::to_string(pending_.size() - kChunkHeaderBytes) + " of " + std::to_string(length) +
                         " bytes)");
  } else if (!pending_.empty()) {
    t.warnings.push_back("truncated chunk header at offset " + std::to_string(pending_at_) + " ignored");
  }
  if (!t.complete) t.warnings.push_back("no end chunk: the recording did not finish (or is still being written)");
}

TraceData read_trace_bytes(const std::uint8_t* data, std::size_t size) {
  TraceReader reader;
  reader.feed(data, size);
  reader.finish();
  return reader.take();
}

TraceData read_trace_file(const std::string& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) throw TraceError("cannot open trace file '" + path + "'", 0);
  TraceReader reader;
  std::unique_ptr<std::uint8_t[]> block(new std::uint8_t[1 << 20]);
  while (std::size_t n = std::fread(block.get(), 1, 1 << 20, f.get())) reader.feed(block.get(), n);
  if (std::ferror(f.get())) throw TraceError("cannot read trace file '" + path + "'", reader.bytes_fed());
  reader.finish();
  return reader.take();
}

}  // namespace stk::trace
