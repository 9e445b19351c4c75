// `stk-trace`: record a program's scheduler and channel events to a file, and
// report, export or dump them. `stk-trace <command> [options]`; each command
// lives in its own file (commands.hpp). Exit status: 0 success, 1 bad data or
// a failed run, 2 usage; `record` passes the program's own status through.
#include <cstdio>
#include <exception>
#include <new>
#include <string>

#include <stk/error.hpp>
#include <stk/version.hpp>

#include "commands.hpp"
#include "common/error_line.hpp"

namespace stk::cli {

namespace {

constexpr const char* kUsage =
    "usage: stk-trace <command> [options]\n"
    "\n"
    "  record [-o FILE] [--preempt TICKS] [--] prog.py [args...]\n"
    "                  run a program with recording on (default FILE: PROG.stktrace\n"
    "                  in the current directory, PROG being the program's name\n"
    "                  without .py); its output and exit status pass through\n"
    "  report FILE [--json]\n"
    "                  tasklets, channels, where tasklets blocked, deadlocks\n"
    "  export FILE --format chrome|jsonl [-o OUT] [--from TIME] [--to TIME]\n"
    "                  Chrome Trace Event JSON (Perfetto, chrome://tracing) or JSON Lines\n"
    "  dump FILE       every event, one per line (--follow: as a recording writes them)\n"
    "\n"
    "  stk-trace <command> -h     help for one command\n"
    "  stk-trace --version        print the version\n";

int run(int argc, char** argv) {
  if (argc < 2) throw stk::Error("no command given (try 'stk-trace -h')", 2);
  std::string command = argv[1];
  Args args(argv + 2, argv + argc);
  if (command == "-h" || command == "--help" || command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "--version") {
    std::printf("stk-trace %s\n", stk::kVersion);
    return 0;
  }
  if (command == "record") return record_command(args);
  if (command == "report") return report_command(args);
  if (command == "export") return export_command(args);
  if (command == "dump") return dump_command(args);
  if (!command.empty() && command[0] == '-')
    throw stk::Error("unknown option '" + command + "' (try 'stk-trace -h')", 2);
  throw stk::Error("unknown command '" + command + "'; the commands are record, report, export, dump", 2);
}

}  // namespace

cxxopts::ParseResult parse_options(cxxopts::Options& options, const Args& args) {
  std::vector<const char*> argv{"stk-trace"};
  for (const std::string& a : args) argv.push_back(a.c_str());
  try {
    return options.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const cxxopts::exceptions::exception& e) {
    usage_error(options.program(), e.what());
  }
}

bool parse_file_command(cxxopts::Options& options, const Args& args, const std::string& name,
                        cxxopts::ParseResult& opts, std::string& file) {
  options.add_options()("h,help", "show this help")("file", "trace file", cxxopts::value<std::vector<std::string>>());
  options.parse_positional({"file"});
  options.positional_help("FILE");
  opts = parse_options(options, args);
  if (opts.count("help")) {
    std::fputs(options.help().c_str(), stdout);
    return false;
  }
  std::string command = "stk-trace " + name;
  if (!opts.count("file")) usage_error(command, name + ": no trace file given");
  auto files = opts["file"].as<std::vector<std::string>>();
  if (files.size() != 1) usage_error(command, name + ": give exactly one trace file");
  file = files[0];
  return true;
}

void usage_error(const std::string& command, const std::string& message) {
  throw stk::Error(message + " (try '" + command + " -h')", 2);
}

int guarded_run(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const stk::Error& e) {
    print_error_line("stk-trace", e.what());
    return e.exit_code();
  } catch (const std::bad_alloc&) {
    print_error_line("stk-trace", "out of memory");
    return 1;
  } catch (const std::exception& e) {
    // A bug in stk-trace, not the user's doing: still one line, never an abort.
    print_error_line("stk-trace", std::string("internal error: ") + e.what());
    return 1;
  }
}

}  // namespace stk::cli

int main(int argc, char** argv) { return stk::cli::guarded_run(argc, argv); }
