// `stk-dap`: the Debug Adapter Protocol server. `stk-dap [--stdio]` serves
// one client on stdin/stdout (what VS Code and DebugClient spawn);
// `stk-dap --listen HOST:PORT` serves clients over TCP one after another
// (loopback only unless --allow-remote). Exit: 0, 1 after a protocol error
// (stdio), 2 for usage errors.
#include <csignal>
#include <cstdio>
#include <exception>
#include <string>

#include <cxxopts.hpp>
#include <unistd.h>

#include "net.hpp"
#include "server.hpp"
#include "transport.hpp"

namespace {

constexpr const char* kUsage =
    "usage: stk-dap [--stdio] [--listen HOST:PORT [--allow-remote]] [--log] [--version] [-h]\n"
    "\n"
    "  --stdio              serve one client on stdin/stdout (the default)\n"
    "  --listen HOST:PORT   serve clients over TCP, one at a time (port 0: any free port;\n"
    "                       the chosen address is printed on stderr)\n"
    "  --allow-remote       allow --listen on an address other than loopback\n"
    "  --log                log every message received on stderr\n"
    "\n"
    "Documentation: docs/dap.md\n";

int serve_stdio(bool log) {
  // Our stdout is the protocol stream: keep it for DAP and point fd 1 at
  // stderr, so nothing else written to stdout can corrupt the framing.
  int protocol_out = ::dup(STDOUT_FILENO);
  if (protocol_out < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    std::perror("stk-dap: cannot set up stdout");
    return 1;
  }
  stk::dap::Connection connection(STDIN_FILENO, protocol_out, false);
  stk::dap::ServerOptions options;
  options.log = log;
  int status;
  {
    stk::dap::Server server(connection, options);
    status = server.run();
  }
  ::close(protocol_out);
  return status;
}

int serve_tcp(const std::string& where, bool allow_remote, bool log) {
  stk::dap::Address a = stk::dap::parse_address(where);
  if (!stk::dap::is_loopback(a)) {
    if (!allow_remote) {
      std::fprintf(stderr,
                   "stk-dap: error: --listen %s: not a loopback address; a debugger client can run "
                   "any code, "
                   "so listening beyond this machine needs --allow-remote\n",
                   where.c_str());
      return 2;
    }
    std::fprintf(stderr, "stk-dap: warning: listening on %s, reachable from other machines\n",
                 where.c_str());
  }
  stk::dap::TcpListener listener(a);
  std::fprintf(stderr, "stk-dap: listening on %s:%u\n", a.host.c_str(),
               static_cast<unsigned>(listener.port()));
  std::fflush(stderr);
  for (;;) {
    int fd = listener.accept();
    if (fd < 0) return 1;
    stk::dap::Connection connection(fd, fd, true);
    stk::dap::ServerOptions options;
    options.log = log;
    stk::dap::Server server(connection, options);
    server.run();
  }
}

int run(int argc, char** argv) {
  cxxopts::Options options("stk-dap", "Debug Adapter Protocol server for stk programs");
  options.add_options()("stdio", "serve on stdin/stdout")("listen", "serve on TCP HOST:PORT",
                                                          cxxopts::value<std::string>())(
      "allow-remote", "allow a non-loopback --listen address")(
      "log", "log received messages on stderr")("version", "print the version")("h,help",
                                                                                "show this help");
  cxxopts::ParseResult opts;
  try {
    opts = options.parse(argc, argv);
  } catch (const cxxopts::exceptions::exception& e) {
    std::fprintf(stderr, "stk-dap: error: %s (try 'stk-dap -h')\n", e.what());
    return 2;
  }
  if (opts.count("help")) {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (opts.count("version")) {
    std::puts("stk-dap 0.1.0");
    return 0;
  }
  if (!opts.unmatched().empty()) {
    std::fprintf(stderr, "stk-dap: error: unexpected argument '%s' (try 'stk-dap -h')\n",
                 opts.unmatched().front().c_str());
    return 2;
  }
  bool log = opts.count("log") > 0;
  if (opts.count("listen")) {
    if (opts.count("stdio")) {
      std::fprintf(stderr, "stk-dap: error: --stdio and --listen exclude each other\n");
      return 2;
    }
    try {
      return serve_tcp(opts["listen"].as<std::string>(), opts.count("allow-remote") > 0, log);
    } catch (const stk::dap::NetError& e) {
      std::fprintf(stderr, "stk-dap: error: --listen: %s\n", e.what());
      return 2;
    }
  }
  return serve_stdio(log);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a vanished client is seen as a failed write, not a signal
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stk-dap: error: %s\n", e.what());
    return 1;
  }
}
