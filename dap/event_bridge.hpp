// debugger::Listener -> DAP events. Called on the VM thread: it only updates
// the server's stop bookkeeping (under its mutex) and hands events to the
// Outbox, never calls back into the Session. One bridge per Session; a
// restart mutes the old one so its late events never reach the client.
#pragma once

#include <atomic>

#include <stk/debugger/listener.hpp>

namespace stk::dap {

class Server;

class EventBridge : public debugger::Listener {
 public:
  explicit EventBridge(Server& server) : server_(server) {}
  void mute() { muted_ = true; }

  void on_stopped(const debugger::StopEvent& e) override;
  void on_continued(debugger::TaskletId tasklet, bool all) override;
  void on_output(std::string_view category, std::string_view text) override;
  void on_breakpoint_changed(const debugger::Breakpoint& bp) override;
  void on_exited(int exit_code) override;
  // launch {traceEvents: true}: event "stk/traceEvents" {data: base64 of the
  // next trace-file bytes, bytes: their count}.
  void on_trace_batch(std::string_view bytes) override;

 private:
  Server& server_;
  std::atomic<bool> muted_{false};
};

}  // namespace stk::dap
