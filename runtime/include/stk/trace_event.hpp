// Trace events: what the scheduler, channels, the collector and the program
// itself report, as fixed-size 32-byte records (docs/trace-format.md). This
// header is plain data shared by the recorder inside the VM, the trace file
// writer and reader, and the tools (stk-trace, the viewer, the debugger).
//
// Strings (tasklet names, function names, source locations "file:line",
// exception type names, mark labels) are not in the records: a record holds a
// string id, and each id is defined once, before its first use, in a string
// table chunk of the file.
#pragma once

#include <cstdint>

namespace stk::trace {

// The kind of an event; the meaning of the fields a, b, c, d and `detail`.
enum class EventKind : std::uint8_t {
  TaskletCreated = 1,  // tasklet = new one; a = creator tasklet; b = name string; c = location string
  Runnable = 2,        // tasklet became runnable (inserted in the ring); a = who made it so
  Switch = 3,          // tasklet = the one switched in; a = the one switched out; detail = SwitchReason;
                       // if the one switched out just blocked on a channel (version 2):
                       // b = channel, c = location string, d = 1 sending / 2 receiving; else 0
  Blocked = 4,         // version 1 only: tasklet blocked on channel a; detail = 1 sending / 2 receiving;
                       // c = location string (version 2 puts the block into the Switch)
  Unblocked = 5,       // tasklet left channel a's queue (paired, killed or thrown into); a = channel
  Transfer = 6,        // tasklet = sender; a = channel; b = receiver; detail = 1 if an exception was sent
  ChannelCreated = 7,  // a = channel; tasklet = creator; c = location string
  ChannelClosed = 8,   // a = channel; detail = 1 closed, 0 reopened
  TaskletExit = 9,     // tasklet ended; detail = ExitHow; b = exception type name string (0 if none)
  PreemptTick = 10,    // tasklet's time slice ran out; detail = 1 interrupted, 0 deferred (atomic...)
  RunStart = 11,       // tasklet called stackless.run(); a = timeout ticks (0 = none)
  RunEnd = 12,         // tasklet's run() returned; detail = 1 returned an interrupted tasklet
  Mark = 13,           // the program's stk.mark(label): b = label string
  GcStart = 14,        // a = live objects before
  GcEnd = 15,          // a = live objects after
  Rename = 16,         // tasklet's name changed: b = new name string
  ChannelLabel = 17,   // version 3: channel a's label was set (channel.label): b = the label string, 0 = removed;
                       // tasklet = the one that set it
};

// Why the switched-out tasklet stopped running (Switch::detail).
enum class SwitchReason : std::uint8_t {
  Schedule = 1,   // schedule() / t.run() / t.switch(): still runnable or paused by choice
  Blocked = 2,    // blocked on a channel
  Preempted = 3,  // time slice ran out
  Finished = 4,   // returned or ended by an uncaught TaskletExit
  Raised = 5,     // died with an exception (delivered to the watchdog)
  Killed = 6,     // switching to a tasklet to raise in it (kill/throw)
  RunWait = 7,    // called stackless.run() and waits for the ring to empty
  Woken = 8,      // a run() caller resumed (ring empty, error or preemption)
  Removed = 9,    // schedule_remove()
  Transfer = 10,  // a channel transfer handed control to the partner
  Debugger = 11,  // paused by the debugger
};

// How a tasklet ended (TaskletExit::detail).
enum class ExitHow : std::uint8_t { Normal = 1, Exception = 2, Killed = 3 };

// One record, exactly 32 bytes in memory and on disk (little-endian).
struct Event {
  std::uint64_t time_ns;  // nanoseconds since the recording started (monotonic clock)
  EventKind kind;
  std::uint8_t detail;
  std::uint16_t reserved;  // 0
  std::uint32_t tasklet;   // tasklet id (main = 0)
  std::uint32_t a, b, c, d;
};
static_assert(sizeof(Event) == 32, "trace records are 32 bytes");

// Switch::d, Blocked::detail: the direction of a blocked channel operation.
constexpr std::uint32_t kBlockedSending = 1;
constexpr std::uint32_t kBlockedReceiving = 2;

const char* event_kind_name(EventKind k);    // "switch", "blocked", ... or nullptr if unknown
const char* switch_reason_name(std::uint8_t r);
const char* exit_how_name(std::uint8_t h);

}  // namespace stk::trace
