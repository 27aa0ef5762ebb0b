// User classes at the C++ level: what the class machinery promises to the rest of the runtime
// (type versions that change with a base's dict, slots that follow dunders set after creation,
// LOAD_METHOD's unbound fast path and its shadowing rule, C3 and layout errors).
#include <doctest/doctest.h>

#include <string>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/dict.hpp"
#include "runtime/str.hpp"
#include "runtime/vm.hpp"
#include "support.hpp"

using namespace gilt;
using test::ensure_runtime;
using test::error_of;

namespace {

// Runs `source` as a module in a fresh namespace and returns that namespace.
Ref<DictObject> run(const char* source) {
  ensure_runtime();
  Ref<CodeObject> code = compiler::compile_source(source, "<test>", CompileMode::Exec);
  Ref<DictObject> ns = new_dict();
  ns->set("__name__", make_str("__test__"));
  run_code(code.get(), ns.get());
  return ns;
}

TypeObject* type_in(const Ref<DictObject>& ns, const char* name) {
  Value v = ns->get(name);
  REQUIRE(is_instance(v, type_type));
  return v.as<TypeObject>();
}

}  // namespace

TEST_CASE("a base's change gives its subclasses new versions") {
  Ref<DictObject> ns = run("class A:\n  x = 1\nclass B(A): pass\nclass C(B): pass\n");
  TypeObject* a = type_in(ns, "A");
  TypeObject* c = type_in(ns, "C");
  StrObject* x = intern("x");
  CHECK(c->lookup(x).as_int() == 1);
  uint64_t before = c->version;
  set_attr(Value(a), x, Value::integer(2));
  CHECK(c->version != before);
  CHECK(c->lookup(x).as_int() == 2);  // the lookup cache saw the change
  del_attr(Value(a), x);
  CHECK(c->lookup(x).is_null());
}

TEST_CASE("dunders set after creation update the slots of the class and its subclasses") {
  Ref<DictObject> ns =
      run("class A: pass\nclass B(A): pass\n"
          "def r(self): return 'custom'\n");
  TypeObject* a = type_in(ns, "A");
  TypeObject* b = type_in(ns, "B");
  Value inst = call(Value(b), {});
  ReprSlot default_repr_slot = b->repr;
  set_attr(Value(a), intern("__repr__"), ns->get("r"));
  CHECK((b->repr != default_repr_slot));
  CHECK(repr_utf8(inst) == "custom");
  del_attr(Value(a), intern("__repr__"));
  CHECK((b->repr == default_repr_slot));
}

TEST_CASE("LOAD_METHOD skips binding unless the instance dict shadows the name") {
  Ref<DictObject> ns =
      run("class A:\n  def m(self): return 1\n"
          "a = A()\nb = A()\nb.m = 5\n");
  bool is_method = false;
  Value m = get_method(ns->get("a"), intern("m"), is_method);
  CHECK(is_method);
  CHECK(m.as_obj()->type == function_type);
  Value shadowed = get_method(ns->get("b"), intern("m"), is_method);
  CHECK_FALSE(is_method);
  CHECK(shadowed.as_int() == 5);
}

TEST_CASE("class creation errors use CPython's messages") {
  CHECK(error_of([] { run("class A: pass\nclass B(A): pass\nclass C(A, B): pass\n"); }) ==
        "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
  CHECK(error_of([] { run("class A(bool): pass\n"); }) ==
        "TypeError: type 'bool' is not an acceptable base type");
  CHECK(error_of([] { run("class A(list, dict): pass\n"); }) ==
        "TypeError: multiple bases have instance lay-out conflict");
  CHECK(error_of([] { run("class A: pass\nA(1)\n"); }) == "TypeError: A() takes no arguments");
}

TEST_CASE("instances of user classes keep their type alive") {
  Ref<DictObject> ns = run("class A: pass\na = A()\n");
  Value a = ns->get("a");
  TypeObject* t = type_of(a);
  ns->remove(Value(intern("A")));
  CHECK(t->refcnt >= 1);
  CHECK(repr_utf8(Value(t)) == "<class '__test__.A'>");
}
