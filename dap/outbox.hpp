// Everything stk-dap sends goes through the Outbox: it stamps `seq` (our own
// numbering, from 1) in wire order, and holds events back while a request is
// being answered, so a response always precedes the events it caused (the
// `stopped` of a step, the `initialized` after `launch`), even though events
// are produced on the VM thread. Thread-safe.
#pragma once

#include <mutex>
#include <vector>

#include "messages.hpp"
#include "transport.hpp"

namespace stk::dap {

class Outbox {
 public:
  explicit Outbox(Connection& connection) : connection_(connection) {}

  void respond(json response);  // written at once
  void event(json event);       // written at once, or after the current response
  // Bracket the handling of one request; end_request() flushes held events.
  void begin_request();
  void end_request();
  // Nothing more is written (after the `disconnect` response).
  void close();
  bool is_closed() const;

 private:
  void write_locked(json& message);

  Connection& connection_;
  mutable std::mutex mu_;
  int seq_ = 0;
  bool holding_ = false;
  bool closed_ = false;
  std::vector<json> held_;
};

}  // namespace stk::dap
