// `stk run --dap-listen ADDR [--wait-for-client] prog.py`: run a program
// under a debugger Session while serving DAP clients on ADDR, one at a time
// (attach, look, detach, attach again). Lives in the stk_dap library so the
// `stk` command only parses its flags and calls run_attachable().
#pragma once

#include <string>
#include <vector>

namespace stk::dap {

struct AttachableOptions {
  std::string program;
  std::vector<std::string> argv;  // sys.argv (argv[0]: the program as given)
  std::string listen;             // HOST:PORT; loopback only unless allow_remote
  bool wait_for_client = false;   // hold the program until a client's configurationDone
  bool allow_remote = false;
  long long preempt_ticks = 0;
  std::string trace_file;
};

// Runs the program to its end; returns its exit status. Throws
// std::runtime_error with one line for the user (bad address, port in use,
// a program that cannot be started).
int run_attachable(const AttachableOptions& options);

}  // namespace stk::dap
