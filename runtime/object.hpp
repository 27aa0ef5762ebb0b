// Object: the header every heap value starts with, and Ref<T>, the typed owning pointer.
//
// Objects are created with `new` (count 0) and owned through Value or Ref, which both
// increment on construction. There is no manual incref/decref anywhere else.
#pragma once

#include <cstdint>
#include <utility>

#include "runtime/value.hpp"

namespace gilt {

struct Object : RefCounted {
  TypeObject* type;  // heap (user) types are kept alive by their instances (see object.cpp)

  explicit Object(TypeObject* t);
  Object(const Object&) = delete;
  Object& operator=(const Object&) = delete;
  virtual ~Object();
};

inline Value::Value(Object* o) noexcept : tag_(o ? Tag::Obj : Tag::Null), o_(o) {
  if (o) ++o->refcnt;
}
inline void Value::incref() const noexcept {
  if (tag_ == Tag::Obj) ++o_->refcnt;
}
inline void Value::decref() noexcept {
  if (tag_ == Tag::Obj && --o_->refcnt == 0) destroy_object(o_);
}

template <class T>
class Ref {
 public:
  Ref() noexcept : p_(nullptr) {}
  Ref(T* p) noexcept : p_(p) {  // NOLINT(google-explicit-constructor)
    if (p_) ++p_->refcnt;
  }
  Ref(const Ref& o) noexcept : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
  template <class U>
  Ref(const Ref<U>& o) noexcept : Ref(static_cast<T*>(o.get())) {}  // NOLINT: upcasts
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }
  ~Ref() {
    if (p_ && --p_->refcnt == 0) destroy_object(p_);
  }

  // Borrows the object held by a Value the caller has already type-checked.
  static Ref from(const Value& v) noexcept { return Ref(v.as<T>()); }

  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  operator Value() const noexcept { return Value(static_cast<Object*>(p_)); }  // NOLINT

 private:
  T* p_;
};

template <class T, class... Args>
Ref<T> make(Args&&... args) {
  return Ref<T>(new T(std::forward<Args>(args)...));
}

}  // namespace gilt
