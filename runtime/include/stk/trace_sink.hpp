// Where a recorded trace goes when it is not a file: an embedder's or a
// debugger's own channel (stk-dap streams it to the timeline viewer). It
// receives the trace file's bytes in order — header, then whole chunks — so
// the concatenation of everything written is a valid trace file
// (docs/trace-format.md) that read_trace_bytes() accepts.
#pragma once

#include <cstddef>

namespace stk::trace {

class ChunkSink {
 public:
  virtual ~ChunkSink() = default;
  // Called from the recorder's writer thread, never concurrently.
  virtual void write(const char* data, std::size_t size) = 0;
};

}  // namespace stk::trace
