// `stk`: run a program. `stk [options] prog.py [args...]`, `stk run prog.py ...`,
// `stk -c CODE [args...]`, `stk --version`. Options end at the program: every
// argument after it belongs to the program (sys.argv), as with `python3`.
// Exit status follows CPython: the program's, 2 for usage errors.
#include <cxxopts.hpp>


#include <cstdio>
#include <fstream>
#include <sstream>
#include <iostream>
#include <string>
#include <vector>

#include <stk/big_stack.hpp>
#include <stk/error.hpp>
#include <stk/version.hpp>
#include <stk/vm.hpp>

#include "../common/error_line.hpp"

#ifdef STK_HAVE_DAP
#include "attachable.hpp"  // dap/: `--dap-listen` runs the program under the debugger
#endif

namespace {

constexpr const char* kUsage =
    "usage: stk [--version] [-h] [run] [--preempt TICKS] [--warn-blocked] [--trace FILE]\n"
    "           [--dap-listen HOST:PORT [--wait-for-client] [--allow-remote]] (FILE | -c CODE) [args...]\n"
    "\n"
    "  stk prog.py [args...]      run a program (same as `stk run prog.py`)\n"
    "  stk -c \"print(1 + 2)\"      run a program passed as a string\n"
    "  --dis FILE                 print the bytecode of a program instead of running it\n"
    "  --preempt TICKS            preempt tasklets round-robin every TICKS VM ticks\n"
    "                             (a tick: one instruction other than a local/constant move)\n"
    "  --warn-blocked             list tasklets still blocked on a channel at the end (stderr)\n"
    "  --trace FILE               record scheduler and channel events to FILE (stk-trace report FILE)\n"
    "  --dap-listen HOST:PORT     let a debugger attach over DAP while the program runs (loopback only\n"
    "                             unless --allow-remote); --wait-for-client holds it until a client is attached\n"
    "  --version                  print the version and exit\n";

// `stk run --dap-listen ADDR prog.py`: the program runs under a debugger
// Session that DAP clients attach to (dap/attachable.hpp).
int run_attachable(const cxxopts::ParseResult& opts, bool have_code, int split, int argc, char** argv) {
#ifdef STK_HAVE_DAP
  if (have_code) throw stk::Error("--dap-listen needs a program file, not -c (try 'stk -h')", 2);
  if (split >= argc) throw stk::Error("no program given (try 'stk -h')", 2);
  stk::dap::AttachableOptions o;
  o.program = argv[split];
  o.argv.assign(argv + split, argv + argc);
  o.listen = opts["dap-listen"].as<std::string>();
  o.wait_for_client = opts.count("wait-for-client") > 0;
  o.allow_remote = opts.count("allow-remote") > 0;
  if (opts.count("preempt")) o.preempt_ticks = opts["preempt"].as<long long>();
  if (opts.count("trace")) o.trace_file = opts["trace"].as<std::string>();
  try {
    return stk::dap::run_attachable(o);
  } catch (const std::runtime_error& e) {
    throw stk::Error(e.what(), 2);
  }
#else
  (void)opts, (void)have_code, (void)split, (void)argc, (void)argv;
  throw stk::Error("--dap-listen: this stk was built without the debugger (dap/)", 2);
#endif
}

int run(int argc, char** argv) {
  // Split: options for stk come before the program; the rest is sys.argv.
  int split = 1;
  std::string code;
  bool have_code = false;
  bool run_command = false;
  while (split < argc) {
    std::string a = argv[split];
    if (a == "run" && !run_command) {
      // `stk run [options] prog.py`: the options may follow the command.
      run_command = true;
      ++split;
      continue;
    }
    if ((a == "--preempt" || a == "--trace" || a == "--dap-listen") && split + 1 < argc) {
      split += 2;  // the value is the next word
      continue;
    }
    if (a == "-c") {
      if (split + 1 >= argc) throw stk::Error("argument -c: expected one argument (try 'stk -h')", 2);
      code = argv[split + 1];
      have_code = true;
      break;
    }
    if (a.empty() || a[0] != '-' || a == "-") break;
    ++split;
  }

  // cxxopts compiles regular expressions when it is set up (~3 ms): only pay for
  // that when there are options to parse.
  int first_option = run_command ? 2 : 1;
  if (split == first_option && !have_code && argc > first_option) {
    stk::Vm vm;
    std::vector<std::string> args(argv + split, argv + argc);
    return vm.run_file(argv[split], args);
  }
  if (run_command && split >= argc && !have_code) throw stk::Error("run: no program given (try 'stk -h')", 2);
  cxxopts::Options options("stk", "Run a Python program on the stk stackless VM");
  options.add_options()("version", "print the version and exit")("h,help", "show this help")(
      "dis", "print the program's bytecode instead of running it")(
      "preempt", "preempt tasklets round-robin every TICKS ticks", cxxopts::value<long long>())(
      "warn-blocked", "list tasklets still blocked when the program ends")(
      "trace", "record a trace of the run to FILE (see stk-trace)", cxxopts::value<std::string>())(
      "dap-listen", "let a debugger attach on HOST:PORT", cxxopts::value<std::string>())(
      "wait-for-client", "with --dap-listen: start when a debugger is attached")(
      "allow-remote", "with --dap-listen: allow a non-loopback address");
  std::vector<char*> prefix;
  for (int i = 0; i < split; ++i)
    if (!(run_command && i == 1)) prefix.push_back(argv[i]);
  cxxopts::ParseResult opts;
  try {
    int n = static_cast<int>(prefix.size());
    opts = options.parse(n, prefix.data());
  } catch (const cxxopts::exceptions::exception& e) {
    throw stk::Error(std::string(e.what()) + " (try 'stk -h')", 2);
  }
  if (opts.count("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (opts.count("version")) {
    std::printf("stk %s\n", stk::kVersion);
    return 0;
  }

  if (opts.count("dap-listen")) return run_attachable(opts, have_code, split, argc, argv);
  if (opts.count("wait-for-client") || opts.count("allow-remote"))
    throw stk::Error("--wait-for-client and --allow-remote go with --dap-listen (try 'stk -h')", 2);

  stk::Vm vm;
  if (opts.count("preempt")) {
    long long ticks = opts["preempt"].as<long long>();
    if (ticks <= 0) throw stk::Error("--preempt: TICKS must be a positive number (try 'stk -h')", 2);
    vm.set_preemption(ticks);
  }
  if (opts.count("warn-blocked")) vm.set_warn_blocked(true);
  if (opts.count("trace")) vm.record_trace(opts["trace"].as<std::string>());
  if (have_code) {
    std::vector<std::string> args{"-c"};
    for (int i = split + 2; i < argc; ++i) args.emplace_back(argv[i]);
    return vm.run_source(code, "<string>", args);
  }
  if (split >= argc) throw stk::Error("no program given (try 'stk -h')", 2);
  std::string path = argv[split];
  if (opts.count("dis")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw stk::Error("can't open file '" + path + "': [Errno 2] No such file or directory", 2);
    std::stringstream buf;
    buf << in.rdbuf();
    std::fputs(vm.disassemble(buf.str(), path).c_str(), stdout);
    return 0;
  }
  std::vector<std::string> args;
  for (int i = split; i < argc; ++i) args.emplace_back(argv[i]);
  return vm.run_file(path, args);
}

int guarded_run(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const stk::Error& e) {
    stk::cli::print_error_line("stk", e.what());
    return e.exit_code();
  } catch (const std::bad_alloc&) {
    stk::cli::print_error_line("stk", "out of memory");
    return 1;
  }
}

}  // namespace

// The VM runs on a thread with a large C stack (<stk/big_stack.hpp>).
int main(int argc, char** argv) {
  int status = 1;
  stk::run_on_big_stack([&] { status = guarded_run(argc, argv); });
  return status;
}
