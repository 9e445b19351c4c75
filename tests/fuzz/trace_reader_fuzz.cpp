// libFuzzer entry for the trace file reader: any byte string must either decode
// or throw stk::trace::TraceError naming an offset inside the input. Any other
// exception, crash, sanitizer report, hang or huge allocation is a bug. What
// decodes is walked the way the tools walk it (every record's strings and
// names), so a reader that hands out inconsistent data is caught here too;
// and the same bytes fed in pieces must give the same result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include <stk/trace.hpp>

namespace {

// The same bytes fed to a TraceReader in pieces (sizes taken from the input,
// as a growing file arrives): the events and warnings, or the error offset.
struct Outcome {
  bool failed = false;
  std::uint64_t offset = 0;
  std::size_t events = 0;
  std::vector<std::string> warnings;
};

Outcome in_pieces(const std::uint8_t* data, std::size_t size) {
  Outcome o;
  stk::trace::TraceReader reader;
  try {
    std::size_t at = 0, seen = 0;
    for (std::size_t k = 0; at < size; ++k) {
      std::size_t piece = 1 + (data[k % size] * 131u + k) % 97;
      std::size_t n = piece < size - at ? piece : size - at;
      seen += reader.feed(data + at, n);
      at += n;
    }
    reader.finish();
    if (seen != reader.data().events.size()) std::abort();  // feed() counts what it adds
  } catch (const stk::trace::TraceError& e) {
    o.failed = true;
    o.offset = e.offset();
    return o;
  }
  o.events = reader.data().events.size();
  o.warnings = reader.data().warnings;
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  stk::trace::TraceData t;
  Outcome pieces = in_pieces(data, size);
  try {
    t = stk::trace::read_trace_bytes(data, size);
  } catch (const stk::trace::TraceError& e) {
    if (e.offset() > size) std::abort();  // an offset outside the file helps nobody
    if (!pieces.failed || pieces.offset != e.offset()) std::abort();  // any split finds the same damage
    return 0;
  }
  if (pieces.failed || pieces.events != t.events.size() || pieces.warnings != t.warnings) std::abort();
  std::size_t total = 0;
  for (const stk::trace::Event& e : t.events) {
    if (stk::trace::event_kind_name(e.kind) == nullptr) std::abort();  // the reader lets only known kinds through
    total += t.string(e.a).size() + t.string(e.b).size() + t.string(e.c).size();
    total += std::string(stk::trace::switch_reason_name(e.detail)).size();
    total += std::string(stk::trace::exit_how_name(e.detail)).size();
  }
  for (const auto& [k, v] : t.meta) total += t.meta_value(k).size() + v.size();
  if (t.complete && t.declared_events != t.events.size()) std::abort();
  return total == static_cast<std::size_t>(-1) ? 1 : 0;
}
