// JSON Lines export: one object per event, in file order, for scripts:
// {"t_ns":..,"kind":"transfer","tasklet":1,"tasklet_name":"ping","channel":1,
//  "receiver":2,"receiver_name":"pong","exception":false}. Strings are resolved,
// enums named (event_fields.cpp); a tasklet field also gets "<field>_name".
#include <string>

#include "event_fields.hpp"
#include "exporters.hpp"
#include "progress.hpp"
#include "text_format.hpp"

namespace stk::cli {

ExportStats export_jsonl(const trace::TraceData& data, const TimeWindow& window, OutputFile& out) {
  Progress progress("export", data.events.size());
  TaskletNames names;
  std::string& b = out.buffer();
  ExportStats stats;
  for (std::size_t i = 0; i < data.events.size(); ++i) {
    if ((i & 0xFFFF) == 0) progress.update(i);
    const trace::Event& e = data.events[i];
    names.observe(e, data);
    if (!window.contains(e.time_ns)) continue;
    ++stats.written;
    b += "{\"t_ns\":";
    b += std::to_string(e.time_ns);
    b += ",\"kind\":";
    append_json_string(b, kind_name(e.kind));
    b += ",\"tasklet\":";
    b += std::to_string(e.tasklet);
    b += ",\"tasklet_name\":";
    append_json_string(b, names.name(e.tasklet));
    for (const DecodedField& f : decode_fields(e, data, names)) {
      b += ",\"";
      b += f.name;
      b += "\":";
      switch (f.type) {
        case FieldType::Tasklet:
          b += std::to_string(f.raw);
          b += ",\"";
          b += f.name;
          b += "_name\":";
          append_json_string(b, f.text);
          break;
        case FieldType::Channel:
        case FieldType::Count:
        case FieldType::Flag:
          b += f.text;
          break;
        case FieldType::String:
        case FieldType::Direction:
        case FieldType::Reason:
        case FieldType::ExitHow:
          append_json_string(b, f.text);
          break;
      }
    }
    b += "}\n";
    out.maybe_flush();
  }
  progress.finish();
  return stats;
}

}  // namespace stk::cli
