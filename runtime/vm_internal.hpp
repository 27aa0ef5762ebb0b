// What the VM's files share: frame push/pop, argument binding, the exception helpers the eval
// loop calls while unwinding, and the out-of-line slow paths of opcodes. Private to vm*.cpp,
// call.cpp, code.cpp, function.cpp and generator.cpp; everything here is in gilt::vm so that helper
// names (list_extend, dict_merge...) never collide with the container files' own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <new>

#include "runtime/frame.hpp"
#include "runtime/function.hpp"
#include "runtime/runtime.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

struct TupleObject;
struct ListObject;
struct GeneratorObject;

namespace vm {

inline bool is_function(const Value& v) {
  return v.is_obj() && v.as_obj()->type == function_type;
}
inline bool is_native(const Value& v) {
  return v.is_obj() && v.as_obj()->type == builtin_function_type;
}
inline bool is_bound_method(const Value& v) {
  return v.is_obj() && v.as_obj()->type == method_type;
}

// code.cpp: the code type's slots and co_* attributes (init_function_types calls it).
void init_code_type();

// --- vm.cpp: the eval loop ---
// Runs `entry` (already pushed, arguments bound) and the frames it calls until
// `entry` returns. An exception that leaves `entry` pops it and is thrown as PyException.
// A generator frame as `entry` also returns when it yields (its generator's state tells
// which). A non-Null `thrown` is raised at entry's current instruction first (generator.throw).
Value eval_frame(ThreadState* ts, Frame* entry, Value thrown = Value());

// --- frames (vm_frame.cpp; the hot half inline here, as every call runs it) ---
[[noreturn]] void raise_recursion_error(const char* where);
void prepare_code(CodeObject* code);  // fills code->frame_slots and the LOAD_GLOBAL cache
// Fills the cell slots: a new cell per cellvar (holding its parameter when cell2arg says so,
// moved out of the fast slot) and the closure's cells for the freevars.
void init_cells(Frame* f);

// Carves a frame for `code` out of the thread's arena and links it as ts->frame. The slots of
// localsplus are NOT constructed: the caller constructs all code->nlocalsplus of them before
// anything can throw. RecursionError "maximum recursion depth exceeded" past the limit.
inline Frame* push_frame(ThreadState* ts, CodeObject* code, FunctionObject* func,
                         DictObject* globals, DictObject* locals) {
  if (ts->recursion_depth >= runtime->recursion_limit) raise_recursion_error("");
  if (code->frame_slots == 0) prepare_code(code);
  void* mark_top;
  void* mark_chunk;
  void* mem =
      ts->frames->allocate(sizeof(Frame) + code->frame_slots * sizeof(Value), mark_top, mark_chunk);
  Frame* f = new (mem) Frame;  // default-init: the block array stays unwritten
  f->code = code;
  f->func = Ref<FunctionObject>(func);
  f->globals = globals;
  f->locals = locals;
  f->ip = code->code.data();
  f->stack_base = f->localsplus() + code->nlocalsplus;
  f->sp = f->stack_base;
  f->arena_mark_top = mark_top;
  f->arena_mark_chunk = mark_chunk;
  f->back = ts->frame;
  ts->frame = f;
  ++ts->recursion_depth;
  return f;
}

// Destroys the slots [localsplus, sp) and returns the frame's storage; ts->frame = f->back.
inline void pop_frame(ThreadState* ts, Frame* f, Value* sp) {
  for (Value* p = f->localsplus(); p < sp; ++p)
    p->~Value();
  ts->frame = f->back;
  --ts->recursion_depth;
  void* mark_top = f->arena_mark_top;
  void* mark_chunk = f->arena_mark_chunk;
  f->~Frame();
  ts->frames->release(mark_top, mark_chunk);
}

// Counts a native→Python re-entry (call_function, run_code from a native): one level of the
// recursion limit when Python code is already running, and a guard on the C++ stack.
class NestedLoopScope {
 public:
  explicit NestedLoopScope(ThreadState* ts);
  ~NestedLoopScope();
  NestedLoopScope(const NestedLoopScope&) = delete;
  NestedLoopScope& operator=(const NestedLoopScope&) = delete;

 private:
  ThreadState* ts_;
  bool counted_;
};

// --- vm_call.cpp: calls ---
// True when `args` fill exactly the positional parameters: no keywords, *args, **kwargs or
// keyword-only parameters, so binding is a move of each argument.
inline bool is_simple_call(const CodeObject* co, size_t nargs) {
  return (co->flags & (kCodeVarargs | kCodeVarkeywords)) == 0 && co->kwonlyargcount == 0 &&
         nargs == static_cast<size_t>(co->argcount);
}
// Pushes a frame for f(args) with the arguments moved out of `args` (is_simple_call holds).
inline Frame* push_simple_call(ThreadState* ts, FunctionObject* f, Value* args, size_t nargs) {
  CodeObject* co = f->code.get();
  Frame* frame = push_frame(ts, co, f, f->globals.get(), nullptr);
  Value* fast = frame->localsplus();
  size_t i = 0;
  for (; i < nargs; ++i)
    new (fast + i) Value(std::move(args[i]));
  for (size_t n = co->nlocalsplus; i < n; ++i)
    new (fast + i) Value();
  if (co->nlocalsplus != static_cast<uint32_t>(co->nlocals())) {  // has cells
    try {
      init_cells(frame);
    } catch (...) {
      pop_frame(ts, frame, frame->stack_base);
      throw;
    }
  }
  return frame;
}
// Pushes a frame for f(args) binding every parameter form with CPython's messages (copies the
// arguments). `locals` is the class namespace for class bodies, else null.
Frame* push_call(ThreadState* ts, FunctionObject* f, const Value* args, size_t nargs,
                 TupleObject* kwnames, DictObject* locals = nullptr);
// Calls a native with its bound self (if any) prepended.
Value call_native(NativeFunctionObject* f, const CallArgs& args);
// CPython's _PyObject_FunctionStr, for call-site messages: "__main__.f()", "len()",
// "list.append()", or str(obj) for what is not a function.
std::string function_str(const Value& f);

// CALL_FUNCTION_EX's argument preparation: `star` (any iterable) and `kwargs` (null, or a
// mapping with str keys) become one vector of positional then keyword values and the tuple of
// keyword names. "f() argument after * must be an iterable, not int", "keywords must be strings".
struct ExCallArgs {
  std::vector<Value> values;
  Ref<TupleObject> kwnames;  // null when there are no keywords
  size_t npos = 0;
};
void prepare_ex_call(const Value& func, const Value& star, const Value* kwargs, ExCallArgs& out);

// --- vm_generator.cpp: generator frames (frame.hpp explains the design) ---
// RETURN_GENERATOR: a new generator whose frame takes over `f`'s slots and continues after the
// current instruction (f->ip and f->sp synced; the caller then pops `f`).
Value make_generator(Frame* f);
// Links g's frame on top of ts->frame with `sent` pushed (None for next() and throw()) and
// marks g running; returns the frame to run. ValueError "generator already executing", TypeError
// "can't send non-None value to a just-started generator", RecursionError past the limit. The
// caller handles a finished generator first.
Frame* enter_generator(ThreadState* ts, GeneratorObject* g, const Value& sent);
// A yield: unlinks the running generator frame `f` (ip and sp synced) and suspends it.
void suspend_generator(ThreadState* ts, Frame* f);
// A return, or an exception leaving: unlinks `f`, releases its slots below `sp` and the frame,
// and marks its generator finished.
void finish_generator(ThreadState* ts, Frame* f, Value* sp);
// PEP 479 for an exception leaving a generator: StopIteration becomes "RuntimeError: generator
// raised StopIteration" with the StopIteration as its cause; anything else is returned as is.
Value generator_exit_exception(const Value& exc);
// The handled exception after POP_EXCEPT restores `prev` (None = none) in frame `f`: a
// generator frame keeps its own (gi_exc_state) and falls back to its resumer's.
void restore_handled_exception(ThreadState* ts, Frame* f, Value prev);
// SEND on anything but a generator (CPython's PyIter_Send): next(it) for None, else
// it.send(v). True with the produced value in `out`; false when the iterator finished, with
// StopIteration's value in `out`.
bool send_to_iterator(const Value& it, const Value& v, Value& out);
// Resumes g from native code (a nested eval loop): sends `sent` (None for next()), or raises
// `thrown` at its suspension point. True with the yielded value in `out`; false with the return
// value when g finished. Raises what g raises (after PEP 479). The caller handles a finished g.
bool resume_generator(GeneratorObject* g, const Value& sent, Value thrown, Value& out);

// --- vm_unwind.cpp: exceptions ---
// Implicit chaining (CPython's _PyErr_SetObject): the handled exception becomes exc.__context__
// unless it is exc itself; a context cycle through exc is cut. With `overwrite` false an
// existing context is kept (the exception was raised, and chained, further in).
void chain_context(ThreadState* ts, const Value& exc, bool overwrite);
// The chaining of an exception a native threw into the eval loop: chain_context without
// overwriting, except for ts->unchained_exc (which it consumes).
void chain_arriving(ThreadState* ts, const Value& exc);
void add_traceback_entry(const Value& exc, CodeObject* code, int32_t instr);
// RAISE_VARARGS 1/2: the instance to raise (a class is instantiated), with the cause set.
// TypeError "exceptions must derive from BaseException" and friends.
Value prepare_raise(const Value& exc, const Value* cause);
// CHECK_EXC_MATCH: `exc` matches `type` (a class or tuple of classes); TypeError "catching
// classes that do not inherit from BaseException is not allowed".
bool exception_matches(const Value& exc, const Value& type);
// The instance a std::bad_alloc becomes, and the SystemError for any other stray C++ exception.
Value memory_error();
Value system_error(const char* what);

// --- vm_ops.cpp: out-of-line opcode bodies ---
Value make_function(Value* top, uint32_t flags, DictObject* globals);  // consumes its items
// UNPACK_SEQUENCE/UNPACK_EX: writes the items to out[0..], out[0] ending on top of the stack
// (the first item). `after` < 0 means no starred target.
void unpack_iterable(const Value& seq, size_t before, int after, Value* out);
void list_extend(ListObject* list,
                 const Value& iterable);  // "Value after * must be an iterable, not int"
void set_update(const Value& set, const Value& iterable);
void dict_update(DictObject* dict, const Value& mapping);  // "'int' object is not a mapping"
// DICT_MERGE: as dict_update, but a repeated key or a non-mapping is reported against `func`:
// "f() got multiple values for keyword argument 'x'", "f() argument after ** must be a mapping, not
// int".
void dict_merge(DictObject* dict, const Value& mapping, const Value& func);
Value build_string(const Value* items, size_t n);
Value format_value_op(const Value& v, uint32_t flags, const Value* spec);
void print_expr(const Value& v);
Value import_from(const Value& module, StrObject* name);
void import_star(const Value& module, DictObject* locals);
Value load_build_class();
void setup_annotations(DictObject* locals);
Value before_with(const Value& mgr, Value& bound_exit);  // returns __enter__'s result
Value traceback_value(const Value& exc);                 // exc.__traceback__ for __exit__

}  // namespace vm
}  // namespace gilt
