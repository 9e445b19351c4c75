// continue, next, stepIn, stepOut, pause, terminateThreads and the custom
// stk/pauseTasklet, stk/resumeTasklet, stk/stepTasklet. `singleThread` (and
// stk/stepTasklet's `freezeOthers`) keep the other tasklets stopped. In
// tasklet stop mode a plain `continue` resumes only its thread (non-stop:
// the others were never stopped together). See docs/dap.md.
#include "error_codes.hpp"
#include "server.hpp"
#include "thread_list.hpp"

namespace stk::dap {

json Server::on_continue(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  bool single =
      optional_bool(args, "singleThread", false) || stop_mode_ == debugger::StopMode::Tasklet;
  if (single) {
    unwrap(session().continue_tasklet(t));
    mark_resumed(t);
  } else {
    unwrap(session().continue_all());
    mark_all_resumed();
  }
  return {{"allThreadsContinued", !single}};
}

json Server::step(const json& args, debugger::StepKind kind, bool freeze_others) {
  debugger::TaskletId t = thread_arg(args);
  unwrap(session().step(t, kind, freeze_others));
  focus_on(t);
  if (freeze_others || stop_mode_ == debugger::StopMode::Tasklet) {
    mark_resumed(t);
  } else {
    mark_all_resumed();
  }
  return nullptr;
}

json Server::on_next(const json& args) {
  return step(args, debugger::StepKind::Over, optional_bool(args, "singleThread", false));
}

json Server::on_step_in(const json& args) {
  return step(args, debugger::StepKind::In, optional_bool(args, "singleThread", false));
}

json Server::on_step_out(const json& args) {
  return step(args, debugger::StepKind::Out, optional_bool(args, "singleThread", false));
}

json Server::on_pause(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  focus_on(t);
  // All-stop: pause everything, as VS Code's button means. Non-stop: just this tasklet.
  if (stop_mode_ == debugger::StopMode::Tasklet) {
    unwrap(session().pause_tasklet(t));
  } else {
    unwrap(session().pause_all());
  }
  return nullptr;
}

json Server::on_terminate_threads(const json& args) {
  std::vector<debugger::TaskletId> ids;
  for (const json& id : optional_array(args, "threadIds")) {
    if (!id.is_number_integer())
      throw DapError(error_id::kInvalidArguments, "'threadIds' must be integers");
    ids.push_back(tasklet_of(id.get<std::int64_t>()));
  }
  if (ids.empty()) return nullptr;
  unwrap(session().kill_tasklets(ids));
  return nullptr;
}

json Server::on_stk_pause_tasklet(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  unwrap(session().pause_tasklet(t));
  return nullptr;
}

json Server::on_stk_resume_tasklet(const json& args) {
  debugger::TaskletId t = thread_arg(args);
  unwrap(session().resume_tasklet(t));
  mark_resumed(t);
  return nullptr;
}

json Server::on_stk_step_tasklet(const json& args) {
  std::string kind = optional_string(args, "kind", "over");
  debugger::StepKind k;
  if (kind == "over") {
    k = debugger::StepKind::Over;
  } else if (kind == "in") {
    k = debugger::StepKind::In;
  } else if (kind == "out") {
    k = debugger::StepKind::Out;
  } else if (kind == "switch") {
    k = debugger::StepKind::NextSwitch;
  } else {
    throw DapError(error_id::kInvalidArguments,
                   "'kind' must be \"over\", \"in\", \"out\" or \"switch\", not \"" + kind + "\"");
  }
  std::string granularity = optional_string(args, "granularity", "line");
  if (granularity != "line" && granularity != "statement")
    throw DapError(error_id::kInvalidArguments, "'granularity' must be \"line\" or \"statement\"");
  return step(args, k, optional_bool(args, "freezeOthers", false));
}

}  // namespace stk::dap
