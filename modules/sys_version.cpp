// sys.version_info as CPython's struct sequence: a tuple subtype whose fields are also
// attributes (sys.version_info.major), which compares, slices and hashes as the tuple it is.
#include "modules/sys_version.hpp"

#include <cstdio>
#include <iterator>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/errors.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

constexpr const char* kFields[] = {"major", "minor", "micro", "releaselevel", "serial"};

// A field by position; None for an instance made short through tuple.__new__.
template <size_t I>
Value field(const Value& self) {
  const std::vector<Value>& items = self.as<TupleObject>()->items;
  return I < items.size() ? items[I] : Value::none();
}

TypeObject* version_info_type() {
  static TypeObject* const type = [] {
    auto* t = new TypeObject("sys.version_info", tuple_type);
    ++t->refcnt;  // lives as long as the process
    // The tuple behaviour, except the repr.
    t->hash = tuple_type->hash;
    t->compare = tuple_type->compare;
    t->binary = tuple_type->binary;
    t->len = tuple_type->len;
    t->getitem = tuple_type->getitem;
    t->contains = tuple_type->contains;
    t->iter = tuple_type->iter;
    t->repr = [](const Value& self) {
      const std::vector<Value>& items = self.as<TupleObject>()->items;
      std::string out = "sys.version_info(";
      for (size_t i = 0; i < items.size() && i < std::size(kFields); ++i)
        out += cat(i ? ", " : "", kFields[i], "=", repr_utf8(items[i]));
      return make_str(out + ")");
    };
    add_getset(t, "major", field<0>);
    add_getset(t, "minor", field<1>);
    add_getset(t, "micro", field<2>);
    add_getset(t, "releaselevel", field<3>);
    add_getset(t, "serial", field<4>);
    t->modified();
    return t;
  }();
  return type;
}

Value make_version_info(int major, int minor, int micro) {
  Ref<TupleObject> v = make<TupleObject>(
      std::vector<Value>{Value::integer(major), Value::integer(minor), Value::integer(micro),
                         make_str("final"), Value::integer(0)});
  containers::set_instance_type(v.get(), version_info_type());
  return Value(v);
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
