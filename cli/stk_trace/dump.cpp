// `stk-trace dump FILE`: every event, one per line, in file order:
//   <time µs>  <kind>  <tasklet>  field=value ...
// with strings resolved and tasklets named as they were at that point. Lines
// starting with '#' are the file's metadata and its end record.
#include <cstdio>
#include <string>
#include <vector>

#include "commands.hpp"
#include "event_fields.hpp"
#include "output_file.hpp"
#include "text_format.hpp"
#include "trace_input.hpp"

namespace stk::cli {

namespace {

std::string tasklet_text(std::uint32_t id, const std::string& name) {
  std::string s = "#" + std::to_string(id);
  if (!name.empty()) s += "(" + printable(name) + ")";
  return s;
}

// A value as `key=value`: quoted when empty or when it holds spaces, quotes or '='.
std::string value_text(const std::string& v) {
  std::string p = printable(v);
  bool quote = p.empty() || p.find_first_of(" \"=") != std::string::npos;
  if (!quote) return p;
  std::string q = "\"";
  for (char c : p) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + "\"";
}

}  // namespace

int dump_command(const Args& args) {
  cxxopts::Options options("stk-trace dump", "Print every event of a trace file");
  cxxopts::ParseResult opts;
  std::string file;
  if (!parse_file_command(options, args, "dump", opts, file)) return 0;

  trace::TraceData data = load_trace(file);
  OutputFile out("");
  std::string& b = out.buffer();
  for (const auto& [k, v] : data.meta) b += "# " + printable(k) + ": " + printable(v) + "\n";
  TaskletNames names;
  char time_buf[40];
  for (const trace::Event& e : data.events) {
    names.observe(e, data);
    std::snprintf(time_buf, sizeof time_buf, "%14s  ", format_us(e.time_ns).c_str());
    b += time_buf;
    std::string kind = kind_name(e.kind);
    kind.resize(std::max<std::size_t>(kind.size(), 15), ' ');
    b += kind;
    b += ' ';
    b += tasklet_text(e.tasklet, names.name(e.tasklet));
    for (const DecodedField& f : decode_fields(e, data, names)) {
      b += ' ';
      b += f.name;
      b += '=';
      b += f.type == FieldType::Tasklet ? tasklet_text(f.raw, f.text) : value_text(f.text);
    }
    b += '\n';
    out.maybe_flush();
  }
  if (data.complete) {
    b += "# end: " + std::to_string(data.declared_events) + " events, exit status " +
         std::to_string(data.exit_status) + "\n";
  } else {
    b += "# no end record: the trace is incomplete\n";
  }
  out.close();
  return 0;
}

}  // namespace stk::cli
