// IMPORT_FROM and IMPORT_STAR (declared in vm_internal.hpp): CPython 3.11's import_from and
// import_all_from (ceval.c), with their messages.
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt::vm {

namespace {

// "cannot import name 'x' from 'm' (/path/m.py)", with "partially initialized module" while
// m's body is still running (most often a circular import), or "(unknown location)" for a
// module without a file. The error's name and path attributes are the module's.
[[noreturn]] void raise_cannot_import(const Value& module, StrObject* name, const Value& pkgname) {
  std::string module_text =
      is_str(pkgname) ? repr_utf8(pkgname) : std::string("'<unknown module name>'");
  Value file =
      is_module(module) ? module.as<ModuleObject>()->dict->get_str(intern("__file__")) : Value();
  Value exc;
  if (!is_str(file)) {
    exc = new_exception(exc_ImportError, cat("cannot import name ", repr_utf8(Value(name)),
                                             " from ", module_text, " (unknown location)"));
    file = Value::none();
  } else {
    bool partial = module.as<ModuleObject>()->initializing;
    exc = new_exception(
        exc_ImportError,
        cat("cannot import name ", repr_utf8(Value(name)), " from ",
            partial ? "partially initialized module " : "", module_text,
            partial ? " (most likely due to a circular import)" : "", " (", str_utf8(file), ")"));
  }
  set_exception_attribute(exc, "name", is_str(pkgname) ? pkgname : Value::none());
  set_exception_attribute(exc, "path", file);
  throw PyException{std::move(exc)};
}

}  // namespace

Value import_from(const Value& module, StrObject* name) {
  Value attr = get_attr_or_null(module, name);
  if (!attr.is_null()) return attr;
  // A circular import may not have bound a submodule on its package yet: sys.modules has it.
  Value pkgname = get_attr_or_null(module, intern("__name__"));
  if (is_str(pkgname)) {
    Value sub =
        runtime->modules->get(make_str(cat(pkgname.as<StrObject>()->view(), ".", name->view())));
    if (!sub.is_null()) return sub;
  }
  raise_cannot_import(module, name, pkgname);
}

void import_star(const Value& module, DictObject* locals) {
  if (!locals) raise(exc_SystemError, "no locals found during 'import *'");
  Value names = get_attr_or_null(module, intern("__all__"));
  bool from_dict = names.is_null();
  if (from_dict) {
    Value dict = get_attr_or_null(module, intern("__dict__"));
    if (dict.is_null()) {
      raise(exc_ImportError, "from-import-* object has no __dict__ and no __all__");
    }
    std::vector<Value> keys;
    if (is_dict(dict)) {
      dict.as<DictObject>()->each([&](const Value& key, const Value&) { keys.push_back(key); });
    } else {
      keys = to_vector(call(get_attr(dict, intern("keys")), {}));
    }
    names = Value(new_list(std::move(keys)));
  }
  for (const Value& name : to_vector(names)) {
    if (!is_str(name)) {
      Value modname = get_attr(module, intern("__name__"));
      if (!is_str(modname)) {
        raise_type_error(cat("module __name__ must be a string, not ", type_name(modname)));
      }
      raise_type_error(cat(from_dict ? "Key" : "Item", " in ", modname.as<StrObject>()->view(),
                           from_dict ? ".__dict__" : ".__all__", " must be str, not ",
                           type_name(name)));
    }
    auto* key = name.as<StrObject>();
    if (from_dict && key->view().starts_with("_")) continue;
    locals->set(name, get_attr(module, key));
  }
}

}  // namespace gilt::vm
