// `stk-trace dump FILE`: every event, one per line, in file order:
//   <time µs>  <kind>  <tasklet>  field=value ...
// with strings resolved and tasklets named as they were at that point. Lines
// starting with '#' are the file's metadata and its end record. With
// --follow it reads a file still being written as it grows (a TraceStream
// read again as the file gains bytes) and prints each event once its chunk is
// in, until the End chunk.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <stk/error.hpp>

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

// Writes a line for each event of `data`.
void print_events(OutputFile& out, const trace::TraceData& data, TaskletNames& names) {
  std::string& b = out.buffer();
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
}

void print_meta(std::string& b, const trace::TraceData& data) {
  for (const auto& [k, v] : data.meta) b += "# " + printable(k) + ": " + printable(v) + "\n";
}

void print_end(std::string& b, const trace::TraceData& data) {
  if (data.complete) {
    b += "# end: " + std::to_string(data.declared_events) + " events, exit status " +
         std::to_string(data.exit_status) + "\n";
  } else {
    b += "# no end record: the trace is incomplete\n";
  }
}

// How often --follow looks for more bytes once it has read everything.
constexpr std::chrono::milliseconds kFollowPoll{50};

// --follow: prints what the file holds, then what it gains, until the End
// chunk. Damage ends it with the usual error line; so does a file that
// shrinks (a new recording replaced it).
int follow(const std::string& file) {
  TraceStream in(file);
  TaskletNames names;
  OutputFile out("");
  bool meta_printed = false;
  while (!in.data().complete) {
    if (!in.read_more()) {
      std::error_code ec;
      if (std::filesystem::file_size(file, ec) < in.bytes_read())
        throw stk::Error(file + ": the file shrank while being followed (a new recording?)", 1);
      std::this_thread::sleep_for(kFollowPoll);
      continue;
    }
    const trace::TraceData& data = in.data();
    if (!meta_printed && (!data.meta.empty() || !data.events.empty())) {
      print_meta(out.buffer(), data);
      meta_printed = true;
    }
    print_events(out, data, names);
    out.flush();
    std::fflush(stdout);  // someone is watching: every batch now
  }
  in.finish();
  if (!meta_printed) print_meta(out.buffer(), in.data());
  print_end(out.buffer(), in.data());
  out.close();
  return 0;
}

}  // namespace

int dump_command(const Args& args) {
  cxxopts::Options options("stk-trace dump", "Print every event of a trace file");
  options.add_options()("follow", "follow a file still being written: print events as they reach it, until the "
                                  "recording ends (Ctrl-C to stop sooner)");
  cxxopts::ParseResult opts;
  std::string file;
  if (!parse_file_command(options, args, "dump", opts, file)) return 0;
  if (opts.count("follow")) return follow(file);

  trace::TraceData data = load_trace(file);
  OutputFile out("");
  std::string& b = out.buffer();
  print_meta(b, data);
  TaskletNames names;
  print_events(out, data, names);
  print_end(b, data);
  out.close();
  return 0;
}

}  // namespace stk::cli
