// TypeObject: a Python type, with the slot table the generic operations (api.hpp) dispatch
// through. Built-in types fill the slots with C++ functions; user classes (a later issue) fill
// them with functions that look up and call the dunder methods, as CPython's slot_tp_* do.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "runtime/object.hpp"

namespace gilt {

struct StrObject;
struct DictObject;
struct CallArgs;

// BINARY_OP's operand and the slot argument. The in-place forms follow the plain ones in the
// same order (inplace(op) = op + kInplaceOffset), as CPython's NB_* numbering does.
enum class BinOp : uint8_t {
  Add,
  And,
  FloorDiv,
  LShift,
  MatMul,
  Mul,
  Mod,
  Or,
  Pow,
  RShift,
  Sub,
  TrueDiv,
  Xor,
  InplaceAdd,
  InplaceAnd,
  InplaceFloorDiv,
  InplaceLShift,
  InplaceMatMul,
  InplaceMul,
  InplaceMod,
  InplaceOr,
  InplacePow,
  InplaceRShift,
  InplaceSub,
  InplaceTrueDiv,
  InplaceXor,
};
constexpr int kInplaceOffset = 13;
constexpr BinOp plain_op(BinOp op) {
  return static_cast<int>(op) >= kInplaceOffset
             ? static_cast<BinOp>(static_cast<int>(op) - kInplaceOffset)
             : op;
}
const char* binop_symbol(BinOp op);  // "+", "+=", "**", ... for error messages

enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
const char* cmpop_symbol(CmpOp op);  // "<", "<=", ...
constexpr CmpOp swapped(CmpOp op) {  // a < b  <=>  b > a
  switch (op) {
    case CmpOp::Lt:
      return CmpOp::Gt;
    case CmpOp::Le:
      return CmpOp::Ge;
    case CmpOp::Gt:
      return CmpOp::Lt;
    case CmpOp::Ge:
      return CmpOp::Le;
    default:
      return op;
  }
}

enum class UnOp : uint8_t { Neg, Pos, Invert };

// Slot signatures. "Null" means a default-constructed Value. Every slot may throw PyException.
using ReprSlot = Value (*)(const Value& self);                         // returns a str
using HashSlot = int64_t (*)(const Value& self);                       // never returns -1
using CompareSlot = Value (*)(const Value& a, const Value& b, CmpOp);  // Null = NotImplemented
// Called with the operands in source order whether the type owns `a` or `b` (check which);
// Null = NotImplemented. In-place ops arrive as Inplace*; a slot without an in-place version
// returns Null for them and the generic code falls back to the plain op.
using BinarySlot = Value (*)(BinOp op, const Value& a, const Value& b);
using UnarySlot = Value (*)(UnOp op, const Value& self);  // Null = unsupported
using BoolSlot = bool (*)(const Value& self);
using LenSlot = int64_t (*)(const Value& self);
using GetItemSlot = Value (*)(const Value& self, const Value& key);
using SetItemSlot = void (*)(const Value& self, const Value& key,
                             const Value& value);  // Null value = del
using ContainsSlot = bool (*)(const Value& self, const Value& item);
using IterSlot = Value (*)(const Value& self);
using NextSlot = bool (*)(const Value& self, Value& out);  // false when exhausted, no StopIteration
using CallSlot = Value (*)(const Value& self, const CallArgs& args);
using GetAttrSlot = Value (*)(const Value& self, StrObject* name);  // Null when absent
using SetAttrSlot = void (*)(const Value& self, StrObject* name, const Value& value);  // Null = del
using NewSlot = Value (*)(TypeObject* type, const CallArgs& args);  // calling the type object
using InitSlot = void (*)(const Value& self, const CallArgs& args);
// The descriptor protocol (__get__/__set__/__delete__). `obj` is Null when the attribute is
// reached through the class itself; a Null `value` means delete.
using DescrGetSlot = Value (*)(const Value& descr, const Value& obj, TypeObject* owner);
using DescrSetSlot = void (*)(const Value& descr, const Value& obj, const Value& value);

enum TypeFlags : uint32_t {
  kTypeBaseType = 1u << 0,      // may be subclassed
  kTypeHeapType = 1u << 1,      // created by a class statement: instances keep it alive
  kTypeException = 1u << 2,     // BaseException or a subclass
  kTypeInstanceDict = 1u << 3,  // instances are InstanceObjects (instance.hpp) with a __dict__
  kTypeSlots = 1u << 4,         // ... whose dict holds only __slots__ values: no other attributes
};

struct TypeObject : Object {
  std::string name;              // as printed: "int", "_thread.lock"
  Ref<TypeObject> base;          // null only for object
  std::vector<TypeObject*> mro;  // self first, object last (bases kept alive by `base`/`bases`)
  std::vector<Ref<TypeObject>> bases;
  Ref<DictObject> dict;  // methods and class attributes, keyed by interned str
  uint32_t flags = 0;
  // Changes on any change to the dict or MRO of this type or a base: the attribute caches' key.
  // Drawn from a process-wide counter, so no two states of any types share a version.
  uint64_t version = 0;
  const char* doc = nullptr;
  Value qualname;  // heap types: __qualname__ (a str); built-ins use `name`
  // Heap subclasses, not owned (each removes itself when destroyed): modified() and slot
  // updates reach them.
  std::vector<TypeObject*> subclasses;

  ReprSlot repr = nullptr;  // null: object's default "<T object at 0x...>"
  ReprSlot str = nullptr;   // null: repr
  HashSlot hash = nullptr;  // null: unhashable ("unhashable type: 'list'")
  CompareSlot compare = nullptr;
  BinarySlot binary = nullptr;
  UnarySlot unary = nullptr;
  BoolSlot truthy = nullptr;  // null: len if any, else true
  LenSlot len = nullptr;
  GetItemSlot getitem = nullptr;
  SetItemSlot setitem = nullptr;
  ContainsSlot contains = nullptr;  // null: iterate and compare
  IterSlot iter = nullptr;
  NextSlot next = nullptr;
  CallSlot call = nullptr;
  GetAttrSlot getattr = nullptr;  // null: generic (instance dict if any, then the type's MRO)
  SetAttrSlot setattr = nullptr;  // null: "'int' object has no attribute 'x'" style errors
  NewSlot new_ = nullptr;         // null: "cannot create 'X' instances"
  InitSlot init = nullptr;
  DescrGetSlot descr_get = nullptr;  // null: not a descriptor, the attribute is returned as is
  DescrSetSlot descr_set = nullptr;  // non-null: a data descriptor (wins over instance dicts)

  TypeObject(std::string name, TypeObject* base, uint32_t flags = 0);
  ~TypeObject() override;

  // Looks `name` up along the MRO; Null when absent. Does not bind.
  Value lookup(StrObject* name) const;
  bool is_subtype_of(const TypeObject* other) const;
  void modified();  // call after changing dict or mro: new versions here and in subclasses
};

#define TYPE(var, pyname) extern TypeObject* var;
#include "runtime/builtin_types.def"
#undef TYPE

#define EXC(name, base) extern TypeObject* exc_##name;
#include "runtime/exceptions.def"
#undef EXC

// The singletons that are objects rather than inline values.
extern Object* not_implemented_obj;
extern Object* ellipsis_obj;

inline TypeObject* type_of(const Value& v) {
  switch (v.tag()) {
    case Tag::None:
      return none_type;
    case Tag::Bool:
      return bool_type;
    case Tag::Int:
      return int_type;
    case Tag::Float:
      return float_type;
    case Tag::Obj:
      return v.as_obj()->type;
    case Tag::Null:
      break;
  }
  return none_type;  // Null never reaches Python code; a harmless answer keeps this total
}

inline bool is_instance(const Value& v, const TypeObject* t) {
  return type_of(v)->is_subtype_of(t);
}
inline bool is_exact(const Value& v, const TypeObject* t) {
  return type_of(v) == t;
}

}  // namespace gilt
