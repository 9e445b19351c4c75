// initialize, launch, attach, configurationDone, terminate, disconnect,
// restart. Ordering (Delve's): `launch` starts the program held before its
// first instruction and is answered at once; `initialized` follows the
// response; breakpoints and `configurationDone` then let the program run.
#include <filesystem>

#include "capabilities.hpp"
#include "error_codes.hpp"
#include "event_bridge.hpp"
#include "net.hpp"
#include "proxy.hpp"
#include "server.hpp"
#include "thread_list.hpp"

namespace stk::dap {

json Server::on_initialize(const json& args) {
  if (initialized_)
    throw DapError(error_id::kWrongState, "'initialize' was already sent in this session");
  initialize_args_ = args;
  initialized_ = true;
  return capabilities();
}

debugger::LaunchOptions Server::launch_options(const json& args) {
  debugger::LaunchOptions o;
  o.program = require_string(args, "program");
  o.cwd = optional_string(args, "cwd");
  if (!o.cwd.empty() && !std::filesystem::path(o.program).is_absolute())
    o.program = (std::filesystem::path(o.cwd) / o.program).string();
  for (const json& a : optional_array(args, "args")) {
    if (!a.is_string())
      throw DapError(error_id::kInvalidArguments, "'args' must be an array of strings");
    o.args.push_back(a.get<std::string>());
  }
  const json& env = optional_object(args, "env");
  if (env.is_object()) {
    for (auto it = env.begin(); it != env.end(); ++it) {
      if (it->is_null()) continue;
      if (!it->is_string())
        throw DapError(error_id::kInvalidArguments, "'env." + it.key() + "' must be a string");
      o.env.emplace_back(it.key(), it->get<std::string>());
    }
  }
  o.stop_on_entry = optional_bool(args, "stopOnEntry", false);
  o.no_debug = optional_bool(args, "noDebug", false);
  std::string mode = optional_string(args, "stopMode", "all");
  if (mode == "all") {
    o.stop_mode = debugger::StopMode::All;
  } else if (mode == "tasklet") {
    o.stop_mode = debugger::StopMode::Tasklet;
  } else {
    throw DapError(error_id::kInvalidArguments,
                   "'stopMode' must be \"all\" or \"tasklet\", not \"" + mode + "\"");
  }
  o.trace_file = optional_string(args, "trace");
  o.trace_events = optional_bool(args, "traceEvents", false);
  o.preempt_ticks = optional_int(args, "preempt", 0);
  if (o.preempt_ticks < 0)
    throw DapError(error_id::kInvalidArguments, "'preempt' must be 0 (off) or a tick count");
  std::int64_t max_threads =
      optional_int(args, "maxThreads", static_cast<std::int64_t>(kDefaultMaxThreads));
  if (max_threads < 1)
    throw DapError(error_id::kInvalidArguments, "'maxThreads' must be at least 1");
  max_threads_ = static_cast<std::size_t>(max_threads);
  return o;
}

void Server::start_session(const debugger::LaunchOptions& opts, bool configure_now) {
  auto launched = session_->launch(opts);
  if (!launched.ok()) throw DapError(error_id::kLaunchFailed, launched.error().message, true);
  stop_mode_ = opts.stop_mode;
  if (configure_now) unwrap(session_->configuration_done());
}

json Server::on_launch(const json& args) {
  if (options_.external)
    throw DapError(
        error_id::kWrongState,
        "this program already runs (under `stk run --dap-listen`): use an 'attach' configuration",
        true);
  if (launched_)
    throw DapError(error_id::kWrongState, "a program was already launched in this session");
  debugger::LaunchOptions opts = launch_options(args);
  start_session(opts, false);
  launched_ = true;
  launch_args_ = args;
  outbox_.event(make_event("initialized"));  // held until the launch response is out
  return nullptr;
}

json Server::on_attach(const json& args) {
  if (launched_)
    throw DapError(error_id::kWrongState,
                   "a program was already launched or attached in this session");
  if (options_.external) {
    // `stk run --dap-listen`: the program is ours already.
    std::int64_t max_threads =
        optional_int(args, "maxThreads", static_cast<std::int64_t>(kDefaultMaxThreads));
    if (max_threads < 1)
      throw DapError(error_id::kInvalidArguments, "'maxThreads' must be at least 1");
    max_threads_ = static_cast<std::size_t>(max_threads);
    stop_mode_ = session_->stop_mode();
    unwrap(session_->set_exception_breakpoints(break_raised_, break_uncaught_));
    launched_ = true;
    attached_ = true;
    outbox_.event(make_event("initialized"));
    return nullptr;
  }
  // stk-dap: forward this connection to the program's own server.
  std::string host = optional_string(args, "host", "127.0.0.1");
  std::int64_t port = require_int(args, "port");
  if (port < 1 || port > 65535)
    throw DapError(error_id::kInvalidArguments, "'port' must be 1-65535");
  Address a;
  try {
    a = parse_address(host + ":" + std::to_string(port));
  } catch (const NetError& e) {
    throw DapError(error_id::kInvalidArguments, e.what());
  }
  proxy_ = std::make_unique<Proxy>(*this, a, initialize_args_);  // throws kAttachFailed
  owned_.reset();  // never launched; the remote program's session answers from now on
  session_ = nullptr;
  launched_ = true;
  attached_ = true;
  proxy_->forward(*current_);
  skip_response_ = true;  // the remote answers this `attach`
  return nullptr;
}

json Server::on_configuration_done(const json&) {
  if (!launched_)
    throw DapError(error_id::kWrongState, "'configurationDone' before 'launch' or 'attach'");
  auto r = session_->configuration_done();
  // Attached to a program that already runs: there is nothing to release.
  if (!r.ok() && !attached_) throw_debug_error(r.error());
  return nullptr;
}

json Server::on_terminate(const json&) {
  if (session_ && launched_) {
    auto r = session_->terminate();
    if (!r.ok() && r.error().code != debugger::DebugError::Code::NotRunning)
      throw_debug_error(r.error());
  }
  send_terminated_once();
  return nullptr;
}

json Server::on_disconnect(const json& args) {
  bool terminate = optional_bool(args, "terminateDebuggee", !attached_);
  done_ = true;
  if (!session_ || !launched_) return nullptr;
  if (terminate) {
    (void)session_->terminate();
    return nullptr;
  }
  if (attached_) detach();
  return nullptr;
}

void Server::detach() {
  if (!session_ || !attached_ || detached_) return;
  detached_ = true;
  // The program runs on without breakpoints or exception stops.
  for (const auto& [file, bps] : line_breakpoints_) (void)session_->set_breakpoints(file, {});
  (void)session_->set_function_breakpoints({});
  (void)session_->set_exception_breakpoints(false, false);
  (void)session_->continue_all();
}

json Server::on_restart(const json& args) {
  if (!owned_ || attached_)
    throw DapError(error_id::kWrongState, "'restart' is only available for a launched program",
                   true);
  json launch = launch_args_;
  const json& fresh = optional_object(args, "arguments");
  if (fresh.is_object()) launch = fresh;
  debugger::LaunchOptions opts = launch_options(launch);
  // The old program goes silently: its late events must not reach the client.
  bridge_->mute();
  owned_.reset();
  retire_bridge();  // muted, and possibly still known to a detached VM thread
  bridge_ = std::make_unique<EventBridge>(*this);
  owned_ = std::make_unique<debugger::Session>(*bridge_);
  session_ = owned_.get();
  mark_all_resumed();
  {
    std::lock_guard lock(state_mu_);
    state_ = StopState{};
  }
  cap_notice_sent_ = false;
  replay_breakpoints();
  start_session(opts, true);
  launch_args_ = launch;
  return nullptr;
}

}  // namespace stk::dap
