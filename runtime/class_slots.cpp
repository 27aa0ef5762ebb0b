// The C++ slots of user classes (CPython's slot_tp_* / slot_nb_* in typeobject.c): each looks
// the dunder up on the instance's type and calls it, checking its result as CPython does.
// refresh_slots decides, per slot, between these dispatchers and the base's slot.
#include <string_view>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

// Interned dunder names, made once.
struct Names {
#define GILT_NAMES(X)                                                                            \
  X(repr)                                                                                        \
  X(str)                                                                                         \
  X(hash)                                                                                        \
  X(bool) X(len) X(getitem) X(setitem) X(delitem) X(contains) X(iter) X(next) X(call) X(getattr) \
      X(getattribute) X(setattr) X(delattr) X(new) X(init) X(get) X(set) X(delete) X(lt) X(le)   \
          X(eq) X(ne) X(gt) X(ge) X(neg) X(pos) X(invert) X(index)
#define GILT_FIELD(n) StrObject* n##_ = intern("__" #n "__");
  GILT_NAMES(GILT_FIELD)
#undef GILT_FIELD
  // Per BinOp, in BinOp order: the operator, its reflection, its in-place form.
  StrObject* op[13];
  StrObject* rop[13];
  StrObject* iop[13];
  Names() {
    static const char* const base[13] = {"add", "and",     "floordiv", "lshift", "matmul",
                                         "mul", "mod",     "or",       "pow",    "rshift",
                                         "sub", "truediv", "xor"};
    for (int i = 0; i < 13; ++i) {
      op[i] = intern(cat("__", base[i], "__"));
      rop[i] = intern(cat("__r", base[i], "__"));
      iop[i] = intern(cat("__i", base[i], "__"));
    }
  }
};

const Names& names() {
  static const Names n;
  return n;
}

bool is_not_implemented(const Value& v) {
  return v.is_obj() && v.as_obj() == not_implemented_obj;
}

// Calls the attribute `attr` found on type(self) with self first: functions and native
// methods take self directly, anything else is bound through its __get__ first.
Value call_found(const Value& attr, const Value& self, const CallArgs& args) {
  TypeObject* at = type_of(attr);
  bool takes_self = at == function_type ||
                    (at == builtin_function_type && attr.as<NativeFunctionObject>()->is_method &&
                     attr.as<NativeFunctionObject>()->self.is_null());
  if (!takes_self) return call(descr_get(attr, self, type_of(self)), args);
  size_t n = args.nargs + args.nkw;
  constexpr size_t kInline = 6;
  if (n < kInline) {
    Value buffer[kInline];
    buffer[0] = self;
    for (size_t i = 0; i < n; ++i)
      buffer[i + 1] = args.args[i];
    return call(attr, CallArgs{buffer, args.nargs + 1, args.kwnames, args.nkw});
  }
  std::vector<Value> buffer;
  buffer.reserve(n + 1);
  buffer.push_back(self);
  buffer.insert(buffer.end(), args.args, args.args + n);
  return call(attr, CallArgs{buffer.data(), args.nargs + 1, args.kwnames, args.nkw});
}

Value call_found(const Value& attr, const Value& self, std::initializer_list<Value> args) {
  return call_found(attr, self, CallArgs{args.begin(), args.size(), nullptr, 0});
}

// A dunder call whose NotImplemented (or absence) becomes Null, for operator slots.
Value call_operator(const Value& self, StrObject* name, const Value& other) {
  Value attr = type_of(self)->lookup(name);
  if (attr.is_null()) return Value();
  Value r = call_found(attr, self, {other});
  return is_not_implemented(r) ? Value() : r;
}

// --- text, hashing, comparison ---

Value slot_repr(const Value& self) {
  Value r = call_special(self, names().repr_, {});
  if (!is_str(r)) raise_type_error(cat("__repr__ returned non-string (type ", type_name(r), ")"));
  return r;
}

Value slot_str(const Value& self) {
  Value r = call_special(self, names().str_, {});
  if (!is_str(r)) raise_type_error(cat("__str__ returned non-string (type ", type_name(r), ")"));
  return r;
}

int64_t slot_hash(const Value& self) {
  Value r = call_special(self, names().hash_, {});
  if (r.is_int() || r.is_bool()) return r.as_int() == -1 ? -2 : r.as_int();
  if (is_bigint(r)) return hash_value(r);
  raise_type_error("__hash__ method should return an integer");
}

int64_t slot_unhashable(const Value& self) {
  raise_type_error(cat("unhashable type: '", type_name(self), "'"));
}

Value slot_compare(const Value& a, const Value& b, CmpOp op) {
  const Names& n = names();
  StrObject* const by_op[] = {n.lt_, n.le_, n.eq_, n.ne_, n.gt_, n.ge_};
  return call_operator(a, by_op[static_cast<int>(op)], b);
}

// --- numbers ---

Value slot_binary(BinOp op, const Value& a, const Value& b);

// CPython's method_is_overloaded: the right operand's class redefines the reflected method.
bool overrides(TypeObject* left, TypeObject* right, StrObject* name) {
  Value r = right->lookup(name);
  if (r.is_null()) return false;
  return !r.is(left->lookup(name));
}

// CPython's SLOT1BINFULL: this one slot serves both operands, so it decides itself whether to
// try the left operand's __op__, the right's __rop__, or both, and in which order.
Value slot_binary(BinOp op, const Value& a, const Value& b) {
  const Names& n = names();
  int i = static_cast<int>(op);
  if (i >= kInplaceOffset) {  // in-place: the left operand's __iop__ only
    if (type_of(a)->binary != slot_binary) return Value();
    return call_operator(a, n.iop[i - kInplaceOffset], b);
  }
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool do_other = ta != tb && tb->binary == slot_binary;
  if (ta->binary == slot_binary) {
    if (do_other && tb->is_subtype_of(ta) && overrides(ta, tb, n.rop[i])) {
      Value r = call_operator(b, n.rop[i], a);
      if (!r.is_null()) return r;
      do_other = false;
    }
    Value r = call_operator(a, n.op[i], b);
    if (!r.is_null() || ta == tb) return r;
  }
  if (do_other) return call_operator(b, n.rop[i], a);
  return Value();
}

Value slot_unary(UnOp op, const Value& self) {
  const Names& n = names();
  StrObject* name = op == UnOp::Neg ? n.neg_ : op == UnOp::Pos ? n.pos_ : n.invert_;
  Value attr = type_of(self)->lookup(name);
  if (attr.is_null()) return Value();
  return call_found(attr, self, {});
}

// --- containers ---

int64_t slot_len(const Value& self) {
  Value r = call_special(self, names().len_, {});
  int64_t len = index_to_ssize(r, exc_OverflowError);
  if (len < 0) raise_value_error("__len__() should return >= 0");
  return len;
}

bool slot_bool(const Value& self) {
  Value attr = type_of(self)->lookup(names().bool_);
  if (attr.is_null()) {
    if (type_of(self)->lookup(names().len_).is_null()) return true;
    return slot_len(self) != 0;
  }
  Value r = call_found(attr, self, {});
  if (!r.is_bool()) raise_type_error(cat("__bool__ should return bool, returned ", type_name(r)));
  return r.as_bool();
}

Value slot_getitem(const Value& self, const Value& key) {
  Value attr = type_of(self)->lookup(names().getitem_);
  if (attr.is_null()) raise_type_error(cat("'", type_name(self), "' object is not subscriptable"));
  return call_found(attr, self, {key});
}

void slot_setitem(const Value& self, const Value& key, const Value& value) {
  bool del = value.is_null();
  Value attr = type_of(self)->lookup(del ? names().delitem_ : names().setitem_);
  if (attr.is_null()) {
    raise_type_error(cat("'", type_name(self),
                         del ? "' object doesn't support item deletion"
                             : "' object does not support item assignment"));
  }
  if (del) {
    call_found(attr, self, {key});
  } else {
    call_found(attr, self, {key, value});
  }
}

bool slot_contains(const Value& self, const Value& item) {
  Value attr = type_of(self)->lookup(names().contains_);
  if (attr.is_null()) {  // iterate, as the protocol does for types without __contains__
    bool found = false;
    Value it = get_iter(self);
    Value x;
    while (!found && iter_next(it, x))
      found = equals(x, item);
    return found;
  }
  return truthy(call_found(attr, self, {item}));
}

Value slot_iter(const Value& self) {
  Value attr = type_of(self)->lookup(names().iter_);
  if (attr.is_null() || attr.is_none())
    raise_type_error(cat("'", type_name(self), "' object is not iterable"));
  return call_found(attr, self, {});
}

bool slot_next(const Value& self, Value& out) {
  try {
    out = call_special(self, names().next_, {});
    return true;
  } catch (const PyException& e) {
    if (is_instance(e.exc, exc_StopIteration)) return false;
    throw;
  }
}

Value slot_call(const Value& self, const CallArgs& args) {
  Value attr = type_of(self)->lookup(names().call_);
  if (attr.is_null()) raise_type_error(cat("'", type_name(self), "' object is not callable"));
  return call_found(attr, self, args);
}

// --- attributes ---

// The attribute access the instance's layout has without any user hook.
Value plain_getattr(const Value& self, StrObject* name) {
  TypeObject* t = type_of(self);
  if (t->flags & kTypeInstanceDict) return instance_getattr(self, name);
  for (TypeObject* m : t->mro) {
    if (m->flags & kTypeHeapType) continue;
    if (m->getattr) return m->getattr(self, name);
    break;
  }
  return generic_getattr(self, name, instance_dict(self));
}

bool is_python_function(const Value& v) {
  return v.is_obj() && v.as_obj()->type != builtin_function_type;
}

// CPython's slot_tp_getattr_hook: __getattribute__ (when overridden), then __getattr__ when that
// raised AttributeError or found nothing.
Value slot_getattr(const Value& self, StrObject* name) {
  TypeObject* t = type_of(self);
  Value getattribute = t->lookup(names().getattribute_);
  Value result;
  try {
    if (is_python_function(getattribute)) {
      result = call_found(getattribute, self, {Value(name)});
    } else {
      result = plain_getattr(self, name);
    }
  } catch (const PyException& e) {
    if (!is_instance(e.exc, exc_AttributeError)) throw;
    Value getattr = t->lookup(names().getattr_);
    if (getattr.is_null()) throw;
    return call_found(getattr, self, {Value(name)});
  }
  if (!result.is_null()) return result;
  Value getattr = t->lookup(names().getattr_);
  if (getattr.is_null()) return result;
  return call_found(getattr, self, {Value(name)});
}

void slot_setattr(const Value& self, StrObject* name, const Value& value) {
  if (value.is_null()) {
    call_special(self, names().delattr_, {Value(name)});
  } else {
    call_special(self, names().setattr_, {Value(name), value});
  }
}

// --- creation ---

Value slot_new(TypeObject* type, const CallArgs& args) {
  Value f = type->lookup(names().new_);
  if (is_staticmethod(f)) f = staticmethod_func(f);
  size_t n = args.nargs + args.nkw;
  std::vector<Value> buffer;
  buffer.reserve(n + 1);
  buffer.emplace_back(type);
  buffer.insert(buffer.end(), args.args, args.args + n);
  return call(f, CallArgs{buffer.data(), args.nargs + 1, args.kwnames, args.nkw});
}

void slot_init(const Value& self, const CallArgs& args) {
  Value attr = type_of(self)->lookup(names().init_);
  Value r = call_found(attr, self, args);
  if (!r.is_none())
    raise_type_error(cat("__init__() should return None, not '", type_name(r), "'"));
}

// --- descriptors ---

Value slot_descr_get(const Value& descr, const Value& obj, TypeObject* owner) {
  Value get = type_of(descr)->lookup(names().get_);
  if (get.is_null()) return descr;
  return call_found(get, descr,
                    {obj.is_null() ? Value::none() : obj, owner ? Value(owner) : Value::none()});
}

void slot_descr_set(const Value& descr, const Value& obj, const Value& value) {
  bool del = value.is_null();
  Value attr = type_of(descr)->lookup(del ? names().delete_ : names().set_);
  if (attr.is_null()) raise(exc_AttributeError, del ? "__delete__" : "__set__");
  if (del) {
    call_found(attr, descr, {obj});
  } else {
    call_found(attr, descr, {obj, value});
  }
}

// --- choosing the slots ---

// True when one of `names` resolves, along t's MRO, to a heap class's definition.
bool user_defined(TypeObject* t, std::initializer_list<StrObject*> dunders) {
  for (StrObject* name : dunders) {
    for (TypeObject* m : t->mro) {
      if (m->dict->get_str(name).is_null()) continue;
      if (m->flags & kTypeHeapType) return true;
      break;
    }
  }
  return false;
}

void update_slots(TypeObject* t) {
  const Names& n = names();
  TypeObject* b = t->base.get();
  auto pick = [&](auto mine, auto inherited, std::initializer_list<StrObject*> dunders) {
    return user_defined(t, dunders) ? mine : inherited;
  };
  t->repr = pick(slot_repr, b->repr, {n.repr_});
  t->str = pick(slot_str, b->str, {n.str_});
  t->hash = b->hash;
  for (TypeObject* m : t->mro) {
    Value h = m->dict->get_str(n.hash_);
    if (h.is_null()) continue;
    if (m->flags & kTypeHeapType) t->hash = h.is_none() ? slot_unhashable : slot_hash;
    break;
  }
  t->compare = pick(slot_compare, b->compare, {n.lt_, n.le_, n.eq_, n.ne_, n.gt_, n.ge_});
  std::vector<StrObject*> binary_names;
  for (int i = 0; i < 13; ++i) {
    binary_names.push_back(n.op[i]);
    binary_names.push_back(n.rop[i]);
    binary_names.push_back(n.iop[i]);
  }
  t->binary = b->binary;
  for (StrObject* name : binary_names) {
    if (user_defined(t, {name})) {
      t->binary = slot_binary;
      break;
    }
  }
  t->unary = pick(slot_unary, b->unary, {n.neg_, n.pos_, n.invert_});
  t->truthy = pick(slot_bool, b->truthy, {n.bool_, n.len_});
  t->len = pick(slot_len, b->len, {n.len_});
  t->getitem = pick(slot_getitem, b->getitem, {n.getitem_});
  t->setitem = pick(slot_setitem, b->setitem, {n.setitem_, n.delitem_});
  t->contains = pick(slot_contains, b->contains, {n.contains_});
  t->iter = pick(slot_iter, b->iter, {n.iter_});
  t->next = pick(slot_next, b->next, {n.next_});
  t->call = pick(slot_call, b->call, {n.call_});
  GetAttrSlot plain_get = b->getattr;
  SetAttrSlot plain_set = b->setattr;
  if ((t->flags & kTypeInstanceDict) && !(b->flags & kTypeInstanceDict)) {
    plain_get = instance_getattr;
    plain_set = instance_setattr;
  }
  t->getattr = pick(slot_getattr, plain_get, {n.getattr_, n.getattribute_});
  t->setattr = pick(slot_setattr, plain_set, {n.setattr_, n.delattr_});
  t->new_ = pick(slot_new, b->new_, {n.new_});
  t->init = pick(slot_init, b->init, {n.init_});
  t->descr_get = pick(slot_descr_get, b->descr_get, {n.get_});
  t->descr_set = pick(slot_descr_set, b->descr_set, {n.set_, n.delete_});
}

}  // namespace

Value call_special(const Value& self, StrObject* name, std::initializer_list<Value> args) {
  Value attr = type_of(self)->lookup(name);
  if (attr.is_null()) return attr;
  return call_found(attr, self, args);
}

bool is_dunder(std::string_view name) {
  return name.size() > 4 && name.substr(0, 2) == "__" && name.substr(name.size() - 2) == "__";
}

void refresh_slots(TypeObject* type) {
  if (!(type->flags & kTypeHeapType)) return;
  update_slots(type);
  for (TypeObject* sub : type->subclasses)
    refresh_slots(sub);
}

}  // namespace gilt
