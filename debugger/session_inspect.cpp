// Session's inspection methods: tasklets, frames, variables, evaluation,
// exception info, channels, sources. Any tasklet may be inspected — the
// command runs between two instructions, so no tasklet is mid-instruction
// except the current one, whose frames are saved at that safe point.
#include <stk/debugger/session.hpp>

#include "session_impl.hpp"

namespace stk::debugger {
namespace {

DebugError unknown_tasklet(TaskletId id) {
  return DebugError{DebugError::Code::UnknownTasklet, "no tasklet #" + std::to_string(id)};
}

DebugError unknown_frame(TaskletId id, int frame) {
  return DebugError{DebugError::Code::UnknownFrame,
                    "tasklet #" + std::to_string(id) + " has no frame " + std::to_string(frame)};
}

}  // namespace

Expected<std::vector<TaskletInfo>> Session::tasklets() {
  Impl& s = *impl_;
  return s.call<std::vector<TaskletInfo>>([&s]() -> Expected<std::vector<TaskletInfo>> { return s.control->tasklets(); });
}

Expected<TaskletInfo> Session::tasklet(TaskletId id) {
  Impl& s = *impl_;
  return s.call<TaskletInfo>([&s, id]() -> Expected<TaskletInfo> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info)) return unknown_tasklet(id);
    return info;
  });
}

bool Session::is_stopped(TaskletId id) const {
  Impl& s = *impl_;
  auto r = s.call<bool>([&s, id]() -> Expected<bool> { return s.all_stopped || s.control->is_frozen(id); });
  return r.ok() && r.value();
}

Expected<std::vector<FrameInfo>> Session::frames(TaskletId id) {
  Impl& s = *impl_;
  return s.call<std::vector<FrameInfo>>([&s, id]() -> Expected<std::vector<FrameInfo>> {
    TaskletInfo info;
    if (!s.control->tasklet(id, info)) return unknown_tasklet(id);
    return s.control->frames(id);
  });
}

Expected<std::vector<NamedValue>> Session::locals(TaskletId id, int frame) {
  Impl& s = *impl_;
  return s.call<std::vector<NamedValue>>([&s, id, frame]() -> Expected<std::vector<NamedValue>> {
    if (frame < 0 || static_cast<std::size_t>(frame) >= s.control->frames(id).size()) return unknown_frame(id, frame);
    return s.control->locals(id, frame);
  });
}

Expected<std::vector<NamedValue>> Session::globals(TaskletId id, int frame) {
  Impl& s = *impl_;
  return s.call<std::vector<NamedValue>>([&s, id, frame]() -> Expected<std::vector<NamedValue>> {
    if (frame < 0 || static_cast<std::size_t>(frame) >= s.control->frames(id).size()) return unknown_frame(id, frame);
    return s.control->globals(id, frame);
  });
}

Expected<std::vector<NamedValue>> Session::tasklet_fields(TaskletId id) {
  Impl& s = *impl_;
  return s.call<std::vector<NamedValue>>([&s, id]() -> Expected<std::vector<NamedValue>> {
    ValueView v = s.control->view_tasklet(id);
    if (!v.handle) return unknown_tasklet(id);
    return s.control->children(v.handle, 0, 0);
  });
}

Expected<std::vector<NamedValue>> Session::children(std::uint32_t handle, std::size_t start, std::size_t count) {
  Impl& s = *impl_;
  return s.call<std::vector<NamedValue>>([&s, handle, start, count]() -> Expected<std::vector<NamedValue>> {
    if (handle == 0) return DebugError{DebugError::Code::UnknownReference, "no such value"};
    return s.control->children(handle, start, count);
  });
}

Expected<ValueView> Session::evaluate(TaskletId id, int frame, const std::string& expr, EvalContext context) {
  Impl& s = *impl_;
  return s.call<ValueView>([&s, id, frame, expr, context]() -> Expected<ValueView> {
    if (frame < 0 || static_cast<std::size_t>(frame) >= s.control->frames(id).size()) return unknown_frame(id, frame);
    ValueView out;
    std::string error;
    if (!s.control->evaluate(id, frame, expr, context != EvalContext::Repl, out, error))
      return DebugError{DebugError::Code::EvaluationFailed, error};
    return out;
  });
}

Expected<ValueView> Session::set_variable(TaskletId id, int frame, const std::string& name, const std::string& value_expr) {
  Impl& s = *impl_;
  return s.call<ValueView>([&s, id, frame, name, value_expr]() -> Expected<ValueView> {
    if (frame < 0 || static_cast<std::size_t>(frame) >= s.control->frames(id).size()) return unknown_frame(id, frame);
    ValueView out;
    std::string error;
    if (!s.control->set_local(id, frame, name, value_expr, out, error))
      return DebugError{DebugError::Code::EvaluationFailed, error};
    return out;
  });
}

Expected<ExceptionInfo> Session::exception_info(TaskletId id) {
  Impl& s = *impl_;
  return s.call<ExceptionInfo>([&s, id]() -> Expected<ExceptionInfo> {
    auto it = s.exceptions.find(id);
    if (it != s.exceptions.end()) return it->second;
    debug::ExceptionView v;
    if (!s.control->exception(id, v))
      return DebugError{DebugError::Code::BadArgument, "tasklet #" + std::to_string(id) + " is not raising an exception"};
    return ExceptionInfo{v.type, v.message, v.traceback, false};
  });
}

Expected<std::vector<ChannelInfo>> Session::channels() {
  Impl& s = *impl_;
  return s.call<std::vector<ChannelInfo>>([&s]() -> Expected<std::vector<ChannelInfo>> { return s.control->channels(); });
}

Expected<std::vector<std::string>> Session::loaded_sources() {
  Impl& s = *impl_;
  return s.call<std::vector<std::string>>([&s]() -> Expected<std::vector<std::string>> { return s.control->loaded_sources(); });
}

Expected<std::string> Session::source(const std::string& file) {
  Impl& s = *impl_;
  return s.call<std::string>([&s, file]() -> Expected<std::string> {
    const std::string* text = s.control->source_text(file);
    if (!text) return DebugError{DebugError::Code::BadArgument, "no source for '" + file + "'"};
    return *text;
  });
}

}  // namespace stk::debugger
