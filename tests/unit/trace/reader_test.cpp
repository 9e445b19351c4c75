// TraceReader fed in pieces, as a file still being written is followed: any
// split of the bytes decodes to what the whole file decodes to, each piece
// yields the events its chunks completed, and damage names the same offset
// whatever the split (docs/trace-format.md section 6).
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <stk/trace.hpp>

#include "trace/recorder.hpp"

using namespace stk::trace;

namespace {

const std::uint8_t* bytes_of(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }

// A recording of several chunks: a switch and a transfer per round, with
// names and a channel label, so every chunk type a recorder writes is there.
std::string recording(std::size_t rounds) {
  StringSink sink;
  Recorder r(sink, {{"program", "pieces.py"}}, false);
  r.emit(EventKind::TaskletCreated, 1, 0, 0, r.intern("main"));
  r.emit(EventKind::ChannelLabel, 1, 0, 1, r.intern("jobs"));
  for (std::size_t i = 0; i < rounds; ++i) {
    r.emit(EventKind::Switch, 1 + i % 2, 0, 2 - i % 2, 1, 0, 1);
    r.emit(EventKind::Transfer, 1 + i % 2, 0, 1, 2 - i % 2);
  }
  r.finish(3);
  return sink.bytes;
}

// Feeds `bytes` in pieces of the given sizes (the last piece takes the rest).
TraceData fed(const std::string& bytes, const std::vector<std::size_t>& sizes, std::size_t* events_seen = nullptr) {
  TraceReader reader;
  std::size_t at = 0, seen = 0;
  for (std::size_t k = 0; at < bytes.size(); ++k) {
    std::size_t n = k < sizes.size() ? std::min(sizes[k], bytes.size() - at) : bytes.size() - at;
    seen += reader.feed(bytes_of(bytes) + at, n);
    at += n;
    CHECK(reader.bytes_fed() == at);
    CHECK(seen == reader.data().events.size());
  }
  reader.finish();
  if (events_seen) *events_seen = seen;
  return reader.take();
}

void check_same(const TraceData& a, const TraceData& b) {
  REQUIRE(a.events.size() == b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    const Event &x = a.events[i], &y = b.events[i];
    REQUIRE(std::memcmp(&x, &y, sizeof(Event)) == 0);
  }
  CHECK(a.strings == b.strings);
  CHECK(a.meta == b.meta);
  CHECK(a.complete == b.complete);
  CHECK(a.exit_status == b.exit_status);
  CHECK(a.warnings == b.warnings);
  CHECK(a.version == b.version);
}

std::uint64_t error_offset(const std::string& bytes, std::size_t piece) {
  try {
    fed(bytes, std::vector<std::size_t>(bytes.size() / piece + 1, piece));
  } catch (const TraceError& e) {
    return e.offset();
  }
  FAIL("no TraceError");
  return 0;
}

}  // namespace

TEST_CASE("any split of the bytes decodes like the whole file", "[trace][reader]") {
  const std::size_t rounds = 3 * Recorder::kEventsPerChunk / 2;  // three Ticks chunks
  std::string bytes = recording(rounds);
  TraceData whole = read_trace_bytes(bytes_of(bytes), bytes.size());
  REQUIRE(whole.complete);
  REQUIRE(whole.events.size() == 2 + 2 * rounds);
  for (std::size_t piece : {1u, 7u, 8u, 15u, 16u, 17u, 4096u, 65536u}) {
    INFO("pieces of " << piece);
    std::size_t seen = 0;
    check_same(fed(bytes, std::vector<std::size_t>(bytes.size() / piece + 1, piece), &seen), whole);
    CHECK(seen == whole.events.size());
  }
  std::mt19937 rng(42);
  for (int round = 0; round < 20; ++round) {
    std::vector<std::size_t> sizes;
    for (std::size_t total = 0; total < bytes.size();) {
      sizes.push_back(std::uniform_int_distribution<std::size_t>(0, 70000)(rng));
      total += sizes.back();
    }
    check_same(fed(bytes, sizes), whole);
  }
}

TEST_CASE("events dropped after use still count for the End chunk", "[trace][reader]") {
  std::string bytes = recording(Recorder::kEventsPerChunk);
  TraceReader reader;
  std::uint64_t seen = 0;
  for (std::size_t at = 0; at < bytes.size(); at += 5000) {
    seen += reader.feed(bytes_of(bytes) + at, std::min<std::size_t>(5000, bytes.size() - at));
    CHECK(reader.events_total() == seen);
    reader.drop_events();
    CHECK(reader.data().events.empty());
  }
  reader.finish();  // the End chunk's count (every event) matched
  CHECK(reader.data().complete);
  CHECK(reader.events_total() == 2 + 2 * Recorder::kEventsPerChunk);
  CHECK(reader.data().declared_events == reader.events_total());
  CHECK(reader.data().strings.size() == 2);  // what a model still needs: the strings
}

TEST_CASE("a growing file yields each chunk's events once it is whole", "[trace][reader]") {
  std::string bytes = recording(Recorder::kEventsPerChunk);  // two Ticks chunks
  TraceReader reader;
  // The header and the metadata chunk: no events yet.
  std::size_t first_ticks = 0;
  for (std::size_t pos = kHeaderBytes; pos + 8 <= bytes.size();) {
    std::uint32_t type, length;
    std::memcpy(&type, bytes.data() + pos, 4);
    std::memcpy(&length, bytes.data() + pos + 4, 4);
    if (type == static_cast<std::uint32_t>(ChunkType::Ticks)) {
      first_ticks = pos;
      break;
    }
    pos += 8 + length;
  }
  REQUIRE(first_ticks > 0);
  std::uint32_t length;
  std::memcpy(&length, bytes.data() + first_ticks + 4, 4);
  std::size_t end_of_first = first_ticks + 8 + length;
  CHECK(reader.feed(bytes_of(bytes), end_of_first - 1) == 0);  // one byte short of the chunk
  CHECK(reader.bytes_pending() == end_of_first - 1 - first_ticks);
  std::size_t in_first = read_trace_bytes(bytes_of(bytes), end_of_first).events.size();
  REQUIRE(in_first > Recorder::kEventsPerChunk / 2);
  CHECK(reader.feed(bytes_of(bytes) + end_of_first - 1, 1) == in_first);
  CHECK(reader.bytes_pending() == 0);
  CHECK_FALSE(reader.data().complete);
  reader.feed(bytes_of(bytes) + end_of_first, bytes.size() - end_of_first);
  reader.finish();
  CHECK(reader.data().complete);
  CHECK(reader.data().warnings.empty());
  CHECK(reader.data().events.size() == 2 + 2 * Recorder::kEventsPerChunk);
}

TEST_CASE("damage names the same offset whatever the split", "[trace][reader]") {
  std::string good = recording(100);
  std::string b = good;
  b[8] = 9;  // version 9
  for (std::size_t piece : {1u, 5u, 64u}) CHECK(error_offset(b, piece) == 8);
  b = good;
  b[3] = 'x';  // bad magic: found as soon as 8 bytes are in
  for (std::size_t piece : {1u, 5u, 64u}) CHECK(error_offset(b, piece) == 0);
  b = good;
  std::size_t last = b.size() - 8 - 12;  // the End chunk
  b[last] = 77;
  for (std::size_t piece : {1u, 3u, 1000u}) CHECK(error_offset(b, piece) == last);
  b = good + "x";  // a byte after the End chunk
  for (std::size_t piece : {1u, 1000u}) CHECK(error_offset(b, piece) == good.size());
  // A header cut short is an error only once the input ends.
  TraceReader reader;
  CHECK(reader.feed(bytes_of(good), 10) == 0);
  try {
    reader.finish();
    FAIL("a 10-byte trace was accepted");
  } catch (const TraceError& e) {
    CHECK(std::string(e.what()) == "file too short for a trace header (10 bytes) at offset 0");
  }
}

TEST_CASE("read_trace_file reads a file bigger than its block", "[trace][reader]") {
  std::string bytes = recording(200000);  // about 3 MB: three 1 MiB blocks
  std::string path = "reader_test_big.stktrace";
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f != nullptr);
  REQUIRE(std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size());
  std::fclose(f);
  check_same(read_trace_file(path), read_trace_bytes(bytes_of(bytes), bytes.size()));
  std::remove(path.c_str());
  try {
    read_trace_file("no/such/file.stktrace");
    FAIL("a missing file was read");
  } catch (const TraceError& e) {
    CHECK(e.offset() == 0);
    CHECK(std::string(e.what()).find("cannot open trace file 'no/such/file.stktrace'") != std::string::npos);
  }
}
