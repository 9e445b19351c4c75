// Inspection for the debugger: tasklets with their state, frames, locals and
// globals, and values as bounded reprs with paged children. Reads only —
// except repr(), which may run a user's __repr__ (as every Python debugger
// does); its errors are shown, never raised.
#include <algorithm>

#include <stk/debug.hpp>

#include "debug/control_impl.hpp"
#include "debug/vm_hooks.hpp"
#include "objects/ops.hpp"
#include "objects/str.hpp"
#include "scheduler/scheduler.hpp"
#include "vm/traceback.hpp"

namespace stk::debug {
namespace {

TaskletState state_of(const Runtime& rt, const Tasklet* t) {
  if (!t->alive() && t != rt.main) return TaskletState::Dead;
  if (t->channel) return TaskletState::Blocked;
  if (t == rt.current) return TaskletState::Running;
  if (t->in_ring || t->frozen_runnable) return TaskletState::Runnable;
  if (t->life == Tasklet::Life::Bound) return TaskletState::Unstarted;
  return TaskletState::Paused;
}

std::string function_name(const Frame& f) {
  const Str* n = f.code->qualname ? f.code->qualname : f.code->name;
  return n ? std::string(sv(n)) : "?";
}

}  // namespace

std::vector<Control::Impl::FrameRef> Control::Impl::frame_refs(Tasklet* t) const {
  std::vector<FrameRef> out;
  for (auto n = t->nested.rbegin(); n != t->nested.rend(); ++n)
    for (auto f = (*n)->frames.rbegin(); f != (*n)->frames.rend(); ++f) out.push_back({n->get(), &*f, false});
  for (auto f = t->exec.frames.rbegin(); f != t->exec.frames.rend(); ++f) out.push_back({&t->exec, &*f, false});
  if (!out.empty()) out.front().top = true;
  return out;
}

bool Control::Impl::frame_ref(TaskletId id, int index, FrameRef& out) const {
  Tasklet* t = find(id);
  if (!t || index < 0) return false;
  auto refs = frame_refs(t);
  if (static_cast<std::size_t>(index) >= refs.size()) return false;
  out = refs[index];
  return true;
}

int Control::Impl::frame_line(Tasklet* t, const FrameRef& f) const {
  bool at = f.top && (t == rt.current ? state.at_instruction : t->resume == Tasklet::Resume::Interrupted);
  std::uint32_t pc = at ? f.frame->ip : (f.frame->ip > 0 ? f.frame->ip - 1 : 0);
  return f.frame->code->line_for(pc);
}

std::string Control::Impl::safe_repr(Value v, std::size_t max_len) {
  if (!v) return "<unbound>";
  Value saved = rt.pending_exc;
  rt.pending_exc = Value();
  bool saved_pure = state.pure_eval;
  state.pure_eval = false;
  std::string out;
  Value r = ops::repr(rt, v);
  if (r && r.is_obj() && r.obj()->kind == ObjKind::Str) {
    out = std::string(sv(r.as<Str>()));
  } else {
    out = "<repr failed: " + (rt.pending_exc ? exception_line(rt, rt.pending_exc) : std::string("?")) + ">";
  }
  rt.pending_exc = saved;
  state.pure_eval = saved_pure;
  if (out.size() > max_len) {
    std::size_t cut = max_len;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    out = out.substr(0, cut) + "...";
  }
  return out;
}

std::uint32_t Control::Impl::handle_for(Obj* o) {
  auto& h = state.handles;
  for (std::size_t i = h.size(); i > 0 && i + 64 > h.size(); --i)
    if (h[i - 1] == o) return static_cast<std::uint32_t>(i);  // recently handed out
  h.push_back(o);
  return static_cast<std::uint32_t>(h.size());
}

namespace {

std::size_t dict_len(const Dict* d) { return d ? d->used : 0; }

}  // namespace

ValueView Control::Impl::view(Value v) {
  ValueView out;
  out.type = v ? ops::type_name(rt, v) : "unbound";
  if (!v || !v.is_obj()) {
    out.repr = safe_repr(v);
    return out;
  }
  Obj* o = v.obj();
  switch (o->kind) {
    case ObjKind::List:
      out.indexed = static_cast<List*>(o)->items.size();
      break;
    case ObjKind::Tuple:
      out.indexed = static_cast<Tuple*>(o)->size;
      break;
    case ObjKind::Dict:
      out.named = static_cast<Dict*>(o)->used;
      break;
    case ObjKind::Set:
      out.indexed = static_cast<Set*>(o)->used;
      break;
    case ObjKind::Instance:
      out.named = dict_len(static_cast<Instance*>(o)->attrs);
      break;
    case ObjKind::Module:
      out.named = dict_len(static_cast<Module*>(o)->dict);
      break;
    case ObjKind::Type:
      out.named = dict_len(static_cast<Type*>(o)->dict);
      break;
    case ObjKind::Exception:
      out.named = 1 + dict_len(static_cast<Exception*>(o)->attrs);
      break;
    case ObjKind::Tasklet: {
      auto* t = static_cast<Tasklet*>(o);
      out.named = 6;
      out.repr = "<tasklet #" + std::to_string(t->id) + " " + tasklet_display_name(rt, t) + " [" +
                 state_name(state_of(rt, t)) + "]>";
      break;
    }
    case ObjKind::Channel: {
      auto* c = static_cast<Channel*>(o);
      out.named = 6;
      std::string label(channel_label_text(c));
      out.repr = "<channel #" + std::to_string(c->id) + (label.empty() ? "" : " '" + label + "'") +
                 " balance=" + std::to_string(c->balance) + ">";
      break;
    }
    case ObjKind::Cell:
      out.named = 1;
      break;
    default:
      break;
  }
  if (out.repr.empty()) out.repr = safe_repr(v);
  if (out.named || out.indexed || o->kind == ObjKind::Instance) out.handle = handle_for(o);
  return out;
}

std::vector<TaskletInfo> Control::tasklets() const {
  impl_->prune();
  std::vector<TaskletInfo> out;
  out.reserve(impl_->state.tasklets.size());
  for (Tasklet* t : impl_->state.tasklets) {
    TaskletInfo info;
    impl_->describe(t, info);
    out.push_back(std::move(info));
  }
  return out;
}

bool Control::tasklet(TaskletId id, TaskletInfo& out) const {
  Tasklet* t = impl_->find(id);
  if (!t) return false;
  impl_->describe(t, out);
  return true;
}

void Control::Impl::describe(Tasklet* t, TaskletInfo& out) const {
  out = TaskletInfo{};
  out.id = t->id;
  Runtime& rt = this->rt;
  out.name = tasklet_display_name(rt, t);
  out.state = state_of(rt, t);
  out.frozen = t->frozen;
  out.is_main = t == rt.main;
  if (t->channel) {
    out.channel = t->channel->id;
    out.block_dir = t->block_dir;
  }
  const Frame* top = nullptr;
  if (!t->nested.empty() && !t->nested.back()->frames.empty()) top = &t->nested.back()->frames.back();
  else if (!t->exec.frames.empty()) top = &t->exec.frames.back();
  if (top) {
    Control::Impl::FrameRef ref{nullptr, const_cast<Frame*>(top), true};
    out.file = std::string(sv(top->code->filename));
    out.line = frame_line(t, ref);
    out.function = function_name(*top);
  } else if (t->func && t->func.is_obj() && t->func.obj()->kind == ObjKind::Function) {
    Code* c = t->func.as<Function>()->code;
    out.file = std::string(sv(c->filename));
    out.line = c->firstline;
    out.function = function_name(Frame{c, nullptr, nullptr, nullptr, nullptr, 0, 0, 0, 0, 0});
  }
  out.creator = t->creator_id;
  if (t->created_code) {
    out.created_file = std::string(sv(t->created_code->filename));
    out.created_line = t->created_code->line_for(t->created_pc);
  }
}

std::vector<FrameInfo> Control::frames(TaskletId id) const {
  std::vector<FrameInfo> out;
  Tasklet* t = impl_->find(id);
  if (!t) return out;
  for (const auto& ref : impl_->frame_refs(t)) {
    FrameInfo f;
    f.function = function_name(*ref.frame);
    f.file = std::string(sv(ref.frame->code->filename));
    f.line = impl_->frame_line(t, ref);
    bool at = ref.top && (t == impl_->rt.current ? impl_->state.at_instruction : t->resume == Tasklet::Resume::Interrupted);
    std::uint32_t pc = at ? ref.frame->ip : (ref.frame->ip > 0 ? ref.frame->ip - 1 : 0);
    f.column = ref.frame->code->column_for(pc);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<NamedValue> Control::locals(TaskletId id, int frame) {
  std::vector<NamedValue> out;
  Impl::FrameRef ref;
  if (!impl_->frame_ref(id, frame, ref)) return out;
  const Frame& f = *ref.frame;
  Value* slots = ref.es->stack + f.base;
  Code* code = f.code;
  if (f.locals && f.locals != f.globals) {
    for (const DictEntry& e : f.locals->entries)
      if (e.key) out.push_back({impl_->safe_repr(e.key, 80), impl_->view(e.value), ""});
    for (auto& nv : out)
      if (nv.name.size() >= 2 && nv.name.front() == '\'') nv.name = nv.name.substr(1, nv.name.size() - 2);
  }
  for (std::uint32_t i = 0; i < code->nlocals(); ++i) {
    if (!slots[i]) continue;
    std::string name(sv(code->varnames[i]));
    out.push_back({name, impl_->view(slots[i]), name});
  }
  std::uint32_t ncells = code->ncells(), nfree = code->nfree();
  for (std::uint32_t i = 0; i < ncells + nfree; ++i) {
    Value cell = slots[code->nlocals() + i];
    if (!cell || !cell.is_obj() || cell.obj()->kind != ObjKind::Cell) continue;
    Value v = cell.as<Cell>()->value;
    if (!v) continue;
    std::string name(sv(i < ncells ? code->cellvars[i] : code->freevars[i - ncells]));
    out.push_back({name, impl_->view(v), name});
  }
  return out;
}

std::vector<NamedValue> Control::globals(TaskletId id, int frame) {
  std::vector<NamedValue> out;
  Impl::FrameRef ref;
  if (!impl_->frame_ref(id, frame, ref) || !ref.frame->globals) return out;
  for (const DictEntry& e : ref.frame->globals->entries) {
    if (!e.key || !e.key.is_obj() || e.key.obj()->kind != ObjKind::Str) continue;
    std::string name(sv(e.key.as<Str>()));
    if (name == "__builtins__") continue;
    out.push_back({name, impl_->view(e.value), name});
  }
  return out;
}

std::vector<NamedValue> Control::children(std::uint32_t handle, std::size_t start, std::size_t count) {
  std::vector<NamedValue> out;
  auto& h = impl_->state.handles;
  if (handle == 0 || handle > h.size()) return out;
  Runtime& rt = impl_->rt;
  Obj* o = h[handle - 1];
  std::size_t end = count == 0 ? SIZE_MAX : start + count;
  auto add_dict = [&](const Dict* d, bool attrs) {
    if (!d) return;
    std::size_t i = 0;
    for (const DictEntry& e : d->entries) {
      if (!e.key) continue;
      if (i >= start && i < end) {
        bool str_key = e.key.is_obj() && e.key.obj()->kind == ObjKind::Str;
        std::string name = attrs && str_key ? std::string(sv(e.key.as<Str>())) : impl_->safe_repr(e.key, 80);
        std::string suffix = attrs && str_key ? "." + name : "[" + impl_->safe_repr(e.key, 80) + "]";
        out.push_back({name, impl_->view(e.value), suffix});
      }
      ++i;
    }
  };
  auto add_items = [&](const Value* items, std::size_t n) {
    for (std::size_t i = start; i < n && i < end; ++i)
      out.push_back({std::to_string(i), impl_->view(items[i]), "[" + std::to_string(i) + "]"});
  };
  switch (o->kind) {
    case ObjKind::List: {
      auto& items = static_cast<List*>(o)->items;
      add_items(items.data(), items.size());
      break;
    }
    case ObjKind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      add_items(t->items(), t->size);
      break;
    }
    case ObjKind::Set: {
      std::size_t i = 0;
      for (const SetEntry& e : static_cast<Set*>(o)->table) {
        if (!e.key || e.key.is(Value::stop())) continue;
        if (i >= start && i < end) out.push_back({std::to_string(i), impl_->view(e.key), ""});
        ++i;
      }
      break;
    }
    case ObjKind::Dict: add_dict(static_cast<Dict*>(o), false); break;
    case ObjKind::Instance: add_dict(static_cast<Instance*>(o)->attrs, true); break;
    case ObjKind::Module: add_dict(static_cast<Module*>(o)->dict, true); break;
    case ObjKind::Type: add_dict(static_cast<Type*>(o)->dict, true); break;
    case ObjKind::Cell: out.push_back({"cell_contents", impl_->view(static_cast<Cell*>(o)->value), ""}); break;
    case ObjKind::Exception: {
      auto* e = static_cast<Exception*>(o);
      out.push_back({"args", impl_->view(e->args ? Value::object(e->args) : rt.None()), ".args"});
      add_dict(e->attrs, true);
      break;
    }
    case ObjKind::Tasklet: {
      auto* t = static_cast<Tasklet*>(o);
      TaskletInfo info;
      tasklet(t->id, info);
      auto text = [&](const std::string& s) {
        ValueView v;
        v.repr = s;
        v.type = "str";
        return v;
      };
      out.push_back({"id", text(std::to_string(t->id)), ".id"});
      out.push_back({"name", text(info.name), ".name"});
      out.push_back({"state", text(std::string(state_name(info.state)) + (t->frozen ? " (frozen)" : "")), ""});
      out.push_back({"channel", t->channel ? impl_->view(Value::object(t->channel)) : text("None"), ""});
      out.push_back({"where", text(info.file.empty() ? "-" : info.file + ":" + std::to_string(info.line)), ""});
      Tasklet* creator = impl_->find(t->creator_id);
      out.push_back({"created by",
                     creator && creator != t ? impl_->view(Value::object(creator))
                                             : text(info.created_file.empty() ? "-" : info.created_file + ":" +
                                                                                           std::to_string(info.created_line)),
                     ""});
      break;
    }
    case ObjKind::Channel: {
      auto* c = static_cast<Channel*>(o);
      auto list_of = [&](int dir) {
        List* l = rt.new_list();
        for (Tasklet* t = c->head; t; t = t->next)
          if (t->block_dir == dir) l->items.push_back(Value::object(t));
        return impl_->view(Value::object(l));
      };
      auto text = [&](const std::string& s) {
        ValueView v;
        v.repr = s;
        v.type = "int";
        return v;
      };
      out.push_back({"id", text(std::to_string(c->id)), ""});
      out.push_back({"label", impl_->view(c->label ? c->label : Value::object(rt.new_str(""))), ".label"});
      out.push_back({"balance", text(std::to_string(c->balance)), ".balance"});
      out.push_back({"closing", text(c->closing ? "True" : "False"), ".closing"});
      out.push_back({"waiting senders", list_of(1), ""});
      out.push_back({"waiting receivers", list_of(-1), ""});
      break;
    }
    default: break;
  }
  return out;
}

std::vector<ChannelInfo> Control::channels() const {
  std::vector<ChannelInfo> out;
  std::vector<const Channel*> seen;
  for (Tasklet* t : impl_->state.tasklets) {
    if (!t->channel || std::find(seen.begin(), seen.end(), t->channel) != seen.end()) continue;
    seen.push_back(t->channel);
    ChannelInfo info;
    channel(t->channel->id, info);
    out.push_back(std::move(info));
  }
  std::sort(out.begin(), out.end(), [](const ChannelInfo& a, const ChannelInfo& b) { return a.id < b.id; });
  return out;
}

bool Control::channel(std::uint32_t id, ChannelInfo& out) const {
  for (Tasklet* t : impl_->state.tasklets) {
    Channel* c = t->channel;
    if (!c || c->id != id) continue;
    out = ChannelInfo{};
    out.id = c->id;
    out.label = std::string(channel_label_text(c));
    out.balance = static_cast<int>(c->balance);
    out.closing = c->closing;
    for (Tasklet* w = c->head; w; w = w->next) (w->block_dir > 0 ? out.senders : out.receivers).push_back(w->id);
    return true;
  }
  return false;
}

ValueView Control::view_tasklet(TaskletId id) {
  Tasklet* t = impl_->find(id);
  return t ? impl_->view(Value::object(t)) : ValueView{};
}

ValueView Control::view_channel(std::uint32_t id) {
  for (Tasklet* t : impl_->state.tasklets)
    if (t->channel && t->channel->id == id) return impl_->view(Value::object(t->channel));
  return ValueView{};
}

void Control::release_handles() { impl_->state.handles.clear(); }

bool Control::exception(TaskletId id, ExceptionView& out) {
  Runtime& rt = impl_->rt;
  Tasklet* t = impl_->find(id);
  if (!t) return false;
  Value exc = t == rt.current && rt.pending_exc ? rt.pending_exc : t->bomb;
  if (!exc) return false;
  out.type = ops::type_name(rt, exc);
  std::string line = exception_line(rt, exc);
  out.message = line.size() > out.type.size() + 2 ? line.substr(out.type.size() + 2) : "";
  Value saved = rt.pending_exc;
  out.traceback = format_exception(rt, exc);
  rt.pending_exc = saved;
  return true;
}

}  // namespace stk::debug
