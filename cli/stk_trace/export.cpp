// `stk-trace export FILE --format chrome|jsonl [-o OUT]`: option parsing and
// the choice of exporter; without -o the document goes to stdout. The format
// is checked before the file is read, so a typo costs nothing.
#include <cstdio>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include <stk/error.hpp>

#include "commands.hpp"
#include "common/error_line.hpp"
#include "exporters.hpp"
#include "trace_input.hpp"

namespace stk::cli {

namespace {

constexpr std::size_t kCatapultLimit = 1000000;  // events chrome://tracing loads comfortably

}  // namespace

std::uint64_t parse_time_ns(const std::string& option, const std::string& text) {
  std::size_t used = 0;
  double v = 0;
  try {
    v = std::stod(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  std::string unit = text.substr(used);
  double scale = unit == "ns"                  ? 1
                 : unit == "us" || unit == "\xC2\xB5s" ? 1e3
                 : unit == "ms" || unit.empty() ? 1e6
                 : unit == "s"                  ? 1e9
                                                : -1;
  if (used == 0 || scale < 0 || !(v >= 0) || v * scale > 1.8e19)
    usage_error("stk-trace export", option + ": '" + text + "' is not a time (e.g. 250us, 1.5ms, 2s)");
  return static_cast<std::uint64_t>(v * scale + 0.5);
}

int export_command(const Args& args) {
  cxxopts::Options options("stk-trace export", "Convert a trace file for other tools");
  options.add_options()("format", "chrome (Chrome Trace Event JSON) or jsonl (JSON Lines)",
                        cxxopts::value<std::string>())("o,output", "output file (default: stdout)",
                                                       cxxopts::value<std::string>())(
      "from", "export from this time on (e.g. 250us, 1.5ms, 2s)", cxxopts::value<std::string>())(
      "to", "export up to this time", cxxopts::value<std::string>());
  cxxopts::ParseResult opts;
  std::string path;
  if (!parse_file_command(options, args, "export", opts, path)) return 0;
  if (!opts.count("format")) usage_error("stk-trace export", "export: --format chrome|jsonl is required");
  std::string format = opts["format"].as<std::string>();
  if (format != "chrome" && format != "jsonl")
    usage_error("stk-trace export", "export: unknown format '" + format + "'; the formats are chrome, jsonl");
  TimeWindow window;
  if (opts.count("from")) window.from_ns = parse_time_ns("--from", opts["from"].as<std::string>());
  if (opts.count("to")) window.to_ns = parse_time_ns("--to", opts["to"].as<std::string>());
  if (window.from_ns > window.to_ns) usage_error("stk-trace export", "export: --from is later than --to");
  std::string output = opts.count("output") ? opts["output"].as<std::string>() : std::string();
  std::error_code ec;
  if (!output.empty() && output != "-" && std::filesystem::equivalent(output, path, ec))
    usage_error("stk-trace export", "export: the output would overwrite the trace '" + path + "'");

  ExportStats stats;
  if (format == "chrome") {
    stats = export_chrome(path, window, output);
  } else {
    trace::TraceData data = load_trace(path);
    OutputFile out(output);
    stats = export_jsonl(data, window, out);
    out.close();
  }
  if (stats.flows_dropped != 0)
    print_error_line("stk-trace", "note: " + std::to_string(stats.flows_dropped) +
                                      " transfers drawn without an arrow (their state slices are too short)");
  if (format == "chrome" && stats.written > kCatapultLimit)
    print_error_line("stk-trace", "note: " + std::to_string(stats.written) +
                                      " trace events written; chrome://tracing loads about 1 million, "
                                      "Perfetto UI (ui.perfetto.dev) copes with more; --from/--to export a part");
  return 0;
}

}  // namespace stk::cli
