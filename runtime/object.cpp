// Object's constructor and destructor, and what happens when the last reference goes.
#include "runtime/object.hpp"

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

// TODO(trashcan): deleting the head of a long chain (a million nested lists, a linked list of
// objects) recurses once per link through the destructors and can overflow the C++ stack.
// A later issue adds CPython's trashcan: past a nesting depth, defer the object to a list that
// the outermost destroy_object drains iteratively.
void destroy_object(Object* o) {
  delete o;
}

}  // namespace gilt
