// Raising Python exceptions from C++: building instances of the built-in exception types and
// throwing them as PyException (errors.hpp).
#include "runtime/errors.hpp"

#include <cstdio>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

Value new_exception(TypeObject* type, std::string_view msg) {
  if (msg.empty()) return new_exception_args(type, empty_tuple());
  return new_exception_args(type, new_tuple({make_str(msg)}));
}

Value new_exception_args(TypeObject* type, Value args_tuple) {
  Value exc(new BaseExceptionObject(type));
  // The same attribute set-up as calling the type (SyntaxError's msg, OSError's errno...).
  init_exception_attributes(exc.as<BaseExceptionObject>(), Ref<TupleObject>::from(args_tuple));
  return exc;
}

void raise(TypeObject* type, std::string_view msg) {
  throw PyException{new_exception(type, msg)};
}

void raise_exception(const Value& exc) {
  if (is_exception(exc)) throw PyException{exc};
  if (is_exception_type(exc)) {
    Value instance = call(exc, {});
    if (!is_exception(instance)) {
      raise_type_error(cat("calling ", repr_utf8(exc),
                           " should have returned an instance of BaseException, not ",
                           type_name(instance)));
    }
    throw PyException{std::move(instance)};
  }
  raise_type_error("exceptions must derive from BaseException");
}

void raise_type_error(std::string_view msg) {
  raise(exc_TypeError, msg);
}
void raise_value_error(std::string_view msg) {
  raise(exc_ValueError, msg);
}
void raise_index_error(std::string_view msg) {
  raise(exc_IndexError, msg);
}
void raise_overflow_error(std::string_view msg) {
  raise(exc_OverflowError, msg);
}
void raise_zero_division(std::string_view msg) {
  raise(exc_ZeroDivisionError, msg);
}

void raise_key_error(const Value& key) {
  throw PyException{new_exception_args(exc_KeyError, new_tuple({key}))};
}

void raise_stop_iteration(const Value& value) {
  if (value.is_null()) throw PyException{new_exception_args(exc_StopIteration, empty_tuple())};
  throw PyException{new_exception_args(exc_StopIteration, new_tuple({value}))};
}

void raise_memory_error() {
  throw PyException{new_exception_args(exc_MemoryError, empty_tuple())};
}

static std::string attribute_error_message(const Value& obj, StrObject* name) {
  std::string_view attr = name->view();
  if (is_module(obj)) {
    Value module_name = obj.as<ModuleObject>()->dict->get_str(intern("__name__"));
    if (is_str(module_name)) {
      return cat("module '", module_name.as<StrObject>()->view(), "' has no attribute '", attr,
                 "'");
    }
    return cat("module has no attribute '", attr, "'");
  }
  if (obj.is_obj() && obj.as_obj()->type->is_subtype_of(type_type)) {
    return cat("type object '", obj.as<TypeObject>()->name, "' has no attribute '", attr, "'");
  }
  return cat("'", type_name(obj), "' object has no attribute '", attr, "'");
}

void raise_attribute_error(const Value& obj, StrObject* name) {
  Value exc = new_exception(exc_AttributeError, attribute_error_message(obj, name));
  // name and obj let the traceback printer offer "Did you mean: ...?" as CPython 3.11 does.
  set_exception_attribute(exc, "name", Value(name));
  set_exception_attribute(exc, "obj", obj);
  throw PyException{std::move(exc)};
}

void raise_name_error(StrObject* name) {
  Value exc = new_exception(exc_NameError, cat("name '", name->view(), "' is not defined"));
  set_exception_attribute(exc, "name", Value(name));
  throw PyException{std::move(exc)};
}

std::string address_text(const void* p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%p", p);
  return buf;
}

const std::string& type_name(const Value& v) {
  return type_of(v)->name;
}

}  // namespace gilt
