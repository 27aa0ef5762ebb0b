// traceback objects: the Python view (exc.__traceback__, tb.tb_next, tb.tb_lineno) of the
// entries an exception collected while unwinding (BaseExceptionObject::traceback).
#pragma once

#include "runtime/exception.hpp"

namespace gilt {

struct TracebackObject : Object {
  Ref<BaseExceptionObject> exc;  // the entries' owner
  size_t depth;                  // 0 = the outermost frame (the first one printed)
  TracebackObject(Ref<BaseExceptionObject> exc, size_t depth);
  ~TracebackObject() override;
  const TracebackEntry& entry() const;
};

inline bool is_traceback(const Value& v) {
  return v.is_obj() && v.as_obj()->type == traceback_type;
}

// exc.__traceback__: None when the exception has not been raised yet.
Value traceback_of(BaseExceptionObject* exc);
// exc.__traceback__ = tb: the entries from `tb` inwards, or none for None.
void set_traceback(BaseExceptionObject* exc, const Value& tb);

void init_traceback_type();

}  // namespace gilt
