// What the collector follows inside each object layout (objects/layouts.hpp), and
// how each layout is torn down. Every heap reference field must appear here.
#include <cstdlib>

#include "bytecode/code_object.hpp"
#include "gc/heap.hpp"
#include "objects/layouts.hpp"
#include "scheduler/tasklet.hpp"

namespace stk {

void trace_children(Heap& h, Obj* o) {
  h.mark(o->type);
  switch (o->kind) {
    case ObjKind::Tuple: {
      auto* t = static_cast<Tuple*>(o);
      for (std::size_t i = 0; i < t->size; ++i) h.mark(t->items()[i]);
      break;
    }
    case ObjKind::List:
      for (Value v : static_cast<List*>(o)->items) h.mark(v);
      break;
    case ObjKind::Dict:
      for (const DictEntry& e : static_cast<Dict*>(o)->entries) {
        h.mark(e.key);
        h.mark(e.value);
      }
      break;
    case ObjKind::Set:
      for (const SetEntry& e : static_cast<Set*>(o)->table) h.mark(e.key);
      break;
    case ObjKind::Slice: {
      auto* s = static_cast<Slice*>(o);
      h.mark(s->start);
      h.mark(s->stop);
      h.mark(s->step);
      break;
    }
    case ObjKind::Cell:
      h.mark(static_cast<Cell*>(o)->value);
      break;
    case ObjKind::Code: {
      auto* c = static_cast<Code*>(o);
      for (Value v : c->consts) h.mark(v);
      for (const MethodCache& mc : c->method_cache) h.mark(mc.method);
      for (const AttrCache& ac : c->attr_cache) {
        h.mark(ac.descr[0]);
        h.mark(ac.descr[1]);
      }
      for (Str* s : c->names) h.mark(s);
      for (Str* s : c->varnames) h.mark(s);
      for (Str* s : c->cellvars) h.mark(s);
      for (Str* s : c->freevars) h.mark(s);
      h.mark(c->name);
      h.mark(c->qualname);
      h.mark(c->filename);
      break;
    }
    case ObjKind::Function: {
      auto* f = static_cast<Function*>(o);
      h.mark(f->code);
      h.mark(f->globals);
      h.mark(f->defaults);
      h.mark(f->kwdefaults);
      h.mark(f->closure);
      h.mark(f->name);
      h.mark(f->qualname);
      h.mark(f->module);
      h.mark(f->attrs);
      break;
    }
    case ObjKind::NativeFn: {
      auto* f = static_cast<NativeFn*>(o);
      h.mark(f->name);
      h.mark(f->self);
      h.mark(f->data);
      break;
    }
    case ObjKind::BoundMethod: {
      auto* m = static_cast<BoundMethod*>(o);
      h.mark(m->self);
      h.mark(m->func);
      break;
    }
    case ObjKind::Type: {
      auto* t = static_cast<Type*>(o);
      h.mark(t->name);
      h.mark(t->base);
      h.mark(t->dict);
      h.mark(t->mro);
      h.mark(t->init_cache);
      break;
    }
    case ObjKind::Module: {
      auto* m = static_cast<Module*>(o);
      h.mark(m->name);
      h.mark(m->dict);
      break;
    }
    case ObjKind::Exception: {
      auto* e = static_cast<Exception*>(o);
      h.mark(e->args);
      h.mark(e->cause);
      h.mark(e->context);
      h.mark(e->attrs);
      for (const TracebackEntry& tb : e->traceback) h.mark(tb.code);
      break;
    }
    case ObjKind::Instance:
      h.mark(static_cast<Instance*>(o)->attrs);
      break;
    case ObjKind::Iterator: {
      auto* it = static_cast<Iterator*>(o);
      h.mark(it->a);
      h.mark(it->b);
      h.mark(it->c);
      break;
    }
    case ObjKind::DictView:
      h.mark(static_cast<DictView*>(o)->dict);
      break;
    case ObjKind::Tasklet: {
      auto* t = static_cast<Tasklet*>(o);
      trace_exec_stack(h, t->exec);
      for (const auto& es : t->nested) trace_exec_stack(h, *es);
      h.mark(t->handled_exc);
      h.mark(t->next);
      h.mark(t->prev);
      h.mark(t->channel);
      h.mark(t->func);
      h.mark(t->args);
      h.mark(t->kwargs);
      h.mark(t->tempval);
      h.mark(t->bomb);
      h.mark(t->name);
      h.mark(t->attrs);
      break;
    }
    case ObjKind::Channel: {
      auto* c = static_cast<Channel*>(o);
      h.mark(c->head);  // the rest of the queue through the tasklets' links
      h.mark(c->attrs);
      h.mark(c->label);
      break;
    }
    case ObjKind::Str: {
      auto* str = static_cast<Str*>(o);
      if (str->flags & Str::kShared) h.mark(str->shared()->owner);
      break;
    }
    case ObjKind::Generator: {
      auto* g = static_cast<Generator*>(o);
      h.mark(g->func);
      for (Value v : g->slots) h.mark(v);
      break;
    }
    case ObjKind::Property: {
      auto* p = static_cast<Property*>(o);
      h.mark(p->fget);
      h.mark(p->fset);
      h.mark(p->fdel);
      h.mark(p->doc);
      break;
    }
    case ObjKind::StaticMethod:
    case ObjKind::ClassMethod:
      h.mark(static_cast<MethodWrapper*>(o)->func);
      break;
    case ObjKind::Super: {
      auto* sp = static_cast<Super*>(o);
      h.mark(sp->after);
      h.mark(sp->obj);
      h.mark(sp->obj_type);
      break;
    }
    default:
      break;  // no references beyond the type
  }
}

void destroy_object(Obj* o) {
  switch (o->kind) {
    case ObjKind::BigInt: mpz_clear(static_cast<BigInt*>(o)->z); break;
    case ObjKind::Str: {
      auto* str = static_cast<Str*>(o);
      if ((str->flags & Str::kShared) && str->shared()->owner == str) std::free(str->shared()->bytes);
      break;
    }
    case ObjKind::List: static_cast<List*>(o)->~List(); break;
    case ObjKind::Dict: static_cast<Dict*>(o)->~Dict(); break;
    case ObjKind::Set: static_cast<Set*>(o)->~Set(); break;
    case ObjKind::Code: static_cast<Code*>(o)->~Code(); break;
    case ObjKind::Exception: static_cast<Exception*>(o)->~Exception(); break;
    case ObjKind::Generator: static_cast<Generator*>(o)->~Generator(); break;
    case ObjKind::Tasklet: static_cast<Tasklet*>(o)->~Tasklet(); break;
    default: break;  // trivially destructible layouts
  }
}

}  // namespace stk
