// Introspection builtins: repr/ascii, id/hash, callable, isinstance/issubclass, the attribute
// functions, and the namespace views vars/dir/globals/locals.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "modules/builtins_parts.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/format.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/suggestions.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

bool is_type(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(type_type);
}

// The interned name for an attribute given as a str value.
StrObject* attribute_name(const Value& v) {
  if (!is_str(v)) raise_type_error(cat("attribute name must be string, not '", type_name(v), "'"));
  auto* s = v.as<StrObject>();
  return s->interned ? s : intern(s->view());
}

bool is_attribute_error(const PyException& e) {
  return is_instance(e.exc, exc_AttributeError);
}

// isinstance's check; a tuple matches when any member does (nested tuples too).
bool instance_of(const Value& obj, const Value& classinfo) {
  if (is_type(classinfo)) return is_instance(obj, classinfo.as<TypeObject>());
  if (is_tuple(classinfo)) {
    for (const Value& item : classinfo.as<TupleObject>()->items) {
      if (instance_of(obj, item)) return true;
    }
    return false;
  }
  raise_type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
}

bool subclass_of(const Value& cls, const Value& classinfo) {
  if (is_tuple(classinfo)) {
    for (const Value& item : classinfo.as<TupleObject>()->items) {
      if (subclass_of(cls, item)) return true;
    }
    return false;
  }
  if (!is_type(cls)) raise_type_error("issubclass() arg 1 must be a class");
  if (!is_type(classinfo)) {
    raise_type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return cls.as<TypeObject>()->is_subtype_of(classinfo.as<TypeObject>());
}

// repr with every non-ASCII character escaped (\xe9, \u20ac, \U0001f600).
std::string ascii_escape(std::string_view text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    uint32_t cp = utf8_decode(text, pos);
    if (cp < 0x80) {
      out += static_cast<char>(cp);
      continue;
    }
    char buf[12];
    if (cp < 0x100) {
      snprintf(buf, sizeof buf, "\\x%02x", cp);
    } else if (cp < 0x10000) {
      snprintf(buf, sizeof buf, "\\u%04x", cp);
    } else {
      snprintf(buf, sizeof buf, "\\U%08x", cp);
    }
    out += buf;
  }
  return out;
}

Value sorted_names(std::vector<std::string> names) {
  std::sort(names.begin(), names.end());
  std::vector<Value> items;
  items.reserve(names.size());
  for (const std::string& n : names)
    items.push_back(make_str(n));
  return Value(new_list(std::move(items)));
}

}  // namespace

Value builtin_repr(const CallArgs& a) {
  no_kwargs(a, "repr");
  exact_args(a, "repr", 1);
  return repr(a[0]);
}

Value builtin_ascii(const CallArgs& a) {
  no_kwargs(a, "ascii");
  exact_args(a, "ascii", 1);
  return make_str(ascii_escape(repr_utf8(a[0])));
}

// id(): the address for objects; inline values get numbers above every address, built from
// their tag and payload, so equal inline values share an id and never collide with an object.
// format(value, format_spec=''): type(value).__format__(value, format_spec).
Value builtin_format(const CallArgs& a) {
  no_kwargs(a, "format");
  count_args(a, "format", 1, 2);
  if (a.nargs == 2 && !is_str(a[1])) {
    // Argument Clinic's wording: None is named as itself.
    raise_type_error(cat("format() argument 2 must be str, not ",
                         a[1].is_none() ? std::string("None") : type_name(a[1])));
  }
  return format_object(a[0], a.nargs == 2 ? a[1] : make_str(""));
}

Value builtin_id(const CallArgs& a) {
  no_kwargs(a, "id");
  exact_args(a, "id", 1);
  const Value& v = a[0];
  if (v.is_obj())
    return Value::integer(static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.as_obj())));
  uint64_t payload;
  if (v.is_float()) {
    double d = v.as_float();
    static_assert(sizeof d == sizeof payload);
    memcpy(&payload, &d, sizeof payload);
  } else {
    payload = static_cast<uint64_t>(v.as_int());
  }
  BigInt id = BigInt(static_cast<int>(v.tag()) + 1) << 64;
  return make_int(id + BigInt(payload));
}

Value builtin_hash(const CallArgs& a) {
  no_kwargs(a, "hash");
  exact_args(a, "hash", 1);
  return Value::integer(hash_value(a[0]));
}

Value builtin_callable(const CallArgs& a) {
  no_kwargs(a, "callable");
  exact_args(a, "callable", 1);
  return Value::boolean(is_callable(a[0]));
}

Value builtin_isinstance(const CallArgs& a) {
  no_kwargs(a, "isinstance");
  count_args(a, "isinstance", 2, 2);
  return Value::boolean(instance_of(a[0], a[1]));
}

Value builtin_issubclass(const CallArgs& a) {
  no_kwargs(a, "issubclass");
  count_args(a, "issubclass", 2, 2);
  return Value::boolean(subclass_of(a[0], a[1]));
}

// getattr(object, name[, default]): the default replaces an AttributeError only.
Value builtin_getattr(const CallArgs& a) {
  no_kwargs(a, "getattr");
  count_args(a, "getattr", 2, 3);
  StrObject* name = attribute_name(a[1]);
  if (a.nargs == 2) return get_attr(a[0], name);
  try {
    Value v = get_attr_or_null(a[0], name);
    return v.is_null() ? a[2] : v;
  } catch (const PyException& e) {
    if (!is_attribute_error(e)) throw;
    return a[2];
  }
}

Value builtin_setattr(const CallArgs& a) {
  no_kwargs(a, "setattr");
  count_args(a, "setattr", 3, 3);
  set_attr(a[0], attribute_name(a[1]), a[2]);
  return Value::none();
}

Value builtin_delattr(const CallArgs& a) {
  no_kwargs(a, "delattr");
  count_args(a, "delattr", 2, 2);
  del_attr(a[0], attribute_name(a[1]));
  return Value::none();
}

Value builtin_hasattr(const CallArgs& a) {
  no_kwargs(a, "hasattr");
  count_args(a, "hasattr", 2, 2);
  StrObject* name = attribute_name(a[1]);
  try {
    return Value::boolean(!get_attr_or_null(a[0], name).is_null());
  } catch (const PyException& e) {
    if (!is_attribute_error(e)) throw;
    return Value::boolean(false);
  }
}

Value builtin_vars(const CallArgs& a) {
  no_kwargs(a, "vars");
  count_args(a, "vars", 0, 1);
  if (a.nargs == 0) return caller_locals();
  Value dict;
  try {
    dict = get_attr_or_null(a[0], intern("__dict__"));
  } catch (const PyException& e) {
    if (!is_attribute_error(e)) throw;
  }
  if (dict.is_null()) raise_type_error("vars() argument must have __dict__ attribute");
  return dict;
}

Value builtin_dir(const CallArgs& a) {
  no_kwargs(a, "dir");
  count_args(a, "dir", 0, 1);
  if (a.nargs == 1) return sorted_names(attribute_names(a[0]));
  std::vector<std::string> names;
  Value locals = caller_locals();
  locals.as<DictObject>()->each([&](const Value& key, const Value&) {
    if (is_str(key)) names.emplace_back(key.as<StrObject>()->view());
  });
  return sorted_names(std::move(names));
}

Value builtin_globals(const CallArgs& a) {
  no_kwargs(a, "globals");
  exact_args(a, "globals", 0);
  return Value(caller_globals());
}

Value builtin_locals(const CallArgs& a) {
  no_kwargs(a, "locals");
  exact_args(a, "locals", 0);
  return caller_locals();
}

}  // namespace gilt
