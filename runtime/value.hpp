// Value: the 16-byte tagged cell every slot, stack entry and container element holds.
//
// None, bool, small ints (the whole int64 range) and floats live inline, so arithmetic on
// them never allocates. Only heap objects carry a reference count; a Value that holds one
// owns one reference (copy = incref, destroy = decref), which keeps ownership rules simple
// for everyone who writes a builtin. Counts are non-atomic: only the GIL holder touches
// objects (ARCHITECTURE.md, threading invariants).
#pragma once

#include <cstdint>
#include <utility>

namespace gilt {

struct Object;
struct TypeObject;

void destroy_object(Object* o);  // object.cpp: runs the destructor when the count hits zero

// The reference count lives at a fixed place in every object so Value can adjust it without
// seeing the full Object definition.
struct RefCounted {
  uint32_t refcnt = 0;
  uint32_t gc_bits = 0;  // reserved for the cycle collector
};

enum class Tag : uint8_t {
  Null,  // "no value": unbound local, missing optional argument, not-found lookup result
  None,
  Bool,
  Int,  // int64 inline; larger ints are IntObject (BigInt) heap objects
  Float,
  Obj,
};

class Value {
 public:
  Value() noexcept : tag_(Tag::Null), i_(0) {}
  // Adopts a new reference on the object (increments), so `Value v = new ListObject()` is safe.
  Value(Object* o) noexcept;  // NOLINT(google-explicit-constructor): objects convert freely
  Value(const Value& other) noexcept : tag_(other.tag_), i_(other.i_) { incref(); }
  Value(Value&& other) noexcept : tag_(other.tag_), i_(other.i_) { other.tag_ = Tag::Null; }
  Value& operator=(const Value& other) noexcept {
    Value tmp(other);
    swap(tmp);
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    Value tmp(std::move(other));
    swap(tmp);
    return *this;
  }
  ~Value() { decref(); }

  static Value none() noexcept { return Value(Tag::None, 0); }
  static Value boolean(bool b) noexcept { return Value(Tag::Bool, b ? 1 : 0); }
  static Value integer(int64_t i) noexcept { return Value(Tag::Int, i); }
  static Value floating(double d) noexcept {
    Value v(Tag::Float, 0);
    v.f_ = d;
    return v;
  }

  Tag tag() const noexcept { return tag_; }
  bool is_null() const noexcept { return tag_ == Tag::Null; }
  bool is_none() const noexcept { return tag_ == Tag::None; }
  bool is_bool() const noexcept { return tag_ == Tag::Bool; }
  // Inline int only: not a big int (IntObject), not a bool.
  bool is_int() const noexcept { return tag_ == Tag::Int; }
  bool is_float() const noexcept { return tag_ == Tag::Float; }
  bool is_obj() const noexcept { return tag_ == Tag::Obj; }
  explicit operator bool() const noexcept { return tag_ != Tag::Null; }

  bool as_bool() const noexcept { return i_ != 0; }
  int64_t as_int() const noexcept { return i_; }  // valid for Int and Bool
  double as_float() const noexcept { return f_; }
  Object* as_obj() const noexcept { return o_; }
  template <class T>
  T* as() const noexcept {
    return static_cast<T*>(o_);
  }

  // Identity (Python `is`): same tag and same payload bits. Floats compare by bits, as two
  // distinct float objects would in CPython only when they are the same object; good enough
  // for `is` on inline values, which CPython leaves implementation-defined.
  bool is(const Value& other) const noexcept { return tag_ == other.tag_ && i_ == other.i_; }

  // Releases ownership without decrementing (for handing a reference to raw storage).
  Object* release() noexcept {
    tag_ = Tag::Null;
    return o_;
  }
  void swap(Value& other) noexcept {
    std::swap(tag_, other.tag_);
    std::swap(i_, other.i_);
  }

 private:
  Value(Tag t, int64_t i) noexcept : tag_(t), i_(i) {}
  inline void incref() const noexcept;
  inline void decref() noexcept;

  Tag tag_;
  union {
    int64_t i_;
    double f_;
    Object* o_;
  };
};

static_assert(sizeof(Value) == 16);

}  // namespace gilt

// Object's layout (and so the inline refcount helpers) lives in object.hpp.
#include "runtime/object.hpp"
