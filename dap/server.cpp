// The request loop, the route table, the per-request guard and the shared
// helpers of the handlers; see server.hpp.
#include "server.hpp"

#include <cstdio>
#include <filesystem>
#include <vector>

#include "error_codes.hpp"
#include "event_bridge.hpp"
#include "proxy.hpp"
#include "thread_list.hpp"

namespace stk::dap {

namespace {

int error_id_of(debugger::DebugError::Code code);

}  // namespace

// The one table of requests: command name -> handler and the state it needs.
const Server::Route Server::kRoutes[] = {
    {"initialize", &Server::on_initialize, Server::Gate::Always},
    {"launch", &Server::on_launch, Server::Gate::Initialized},
    {"attach", &Server::on_attach, Server::Gate::Initialized},
    {"configurationDone", &Server::on_configuration_done, Server::Gate::Initialized},
    {"terminate", &Server::on_terminate, Server::Gate::Always},
    {"disconnect", &Server::on_disconnect, Server::Gate::Always},
    {"restart", &Server::on_restart, Server::Gate::Program},
    {"setBreakpoints", &Server::on_set_breakpoints, Server::Gate::Initialized},
    {"setFunctionBreakpoints", &Server::on_set_function_breakpoints, Server::Gate::Initialized},
    {"setExceptionBreakpoints", &Server::on_set_exception_breakpoints, Server::Gate::Initialized},
    {"continue", &Server::on_continue, Server::Gate::Program},
    {"next", &Server::on_next, Server::Gate::Program},
    {"stepIn", &Server::on_step_in, Server::Gate::Program},
    {"stepOut", &Server::on_step_out, Server::Gate::Program},
    {"pause", &Server::on_pause, Server::Gate::Program},
    {"terminateThreads", &Server::on_terminate_threads, Server::Gate::Program},
    {"threads", &Server::on_threads, Server::Gate::Initialized},
    {"stackTrace", &Server::on_stack_trace, Server::Gate::Program},
    {"scopes", &Server::on_scopes, Server::Gate::Program},
    {"variables", &Server::on_variables, Server::Gate::Program},
    {"setVariable", &Server::on_set_variable, Server::Gate::Program},
    {"evaluate", &Server::on_evaluate, Server::Gate::Program},
    {"exceptionInfo", &Server::on_exception_info, Server::Gate::Program},
    {"loadedSources", &Server::on_loaded_sources, Server::Gate::Program},
    {"source", &Server::on_source, Server::Gate::Program},
    {"stk/tasklets", &Server::on_stk_tasklets, Server::Gate::Program},
    {"stk/channels", &Server::on_stk_channels, Server::Gate::Program},
    {"stk/pauseTasklet", &Server::on_stk_pause_tasklet, Server::Gate::Program},
    {"stk/resumeTasklet", &Server::on_stk_resume_tasklet, Server::Gate::Program},
    {"stk/stepTasklet", &Server::on_stk_step_tasklet, Server::Gate::Program},
    {"stk/snapshotTasklet", &Server::on_stk_snapshot_tasklet, Server::Gate::Program},
};

namespace {

int error_id_of(debugger::DebugError::Code code) {
  using C = debugger::DebugError::Code;
  switch (code) {
    case C::NotRunning: return error_id::kNotRunning;
    case C::NotStopped: return error_id::kNotStopped;
    case C::UnknownTasklet: return error_id::kUnknownTasklet;
    case C::UnknownFrame: return error_id::kUnknownFrame;
    case C::UnknownReference: return error_id::kUnknownReference;
    case C::BadArgument: return error_id::kBadArgument;
    case C::EvaluationFailed: return error_id::kEvaluationFailed;
    case C::Timeout: return error_id::kTimeout;
  }
  return error_id::kInternal;
}

}  // namespace

Server::Server(Connection& connection, ServerOptions options)
    : connection_(connection),
      outbox_(connection),
      options_(options),
      bridge_(std::make_unique<EventBridge>(*this)) {
  if (options_.external) {
    session_ = options_.external;
  } else {
    owned_ = std::make_unique<debugger::Session>(*bridge_);
    session_ = owned_.get();
  }
}

Server::~Server() {
  // The proxy's pump thread writes to our outbox: stop it first.
  proxy_.reset();
  bridge_->mute();
  // Ends an owned program that still runs (a client that vanished) and joins its thread.
  owned_.reset();
  retire_bridge();
}

void Server::retire_bridge() {
  // A program stuck in a native call is left to a detached VM thread that may
  // still call its listener: a muted bridge touches nothing, so it is kept
  // alive on purpose (a few bytes per session), reachable from a list that
  // is never destroyed (no exit-time destructor can pull it away from such a
  // thread, and leak checkers see it as reachable).
  static auto* retired = new std::vector<std::unique_ptr<EventBridge>>();
  retired->push_back(std::move(bridge_));
}

int Server::run() {
  std::string body, error;
  while (!done_) {
    if (!connection_.read(body, error)) {
      if (options_.external) detach();
      if (error.empty()) {
        if (!done_ && launched_)
          std::fprintf(stderr,
                       "stk-dap: the client closed the connection without 'disconnect'; %s\n",
                       attached_ ? "detaching" : "ending the program");
        return 0;
      }
      // Framing is lost: say so (the client may still read) and close cleanly.
      std::fprintf(stderr, "stk-dap: protocol error: %s; closing the connection\n", error.c_str());
      outbox_.event(make_event("output", {{"category", "important"},
                                          {"output", "stk-dap: protocol error: " + error +
                                                         "; closing the connection\n"}}));
      return 1;
    }
    handle(body);
  }
  outbox_.close();  // nothing after the `disconnect` response
  return 0;
}

void Server::handle(const std::string& body) {
  if (options_.log) std::fprintf(stderr, "stk-dap <- %s\n", body.c_str());
  if (!nesting_within(body)) {
    outbox_.respond(make_error_response(
        0, "", error_id::kProtocol,
        "the message nests deeper than " + std::to_string(kMaxJsonDepth) + " levels; refused"));
    return;
  }
  json message = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (message.is_discarded()) {
    outbox_.respond(make_error_response(
        0, "", error_id::kProtocol,
        "the message is not valid JSON (" + std::to_string(body.size()) + " bytes)"));
    return;
  }
  Request request;
  try {
    request = parse_request(message);
  } catch (const DapError& e) {
    int seq = message.is_object() && message.contains("seq") && message["seq"].is_number_integer()
                  ? message["seq"].get<int>()
                  : 0;
    std::string command =
        message.is_object() && message.contains("command") && message["command"].is_string()
            ? message["command"].get<std::string>()
            : "";
    outbox_.respond(make_error_response(seq, command, e.id(), e.what()));
    return;
  }
  if (proxy_ && proxy_->forward(request)) {
    if (request.command == "disconnect") {
      proxy_->wait_for_disconnect_response();
      done_ = true;
    }
    return;
  }
  outbox_.begin_request();
  dispatch(request);
  outbox_.end_request();
}

const Server::Route* Server::route(const std::string& command) const {
  for (const Route& r : kRoutes)
    if (command == r.command) return &r;
  return nullptr;
}

// The guard: every way a handler can fail becomes an error response, and
// the session goes on (Delve's recoverPanic).
void Server::dispatch(const Request& r) {
  try {
    const Route* rt = route(r.command);
    if (!rt) throw DapError(error_id::kUnknownCommand, "unknown request '" + r.command + "'");
    if (rt->gate != Gate::Always && !initialized_)
      throw DapError(error_id::kWrongState,
                     "'" + r.command + "' before 'initialize': send 'initialize' first");
    if (rt->gate == Gate::Program && !launched_)
      throw DapError(error_id::kWrongState,
                     "'" + r.command + "' needs a program: send 'launch' or 'attach' first");
    skip_response_ = false;
    current_ = &r;
    json body = (this->*(rt->handler))(r.arguments);
    if (!skip_response_) outbox_.respond(make_response(r.seq, r.command, std::move(body)));
  } catch (const DapError& e) {
    std::string_view short_message = e.id() == error_id::kNotStopped ? "notStopped" : "";
    outbox_.respond(
        make_error_response(r.seq, r.command, e.id(), e.what(), e.show_user(), short_message));
  } catch (const json::exception& e) {
    outbox_.respond(make_error_response(r.seq, r.command, error_id::kInvalidArguments,
                                        "invalid arguments for '" + r.command + "': " + e.what()));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stk-dap: internal error in '%s': %s\n", r.command.c_str(), e.what());
    outbox_.respond(make_error_response(
        r.seq, r.command, error_id::kInternal,
        "internal error in stk-dap while handling '" + r.command + "': " + e.what()));
  } catch (...) {
    std::fprintf(stderr, "stk-dap: internal error in '%s'\n", r.command.c_str());
    outbox_.respond(
        make_error_response(r.seq, r.command, error_id::kInternal,
                            "internal error in stk-dap while handling '" + r.command + "'"));
  }
}

// ---- stop bookkeeping ----

bool Server::is_reported_stopped(debugger::TaskletId t) const {
  std::lock_guard lock(state_mu_);
  return state_.stopped.count(t) != 0;
}

std::string Server::stop_reason_of(debugger::TaskletId t) const {
  std::lock_guard lock(state_mu_);
  auto it = state_.stopped.find(t);
  return it == state_.stopped.end() ? std::string() : it->second;
}

void Server::mark_resumed(debugger::TaskletId t) {
  handles_.resumed(t);
  std::lock_guard lock(state_mu_);
  state_.stopped.erase(t);
}

void Server::mark_all_resumed() {
  handles_.resumed_all();
  std::lock_guard lock(state_mu_);
  state_.stopped.clear();
}

void Server::focus_on(debugger::TaskletId t) {
  std::lock_guard lock(state_mu_);
  state_.focus = t;
}

void Server::send_terminated_once() {
  {
    std::lock_guard lock(state_mu_);
    if (state_.terminated_sent) return;
    state_.terminated_sent = true;
  }
  outbox_.event(make_event("terminated"));
}

// ---- helpers ----

debugger::Session& Server::session() {
  if (!session_ || !launched_)
    throw DapError(error_id::kWrongState, "no program: send 'launch' or 'attach' first");
  return *session_;
}

void Server::throw_debug_error(const debugger::DebugError& e) {
  throw DapError(error_id_of(e.code),
                 e.message.empty() ? "the debugger refused the request" : e.message);
}

debugger::TaskletId Server::thread_arg(const json& args, const char* key) {
  return tasklet_of(require_int(args, key));
}

void Server::require_stopped(debugger::TaskletId t) {
  if (!session().is_stopped(t))
    throw DapError(error_id::kNotStopped,
                   "thread " + std::to_string(thread_id(t)) +
                       " is running: pause it (or wait for a stop) to inspect it");
}

Handle Server::handle_arg(const json& args, const char* key) {
  std::int64_t id = require_int(args, key);
  Handle h;
  if (id <= 0 || id > Handles::kMax)
    throw DapError(error_id::kUnknownHandle,
                   std::string("'") + key + "' " + std::to_string(id) + " is not a handle");
  switch (handles_.get(static_cast<std::int32_t>(id), h)) {
    case Handles::Lookup::Ok:
      // The tasklet may have resumed without a request of ours (a step's
      // frozen partners thawed, another client): ask, never read a moved frame.
      if (session().is_stopped(h.tasklet)) return h;
      mark_resumed(h.tasklet);
      [[fallthrough]];
    case Handles::Lookup::Stale:
      throw DapError(error_id::kStaleHandle,
                     std::string("'") + key + "' " + std::to_string(id) +
                         " is stale: its tasklet has run since (handles last until the "
                         "tasklet resumes); ask for a new stack trace");
    case Handles::Lookup::Unknown: break;
  }
  throw DapError(error_id::kUnknownHandle,
                 std::string("'") + key + "' " + std::to_string(id) + " was never handed out");
}

json Server::source_json(const std::string& file) {
  std::filesystem::path p(file);
  json s = {{"name", p.filename().string()}};
  std::error_code ec;
  if (p.is_absolute() && std::filesystem::is_regular_file(p, ec)) {
    s["path"] = file;
    return s;
  }
  // Not a file on disk ("<string>"): the client fetches it with `source`.
  auto [it, fresh] = source_refs_.emplace(file, static_cast<int>(source_files_.size()) + 1);
  if (fresh) source_files_.push_back(file);
  s["sourceReference"] = it->second;
  s["name"] = file;
  return s;
}

std::string Server::file_of_source(const json& source) {
  if (!source.is_object())
    throw DapError(error_id::kInvalidArguments, "'source' must be an object");
  std::int64_t ref = optional_int(source, "sourceReference", 0);
  if (ref > 0) {
    if (static_cast<std::size_t>(ref) > source_files_.size())
      throw DapError(error_id::kInvalidArguments, "unknown sourceReference " + std::to_string(ref));
    return source_files_[static_cast<std::size_t>(ref) - 1];
  }
  std::string path = optional_string(source, "path");
  if (path.empty())
    throw DapError(error_id::kInvalidArguments, "'source' needs a 'path' or a 'sourceReference'");
  return path;
}

json Server::variable_json(debugger::TaskletId t, int frame, const debugger::NamedValue& v) {
  json out = {{"name", v.name}, {"value", v.value.repr}, {"variablesReference", 0}};
  if (!v.value.type.empty()) out["type"] = v.value.type;
  if (!v.evaluate_name.empty()) out["evaluateName"] = v.evaluate_name;
  if (v.value.handle != 0) {
    Handle h{HandleKind::Value, t, frame, v.value.handle, v.value.named, v.value.indexed};
    out["variablesReference"] = handles_.make(h);
    // Only pure sequences are paged by index; a mixed container is listed whole.
    if (v.value.indexed > 0 && v.value.named == 0) out["indexedVariables"] = v.value.indexed;
    if (v.value.named > 0) out["namedVariables"] = v.value.named + v.value.indexed;
  }
  return out;
}

void Server::output(const std::string& category, const std::string& text) {
  outbox_.event(make_event("output", {{"category", category}, {"output", text}}));
}

}  // namespace stk::dap
