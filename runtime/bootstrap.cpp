// The first step of start-up: every built-in type object exists, empty, before any step fills
// slots or dicts, so each init_* step can refer to any type (init.hpp).
#include <initializer_list>

#include "runtime/dict.hpp"
#include "runtime/init.hpp"
#include "runtime/type.hpp"

namespace gilt {

#define TYPE(var, pyname) TypeObject* var = nullptr;
#include "runtime/builtin_types.def"
#undef TYPE

#define EXC(name, base) TypeObject* exc_##name = nullptr;
#include "runtime/exceptions.def"
#undef EXC

namespace {

// Built-in types live as long as the process: one reference that is never dropped keeps any
// Value that points at them from freeing them.
TypeObject* immortal(TypeObject* t) {
  ++t->refcnt;
  return t;
}

// CPython lets Python classes derive from these (and from every exception).
bool subclassable(const TypeObject* t) {
  for (TypeObject* base : {object_type, int_type, float_type, str_type, tuple_type, list_type,
                           dict_type, set_type, frozenset_type}) {
    if (t == base) return true;
  }
  return false;
}

// type and dict exist before their own type objects do (a type's dict is a dict, every type's
// type is type): repair what was created while they were still null.
void repair_bootstrap_links(TypeObject* t) {
  if (!t->type) t->type = type_type;
  if (t->dict && !t->dict->type) t->dict->type = dict_type;
}

}  // namespace

void create_builtin_types() {
  // type is its own type; object is its base, so the two are wired by hand.
  type_type = immortal(new TypeObject("type", nullptr));
  object_type = immortal(new TypeObject("object", nullptr));
  type_type->type = type_type;
  type_type->base = Ref<TypeObject>(object_type);
  type_type->bases = {Ref<TypeObject>(object_type)};
  type_type->mro = {type_type, object_type};
  dict_type = immortal(new TypeObject("dict", object_type));
  int_type = immortal(new TypeObject("int", object_type));
  bool_type = immortal(new TypeObject("bool", int_type));

#define TYPE(var, pyname) \
  if (!var) var = immortal(new TypeObject(pyname, object_type));
#include "runtime/builtin_types.def"
#undef TYPE

#define TYPE(var, pyname)      \
  repair_bootstrap_links(var); \
  if (subclassable(var)) var->flags |= kTypeBaseType;
#include "runtime/builtin_types.def"
#undef TYPE

  // exceptions.def names BaseException's base `object`: this local makes exc_##base work for it.
  TypeObject* exc_object = object_type;
#define EXC(name, base)                                                                     \
  exc_##name = immortal(new TypeObject(#name, exc_##base, kTypeBaseType | kTypeException)); \
  repair_bootstrap_links(exc_##name);
#include "runtime/exceptions.def"
#undef EXC
}

}  // namespace gilt
