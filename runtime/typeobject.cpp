// TypeObject itself (MRO, lookup, subtype checks) and the `type` type: repr, calling a type to
// make an instance, attribute access on types, and the attributes every type has.
#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
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
namespace {

uint64_t next_version() {
  static uint64_t counter = 0;
  return ++counter;
}

// CPython's type attribute cache: (version, name) -> what lookup() found (Null included). The
// version changes with any change to the type's dict or MRO or a base's, and versions are
// never reused, so a hit is always current. Kept on the heap and never freed: its Values may
// be the last references to their objects, which must not be released during static
// destruction.
struct LookupCacheEntry {
  uint64_t version = 0;
  const StrObject* name = nullptr;
  Value value;
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry* lookup_cache() {
  static auto* cache = new LookupCacheEntry[kLookupCacheSize];
  return cache;
}

}  // namespace

// The first type the bootstrap creates is `type` itself, while type_type is still null: it is
// then its own type. Likewise a dict made before dict_type exists has a null type, which the
// bootstrap patches once dict_type is allocated.
TypeObject::TypeObject(std::string n, TypeObject* b, uint32_t f)
    : Object(type_type), name(std::move(n)), base(b), flags(f), version(next_version()) {
  if (!type) type = this;
  if (b) bases.emplace_back(b);
  mro.push_back(this);
  if (b) mro.insert(mro.end(), b->mro.begin(), b->mro.end());
  dict = new_dict();
}

TypeObject::~TypeObject() {
  for (const Ref<TypeObject>& b : bases) {
    auto& subs = b->subclasses;
    for (size_t i = 0; i < subs.size(); ++i) {
      if (subs[i] == this) {
        subs.erase(subs.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
  }
}

void TypeObject::modified() {
  version = next_version();
  for (TypeObject* sub : subclasses)
    sub->modified();
}

Value TypeObject::lookup(StrObject* key) const {
  // Only heap types are cached: built-in type dicts are filled directly at start-up (and by
  // lazily built modules) without always calling modified(). A temporary, non-interned name
  // could reappear at the same address, so it is not cached either.
  if (!(flags & kTypeHeapType) || !key->interned) {
    for (const TypeObject* t : mro) {
      Value v = t->dict->get_str(key);
      if (!v.is_null()) return v;
    }
    return Value();
  }
  LookupCacheEntry& e =
      lookup_cache()[((reinterpret_cast<uintptr_t>(key) >> 4) ^ version * 0x9E3779B1u) &
                     (kLookupCacheSize - 1)];
  if (e.version == version && e.name == key) return e.value;
  Value found;
  for (const TypeObject* t : mro) {
    found = t->dict->get_str(key);
    if (!found.is_null()) break;
  }
  e.version = version;
  e.name = key;
  e.value = found;
  return found;
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

// type(x) with one argument, type(name, bases, dict, **kw) with three.
Value type_new(TypeObject* meta, const CallArgs& args) {
  if (meta == type_type && args.nargs == 1 && args.nkw == 0) return Value(type_of(args[0]));
  if (args.nargs != 3) raise_type_error("type() takes 1 or 3 arguments");
  return create_heap_type(meta, args);
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
// metatype first (__name__, __mro__...), then the type's own MRO through each attribute's
// __get__ with no instance (classmethods bind to the class, staticmethods unwrap, functions
// stay plain), then other metatype attributes, bound to the type.
Value type_getattr(const Value& self, StrObject* name) {
  TypeObject* t = as_type(self);
  TypeObject* meta = t->type;
  Value meta_attr = meta->lookup(name);
  if (is_data_descriptor(meta_attr)) return descr_get(meta_attr, self, meta);
  Value attr = t->lookup(name);
  if (!attr.is_null()) return descr_get(attr, Value(), t);
  if (!meta_attr.is_null()) return descr_get(meta_attr, self, meta);
  return Value();
}

void type_setattr(const Value& self, StrObject* name, const Value& value) {
  TypeObject* t = as_type(self);
  if (!(t->flags & kTypeHeapType))
    raise_type_error(
        cat("cannot set '", name->view(), "' attribute of immutable type '", t->name, "'"));
  Value meta_attr = t->type->lookup(name);
  if (is_data_descriptor(meta_attr)) {
    meta_attr.as_obj()->type->descr_set(meta_attr, self, value);
    return;
  }
  if (!value.is_null()) {
    t->dict->set(Value(name), value);
  } else if (!t->dict->remove(Value(name))) {
    raise_attribute_error(self, name);
  }
  t->modified();
  if (is_dunder(name->view())) refresh_slots(t);
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
  if ((t->flags & kTypeHeapType) && is_str(t->qualname)) return t->qualname;
  return short_name(t);
}

// Heap types may be renamed; built-in ones are caught by type_setattr before this runs.
void set_name(const Value& self, const Value& v) {
  TypeObject* t = as_type(self);
  if (v.is_null())
    raise_type_error(cat("cannot delete '__name__' attribute of immutable type '", t->name, "'"));
  if (!is_str(v))
    raise_type_error(
        cat("can only assign string to ", t->name, ".__name__, not '", type_name(v), "'"));
  t->name = v.as<StrObject>()->data;
}

void set_qualname(const Value& self, const Value& v) {
  TypeObject* t = as_type(self);
  if (v.is_null())
    raise_type_error(
        cat("cannot delete '__qualname__' attribute of immutable type '", t->name, "'"));
  if (!is_str(v))
    raise_type_error(
        cat("can only assign string to ", t->name, ".__qualname__, not '", type_name(v), "'"));
  t->qualname = v;
}

void set_module(const Value& self, const Value& v) {
  TypeObject* t = as_type(self);
  t->dict->set("__module__", v.is_null() ? Value::none() : v);
  t->modified();
}

void set_doc(const Value& self, const Value& v) {
  TypeObject* t = as_type(self);
  t->dict->set("__doc__", v.is_null() ? Value::none() : v);
  t->modified();
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

// type.__new__(meta, name, bases, dict, **kw): reached through super().__new__ in metaclasses.
Value type_new_method(const CallArgs& a) {
  if (a.nargs == 0) raise_type_error("type.__new__(): not enough arguments");
  if (!is_instance(a[0], type_type))
    raise_type_error(cat("type.__new__(X): X is not a type object (", type_name(a[0]), ")"));
  TypeObject* meta = as_type(a[0]);
  if (!meta->is_subtype_of(type_type))
    raise_type_error(
        cat("type.__new__(", meta->name, "): ", meta->name, " is not a subtype of type"));
  return type_new(meta, a.shifted());
}

// type.__call__(cls, ...): what calling a class does, for metaclasses that override __call__
// and delegate with super().__call__(...).
Value type_call_method(const CallArgs& a) {
  if (a.nargs == 0 || !is_instance(a[0], type_type))
    raise_type_error("descriptor '__call__' of 'type' object needs an argument");
  return type_call(a[0], a.shifted());
}

// type.__init__ accepts what type.__new__ did.
Value type_init_method(const CallArgs& a) {
  if (a.nargs != 2 && a.nargs != 4) raise_type_error("type.__init__() takes 1 or 3 arguments");
  return Value::none();
}

Value type_subclasses_method(const CallArgs& a) {
  if (a.nargs == 0 || !is_instance(a[0], type_type))
    raise_type_error("descriptor '__subclasses__' of 'type' object needs an argument");
  exact_args(a.shifted(), "type.__subclasses__", 0);
  std::vector<Value> items;
  for (TypeObject* t : as_type(a[0])->subclasses)
    items.emplace_back(t);
  return Value(new_list(std::move(items)));
}

// X.__new__(cls, ...) for the built-in types classes derive from, so a class's __new__ can
// delegate with super().__new__(cls, ...) (CPython's tp_new_wrapper).
template <TypeObject** T>
Value new_wrapper(const CallArgs& a) {
  TypeObject* base = *T;
  if (a.nargs == 0) raise_type_error(cat(base->name, ".__new__(): not enough arguments"));
  if (!is_instance(a[0], type_type))
    raise_type_error(
        cat(base->name, ".__new__(X): X is not a type object (", type_name(a[0]), ")"));
  TypeObject* sub = as_type(a[0]);
  if (!sub->is_subtype_of(base))
    raise_type_error(cat(base->name, ".__new__(", sub->name, "): ", sub->name,
                         " is not a subtype of ", base->name));
  return base->new_(sub, a.shifted());
}

template <TypeObject** T>
void add_new_wrapper() {
  auto* f = new NativeFunctionObject(
      "__new__", new_wrapper<T>,
      "Create and return a new object.  See help(type) for accurate signature.");
  f->owner = *T;
  (*T)->dict->set(Value(intern("__new__")), Value(f));
  (*T)->modified();
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
  add_getset(t, "__name__", get_name, set_name);
  add_getset(t, "__qualname__", get_qualname, set_qualname);
  add_getset(t, "__module__", get_module, set_module);
  add_getset(t, "__doc__", get_doc, set_doc);
  add_getset(t, "__mro__", get_mro);
  add_getset(t, "__bases__", get_bases);
  add_getset(t, "__base__", get_base);
  add_getset(t, "__dict__", get_dict);
  add_slot_wrappers<&type_type>({"__repr__"});
  add_method(t, "mro", type_mro_method, "Return a type's method resolution order.");
  add_method(t, "__call__", type_call_method, "Call self as a function.");
  add_method(t, "__init__", type_init_method,
             "Initialize self.  See help(type(self)) for accurate signature.");
  add_method(t, "__subclasses__", type_subclasses_method, "Return a list of immediate subclasses.");
  auto* new_fn = new NativeFunctionObject(
      "__new__", type_new_method,
      "Create and return a new object.  See help(type) for accurate signature.");
  new_fn->owner = t;
  t->dict->set(Value(intern("__new__")), Value(new_fn));
  t->modified();
}

namespace {

void init_new_wrappers() {
  add_new_wrapper<&list_type>();
  add_new_wrapper<&dict_type>();
  add_new_wrapper<&tuple_type>();
  add_new_wrapper<&set_type>();
  add_new_wrapper<&frozenset_type>();
  add_new_wrapper<&exc_BaseException>();
}

}  // namespace

void init_core_types() {
  init_descriptor_types();
  init_descriptor_objects();
  init_super_type();
  init_object_type();
  init_type_type();
  init_new_wrappers();
  init_none_types();
  init_int_type();
  init_bool_type();
  init_float_type();
  init_str_type();
  init_bytes_type();
}

}  // namespace gilt
