// The generator type: the iterator protocol, send/throw/close with CPython 3.11's delegation to
// a `yield from` sub-iterator (genobject.c's _gen_throw and gen_close), the gi_* attributes, and
// closing a suspended generator when its last reference goes away.
#include "runtime/generator.hpp"

#include <cstdio>
#include <new>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/opcodes.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/traceback.hpp"
#include "runtime/tuple.hpp"
#include "runtime/unraisable.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt {

TypeObject* generator_type = nullptr;

namespace {

constexpr size_t kObjectBytes = (sizeof(GeneratorObject) + 15) & ~size_t{15};

void close_generator(GeneratorObject* g);

// CPython's PyErr_WriteUnraisable gives an exception that never passed a frame (raised by
// close() itself) the running frame's line.
void report_unraisable(const Value& exc, Object* obj) noexcept {
  try {
    auto* e = exc.as<BaseExceptionObject>();
    Frame* f = current_thread()->frame;
    if (e->traceback.empty() && f) vm::add_traceback_entry(exc, f->code, f->instr_index());
  } catch (...) {
  }
  write_unraisable(exc, "", Value(obj));
}

}  // namespace

// --- the object ---

GeneratorObject::GeneratorObject(CodeObject* c) : Object(generator_type), code(c) {}

void* GeneratorObject::operator new(size_t size, size_t frame_bytes) {
  return ::operator new(((size + 15) & ~size_t{15}) + frame_bytes);
}
void GeneratorObject::operator delete(void* p) {
  ::operator delete(p);
}
void GeneratorObject::operator delete(void* p, size_t) {
  ::operator delete(p);
}
void* GeneratorObject::frame_storage() {
  return reinterpret_cast<char*>(this) + kObjectBytes;
}

GeneratorObject::~GeneratorObject() {
  if (!frame) return;
  if (state == GenState::Suspended && runtime) {
    // CPython's _PyGen_Finalize: close it, so its `finally` blocks and `with` exits run. The
    // object is revived for the duration (code that copies a reference must not free it
    // again) and nothing may escape a destructor: a failure is reported as "Exception
    // ignored in".
    ++refcnt;
    try {
      close_generator(this);
    } catch (const PyException& e) {
      report_unraisable(e.exc, this);
    } catch (...) {
    }
    --refcnt;
  }
  if (frame) {  // never started, or closing failed: release what the frame holds
    for (Value* p = frame->localsplus(); p < frame->sp; ++p)
      p->~Value();
    frame->~Frame();
    frame = nullptr;
  }
}

namespace {

GeneratorObject* as_generator(const Value& v) {
  return v.as<GeneratorObject>();
}

// args[0] of a generator method, checked as CPython's method descriptors do.
GeneratorObject* self_of(const CallArgs& a, const char* name) {
  if (a.nargs == 0)
    raise_type_error(cat("unbound method generator.", name, "() needs an argument"));
  if (!is_generator(a[0])) {
    raise_type_error(cat("descriptor '", name, "' for 'generator' objects doesn't apply to a '",
                         type_name(a[0]), "' object"));
  }
  return as_generator(a[0]);
}

std::string address(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

[[noreturn]] void raise_returned(const Value& value) {
  if (value.is_none()) raise_stop_iteration();
  raise_stop_iteration(value);
}

// send(value) and next(): the yielded value, or StopIteration carrying the return value.
Value send_or_stop(GeneratorObject* g, const Value& value) {
  Value out;
  if (g->state == GenState::Finished) raise_stop_iteration();
  if (generator_send(g, value, out)) return out;
  raise_returned(out);
}

// The sub-iterator of a generator suspended in `yield from` (CPython's _PyGen_yf): its frame
// stopped at the YIELD_VALUE of a SEND / YIELD_VALUE / JUMP_BACKWARD loop, with the
// sub-iterator on top of its stack. Null otherwise.
Value yield_from_target(GeneratorObject* g) {
  if (g->state != GenState::Suspended) return Value();
  Frame* f = g->frame;
  const uint32_t* code = f->code->code.data();
  uint32_t next = *f->ip;
  if (static_cast<Op>(next & 0xff) != Op::JUMP_BACKWARD) return Value();
  if (static_cast<Op>(code[next >> 8] & 0xff) != Op::SEND) return Value();
  return f->sp[-1];
}

// After a sub-iterator of `yield from` ended during throw()/close(): it leaves the generator's
// stack and the generator continues after its SEND loop, as CPython's _gen_throw does.
void leave_yield_from(GeneratorObject* g) {
  Frame* f = g->frame;
  uint32_t jump = *f->ip;  // the JUMP_BACKWARD to the SEND, whose operand is the loop's exit
  uint32_t exit = f->code->code[jump >> 8] >> 8;
  Value sub = std::move(*--f->sp);
  f->sp->~Value();
  f->ip = f->code->code.data() + exit;
}

// Resumes g with an exception raised at its suspension point; as send_or_stop otherwise.
Value throw_into(GeneratorObject* g, const Value& exc) {
  if (g->state == GenState::Finished) throw PyException{exc};
  Value out;
  if (vm::resume_generator(g, Value::none(), exc, out)) return out;
  raise_returned(out);
}

bool matches_generator_exit(const Value& typ) {
  if (is_exception_type(typ)) return typ.as<TypeObject>()->is_subtype_of(exc_GeneratorExit);
  if (is_tuple(typ)) {
    for (const Value& t : typ.as<TupleObject>()->items) {
      if (matches_generator_exit(t)) return true;
    }
    return false;
  }
  return is_instance(typ, exc_GeneratorExit);
}

// CPython's gen_close_iter: close() a sub-iterator that has a close method.
void close_iterator(const Value& it) {
  if (is_generator(it)) {
    close_generator(as_generator(it));
    return;
  }
  Value close = get_attr_or_null(it, intern("close"));
  if (!close.is_null()) call(close, {});
}

// PyErr_NormalizeException for throw(type, value): the instance to raise.
Value make_thrown(const Value& typ, const Value& val) {
  if (is_instance(val, typ.as<TypeObject>())) return val;
  Value exc;
  if (val.is_null() || val.is_none()) {
    exc = call(typ, std::initializer_list<Value>{});
  } else if (is_tuple(val)) {
    const std::vector<Value>& items = val.as<TupleObject>()->items;
    exc = call(typ, CallArgs{items.data(), items.size(), nullptr, 0});
  } else {
    exc = call(typ, {val});
  }
  if (!is_exception(exc)) {
    raise_type_error(cat("calling ", repr_utf8(typ),
                         " should have returned an instance of BaseException, not ",
                         type_name(exc)));
  }
  return exc;
}

// CPython's _gen_throw: `val` and `tb` are Null when not given.
Value throw_generator(GeneratorObject* g, bool close_on_genexit, const Value& typ, const Value& val,
                      const Value& tb) {
  Value sub = yield_from_target(g);
  if (!sub.is_null()) {
    if (close_on_genexit && matches_generator_exit(typ)) {
      // Close the sub-iterator, then raise GeneratorExit here (or what closing raised).
      g->state = GenState::Running;
      Value failure;
      try {
        close_iterator(sub);
      } catch (const PyException& e) {
        failure = e.exc;
      }
      g->state = GenState::Suspended;
      if (!failure.is_null()) return throw_into(g, failure);
    } else {
      Value result;
      Value failure;
      g->state = GenState::Running;
      try {
        if (is_generator(sub)) {
          result = throw_generator(as_generator(sub), close_on_genexit, typ, val, tb);
        } else {
          Value meth = get_attr_or_null(sub, intern("throw"));
          if (meth.is_null()) {
            g->state = GenState::Suspended;
            goto throw_here;
          }
          // PyObject_CallFunctionObjArgs stops at the first missing argument.
          if (val.is_null()) {
            result = call(meth, {typ});
          } else if (tb.is_null()) {
            result = call(meth, {typ, val});
          } else {
            result = call(meth, {typ, val, tb});
          }
        }
      } catch (const PyException& e) {
        failure = e.exc;
      }
      g->state = GenState::Suspended;
      if (failure.is_null()) return result;
      // The sub-iterator ended: leave the `yield from` with its value, or with its exception.
      leave_yield_from(g);
      if (is_instance(failure, exc_StopIteration)) {
        Value value = get_attr(failure, intern("value"));
        Value out;
        if (generator_send(g, value, out)) return out;
        raise_returned(out);
      }
      return throw_into(g, failure);
    }
  }
throw_here:
  if (!tb.is_null() && !tb.is_none() && !is_traceback(tb)) {
    raise_type_error("throw() third argument must be a traceback object");
  }
  Value exc;
  if (is_exception_type(typ)) {
    exc = make_thrown(typ, val);
  } else if (is_exception(typ)) {
    if (!val.is_null() && !val.is_none()) {
      raise_type_error("instance exception may not have a separate value");
    }
    exc = typ;
  } else {
    raise_type_error(
        cat("exceptions must be classes or instances deriving from BaseException, not ",
            type_name(typ)));
  }
  if (is_traceback(tb)) set_traceback(exc.as<BaseExceptionObject>(), tb);
  return throw_into(g, exc);
}

// CPython 3.11's gen_close.
void close_generator(GeneratorObject* g) {
  if (g->state == GenState::Finished) return;
  Value sub = yield_from_target(g);
  Value exc;
  if (!sub.is_null()) {
    g->state = GenState::Running;
    try {
      close_iterator(sub);
    } catch (const PyException& e) {
      exc = e.exc;
    }
    g->state = GenState::Suspended;
  }
  if (exc.is_null()) exc = new_exception(exc_GeneratorExit, "");
  bool yielded;
  try {
    Value out;
    yielded = g->state != GenState::Finished &&
              vm::resume_generator(g, Value::none(), std::move(exc), out);
  } catch (const PyException& e) {
    if (is_instance(e.exc, exc_StopIteration) || is_instance(e.exc, exc_GeneratorExit)) return;
    throw;
  }
  if (yielded) raise(exc_RuntimeError, "generator ignored GeneratorExit");
}

// --- slots ---

Value generator_repr(const Value& self) {
  GeneratorObject* g = as_generator(self);
  std::string_view name = g->qualname ? g->qualname->view() : g->code->qualname->view();
  return make_str(cat("<generator object ", name, " at ", address(g), ">"));
}

Value generator_iter(const Value& self) {
  return self;
}

bool generator_next(const Value& self, Value& out) {
  GeneratorObject* g = as_generator(self);
  if (g->state == GenState::Finished) return false;
  return generator_send(g, Value::none(), out);
}

// --- methods ---

Value method_send(const CallArgs& a) {
  GeneratorObject* g = self_of(a, "send");
  CallArgs rest = a.shifted();
  if (rest.nkw) raise_type_error("generator.send() takes no keyword arguments");
  if (rest.nargs != 1) {
    raise_type_error(cat("generator.send() takes exactly one argument (", rest.nargs, " given)"));
  }
  return send_or_stop(g, rest[0]);
}

Value method_next(const CallArgs& a) {
  GeneratorObject* g = self_of(a, "__next__");
  if (a.nkw) raise_type_error("wrapper __next__() takes no keyword arguments");
  if (a.nargs != 1) raise_type_error(cat("expected 0 arguments, got ", a.nargs - 1));
  return send_or_stop(g, Value::none());
}

Value method_iter(const CallArgs& a) {
  self_of(a, "__iter__");
  if (a.nkw) raise_type_error("wrapper __iter__() takes no keyword arguments");
  if (a.nargs != 1) raise_type_error(cat("expected 0 arguments, got ", a.nargs - 1));
  return a[0];
}

Value method_throw(const CallArgs& a) {
  GeneratorObject* g = self_of(a, "throw");
  CallArgs rest = a.shifted();
  if (rest.nkw) raise_type_error("generator.throw() takes no keyword arguments");
  count_args(rest, "throw", 1, 3);
  Value none;
  const Value& val = rest.nargs >= 2 ? rest[1] : none;
  const Value& tb = rest.nargs == 3 ? rest[2] : none;
  return throw_generator(g, true, rest[0], val, tb);
}

Value method_close(const CallArgs& a) {
  GeneratorObject* g = self_of(a, "close");
  CallArgs rest = a.shifted();
  if (rest.nkw) raise_type_error("generator.close() takes no keyword arguments");
  if (rest.nargs != 0) {
    raise_type_error(cat("generator.close() takes no arguments (", rest.nargs, " given)"));
  }
  close_generator(g);
  return Value::none();
}

// --- attributes ---

Value get_name(const Value& self) {
  GeneratorObject* g = as_generator(self);
  return g->name ? Value(g->name) : Value(g->code->name);
}
void set_name(const Value& self, const Value& v) {
  if (!is_str(v)) raise_type_error("__name__ must be set to a string object");
  as_generator(self)->name = Ref<StrObject>::from(v);
}
Value get_qualname(const Value& self) {
  GeneratorObject* g = as_generator(self);
  return g->qualname ? Value(g->qualname) : Value(g->code->qualname);
}
void set_qualname(const Value& self, const Value& v) {
  if (!is_str(v)) raise_type_error("__qualname__ must be set to a string object");
  as_generator(self)->qualname = Ref<StrObject>::from(v);
}
Value get_running(const Value& self) {
  return Value::boolean(as_generator(self)->state == GenState::Running);
}
Value get_suspended(const Value& self) {
  return Value::boolean(as_generator(self)->state == GenState::Suspended);
}
Value get_code(const Value& self) {
  return Value(as_generator(self)->code);
}
Value get_yieldfrom(const Value& self) {
  Value sub = yield_from_target(as_generator(self));
  return sub.is_null() ? Value::none() : sub;
}

// gi_frame: a small view of the generator's frame while it has one (f_lineno, f_code,
// f_globals, f_locals, f_back); None once the generator finished.
struct FrameViewObject : Object {
  Ref<GeneratorObject> gen;
  FrameViewObject(TypeObject* t, GeneratorObject* g) : Object(t), gen(g) {}
  ~FrameViewObject() override = default;
};
TypeObject* frame_view_type = nullptr;

Frame* frame_of_view(const Value& self) {
  Frame* f = self.as<FrameViewObject>()->gen->frame;
  if (!f) raise(exc_RuntimeError, "the generator's frame is gone");
  return f;
}

Value get_frame(const Value& self) {
  GeneratorObject* g = as_generator(self);
  if (!g->frame) return Value::none();
  return Value(new FrameViewObject(frame_view_type, g));
}

Value frame_lineno(const Value& self) {
  GeneratorObject* g = self.as<FrameViewObject>()->gen.get();
  if (!g->frame) return Value::none();
  if (g->state == GenState::Created) return Value::integer(g->code->firstlineno);
  return Value::integer(g->code->line_at(static_cast<size_t>(g->frame->instr_index())));
}
Value frame_code(const Value& self) {
  return Value(self.as<FrameViewObject>()->gen->code);
}
Value frame_globals(const Value& self) {
  return Value(frame_of_view(self)->globals);
}
Value frame_back(const Value&) {
  return Value::none();
}
Value frame_locals(const Value& self) {
  Frame* f = frame_of_view(self);
  Ref<DictObject> d = new_dict();
  const CodeObject* co = f->code;
  Value* fast = f->localsplus();
  for (size_t i = 0; i < co->varnames.size(); ++i) {
    if (!fast[i].is_null()) d->set(Value(co->varnames[i].get()), fast[i]);
  }
  size_t ncellvars = co->cellvars.size();
  for (size_t i = 0; i < static_cast<size_t>(co->ncells()); ++i) {
    const Value& cell = f->cells()[i];
    if (!cell.is_obj() || cell.as_obj()->type != cell_type) continue;  // not made yet
    const Value& v = cell.as<CellObject>()->value;
    if (v.is_null()) continue;
    StrObject* name = i < ncellvars ? co->cellvars[i].get() : co->freevars[i - ncellvars].get();
    d->set(Value(name), v);
  }
  return Value(d);
}
Value frame_repr(const Value& self) {
  GeneratorObject* g = self.as<FrameViewObject>()->gen.get();
  return make_str(cat("<frame at ", address(self.as_obj()), ", file ",
                      repr_utf8(Value(g->code->filename)), ", line ", repr_utf8(frame_lineno(self)),
                      ", code ", g->code->name->view(), ">"));
}

void init_frame_view_type() {
  auto* t = new TypeObject("frame", object_type);
  ++t->refcnt;  // immortal, as the built-in types
  if (!t->dict) t->dict = new_dict();
  t->repr = frame_repr;
  add_getset(t, "f_lineno", frame_lineno);
  add_getset(t, "f_code", frame_code);
  add_getset(t, "f_globals", frame_globals);
  add_getset(t, "f_locals", frame_locals);
  add_getset(t, "f_back", frame_back);
  frame_view_type = t;
}

}  // namespace

bool generator_send(GeneratorObject* g, const Value& value, Value& out) {
  if (g->state == GenState::Finished) {
    out = Value::none();
    return false;
  }
  return vm::resume_generator(g, value.is_null() ? Value::none() : value, Value(), out);
}

void init_generator_type() {
  auto* t = new TypeObject("generator", object_type);
  ++t->refcnt;  // immortal, as the built-in types
  if (!t->dict) t->dict = new_dict();
  t->repr = generator_repr;
  t->iter = generator_iter;
  t->next = generator_next;
  add_method(t, "__iter__", method_iter, "Implement iter(self).");
  add_method(t, "__next__", method_next, "Implement next(self).");
  add_method(t, "send", method_send,
             "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise "
             "StopIteration.");
  add_method(t, "throw", method_throw,
             "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return "
             "next yielded value or raise\nStopIteration.");
  add_method(t, "close", method_close, "close() -> raise GeneratorExit inside generator.");
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  add_getset(t, "gi_running", get_running);
  add_getset(t, "gi_suspended", get_suspended);
  add_getset(t, "gi_code", get_code);
  add_getset(t, "gi_frame", get_frame);
  add_getset(t, "gi_yieldfrom", get_yieldfrom);
  generator_type = t;
  init_frame_view_type();
}

}  // namespace gilt
