// Dunder methods for a built-in type's C++ slots (CPython's "slot wrappers"): `(1).__add__(2)`,
// `str.__repr__(s)`, `it.__next__()`. Without them a type would inherit object's __repr__,
// __hash__ and __eq__, which answer for identity, not for the type.
//
// Usage, in a type's init: add_slot_wrappers<&int_type>({"__repr__", "__hash__", "__add__", ...});
// Names whose slot the type lacks are skipped. `T` is the address of the type's global pointer,
// so each type gets its own instantiation that knows which slots to call.
#pragma once

#include <initializer_list>
#include <string_view>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"

namespace gilt {

template <TypeObject** T>
struct SlotWrappers {
  // args[0] must be an instance of the type, and `n` more arguments must follow.
  static void check(const CallArgs& a, const char* name, size_t n) {
    TypeObject* t = *T;
    if (a.nargs == 0)
      raise_type_error(cat("descriptor '", name, "' of '", t->name, "' object needs an argument"));
    if (!is_instance(a[0], t))
      raise_type_error(cat("descriptor '", name, "' requires a '", t->name,
                           "' object but received a '", type_name(a[0]), "'"));
    if (a.nkw) raise_type_error(cat("wrapper ", name, "() takes no keyword arguments"));
    if (a.nargs - 1 != n)
      raise_type_error(cat("expected ", n, " argument", n == 1 ? "" : "s", ", got ", a.nargs - 1));
  }
  static Value or_not_implemented(Value r) { return r.is_null() ? Value(not_implemented_obj) : r; }

  static Value repr(const CallArgs& a) {
    check(a, "__repr__", 0);
    return (*T)->repr(a[0]);
  }
  static Value str(const CallArgs& a) {
    check(a, "__str__", 0);
    return (*T)->str(a[0]);
  }
  static Value hash(const CallArgs& a) {
    check(a, "__hash__", 0);
    return Value::integer((*T)->hash(a[0]));
  }
  static Value truthy(const CallArgs& a) {
    check(a, "__bool__", 0);
    return Value::boolean((*T)->truthy(a[0]));
  }
  static Value len(const CallArgs& a) {
    check(a, "__len__", 0);
    return Value::integer((*T)->len(a[0]));
  }
  static Value getitem(const CallArgs& a) {
    check(a, "__getitem__", 1);
    return (*T)->getitem(a[0], a[1]);
  }
  static Value contains(const CallArgs& a) {
    check(a, "__contains__", 1);
    return Value::boolean((*T)->contains(a[0], a[1]));
  }
  static Value iter(const CallArgs& a) {
    check(a, "__iter__", 0);
    return (*T)->iter(a[0]);
  }
  static Value next(const CallArgs& a) {
    check(a, "__next__", 0);
    Value out;
    if (!(*T)->next(a[0], out)) raise_stop_iteration();
    return out;
  }
  template <CmpOp op>
  static Value compare(const CallArgs& a) {
    static const char* const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    check(a, names[static_cast<int>(op)], 1);
    return or_not_implemented((*T)->compare(a[0], a[1], op));
  }
  // `reflected`: __radd__ and friends, self on the right.
  template <BinOp op, bool reflected>
  static Value binary(const CallArgs& a) {
    // In BinOp order: Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv,
    // Xor.
    static const char* const names[2][13] = {
        {"__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__",
         "__or__", "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__"},
        {"__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__",
         "__rmod__", "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__"}};
    check(a, names[reflected][static_cast<int>(op)], 1);
    return or_not_implemented(reflected ? (*T)->binary(op, a[1], a[0])
                                        : (*T)->binary(op, a[0], a[1]));
  }
  template <UnOp op>
  static Value unary(const CallArgs& a) {
    check(a, op == UnOp::Neg ? "__neg__" : op == UnOp::Pos ? "__pos__" : "__invert__", 0);
    return or_not_implemented((*T)->unary(op, a[0]));
  }
};

namespace slot_wrapper_detail {

struct Entry {
  const char* name;
  NativeFn fn;
  bool present;
};

template <TypeObject** T>
void add(std::initializer_list<const char*> names) {
  using W = SlotWrappers<T>;
  TypeObject* t = *T;
  const Entry table[] = {
      {"__repr__", W::repr, t->repr != nullptr},
      {"__str__", W::str, t->str != nullptr},
      {"__hash__", W::hash, t->hash != nullptr},
      {"__bool__", W::truthy, t->truthy != nullptr},
      {"__len__", W::len, t->len != nullptr},
      {"__getitem__", W::getitem, t->getitem != nullptr},
      {"__contains__", W::contains, t->contains != nullptr},
      {"__iter__", W::iter, t->iter != nullptr},
      {"__next__", W::next, t->next != nullptr},
      {"__lt__", W::template compare<CmpOp::Lt>, t->compare != nullptr},
      {"__le__", W::template compare<CmpOp::Le>, t->compare != nullptr},
      {"__eq__", W::template compare<CmpOp::Eq>, t->compare != nullptr},
      {"__ne__", W::template compare<CmpOp::Ne>, t->compare != nullptr},
      {"__gt__", W::template compare<CmpOp::Gt>, t->compare != nullptr},
      {"__ge__", W::template compare<CmpOp::Ge>, t->compare != nullptr},
      {"__neg__", W::template unary<UnOp::Neg>, t->unary != nullptr},
      {"__pos__", W::template unary<UnOp::Pos>, t->unary != nullptr},
      {"__invert__", W::template unary<UnOp::Invert>, t->unary != nullptr},
#define GILT_BINARY_WRAPPER(op, name)                                           \
  {"__" name "__", W::template binary<BinOp::op, false>, t->binary != nullptr}, \
      {"__r" name "__", W::template binary<BinOp::op, true>, t->binary != nullptr},
      GILT_BINARY_WRAPPER(Add, "add") GILT_BINARY_WRAPPER(Sub, "sub")
          GILT_BINARY_WRAPPER(Mul, "mul") GILT_BINARY_WRAPPER(TrueDiv, "truediv")
              GILT_BINARY_WRAPPER(FloorDiv, "floordiv") GILT_BINARY_WRAPPER(Mod, "mod")
                  GILT_BINARY_WRAPPER(Pow, "pow") GILT_BINARY_WRAPPER(MatMul, "matmul")
                      GILT_BINARY_WRAPPER(LShift, "lshift") GILT_BINARY_WRAPPER(RShift, "rshift")
                          GILT_BINARY_WRAPPER(And, "and") GILT_BINARY_WRAPPER(Or, "or")
                              GILT_BINARY_WRAPPER(Xor, "xor")
#undef GILT_BINARY_WRAPPER
  };
  for (const char* name : names) {
    for (const Entry& e : table) {
      if (e.present && std::string_view(e.name) == name) {
        add_method(t, e.name, e.fn);
        break;
      }
    }
  }
}

}  // namespace slot_wrapper_detail

template <TypeObject** T>
void add_slot_wrappers(std::initializer_list<const char*> names) {
  slot_wrapper_detail::add<T>(names);
}

}  // namespace gilt
