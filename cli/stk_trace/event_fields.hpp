// What each field of each event kind means, as one table (event_fields.cpp):
// its name and how to show it (a tasklet, a channel, a string id, an enum...).
// `dump` and the JSON Lines export print every event through it, so a new
// event kind needs one line there and nothing else here.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "trace_api.hpp"

namespace stk::cli {

enum class FieldType : std::uint8_t { Tasklet, Channel, String, Count, Direction, Reason, ExitHow, Flag };

struct DecodedField {
  const char* name;
  FieldType type;
  std::uint32_t raw;
  std::string text;  // resolved: a string's text, an enum's name, a tasklet's name
};

// The kind's name ("switch"), or "kind_<n>" for a kind this tool does not know.
std::string kind_name(trace::EventKind k);

// Tasklet names as they were at a point of the event stream (TaskletCreated
// and Rename change them), for printing events in order.
class TaskletNames {
 public:
  void observe(const trace::Event& e, const trace::TraceData& data);
  std::string name(std::uint32_t id) const;  // "" if it has none

 private:
  std::unordered_map<std::uint32_t, std::string> names_;
};

// The fields of `e` other than time, kind and tasklet, in table order.
std::vector<DecodedField> decode_fields(const trace::Event& e, const trace::TraceData& data,
                                        const TaskletNames& names);

}  // namespace stk::cli
