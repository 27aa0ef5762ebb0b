// module objects: a namespace dict with a name. Attribute access goes through the dict, with
// PEP 562's module-level __getattr__ as the fallback.
#include "runtime/module.hpp"

#include <cstring>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"

namespace gilt {

ModuleObject::ModuleObject(std::string_view name) : Object(module_type), dict(new_dict()) {
  dict->set("__name__", make_str(name));
  dict->set("__doc__", Value::none());
  dict->set("__package__", Value::none());
  dict->set("__loader__", Value::none());
  dict->set("__spec__", Value::none());
}
ModuleObject::~ModuleObject() = default;

std::string module_name(const ModuleObject* m) {
  Value name = m->dict->get_str(intern("__name__"));
  return is_str(name) ? std::string(name.as<StrObject>()->view()) : std::string("?");
}

namespace {

ModuleObject* as_module(const Value& v) {
  return v.as<ModuleObject>();
}

bool is_builtin_module_name(std::string_view name) {
  if (name == "builtins" || name == "__main__") return true;
  for (const BuiltinModule* m = builtin_modules; m->name; ++m) {
    if (name == m->name) return true;
  }
  return false;
}

Value module_repr(const Value& self) {
  ModuleObject* m = as_module(self);
  std::string name = module_name(m);
  Value file = m->dict->get_str(intern("__file__"));
  // A pseudo-file such as "<stdin>" (__main__ read from standard input) is no location.
  if (is_str(file) && !file.as<StrObject>()->view().starts_with("<")) {
    return make_str(
        cat("<module ", quote_str(name), " from ", quote_str(file.as<StrObject>()->view()), ">"));
  }
  if (is_builtin_module_name(name))
    return make_str(cat("<module ", quote_str(name), " (built-in)>"));
  return make_str(cat("<module ", quote_str(name), ">"));
}

Value module_getattr(const Value& self, StrObject* name) {
  ModuleObject* m = as_module(self);
  Value v = generic_getattr(self, name, m->dict.get());
  if (!v.is_null()) return v;
  Value hook = m->dict->get_str(intern("__getattr__"));  // PEP 562
  if (!hook.is_null()) return call(hook, {Value(name)});
  if (m->initializing) {
    // Most likely a circular import; otherwise the caller's "module 'm' has no attribute".
    Value modname = m->dict->get_str(intern("__name__"));
    if (is_str(modname)) {
      Value exc = new_exception(
          exc_AttributeError,
          cat("partially initialized module '", modname.as<StrObject>()->view(),
              "' has no attribute '", name->view(), "' (most likely due to a circular import)"));
      set_exception_attribute(exc, "name", Value(name));
      set_exception_attribute(exc, "obj", self);
      throw PyException{std::move(exc)};
    }
  }
  return Value();
}

void module_setattr(const Value& self, StrObject* name, const Value& value) {
  generic_setattr(self, name, value, as_module(self)->dict.get());
}

Value module_dict(const Value& self) {
  return Value(as_module(self)->dict);
}

// module(name, doc=None): types.ModuleType.
Value module_new(TypeObject*, const CallArgs& a) {
  Value out[2];
  bind_args(a, "module", {"name", "doc"}, 1, 0, out);
  if (!is_str(out[0])) {
    raise_type_error(cat("module() argument 'name' must be str, not ", type_name(out[0])));
  }
  Value m(new ModuleObject(out[0].as<StrObject>()->view()));
  if (!out[1].is_null()) as_module(m)->dict->set("__doc__", out[1]);
  return m;
}

}  // namespace

void init_module_type() {
  module_type->repr = module_repr;
  module_type->getattr = module_getattr;
  module_type->setattr = module_setattr;
  module_type->new_ = module_new;
  add_getset(module_type, "__dict__", module_dict);
  // A plain str in the type's dict, as CPython's: object's __doc__ getset would otherwise win
  // over the module's own __doc__.
  module_type->dict->set("__doc__",
                         make_str("Create a module object.\n\nThe name must be a string; the "
                                  "optional doc argument can have any type."));
}

}  // namespace gilt
