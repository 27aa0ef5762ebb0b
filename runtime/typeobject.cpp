// TypeObject itself (MRO, lookup, subtype checks) and the `type` type: repr, calling a type to
// make an instance, attribute access on types, and the attributes every type has.
#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/core_types.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/function.hpp"
#include "runtime/slot_wrappers.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

// The first type the bootstrap creates is `type` itself, while type_type is still null: it is
// then its own type. Likewise a dict made before dict_type exists has a null type, which the
// bootstrap patches once dict_type is allocated.
TypeObject::TypeObject(std::string n, TypeObject* b, uint32_t f)
    : Object(type_type), name(std::move(n)), base(b), flags(f) {
  if (!type) type = this;
  if (b) bases.emplace_back(b);
  mro.push_back(this);
  if (b) mro.insert(mro.end(), b->mro.begin(), b->mro.end());
  dict = new_dict();
}

TypeObject::~TypeObject() = default;

Value TypeObject::lookup(StrObject* key) const {
  for (const TypeObject* t : mro) {
    Value v = t->dict->get_str(key);
    if (!v.is_null()) return v;
  }
  return Value();
}

bool TypeObject::is_subtype_of(const TypeObject* other) const {
  if (this == other) return true;
  for (const TypeObject* t : mro)
    if (t == other) return true;
  return false;
}

namespace {

TypeObject* as_type(const Value& v) {
  return v.as<TypeObject>();
}

Value type_repr(const Value& self) {
  return make_str(cat("<class '", type_display_name(as_type(self)), "'>"));
}

// type(x) with one argument; type(name, bases, dict) is the class-creation issue's.
Value type_new(TypeObject* /*meta*/, const CallArgs& args) {
  if (args.nargs == 1 && args.nkw == 0) return Value(type_of(args[0]));
  if (args.nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
  // TODO(classes): build a heap type from (name, bases, dict).
  raise(exc_NotImplementedError, "type() with three arguments is not supported yet");
}

// Calling a type: its new_ makes the object, then init initialises it when the result is an
// instance of the type (CPython's type_call).
Value type_call(const Value& self, const CallArgs& args) {
  TypeObject* t = as_type(self);
  if (t == type_type && args.nargs == 1 && args.nkw == 0) return Value(type_of(args[0]));
  if (!t->new_) raise_type_error(cat("cannot create '", type_display_name(t), "' instances"));
  Value obj = t->new_(t, args);
  if (t->init && is_instance(obj, t)) t->init(obj, args);
  return obj;
}

// Attribute lookup on a type object (CPython's type_getattro): data descriptors of the
// metatype first (__name__, __mro__...), then the type's own MRO, unbound (int.bit_length is
// the plain method, int.real the descriptor), then other metatype attributes, bound.
Value type_getattr(const Value& self, StrObject* name) {
  TypeObject* t = as_type(self);
  Value meta_attr = t->type->lookup(name);
  if (is_getset(meta_attr)) return meta_attr.as<GetSetObject>()->get(self);
  Value attr = t->lookup(name);
  if (!attr.is_null()) return attr;  // TODO(descriptors): classmethod/staticmethod bind here
  if (!meta_attr.is_null()) return bind_attribute(meta_attr, self);
  return Value();
}

void type_setattr(const Value& self, StrObject* name, const Value& value) {
  TypeObject* t = as_type(self);
  if (!(t->flags & kTypeHeapType))
    raise_type_error(
        cat("cannot set '", name->view(), "' attribute of immutable type '", t->name, "'"));
  Value meta_attr = t->type->lookup(name);
  if (is_getset(meta_attr)) {
    auto* gs = meta_attr.as<GetSetObject>();
    if (!gs->set)
      raise(exc_AttributeError,
            cat("attribute '", name->view(), "' of 'type' objects is not writable"));
    gs->set(self, value);
    return;
  }
  if (!value.is_null()) {
    t->dict->set(Value(name), value);
  } else if (!t->dict->remove(Value(name))) {
    raise_attribute_error(self, name);
  }
  // TODO(classes): subclasses' versions must be bumped too once types track their subclasses.
  t->modified();
}

// --- attributes of every type ---

Value short_name(const TypeObject* t) {
  size_t dot = t->name.rfind('.');
  return make_str(dot == std::string::npos ? t->name : t->name.substr(dot + 1));
}

Value get_name(const Value& self) {
  return short_name(as_type(self));
}

Value get_qualname(const Value& self) {
  TypeObject* t = as_type(self);
  if (t->flags & kTypeHeapType) {
    Value q = t->dict->get("__qualname__");
    if (!q.is_null()) return q;
  }
  return short_name(t);
}

Value get_module(const Value& self) {
  TypeObject* t = as_type(self);
  if (t->flags & kTypeHeapType) {
    Value m = t->dict->get("__module__");
    if (!m.is_null()) return m;
  }
  size_t dot = t->name.rfind('.');
  return dot == std::string::npos ? Value(intern("builtins")) : make_str(t->name.substr(0, dot));
}

Value get_doc(const Value& self) {
  TypeObject* t = as_type(self);
  if (t->flags & kTypeHeapType) {
    Value d = t->dict->get("__doc__");
    return d.is_null() ? Value::none() : d;
  }
  return t->doc ? make_str(t->doc) : Value::none();
}

Value get_mro(const Value& self) {
  std::vector<Value> items;
  for (TypeObject* t : as_type(self)->mro)
    items.emplace_back(t);
  return Value(new_tuple(std::move(items)));
}

Value get_bases(const Value& self) {
  std::vector<Value> items;
  for (const Ref<TypeObject>& b : as_type(self)->bases)
    items.emplace_back(b);
  return Value(new_tuple(std::move(items)));
}

Value get_base(const Value& self) {
  TypeObject* b = as_type(self)->base.get();
  return b ? Value(b) : Value::none();
}

// TODO(mappingproxy): CPython returns a read-only view; a copy keeps the type immutable.
Value get_dict(const Value& self) {
  Ref<DictObject> copy = new_dict();
  as_type(self)->dict->each([&](const Value& k, const Value& v) { copy->set(k, v); });
  return Value(copy);
}

Value type_mro_method(const CallArgs& a) {
  if (a.nargs == 0 || !is_instance(a[0], type_type))
    raise_type_error("descriptor 'mro' of 'type' object needs an argument");
  exact_args(a.shifted(), "type.mro", 0);
  std::vector<Value> items;
  for (TypeObject* t : as_type(a[0])->mro)
    items.emplace_back(t);
  return Value(new_list(std::move(items)));
}

}  // namespace

void init_type_type() {
  TypeObject* t = type_type;
  t->flags |= kTypeBaseType;
  t->doc =
      "type(object) -> the object's type\n"
      "type(name, bases, dict, **kwds) -> a new type";
  t->repr = type_repr;
  t->call = type_call;
  t->getattr = type_getattr;
  t->setattr = type_setattr;
  t->new_ = type_new;
  add_getset(t, "__name__", get_name);
  add_getset(t, "__qualname__", get_qualname);
  add_getset(t, "__module__", get_module);
  add_getset(t, "__doc__", get_doc);
  add_getset(t, "__mro__", get_mro);
  add_getset(t, "__bases__", get_bases);
  add_getset(t, "__base__", get_base);
  add_getset(t, "__dict__", get_dict);
  add_slot_wrappers<&type_type>({"__repr__"});
  add_method(t, "mro", type_mro_method, "Return a type's method resolution order.");
}

void init_core_types() {
  init_descriptor_types();
  init_object_type();
  init_type_type();
  init_none_types();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_str_type();
  init_bytes_type();
}

}  // namespace gilt
