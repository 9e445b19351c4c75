// Names of event kinds, switch reasons and exit kinds, for dumps and exports.
#include <stk/trace_event.hpp>

namespace stk::trace {

const char* event_kind_name(EventKind k) {
  switch (k) {
    case EventKind::TaskletCreated: return "created";
    case EventKind::Runnable: return "runnable";
    case EventKind::Switch: return "switch";
    case EventKind::Blocked: return "blocked";
    case EventKind::Unblocked: return "unblocked";
    case EventKind::Transfer: return "transfer";
    case EventKind::ChannelCreated: return "channel";
    case EventKind::ChannelClosed: return "channel_closed";
    case EventKind::TaskletExit: return "exit";
    case EventKind::PreemptTick: return "preempt";
    case EventKind::RunStart: return "run_start";
    case EventKind::RunEnd: return "run_end";
    case EventKind::Mark: return "mark";
    case EventKind::GcStart: return "gc_start";
    case EventKind::GcEnd: return "gc_end";
    case EventKind::Rename: return "rename";
    case EventKind::ChannelLabel: return "channel_label";
  }
  return nullptr;
}

const char* switch_reason_name(std::uint8_t r) {
  switch (static_cast<SwitchReason>(r)) {
    case SwitchReason::Schedule: return "schedule";
    case SwitchReason::Blocked: return "blocked";
    case SwitchReason::Preempted: return "preempted";
    case SwitchReason::Finished: return "finished";
    case SwitchReason::Raised: return "raised";
    case SwitchReason::Killed: return "killed";
    case SwitchReason::RunWait: return "run_wait";
    case SwitchReason::Woken: return "woken";
    case SwitchReason::Removed: return "removed";
    case SwitchReason::Transfer: return "transfer";
    case SwitchReason::Debugger: return "debugger";
  }
  return "unknown";
}

const char* exit_how_name(std::uint8_t h) {
  switch (static_cast<ExitHow>(h)) {
    case ExitHow::Normal: return "normal";
    case ExitHow::Exception: return "exception";
    case ExitHow::Killed: return "killed";
  }
  return "unknown";
}

}  // namespace stk::trace
