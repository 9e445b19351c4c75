// Forwarding an attached session to `stk run --dap-listen`; see proxy.hpp.
#include "proxy.hpp"

#include <chrono>

#include "error_codes.hpp"
#include "server.hpp"

namespace stk::dap {

Proxy::Proxy(Server& server, const Address& address, const json& initialize_args)
    : server_(server) {
  int fd = -1;
  try {
    fd = connect_to(address);
  } catch (const NetError& e) {
    throw DapError(error_id::kAttachFailed, e.what(), true);
  }
  remote_ = std::make_unique<Connection>(fd, fd, true);
  json init = {
      {"seq", 0}, {"type", "request"}, {"command", "initialize"}, {"arguments", initialize_args}};
  if (!remote_->write(init.dump()))
    throw DapError(error_id::kAttachFailed, "the program closed the connection before 'initialize'",
                   true);
  // Its answer (capabilities) is ours already; events before it are dropped too.
  std::string body, error;
  for (;;) {
    if (!remote_->read(body, error))
      throw DapError(error_id::kAttachFailed,
                     "the program at " + address.host + ":" + std::to_string(address.port) +
                         " did not answer 'initialize'" + (error.empty() ? "" : ": " + error),
                     true);
    json m = json::parse(body, nullptr, false);
    if (m.is_object() && m.value("type", "") == "response" &&
        m.value("command", "") == "initialize") {
      if (!m.value("success", false))
        throw DapError(error_id::kAttachFailed,
                       "the program refused 'initialize': " + m.value("message", ""), true);
      break;
    }
  }
  thread_ = std::thread([this] { pump(); });
}

Proxy::~Proxy() {
  remote_->close();
  if (thread_.joinable()) thread_.join();
}

bool Proxy::forward(const Request& r) {
  if (gone_) return false;
  json m = {
      {"seq", r.seq}, {"type", "request"}, {"command", r.command}, {"arguments", r.arguments}};
  if (!remote_->write(m.dump())) {
    gone_ = true;
    return false;
  }
  return true;
}

void Proxy::wait_for_disconnect_response() {
  std::unique_lock lock(mu_);
  cv_.wait_for(lock, std::chrono::seconds(5), [this] { return disconnect_answered_ || gone_; });
}

void Proxy::pump() {
  std::string body, error;
  while (remote_->read(body, error)) {
    if (!nesting_within(body)) continue;
    json m = json::parse(body, nullptr, false);
    if (!m.is_object()) continue;
    std::string type = m.value("type", "");
    if (type == "response") {
      bool disconnect = m.value("command", "") == "disconnect";
      server_.outbox_.respond(std::move(m));
      if (disconnect) {
        std::lock_guard lock(mu_);
        disconnect_answered_ = true;
        cv_.notify_all();
      }
    } else if (type == "event") {
      if (m.value("event", "") == "terminated") {
        server_.send_terminated_once();
      } else {
        server_.outbox_.event(std::move(m));
      }
    }
  }
  gone_ = true;
  {
    std::lock_guard lock(mu_);
    cv_.notify_all();
  }
  // The program ended or its server closed: the client's session is over.
  server_.send_terminated_once();
}

}  // namespace stk::dap
