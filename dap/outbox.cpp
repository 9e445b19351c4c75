// Sequence numbering and response-before-event ordering; see outbox.hpp.
#include "outbox.hpp"

namespace stk::dap {

void Outbox::write_locked(json& message) {
  if (closed_) return;
  message["seq"] = ++seq_;
  if (!connection_.write(message.dump(-1, ' ', false, json::error_handler_t::replace)))
    closed_ = true;
}

void Outbox::respond(json response) {
  std::lock_guard lock(mu_);
  write_locked(response);
}

void Outbox::event(json event) {
  std::lock_guard lock(mu_);
  if (holding_) {
    held_.push_back(std::move(event));
    return;
  }
  write_locked(event);
}

void Outbox::begin_request() {
  std::lock_guard lock(mu_);
  holding_ = true;
}

void Outbox::end_request() {
  std::lock_guard lock(mu_);
  holding_ = false;
  for (json& e : held_) write_locked(e);
  held_.clear();
}

void Outbox::close() {
  std::lock_guard lock(mu_);
  closed_ = true;
  held_.clear();
}

bool Outbox::is_closed() const {
  std::lock_guard lock(mu_);
  return closed_;
}

}  // namespace stk::dap
