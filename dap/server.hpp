// One DAP client connection: the request loop, the name -> handler table,
// the per-request guard that turns every failure into an error response, and
// the state check (lifecycle requests always; execution and inspection only
// with a program, inspection only for a stopped tasklet). Handlers live in
// handlers_*.cpp, grouped by concern; they speak to debugger::Session only.
//
// Three ways a Server runs: it launches its own program (stk-dap), it serves
// a program that already runs (`stk run --dap-listen`: `external` session),
// or it forwards an `attach` to such a program (Proxy).
#pragma once

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <stk/debugger/session.hpp>

#include "handles.hpp"
#include "messages.hpp"
#include "outbox.hpp"
#include "transport.hpp"

namespace stk::dap {

class EventBridge;
class Proxy;

struct ServerOptions {
  // Serve this already-running program (attach only; launch is refused).
  // Events reach the server through `Server::bridge()`.
  debugger::Session* external = nullptr;
  // Log every message on stderr (`stk-dap --log`).
  bool log = false;
};

class Server {
 public:
  Server(Connection& connection, ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Serves until `disconnect` or the end of the stream. Returns 0, or 1 after
  // a protocol error that closed the connection.
  int run();
  // The listener for an external session's events (see ServerOptions).
  EventBridge& bridge() { return *bridge_; }
  // Attached to an external session: remove this client's breakpoints and
  // let the program run on (disconnect, or a client that vanished).
  void detach();

  // A `Handler` answers one request: returns the response body (null for
  // none) or throws DapError. See handlers_*.cpp.
  using Handler = json (Server::*)(const json& args);
  enum class Gate : std::uint8_t {
    Always,       // initialize, disconnect, ...
    Initialized,  // after initialize: launch, attach, breakpoints, threads
    Program,      // a launched or attached program
  };
  struct Route {
    const char* command;
    Handler handler;
    Gate gate;
  };

 private:
  static const Route kRoutes[];  // the one table of requests (server.cpp)
  friend class EventBridge;
  friend class Proxy;

  void handle(const std::string& body);
  void dispatch(const Request& r);
  const Route* route(const std::string& command) const;

  // ---- state shared with the event bridge (VM thread) ----
  struct StopState {
    std::unordered_map<debugger::TaskletId, std::string> stopped;  // tasklet -> stop reason
    std::optional<debugger::TaskletId> focus;  // the tasklet the user works with
    std::optional<debugger::TaskletId> last_stop;
    bool ended = false;
    bool terminated_sent = false;
  };
  mutable std::mutex state_mu_;
  StopState state_;
  bool is_reported_stopped(debugger::TaskletId t) const;
  std::string stop_reason_of(debugger::TaskletId t) const;
  void mark_resumed(debugger::TaskletId t);
  void mark_all_resumed();
  void focus_on(debugger::TaskletId t);
  void send_terminated_once();

  // ---- helpers for handlers ----
  debugger::Session& session();  // throws kWrongState without a program
  debugger::TaskletId thread_arg(const json& args, const char* key = "threadId");
  void require_stopped(debugger::TaskletId t);
  Handle handle_arg(const json& args, const char* key);
  json source_json(const std::string& file);
  std::string file_of_source(const json& source);
  json variable_json(debugger::TaskletId t, int frame, const debugger::NamedValue& v);
  void output(const std::string& category, const std::string& text);
  // A Session result, or its DebugError thrown as a DapError.
  template <class T>
  T unwrap(debugger::Expected<T> r) {
    if (!r.ok()) throw_debug_error(r.error());
    return std::move(r.value());
  }
  [[noreturn]] static void throw_debug_error(const debugger::DebugError& e);

  // handlers_lifecycle.cpp
  json on_initialize(const json& args);
  json on_launch(const json& args);
  json on_attach(const json& args);
  json on_configuration_done(const json& args);
  json on_terminate(const json& args);
  json on_disconnect(const json& args);
  json on_restart(const json& args);
  debugger::LaunchOptions launch_options(const json& args);
  void start_session(const debugger::LaunchOptions& opts, bool configure_now);
  // handlers_breakpoints.cpp
  json on_set_breakpoints(const json& args);
  json on_set_function_breakpoints(const json& args);
  json on_set_exception_breakpoints(const json& args);
  void replay_breakpoints();
  // handlers_execution.cpp
  json on_continue(const json& args);
  json on_next(const json& args);
  json on_step_in(const json& args);
  json on_step_out(const json& args);
  json on_pause(const json& args);
  json on_terminate_threads(const json& args);
  json on_stk_pause_tasklet(const json& args);
  json on_stk_resume_tasklet(const json& args);
  json on_stk_step_tasklet(const json& args);
  json step(const json& args, debugger::StepKind kind, bool freeze_others);
  // handlers_inspection.cpp
  json on_stack_trace(const json& args);
  json on_scopes(const json& args);
  json on_variables(const json& args);
  json on_set_variable(const json& args);
  json on_evaluate(const json& args);
  json on_exception_info(const json& args);
  json on_loaded_sources(const json& args);
  json on_source(const json& args);
  // handlers_tasklets.cpp (threads and the stk/ tasklet requests)
  json on_threads(const json& args);
  json on_stk_tasklets(const json& args);
  json on_stk_channels(const json& args);
  json on_stk_snapshot_tasklet(const json& args);

  Connection& connection_;
  Outbox outbox_;
  ServerOptions options_;
  std::unique_ptr<EventBridge> bridge_;
  void retire_bridge();
  std::unique_ptr<debugger::Session> owned_;  // launched by us
  debugger::Session* session_ = nullptr;      // owned_ or options_.external
  std::unique_ptr<Proxy> proxy_;              // after `attach` to another process
  Handles handles_;

  // Request-thread-only state.
  bool initialized_ = false;
  bool launched_ = false;  // launch or attach succeeded
  bool attached_ = false;  // attach (to an external session)
  bool done_ = false;      // disconnect answered
  bool detached_ = false;
  bool skip_response_ = false;        // the handler forwarded the request (Proxy)
  const Request* current_ = nullptr;  // the request being handled
  json initialize_args_;
  json launch_args_;
  debugger::StopMode stop_mode_ = debugger::StopMode::All;
  std::size_t max_threads_ = 1000;
  bool cap_notice_sent_ = false;
  // Breakpoints as last set, replayed on restart.
  std::map<std::string, std::vector<debugger::SourceBreakpoint>> line_breakpoints_;
  std::vector<debugger::FunctionBreakpoint> function_breakpoints_;
  bool break_raised_ = false, break_uncaught_ = true;
  // sourceReference numbers for sources that are not files on disk.
  std::unordered_map<std::string, int> source_refs_;
  std::vector<std::string> source_files_;
};

}  // namespace stk::dap
