// The attachable run: a Session for the whole program, a Relay that routes
// its events to whichever client is attached (and echoes program output to
// our own stdout/stderr, as a plain `stk run` would print it), and an accept
// loop serving one client at a time. With nobody attached the program never
// waits: a stop that reaches the Relay then is continued at once.
#include "attachable.hpp"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <thread>

#include <stk/debugger/session.hpp>

#include "event_bridge.hpp"
#include "net.hpp"
#include "server.hpp"

namespace stk::dap {

namespace {

class Relay : public debugger::Listener {
 public:
  void attach(EventBridge* bridge) {
    std::lock_guard lock(mu_);
    bridge_ = bridge;
  }
  void set_session(debugger::Session* s) { session_ = s; }

  void on_stopped(const debugger::StopEvent& e) override {
    std::lock_guard lock(mu_);
    if (bridge_) {
      bridge_->on_stopped(e);
      return;
    }
    // Nobody to show it to: let the program go on (not from this, the VM thread).
    ++pending_continues_;
    cv_.notify_all();
  }
  void on_continued(debugger::TaskletId t, bool all) override {
    std::lock_guard lock(mu_);
    if (bridge_) bridge_->on_continued(t, all);
  }
  void on_output(std::string_view category, std::string_view text) override {
    std::FILE* f = category == "stderr" ? stderr : stdout;
    if (category == "stdout" || category == "stderr") {
      std::fwrite(text.data(), 1, text.size(), f);
      std::fflush(f);
    }
    std::lock_guard lock(mu_);
    if (bridge_) bridge_->on_output(category, text);
  }
  void on_breakpoint_changed(const debugger::Breakpoint& bp) override {
    std::lock_guard lock(mu_);
    if (bridge_) bridge_->on_breakpoint_changed(bp);
  }
  void on_exited(int code) override {
    std::lock_guard lock(mu_);
    if (bridge_) bridge_->on_exited(code);
    exit_code_ = code;
    exited_ = true;
    cv_.notify_all();
  }

  // The helper thread's loop: continues unattended stops until the program ends.
  void continue_unattended() {
    std::unique_lock lock(mu_);
    for (;;) {
      cv_.wait(lock, [this] { return exited_ || pending_continues_ > 0; });
      if (exited_) return;
      pending_continues_ = 0;
      lock.unlock();
      (void)session_->continue_all();
      lock.lock();
    }
  }
  int wait_for_exit() {
    std::unique_lock lock(mu_);
    cv_.wait(lock, [this] { return exited_; });
    return exit_code_;
  }
  bool exited() {
    std::lock_guard lock(mu_);
    return exited_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  EventBridge* bridge_ = nullptr;
  debugger::Session* session_ = nullptr;
  int pending_continues_ = 0;
  bool exited_ = false;
  int exit_code_ = 0;
};

}  // namespace

int run_attachable(const AttachableOptions& o) {
  Address addr;
  try {
    addr = parse_address(o.listen);
  } catch (const NetError& e) {
    throw std::runtime_error(std::string("--dap-listen: ") + e.what());
  }
  if (!is_loopback(addr)) {
    if (!o.allow_remote)
      throw std::runtime_error(
          "--dap-listen: " + addr.host +
          " is not a loopback address; a debugger can run any code in the program, so "
          "listening beyond this machine needs --allow-remote");
    std::fprintf(
        stderr,
        "stk: warning: the debugger listens on %s:%u, reachable from other machines; anyone who "
        "connects can run code in this program\n",
        addr.host.c_str(), static_cast<unsigned>(addr.port));
  }
  std::unique_ptr<TcpListener> listener;
  try {
    listener = std::make_unique<TcpListener>(addr);
  } catch (const NetError& e) {
    throw std::runtime_error(std::string("--dap-listen: ") + e.what());
  }
  std::fprintf(stderr, "stk: debugger listening on %s:%u%s\n", addr.host.c_str(),
               static_cast<unsigned>(listener->port()),
               o.wait_for_client ? " (waiting for a client)" : "");
  std::fflush(stderr);

  Relay relay;
  debugger::Session session(relay);
  relay.set_session(&session);
  (void)session.set_exception_breakpoints(false, false);  // nobody attached yet
  debugger::LaunchOptions lo;
  lo.program = o.program;
  lo.args.assign(o.argv.size() > 1 ? o.argv.begin() + 1 : o.argv.end(), o.argv.end());
  lo.preempt_ticks = o.preempt_ticks;
  lo.trace_file = o.trace_file;
  lo.wait_for_configuration = o.wait_for_client;
  auto launched = session.launch(lo);
  if (!launched.ok()) throw std::runtime_error(launched.error().message);

  std::thread helper([&] { relay.continue_unattended(); });
  std::mutex conn_mu;
  Connection* current = nullptr;
  std::thread acceptor([&] {
    for (;;) {
      int fd = listener->accept();
      if (fd < 0) return;
      Connection c(fd, fd, true);
      {
        std::lock_guard lock(conn_mu);
        current = &c;
      }
      {
        ServerOptions so;
        so.external = &session;
        Server server(c, so);
        relay.attach(&server.bridge());
        server.run();
        relay.attach(nullptr);
      }
      {
        std::lock_guard lock(conn_mu);
        current = nullptr;
      }
      if (relay.exited()) return;
    }
  });

  int code = relay.wait_for_exit();
  listener->close();
  // A client still attached has had `exited`/`terminated`; give it a moment to disconnect.
  for (int i = 0; i < 40; ++i) {
    {
      std::lock_guard lock(conn_mu);
      if (!current) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  {
    std::lock_guard lock(conn_mu);
    if (current) current->close();
  }
  acceptor.join();
  helper.join();
  return code;
}

}  // namespace stk::dap
