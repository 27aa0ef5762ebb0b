// The unraisable-exception path: building sys.UnraisableHookArgs, calling sys.unraisablehook,
// and the default hook's text (CPython's write_unraisable_exc_file).
#include "runtime/unraisable.hpp"

#include <string>

#include "modules/sys_stream.hpp"
#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/struct_seq.hpp"
#include "runtime/traceback.hpp"

namespace gilt {

namespace {

enum Field { kExcType, kExcValue, kExcTraceback, kErrMsg, kObject };

Value sys_attribute(const char* name) {
  if (!runtime || !runtime->modules) return Value();
  Value sys = runtime->modules->get("sys");
  if (!is_module(sys)) return Value();
  return sys.as<ModuleObject>()->dict->get(name);
}

std::string unraisable_text(const std::vector<Value>& f) {
  std::string out;
  const Value& err_msg = f[kErrMsg];
  const Value& object = f[kObject];
  bool has_msg = !err_msg.is_none() && is_str(err_msg);
  if (!object.is_none()) {
    out += has_msg ? cat(err_msg.as<StrObject>()->view(), ": ") : "Exception ignored in: ";
    try {
      out += repr_utf8(object);
    } catch (const PyException&) {
      out += "<object repr() failed>";
    }
    out += "\n";
  } else if (has_msg) {
    out += cat(err_msg.as<StrObject>()->view(), ":\n");
  }
  const Value& exc = f[kExcValue];
  if (is_exception(exc)) {
    out += format_traceback_only(exc);
    out += type_display_name_of(exc);
    try {
      out += ": " + str_utf8(exc);
    } catch (const PyException&) {
      out += ": <exception str() failed>";
    }
    out += "\n";
  }
  return out;
}

Value hook_args(const Value& exc, std::string_view err_msg, const Value& object) {
  Value tb = Value::none();
  if (is_exception(exc)) tb = traceback_of(exc.as<BaseExceptionObject>());
  return new_struct_seq(
      unraisable_hook_args_type(),
      {Value(type_of(exc)), exc, tb, err_msg.empty() ? Value::none() : make_str(err_msg),
       object.is_null() ? Value::none() : object});
}

}  // namespace

StructSeqType* unraisable_hook_args_type() {
  static StructSeqType* const type = new_struct_seq_type(
      "UnraisableHookArgs", {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}, 5);
  return type;
}

Value default_unraisable_hook(const CallArgs& a) {
  exact_args(a, "sys.unraisablehook", 1);
  if (!is_instance(a[0], unraisable_hook_args_type()))
    raise_type_error("sys.unraisablehook argument type must be UnraisableHookArgs");
  Value stream = sys_attribute("stderr");
  if (stream.is_null() || stream.is_none()) return Value::none();
  stream_write(stream, unraisable_text(a[0].as<TupleObject>()->items));
  stream_flush(stream);
  return Value::none();
}

void write_unraisable(const Value& exc, std::string_view err_msg, const Value& object) noexcept {
  try {
    Value args = hook_args(exc, err_msg, object);
    Value hook = sys_attribute("unraisablehook");
    if (hook.is_null() || hook.is_none()) {
      Value argv[] = {args};
      default_unraisable_hook(CallArgs{argv, 1, nullptr, 0});
      return;
    }
    try {
      call(hook, {args});
    } catch (const PyException& e) {
      // The original exception is lost, as in CPython; the hook's own failure is reported.
      Value argv[] = {hook_args(e.exc, "Exception ignored in sys.unraisablehook", hook)};
      default_unraisable_hook(CallArgs{argv, 1, nullptr, 0});
    }
  } catch (...) {
    // Nothing more can be done: the error stream itself failed.
  }
}

}  // namespace gilt
