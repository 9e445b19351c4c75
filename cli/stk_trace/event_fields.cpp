// The field table for every event kind (see event_fields.hpp). The meanings
// are those of runtime/trace/event.hpp and docs/trace-format.md §4.
#include "event_fields.hpp"

namespace stk::cli {

using trace::EventKind;

namespace {

enum class Slot : std::uint8_t { Detail, A, B, C, D };

struct FieldSpec {
  const char* name;
  Slot slot;
  FieldType type;
  bool if_b = false;  // shown only when field b is set (a Switch that carries a block)
};

struct KindSpec {
  EventKind kind;
  std::vector<FieldSpec> fields;
};

const std::vector<KindSpec>& kind_table() {
  using F = FieldType;
  static const std::vector<KindSpec> table = {
      {EventKind::TaskletCreated,
       {{"creator", Slot::A, F::Tasklet}, {"name", Slot::B, F::String}, {"at", Slot::C, F::String}}},
      {EventKind::Runnable, {{"by", Slot::A, F::Tasklet}}},
      {EventKind::Switch,
       {{"out", Slot::A, F::Tasklet},
        {"reason", Slot::Detail, F::Reason},
        {"channel", Slot::B, F::Channel, true},
        {"direction", Slot::D, F::Direction, true},
        {"at", Slot::C, F::String, true}}},
      {EventKind::Blocked,
       {{"channel", Slot::A, F::Channel}, {"direction", Slot::Detail, F::Direction}, {"at", Slot::C, F::String}}},
      {EventKind::Unblocked, {{"channel", Slot::A, F::Channel}}},
      {EventKind::Transfer,
       {{"channel", Slot::A, F::Channel}, {"receiver", Slot::B, F::Tasklet}, {"exception", Slot::Detail, F::Flag}}},
      {EventKind::ChannelCreated, {{"channel", Slot::A, F::Channel}, {"at", Slot::C, F::String}}},
      {EventKind::ChannelClosed, {{"channel", Slot::A, F::Channel}, {"closed", Slot::Detail, F::Flag}}},
      {EventKind::TaskletExit, {{"how", Slot::Detail, F::ExitHow}, {"exception", Slot::B, F::String}}},
      {EventKind::PreemptTick, {{"interrupted", Slot::Detail, F::Flag}}},
      {EventKind::RunStart, {{"timeout", Slot::A, F::Count}}},
      {EventKind::RunEnd, {{"interrupted", Slot::Detail, F::Flag}}},
      {EventKind::Mark, {{"label", Slot::B, F::String}}},
      {EventKind::GcStart, {{"live", Slot::A, F::Count}}},
      {EventKind::GcEnd, {{"live", Slot::A, F::Count}}},
      {EventKind::Rename, {{"name", Slot::B, F::String}}},
      {EventKind::ChannelLabel, {{"channel", Slot::A, F::Channel}, {"label", Slot::B, F::String}}},
  };
  return table;
}

const KindSpec* find_kind(EventKind k) {
  for (const KindSpec& spec : kind_table())
    if (spec.kind == k) return &spec;
  return nullptr;
}

std::uint32_t slot_value(const trace::Event& e, Slot s) {
  switch (s) {
    case Slot::Detail: return e.detail;
    case Slot::A: return e.a;
    case Slot::B: return e.b;
    case Slot::C: return e.c;
    case Slot::D: return e.d;
  }
  return 0;
}

std::string enum_text(const char* name, std::uint32_t raw) {
  return name != nullptr ? std::string(name) : std::to_string(raw);
}

}  // namespace

std::string kind_name(EventKind k) {
  const char* name = trace::event_kind_name(k);
  if (name != nullptr) return name;
  return "kind_" + std::to_string(static_cast<unsigned>(k));
}

void TaskletNames::observe(const trace::Event& e, const trace::TraceData& data) {
  if ((e.kind == EventKind::TaskletCreated || e.kind == EventKind::Rename) && e.b != 0)
    names_[e.tasklet] = data.string(e.b);
}

std::string TaskletNames::name(std::uint32_t id) const {
  auto it = names_.find(id);
  if (it != names_.end()) return it->second;
  return id == 0 ? "main" : "";
}

std::vector<DecodedField> decode_fields(const trace::Event& e, const trace::TraceData& data,
                                        const TaskletNames& names) {
  std::vector<DecodedField> out;
  const KindSpec* spec = find_kind(e.kind);
  if (spec == nullptr) {
    // Unknown kind: show the raw fields so nothing is hidden.
    const char* raw_names[] = {"detail", "a", "b", "c", "d"};
    Slot slots[] = {Slot::Detail, Slot::A, Slot::B, Slot::C, Slot::D};
    for (int i = 0; i < 5; ++i) {
      std::uint32_t v = slot_value(e, slots[i]);
      out.push_back({raw_names[i], FieldType::Count, v, std::to_string(v)});
    }
    return out;
  }
  for (const FieldSpec& f : spec->fields) {
    if (f.if_b && e.b == 0) continue;
    std::uint32_t raw = slot_value(e, f.slot);
    std::string text;
    switch (f.type) {
      case FieldType::Tasklet: text = names.name(raw); break;
      case FieldType::Channel:
      case FieldType::Count: text = std::to_string(raw); break;
      case FieldType::String: text = data.string(raw); break;
      case FieldType::Direction:
        text = raw == 1 ? "send" : raw == 2 ? "receive" : std::to_string(raw);
        break;
      case FieldType::Reason: text = enum_text(trace::switch_reason_name(static_cast<std::uint8_t>(raw)), raw); break;
      case FieldType::ExitHow: text = enum_text(trace::exit_how_name(static_cast<std::uint8_t>(raw)), raw); break;
      case FieldType::Flag: text = raw != 0 ? "true" : "false"; break;
    }
    out.push_back({f.name, f.type, raw, std::move(text)});
  }
  return out;
}

}  // namespace stk::cli
