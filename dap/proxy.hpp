// `attach {host, port}` in stk-dap: the program runs under `stk run
// --dap-listen`, whose own server speaks DAP. The proxy introduces itself to
// it with the client's `initialize` arguments (its answer is swallowed: the
// client already has ours, from the same capability table), then forwards
// every request there and every response/event back, restamping `seq` so
// the client sees one numbering. When the program's side closes, the client
// gets `terminated`.
#pragma once

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "messages.hpp"
#include "net.hpp"
#include "transport.hpp"

namespace stk::dap {

class Server;

class Proxy {
 public:
  // Connects and initializes. Throws DapError(kAttachFailed).
  Proxy(Server& server, const Address& address, const json& initialize_args);
  ~Proxy();
  Proxy(const Proxy&) = delete;
  Proxy& operator=(const Proxy&) = delete;

  // Sends `r` to the program; false once that side is gone (the request is
  // then answered locally).
  bool forward(const Request& r);
  // After forwarding `disconnect`: waits (bounded) for the program's answer.
  void wait_for_disconnect_response();

 private:
  void pump();

  Server& server_;
  std::unique_ptr<Connection> remote_;
  std::atomic<bool> gone_{false};
  std::mutex mu_;
  std::condition_variable cv_;
  bool disconnect_answered_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace stk::dap
