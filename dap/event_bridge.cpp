// Session events as DAP events; see event_bridge.hpp.
#include "event_bridge.hpp"

#include <cstdint>
#include <string>

#include "server.hpp"
#include "thread_list.hpp"

namespace stk::dap {

void EventBridge::on_stopped(const debugger::StopEvent& e) {
  if (muted_) return;
  json body = {{"reason", debugger::stop_reason_name(e.reason)},
               {"threadId", thread_id(e.tasklet)}};
  if (!e.description.empty()) body["description"] = e.description;
  if (!e.text.empty()) body["text"] = e.text;
  if (e.all_stopped) body["allThreadsStopped"] = true;  // absent means "only this one"
  if (!e.hit_breakpoints.empty()) body["hitBreakpointIds"] = e.hit_breakpoints;
  {
    std::lock_guard lock(server_.state_mu_);
    auto& st = server_.state_;
    // The first stop takes the focus; a second tasklet stopping while the
    // focused one is still stopped must not steal it (2nd..Nth at a breakpoint).
    bool keep_focus = st.focus && *st.focus != e.tasklet && st.stopped.count(*st.focus) != 0 &&
                      e.reason != debugger::StopReason::Step;
    if (keep_focus) {
      body["preserveFocusHint"] = true;
    } else {
      st.focus = e.tasklet;
    }
    st.stopped[e.tasklet] = debugger::stop_reason_name(e.reason);
    st.last_stop = e.tasklet;
  }
  server_.outbox_.event(make_event("stopped", std::move(body)));
}

void EventBridge::on_continued(debugger::TaskletId tasklet, bool all) {
  if (muted_) return;
  if (all) {
    server_.mark_all_resumed();
  } else {
    server_.mark_resumed(tasklet);
  }
  server_.outbox_.event(
      make_event("continued", {{"threadId", thread_id(tasklet)}, {"allThreadsContinued", all}}));
}

void EventBridge::on_output(std::string_view category, std::string_view text) {
  if (muted_) return;
  server_.outbox_.event(make_event("output", {{"category", category}, {"output", text}}));
}

void EventBridge::on_breakpoint_changed(const debugger::Breakpoint& bp) {
  if (muted_) return;
  json b = {{"id", bp.id}, {"verified", bp.verified}};
  if (bp.line > 0) b["line"] = bp.line;
  if (!bp.message.empty()) b["message"] = bp.message;
  server_.outbox_.event(
      make_event("breakpoint", {{"reason", "changed"}, {"breakpoint", std::move(b)}}));
}

void EventBridge::on_exited(int exit_code) {
  if (muted_) return;
  {
    std::lock_guard lock(server_.state_mu_);
    server_.state_.ended = true;
    server_.state_.stopped.clear();
  }
  server_.handles_.resumed_all();
  server_.outbox_.event(make_event("exited", {{"exitCode", exit_code}}));
  server_.send_terminated_once();
}

namespace {

std::string base64(std::string_view in) {
  static const char* kDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    std::uint32_t v = (static_cast<unsigned char>(in[i]) << 16) | (static_cast<unsigned char>(in[i + 1]) << 8) |
                      static_cast<unsigned char>(in[i + 2]);
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += kDigits[(v >> 6) & 63];
    out += kDigits[v & 63];
  }
  if (i < in.size()) {
    std::uint32_t v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kDigits[v >> 18];
    out += kDigits[(v >> 12) & 63];
    out += i + 1 < in.size() ? kDigits[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace

void EventBridge::on_trace_batch(std::string_view bytes) {
  if (muted_) return;
  server_.outbox_.event(make_event("stk/traceEvents", {{"data", base64(bytes)}, {"bytes", bytes.size()}}));
}

}  // namespace stk::dap
