// Object's constructor and destructor, and what happens when the last reference goes.
#include "runtime/object.hpp"

#include <new>
#include <vector>

#include "runtime/type.hpp"

namespace gilt {

// A heap type (a class statement's result) must outlive its instances: each instance holds a
// reference to it. Built-in types are immortal, so they skip the count traffic. `t` may be null
// while the bootstrap creates the first types (type_type, dict_type) before the others exist.
Object::Object(TypeObject* t) : type(t) {
  if (t && (t->flags & kTypeHeapType)) ++t->refcnt;
}

Object::~Object() {
  TypeObject* t = type;
  if (t && (t->flags & kTypeHeapType) && --t->refcnt == 0) destroy_object(t);
}

namespace {

// CPython's trashcan (Py_TRASHCAN_BEGIN): deleting the head of a long chain (a million nested
// lists, an exception's __context__ chain) would recurse once per link through the destructors
// and overflow the C++ stack. Past kTrashcanDepth nested destructions an object waits in
// `deferred`, and the outermost destroy_object deletes the waiting objects one after another.
// Only the GIL holder destroys objects, so per-thread state needs no locking.
constexpr int kTrashcanDepth = 50;
thread_local int destroy_depth = 0;
thread_local std::vector<Object*> deferred;

}  // namespace

void destroy_object(Object* o) {
  if (destroy_depth >= kTrashcanDepth) {
    try {
      deferred.push_back(o);
      return;
    } catch (const std::bad_alloc&) {
      // No room to defer: delete now, deeper on the stack, rather than leak.
    }
  }
  ++destroy_depth;
  delete o;
  if (destroy_depth == 1) {
    // Each deletion may defer more objects; the depth stays 1 so they nest up to the limit again.
    while (!deferred.empty()) {
      Object* next = deferred.back();
      deferred.pop_back();
      delete next;
    }
  }
  --destroy_depth;
}

}  // namespace gilt
