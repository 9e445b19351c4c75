// Who listens to the runtime's scheduler and channel events: the trace
// recorder and the Python-level schedule/channel callbacks. Runtime::observers
// holds one bit per listener, so an event site tests one byte and takes one
// predictable branch when nobody listens (scheduler/events.hpp fans out).
// With the CMake option STK_TRACE_EVENTS=OFF the recorder's bit is masked out
// at compile time: every recorder-only site disappears, the callbacks stay.
#pragma once

#include <cstdint>

#include "support/assert.hpp"

#ifndef STK_TRACE_EVENTS
#define STK_TRACE_EVENTS 1
#endif

namespace stk::trace {

enum Observer : std::uint8_t {
  kRecorder = 1,          // Runtime::recorder is set
  kScheduleCallback = 2,  // stackless.set_schedule_callback
  kChannelCallback = 4,   // stackless.set_channel_callback
};

// Whether this build has the recorder's event sites at all.
constexpr bool kEventsCompiled = STK_TRACE_EVENTS != 0;
// The observers an event site may have in this build.
constexpr std::uint8_t kCompiledObservers =
    kEventsCompiled ? 0xff : static_cast<std::uint8_t>(~static_cast<unsigned>(kRecorder) & 0xff);

// The one branch of an event site: does any of `mask` listen?
inline bool listening(std::uint8_t observers, unsigned mask) {
  return STK_UNLIKELY((observers & mask & kCompiledObservers) != 0);
}

}  // namespace stk::trace
