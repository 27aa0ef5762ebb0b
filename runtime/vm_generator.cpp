// The VM's side of generators: turning a call's arena frame into a generator frame
// (RETURN_GENERATOR), linking it into the thread's chain on resume and out again on yield or
// return, the handled-exception state a generator carries, PEP 479, and resuming a generator
// from native code (a nested eval loop with the generator frame as its entry).
#include <new>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/generator.hpp"
#include "runtime/str.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt::vm {

Value make_generator(Frame* f) {
  CodeObject* code = f->code;
  size_t frame_bytes = sizeof(Frame) + code->frame_slots * sizeof(Value);
  Ref<GeneratorObject> g(new (frame_bytes) GeneratorObject(code));
  if (f->func) {
    g->name = f->func->name;
    g->qualname = f->func->qualname;
  }
  Frame* gf = new (g->frame_storage()) Frame;
  gf->code = code;
  gf->func = f->func;
  gf->globals = f->globals;
  gf->locals = f->locals;
  gf->ip = f->ip;
  gf->generator = g.get();
  Value* from = f->localsplus();
  Value* to = gf->localsplus();
  // The arguments, cells and whatever the stack holds (nothing: RETURN_GENERATOR comes first).
  size_t n = static_cast<size_t>(f->sp - from);
  for (size_t i = 0; i < n; ++i)
    new (to + i) Value(std::move(from[i]));
  gf->stack_base = to + code->nlocalsplus;
  gf->sp = to + n;
  g->frame = gf;
  return Value(g);
}

Frame* enter_generator(ThreadState* ts, GeneratorObject* g, const Value& sent) {
  if (g->state == GenState::Created && !sent.is_none()) {
    raise_type_error("can't send non-None value to a just-started generator");
  }
  if (g->state == GenState::Running) raise_value_error("generator already executing");
  if (ts->recursion_depth >= runtime->recursion_limit) raise_recursion_error("");
  Frame* f = g->frame;
  new (f->sp) Value(sent);
  ++f->sp;
  f->back = ts->frame;
  ts->frame = f;
  ++ts->recursion_depth;
  g->state = GenState::Running;
  // CPython pushes gi_exc_state on the thread's exc_info chain: the generator's own handled
  // exception shadows the resumer's, and none of its own lets the resumer's show through.
  g->outer_exc = ts->handled_exc;
  if (!g->exc_state.is_null()) ts->handled_exc = g->exc_state;
  return f;
}

void suspend_generator(ThreadState* ts, Frame* f) {
  GeneratorObject* g = f->generator;
  ts->frame = f->back;
  f->back = nullptr;
  --ts->recursion_depth;
  g->state = GenState::Suspended;
  ts->handled_exc = std::move(g->outer_exc);
}

void finish_generator(ThreadState* ts, Frame* f, Value* sp) {
  GeneratorObject* g = f->generator;
  ts->frame = f->back;
  --ts->recursion_depth;
  // The generator is consistent (finished, unlinked) before any slot is released: releasing
  // one may run arbitrary code (another generator's finalizer).
  g->state = GenState::Finished;
  g->frame = nullptr;
  ts->handled_exc = std::move(g->outer_exc);
  Value own = std::move(g->exc_state);
  for (Value* p = f->localsplus(); p < sp; ++p)
    p->~Value();
  f->~Frame();
}

Value generator_exit_exception(const Value& exc) {
  if (!is_instance(exc, exc_StopIteration)) return exc;
  Value err = new_exception(exc_RuntimeError, "generator raised StopIteration");
  auto* e = err.as<BaseExceptionObject>();
  e->context = exc;
  e->cause = exc;
  e->suppress_context = true;
  return err;
}

void restore_handled_exception(ThreadState* ts, Frame* f, Value prev) {
  Value exc = prev.is_none() ? Value() : std::move(prev);
  if (GeneratorObject* g = f->generator) {
    ts->handled_exc = exc.is_null() ? g->outer_exc : exc;
    g->exc_state = std::move(exc);
  } else {
    ts->handled_exc = std::move(exc);
  }
}

bool send_to_iterator(const Value& it, const Value& v, Value& out) {
  TypeObject* t = type_of(it);
  try {
    if (v.is_none() && t->next) {
      if (!(t->flags & kTypeHeapType)) {
        // A built-in iterator has no return value to lose.
        if (t->next(it, out)) return true;
        out = Value::none();
        return false;
      }
      // A class's __next__ may end with StopIteration(value): call it to see the value.
      Value next = t->lookup(intern("__next__"));
      out = next.is_null() ? call(get_attr(it, intern("__next__")), {}) : call(next, {it});
    } else {
      out = call(get_attr(it, intern("send")), {v});
    }
    return true;
  } catch (const PyException& e) {
    if (!is_instance(e.exc, exc_StopIteration)) throw;
    out = get_attr(e.exc, intern("value"));
    return false;
  }
}

bool resume_generator(GeneratorObject* g, const Value& sent, Value thrown, Value& out) {
  ThreadState* ts = current_thread();
  NestedLoopScope scope(ts);
  Ref<GeneratorObject> keep(g);  // running code may drop the last other reference
  Frame* f = enter_generator(ts, g, sent);
  // CPython's _PyErr_ChainStackItem: an exception thrown into a generator that is handling one
  // of its own gets that one as its context.
  if (!thrown.is_null() && !g->exc_state.is_null()) chain_context(ts, thrown, true);
  try {
    out = eval_frame(ts, f, std::move(thrown));
  } catch (const PyException& e) {
    // Its context was decided where it was raised, or left empty on purpose (a thrown one).
    const auto* exc = e.exc.as<BaseExceptionObject>();
    if (exc->context.is_null()) ts->unchained_exc = e.exc;
    throw;
  }
  return g->state == GenState::Suspended;
}

}  // namespace gilt::vm
