// traceback objects (traceback.hpp). They are made on demand from the exception's entries, so
// unwinding costs one vector push per frame and no object.
#include "runtime/traceback.hpp"

#include "runtime/attributes.hpp"
#include "runtime/errors.hpp"

namespace gilt {

TracebackObject::TracebackObject(Ref<BaseExceptionObject> e, size_t d)
    : Object(traceback_type), exc(std::move(e)), depth(d) {}
TracebackObject::~TracebackObject() = default;

// Entries are stored innermost first; depth counts from the outermost.
const TracebackEntry& TracebackObject::entry() const {
  return exc->traceback[exc->traceback.size() - 1 - depth];
}

Value traceback_of(BaseExceptionObject* exc) {
  if (exc->traceback.empty()) return Value::none();
  return Value(new TracebackObject(Ref<BaseExceptionObject>(exc), 0));
}

void set_traceback(BaseExceptionObject* exc, const Value& tb) {
  if (tb.is_none()) {
    exc->traceback.clear();
    return;
  }
  if (!is_traceback(tb)) raise_type_error("__traceback__ must be a traceback or None");
  auto* t = tb.as<TracebackObject>();
  const std::vector<TracebackEntry>& from = t->exc->traceback;
  std::vector<TracebackEntry> entries(from.begin(), from.end() - static_cast<long>(t->depth));
  exc->traceback = std::move(entries);
}

namespace {

TracebackObject* tb(const Value& self) {
  return self.as<TracebackObject>();
}

Value tb_next(const Value& self) {
  TracebackObject* t = tb(self);
  if (t->depth + 1 >= t->exc->traceback.size()) return Value::none();
  return Value(new TracebackObject(t->exc, t->depth + 1));
}
Value tb_lineno(const Value& self) {
  const TracebackEntry& e = tb(self)->entry();
  return Value::integer(e.code->line_at(static_cast<size_t>(e.ip)));
}
Value tb_lasti(const Value& self) {
  return Value::integer(tb(self)->entry().ip * 2);
}
Value tb_frame(const Value&) {
  return Value::none();
}  // frames are not Python objects yet

}  // namespace

void init_traceback_type() {
  add_getset(traceback_type, "tb_next", tb_next);
  add_getset(traceback_type, "tb_lineno", tb_lineno);
  add_getset(traceback_type, "tb_lasti", tb_lasti);
  add_getset(traceback_type, "tb_frame", tb_frame);
}

}  // namespace gilt
