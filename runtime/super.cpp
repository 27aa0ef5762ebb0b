// The `super` type: super() (the method's __class__ cell and first argument) and
// super(type, obj), whose attribute lookup continues along type(obj)'s MRO after `type`.
#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "runtime/vm.hpp"

namespace gilt {

TypeObject* super_type = nullptr;

namespace {

struct SuperObject : Object {
  Ref<TypeObject> this_class;  // where the search starts (after it)
  Value obj;                   // the instance or class methods bind to
  Ref<TypeObject> obj_type;    // whose MRO is searched
  explicit SuperObject(TypeObject* t) : Object(t) {}
  ~SuperObject() override;
};
SuperObject::~SuperObject() = default;

SuperObject* as_super(const Value& v) {
  return v.as<SuperObject>();
}

// CPython's supercheck: obj may be a subclass of `type` (classmethods) or an instance of one.
TypeObject* super_check(TypeObject* type, const Value& obj) {
  if (is_instance(obj, type_type) && obj.as<TypeObject>()->is_subtype_of(type))
    return obj.as<TypeObject>();
  if (type_of(obj)->is_subtype_of(type)) return type_of(obj);
  Value cls = get_attr_or_null(obj, intern("__class__"));
  if (is_instance(cls, type_type) && cls.as<TypeObject>()->is_subtype_of(type))
    return cls.as<TypeObject>();
  raise_type_error("super(type, obj): obj must be an instance or subtype of type");
}

Value super_new(TypeObject* type, const CallArgs&) {
  return Value(new SuperObject(type));
}

void super_init(const Value& self, const CallArgs& a) {
  no_kwargs(a, "super");
  count_args(a, "super", 0, 2);
  Value cls, obj;
  if (a.nargs == 0) {
    super_arguments(cls, obj);
  } else {
    cls = a[0];
    if (a.nargs == 2) obj = a[1];
  }
  if (!is_instance(cls, type_type))
    raise_type_error(cat("super() argument 1 must be a type, not ", type_name(cls)));
  SuperObject* s = as_super(self);
  s->this_class = Ref<TypeObject>::from(cls);
  if (!obj.is_null() && !obj.is_none()) {
    s->obj_type = super_check(cls.as<TypeObject>(), obj);
    s->obj = obj;
  }
}

Value super_getattr(const Value& self, StrObject* name) {
  SuperObject* s = as_super(self);
  if (s->obj_type && name->view() != "__class__") {
    const std::vector<TypeObject*>& mro = s->obj_type->mro;
    size_t i = 0;
    while (i < mro.size() && mro[i] != s->this_class.get())
      ++i;
    for (++i; i < mro.size(); ++i) {
      Value attr = mro[i]->dict->get_str(name);
      if (attr.is_null()) continue;
      // Through a class (super() in a classmethod) there is no instance to bind.
      bool through_class = s->obj.is_obj() && s->obj.as_obj() == s->obj_type.get();
      return descr_get(attr, through_class ? Value() : s->obj, s->obj_type.get());
    }
  }
  return generic_getattr(self, name);
}

Value super_repr(const Value& self) {
  SuperObject* s = as_super(self);
  std::string cls = s->this_class ? s->this_class->name : "NULL";
  if (s->obj_type)
    return make_str(cat("<super: <class '", cls, "'>, <", s->obj_type->name, " object>>"));
  return make_str(cat("<super: <class '", cls, "'>, NULL>"));
}

Value get_thisclass(const Value& self) {
  SuperObject* s = as_super(self);
  return s->this_class ? Value(s->this_class) : Value::none();
}
Value get_self(const Value& self) {
  SuperObject* s = as_super(self);
  return s->obj.is_null() ? Value::none() : s->obj;
}
Value get_self_class(const Value& self) {
  SuperObject* s = as_super(self);
  return s->obj_type ? Value(s->obj_type) : Value::none();
}

}  // namespace

void init_super_type() {
  auto* t = super_type = new TypeObject("super", object_type, kTypeBaseType);
  t->refcnt = 1;  // immortal, as the built-in types are
  t->doc =
      "super() -> same as super(__class__, <first argument>)\n"
      "super(type) -> unbound super object\n"
      "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
      "super(type, type2) -> bound super object; requires issubclass(type2, type)";
  t->new_ = super_new;
  t->init = super_init;
  t->getattr = super_getattr;
  t->repr = super_repr;
  add_getset(t, "__thisclass__", get_thisclass);
  add_getset(t, "__self__", get_self);
  add_getset(t, "__self_class__", get_self_class);
}

}  // namespace gilt
