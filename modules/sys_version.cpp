// sys.version, sys.version_info (a struct sequence, as CPython's) and sys.implementation.
#include "modules/sys_version.hpp"

#include <cstdio>
#include <iterator>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/errors.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/struct_seq.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

Value make_version_info(int major, int minor, int micro) {
  static StructSeqType* const type = new_struct_seq_type(
      "sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"}, 5, false);
  return new_struct_seq(type, {Value::integer(major), Value::integer(minor), Value::integer(micro),
                               make_str("final"), Value::integer(0)});
}

// CPython's sys.implementation is a types.SimpleNamespace; a module object with that repr
// serves the same reads.
TypeObject* namespace_type() {
  static TypeObject* const type = [] {
    auto* t = new TypeObject("types.SimpleNamespace", object_type);
    ++t->refcnt;
    t->getattr = module_type->getattr;
    t->setattr = module_type->setattr;
    t->repr = [](const Value& self) {
      std::string out = "namespace(";
      bool first = true;
      self.as<ModuleObject>()->dict->each([&](const Value& key, const Value& value) {
        if (is_str(key) && key.as<StrObject>()->view().starts_with("__")) return;
        out += cat(first ? "" : ", ", str_utf8(key), "=", repr_utf8(value));
        first = false;
      });
      return make_str(out + ")");
    };
    t->modified();
    return t;
  }();
  return type;
}

}  // namespace

Value sys_version_text() {
#if defined(__clang__)
  const char* compiler = "Clang " __clang_version__;
#elif defined(__GNUC__)
  const char* compiler = "GCC " __VERSION__;
#else
  const char* compiler = "C++";
#endif
  return make_str(cat(kPythonMajor, ".", kPythonMinor, ".", kPythonMicro, " (gilt ", kGiltVersion,
                      ") [", compiler, "]"));
}

Value sys_version_info() {
  return make_version_info(kPythonMajor, kPythonMinor, kPythonMicro);
}

Value sys_implementation() {
  Ref<ModuleObject> ns = make<ModuleObject>("implementation");
  ns->dict->clear();
  ns->dict->set("name", make_str("gilt"));
  ns->dict->set("cache_tag", Value::none());
  int major = 0, minor = 0, micro = 0;
  sscanf(kGiltVersion, "%d.%d.%d", &major, &minor, &micro);
  ns->dict->set("version", make_version_info(major, minor, micro));
  ns->dict->set("hexversion", Value::integer((major << 24) | (minor << 16) | (micro << 8) | 0xF0));
  containers::set_instance_type(ns.get(), namespace_type());
  return Value(ns);
}

}  // namespace gilt
