// The `time` module: wall clock (time, time_ns), monotonic clocks (monotonic,
// perf_counter and their _ns forms) and sleep. sleep() blocks the OS thread for
// now; the stackless scheduler may later turn it into a tasklet wait.
#include <cerrno>
#include <cmath>
#include <ctime>

#include "builtins/modules.hpp"
#include "objects/number.hpp"
#include "scheduler/events.hpp"

namespace stk {

namespace {

std::int64_t clock_ns(clockid_t id) {
  timespec ts{};
  clock_gettime(id, &ts);
  return static_cast<std::int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value seconds(Runtime& rt, const ArgView& a, const char* name, clockid_t id) {
  if (!check_no_args(rt, a, name)) return Value::null();
  timespec ts{};
  clock_gettime(id, &ts);
  return rt.new_float(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

Value nanoseconds(Runtime& rt, const ArgView& a, const char* name, clockid_t id) {
  if (!check_no_args(rt, a, name)) return Value::null();
  return make_int(rt, clock_ns(id));
}

Value time_time(Runtime& rt, const ArgView& a) { return seconds(rt, a, "time.time", CLOCK_REALTIME); }
Value time_monotonic(Runtime& rt, const ArgView& a) { return seconds(rt, a, "time.monotonic", CLOCK_MONOTONIC); }
Value time_perf_counter(Runtime& rt, const ArgView& a) { return seconds(rt, a, "time.perf_counter", CLOCK_MONOTONIC); }
Value time_process_time(Runtime& rt, const ArgView& a) {
  return seconds(rt, a, "time.process_time", CLOCK_PROCESS_CPUTIME_ID);
}
Value time_time_ns(Runtime& rt, const ArgView& a) { return nanoseconds(rt, a, "time.time_ns", CLOCK_REALTIME); }
Value time_monotonic_ns(Runtime& rt, const ArgView& a) {
  return nanoseconds(rt, a, "time.monotonic_ns", CLOCK_MONOTONIC);
}
Value time_perf_counter_ns(Runtime& rt, const ArgView& a) {
  return nanoseconds(rt, a, "time.perf_counter_ns", CLOCK_MONOTONIC);
}

Value time_sleep(Runtime& rt, const ArgView& a) {
  if (!check_one_arg(rt, a, "time.sleep")) return Value::null();
  double secs;
  if (is_int(a[0]) || is_kind(a[0], ObjKind::Float)) {
    if (!number_to_double(rt, a[0], &secs)) return Value::null();
  } else {
    return rt.raise_type_error("'" + ops::type_name(rt, a[0]) + "' object cannot be interpreted as an integer");
  }
  if (std::isnan(secs)) return rt.raise_value_error("Invalid value NaN (not a number)");
  if (secs < 0) return rt.raise_value_error("sleep length must be non-negative");
  // Recorded events reach the trace file before a sleep of some length
  // (shorter ones, often a pacing loop, leave it to the recorder's own
  // hand-over: a chunk per sleep would be mostly header).
  if (secs >= 0.01) events::waiting_outside(rt);
  timespec ts;
  ts.tv_sec = static_cast<time_t>(secs);
  ts.tv_nsec = static_cast<long>((secs - static_cast<double>(ts.tv_sec)) * 1e9);
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
  return rt.None();
}

}  // namespace

Module* make_time_module(Runtime& rt) {
  Module* m = rt.new_module("time");
  Dict* d = m->dict;
  add_function(rt, d, "time", time_time);
  add_function(rt, d, "monotonic", time_monotonic);
  add_function(rt, d, "perf_counter", time_perf_counter);
  add_function(rt, d, "process_time", time_process_time);
  add_function(rt, d, "time_ns", time_time_ns);
  add_function(rt, d, "monotonic_ns", time_monotonic_ns);
  add_function(rt, d, "perf_counter_ns", time_perf_counter_ns);
  add_function(rt, d, "sleep", time_sleep);
  return m;
}

}  // namespace stk
