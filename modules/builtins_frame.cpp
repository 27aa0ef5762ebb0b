// The calling Python code's namespaces, for globals(), locals(), vars(), dir() and exec/eval
// without explicit namespaces.
//
// TODO(vm): frame.hpp asks code outside the VM to use vm.hpp's helpers; until vm.hpp has
// "current globals/locals" helpers, this file is the one place outside runtime/vm*.cpp that
// reads a Frame.
#include "modules/builtins_parts.hpp"
#include "runtime/frame.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

namespace {

Frame* caller_frame() {
  ThreadState* ts = current_thread();
  return ts ? ts->frame : nullptr;
}

DictObject* main_globals() {
  Value main = runtime->modules->get("__main__");
  if (is_module(main)) return main.as<ModuleObject>()->dict.get();
  return runtime->builtins.get();
}

}  // namespace

DictObject* caller_globals() {
  Frame* f = caller_frame();
  return f ? f->globals : main_globals();
}

Value caller_locals() {
  Frame* f = caller_frame();
  if (!f) return Value(main_globals());
  if (f->locals) return Value(f->locals);
  // A function: a snapshot of its bound fast locals and cells, as CPython's locals() gives.
  Ref<DictObject> snapshot = new_dict();
  CodeObject* code = f->code;
  Value* slots = f->localsplus();
  for (int32_t i = 0; i < code->nlocals(); ++i) {
    if (!slots[i].is_null()) snapshot->set(Value(code->varnames[static_cast<size_t>(i)]), slots[i]);
  }
  Value* cells = f->cells();
  size_t ncell = code->cellvars.size();
  for (int32_t i = 0; i < code->ncells(); ++i) {
    const Value& cell = cells[i];
    if (!cell.is_obj() || cell.as_obj()->type != cell_type) continue;
    const Value& content = cell.as<CellObject>()->value;
    if (content.is_null()) continue;
    size_t k = static_cast<size_t>(i);
    StrObject* name = k < ncell ? code->cellvars[k].get() : code->freevars[k - ncell].get();
    snapshot->set(Value(name), content);
  }
  return Value(snapshot);
}

}  // namespace gilt
