// libFuzzer entry for the trace file reader: any byte string must either decode
// or throw stk::trace::TraceError naming an offset inside the input. Any other
// exception, crash, sanitizer report, hang or huge allocation is a bug. What
// decodes is walked the way the tools walk it (every record's strings and
// names), so a reader that hands out inconsistent data is caught here too.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include <stk/trace.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  stk::trace::TraceData t;
  try {
    t = stk::trace::read_trace_bytes(data, size);
  } catch (const stk::trace::TraceError& e) {
    if (e.offset() > size) std::abort();  // an offset outside the file helps nobody
    return 0;
  }
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
