// `stk-trace record [-o FILE] [--preempt TICKS] [--] prog.py [args...]`: runs
// the program through the embedding API with recording on. Options end at the
// program (or at `--`): every later word is the program's sys.argv, as with
// `stk`. The program's stdout, stderr and exit status pass through untouched;
// stk-trace itself speaks only on error, or with one note when stderr is a TTY.
#include <unistd.h>

#include <cstdio>
#include <exception>
#include <new>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <stk/big_stack.hpp>
#include <stk/error.hpp>
#include <stk/vm.hpp>

#include "commands.hpp"
#include "common/error_line.hpp"

namespace stk::cli {

namespace {

constexpr const char* kRecordUsage =
    "usage: stk-trace record [-o FILE] [--preempt TICKS] [--] prog.py [args...]\n"
    "\n"
    "Runs prog.py on the stk VM and records every scheduler and channel event.\n"
    "  -o, --output FILE   where the trace goes (default: PROG.stktrace in the\n"
    "                      current directory, PROG = the program's file name\n"
    "                      without .py)\n"
    "  --preempt TICKS     preempt tasklets round-robin every TICKS VM ticks\n"
    "The program's output and exit status are its own.\n";

// The default trace name: "dir/pingpong.py" -> "pingpong.stktrace" (in the cwd).
std::string default_output(const std::string& program) {
  std::filesystem::path p(program);
  std::string stem = p.extension() == ".py" ? p.stem().string() : p.filename().string();
  if (stem.empty() || stem == "." || stem == "..") stem = "stk";
  return stem + ".stktrace";
}

struct RecordJob {
  std::string output;
  long long preempt = 0;
  std::string program;
  std::vector<std::string> argv;
  int status = 1;
  bool failed = false;
  std::string error;
  int error_code = 1;
};

void run_job(RecordJob& job) {
  try {
    stk::Vm vm;
    if (job.preempt > 0) vm.set_preemption(job.preempt);
    // A program that cannot be opened fails in run_file with stk's own message;
    // checking first keeps that failure from leaving an empty trace behind.
    if (std::ifstream(job.program).good() && !std::filesystem::is_directory(job.program))
      vm.record_trace(job.output);
    job.status = vm.run_file(job.program, job.argv);
  } catch (const stk::Error& e) {
    job.failed = true;
    job.error = e.what();
    job.error_code = e.exit_code();
  } catch (const std::bad_alloc&) {
    job.failed = true;
    job.error = "out of memory";
  } catch (const std::exception& e) {
    job.failed = true;
    job.error = e.what();
  }
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return std::filesystem::exists(a, ec) && std::filesystem::equivalent(a, b, ec);
}

}  // namespace

int record_command(const Args& args) {
  // Split: options for stk-trace, then the program and its arguments.
  std::size_t split = 0;
  bool dash_dash = false;
  while (split < args.size()) {
    const std::string& a = args[split];
    if (a == "--") {
      dash_dash = true;
      break;
    }
    if ((a == "-o" || a == "--output" || a == "--preempt") && split + 1 < args.size()) {
      split += 2;
      continue;
    }
    if (a.empty() || a[0] != '-' || a == "-") break;
    ++split;
  }
  cxxopts::Options options("stk-trace record", "Run a program with trace recording on");
  options.add_options()("o,output", "trace file", cxxopts::value<std::string>())(
      "preempt", "preempt tasklets every TICKS ticks", cxxopts::value<long long>())("h,help", "show this help");
  auto opts = parse_options(options, Args(args.begin(), args.begin() + static_cast<long>(split)));
  if (opts.count("help")) {
    std::fputs(kRecordUsage, stdout);
    return 0;
  }
  std::size_t prog = dash_dash ? split + 1 : split;
  if (prog >= args.size()) usage_error("stk-trace record", "record: no program given");

  RecordJob job;
  job.program = args[prog];
  job.argv.assign(args.begin() + static_cast<long>(prog), args.end());
  job.output = opts.count("output") ? opts["output"].as<std::string>() : default_output(job.program);
  if (job.output.empty()) usage_error("stk-trace record", "--output: the file name is empty");
  if (opts.count("preempt")) {
    job.preempt = opts["preempt"].as<long long>();
    if (job.preempt <= 0) usage_error("stk-trace record", "--preempt: TICKS must be a positive number");
  }
  if (same_file(job.output, job.program))
    usage_error("stk-trace record", "the trace would overwrite the program '" + job.program + "'");

  run_on_big_stack([&job] { run_job(job); });
  if (job.failed) throw stk::Error(job.error, job.error_code);
  if (isatty(STDERR_FILENO) == 1)
    print_error_line("stk-trace", "trace written to " + job.output + " (stk-trace report " + job.output + ")");
  return job.status;
}

}  // namespace stk::cli
