// The out-of-line bodies of opcodes that are too long, or too rare, to sit in the eval loop:
// function creation, unpacking, displays with `*`/`**`, f-strings, the REPL's expression
// printing, class and annotation set-up, and `with` (imports: runtime/import_ops.cpp).
#include <new>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/format.hpp"
#include "runtime/runtime.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm_internal.hpp"

namespace gilt::vm {

namespace {

// __annotations__ arrives as CPython 3.11's flat tuple (name, value, name, value...) or a dict.
Value annotations_dict(const Value& annotations) {
  if (!is_tuple(annotations)) return annotations;
  const std::vector<Value>& items = annotations.as<TupleObject>()->items;
  Ref<DictObject> d = new_dict();
  for (size_t i = 0; i + 1 < items.size(); i += 2)
    d->set(items[i], items[i + 1]);
  return Value(d);
}

// Copies every key of `mapping` into `dict`: an exact dict directly, anything else through its
// keys() and [] (PyDict_Update's protocol). `on_missing_keys` raises when there is no keys();
// `on_duplicate`, when set, raises for a key `dict` already has.
template <class OnMissingKeys, class OnDuplicate>
void merge_mapping(DictObject* dict, const Value& mapping, OnMissingKeys on_missing_keys,
                   OnDuplicate on_duplicate) {
  auto store = [&](const Value& key, const Value& value) {
    on_duplicate(key);
    dict->set(key, value);
  };
  if (is_dict(mapping)) {
    // Collected first: storing may run __hash__/__eq__, which must not see a dict mid-visit.
    std::vector<Value> items;
    mapping.as<DictObject>()->each([&](const Value& k, const Value& v) {
      items.push_back(k);
      items.push_back(v);
    });
    for (size_t i = 0; i < items.size(); i += 2)
      store(items[i], items[i + 1]);
    return;
  }
  Value keys = get_attr_or_null(mapping, intern("keys"));
  if (keys.is_null()) on_missing_keys();
  for_each(call(keys, std::initializer_list<Value>{}),
           [&](const Value& key) { store(key, get_item(mapping, key)); });
}

}  // namespace

Value make_function(Value* top, uint32_t flags, DictObject* globals) {
  Value* item = top;
  Ref<TupleObject> defaults;
  Ref<DictObject> kwdefaults;
  Value annotations;
  Ref<TupleObject> closure;
  if (flags & 1) defaults = Ref<TupleObject>::from(*item++);
  if (flags & 2) kwdefaults = Ref<DictObject>::from(*item++);
  if (flags & 4) annotations = *item++;
  if (flags & 8) closure = Ref<TupleObject>::from(*item++);
  Ref<FunctionObject> f =
      make<FunctionObject>(Ref<CodeObject>::from(*item), Ref<DictObject>(globals));
  f->defaults = std::move(defaults);
  f->kwdefaults = std::move(kwdefaults);
  f->closure = std::move(closure);
  if (!annotations.is_null()) f->annotations = annotations_dict(annotations);
  return Value(f);
}

void unpack_iterable(const Value& seq, size_t before, int after, Value* out) {
  const bool starred = after >= 0;
  const size_t nafter = starred ? static_cast<size_t>(after) : 0;
  std::vector<Value> items;
  if (is_exact(seq, tuple_type) || is_exact(seq, list_type)) {
    items = is_exact(seq, tuple_type) ? seq.as<TupleObject>()->items : seq.as<ListObject>()->items;
  } else {
    TypeObject* t = type_of(seq);
    if (!t->iter && !t->getitem)
      raise_type_error(cat("cannot unpack non-iterable ", t->name, " object"));
    Value it = get_iter(seq);
    Value item;
    // Without a starred target, read one item past the count: enough to tell "too many".
    while ((starred || items.size() <= before) && iter_next(it, item))
      items.push_back(std::move(item));
  }
  if (!starred) {
    if (items.size() < before) {
      raise_value_error(
          cat("not enough values to unpack (expected ", before, ", got ", items.size(), ")"));
    }
    if (items.size() > before)
      raise_value_error(cat("too many values to unpack (expected ", before, ")"));
  } else if (items.size() < before + nafter) {
    raise_value_error(cat("not enough values to unpack (expected at least ", before + nafter,
                          ", got ", items.size(), ")"));
  }
  // From the top of the stack down: the leading items, the starred list, the trailing items.
  size_t total = before + (starred ? 1 + nafter : 0);
  Value* slot = out + total;
  for (size_t i = 0; i < before; ++i)
    new (--slot) Value(std::move(items[i]));
  if (starred) {
    size_t rest_end = items.size() - nafter;
    std::vector<Value> rest(
        std::make_move_iterator(items.begin() + static_cast<ptrdiff_t>(before)),
        std::make_move_iterator(items.begin() + static_cast<ptrdiff_t>(rest_end)));
    Value list = new_list(std::move(rest));
    new (--slot) Value(std::move(list));
    for (size_t i = rest_end; i < items.size(); ++i)
      new (--slot) Value(std::move(items[i]));
  }
}

void list_extend(ListObject* list, const Value& iterable) {
  TypeObject* t = type_of(iterable);
  if (!t->iter && !t->getitem)
    raise_type_error(cat("Value after * must be an iterable, not ", t->name));
  std::vector<Value> items = to_vector(iterable);
  list->items.insert(list->items.end(), std::make_move_iterator(items.begin()),
                     std::make_move_iterator(items.end()));
}

void set_update(const Value& set, const Value& iterable) {
  // CPython's merge: another set is copied in its table order, which decides iteration order.
  set_update_internal(set.as<SetObject>(), iterable);
}

void dict_update(DictObject* dict, const Value& mapping) {
  merge_mapping(
      dict, mapping,
      [&] { raise_type_error(cat("'", type_name(mapping), "' object is not a mapping")); },
      [](const Value&) {});
}

void dict_merge(DictObject* dict, const Value& mapping, const Value& func) {
  merge_mapping(
      dict, mapping,
      [&] {
        raise_type_error(cat(function_str(func), " argument after ** must be a mapping, not ",
                             type_name(mapping)));
      },
      [&](const Value& key) {
        if (dict->contains(key)) {
          raise_type_error(cat(function_str(func), " got multiple values for keyword argument '",
                               str_utf8(key), "'"));
        }
      });
}

Value build_string(const Value* items, size_t n) {
  if (n == 1 && is_exact(items[0], str_type)) return items[0];
  // The pieces are FORMAT_VALUE results and constants: str, so length and ASCII-ness add up.
  size_t bytes = 0;
  int64_t length = 0;
  bool ascii = true, all_str = true;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i])) {
      all_str = false;
      continue;
    }
    const StrObject* s = items[i].as<StrObject>();
    bytes += s->data.size();
    length += s->length;
    ascii = ascii && s->ascii;
  }
  std::string out;
  out.reserve(bytes);
  for (size_t i = 0; i < n; ++i) {
    if (is_str(items[i])) {
      out += items[i].as<StrObject>()->view();
    } else {
      out += str_utf8(items[i]);
    }
  }
  if (!all_str) return Value(new_str(std::move(out)));
  if (out.size() <= 1) return make_str(out);
  return Value(new StrObject(std::move(out), length, ascii));
}

// FORMAT_VALUE: flags & 3 is the conversion (1 !s, 2 !r, 3 !a); a spec is a str.
Value format_value_op(const Value& v, uint32_t flags, const Value* spec) {
  Value converted;
  switch (flags & 3) {
    case 1:
      converted = to_str(v);
      break;
    case 2:
      converted = repr(v);
      break;
    case 3:
      converted = ascii_repr(v);
      break;
    default:
      converted = v;
  }
  if (!spec && is_exact(converted, str_type)) return converted;
  return format_object(converted, spec ? *spec : make_str(""));
}

void print_expr(const Value& v) {
  // sys.displayhook: None prints nothing; `_` is cleared while printing, then bound.
  if (v.is_none()) return;
  DictObject* builtins = runtime->builtins.get();
  Value print = builtins->get_str(intern("print"));
  if (print.is_null()) raise(exc_RuntimeError, "lost builtins.print");
  builtins->set(Value(intern("_")), Value::none());
  call(print, {repr(v)});
  builtins->set(Value(intern("_")), v);
}

Value load_build_class() {
  DictObject* builtins = runtime->builtins.get();
  Value build_class = builtins->get_str(intern("__build_class__"));
  if (build_class.is_null()) {
    install_class_builtins(builtins);
    build_class = builtins->get_str(intern("__build_class__"));
  }
  return build_class;
}

void setup_annotations(DictObject* locals) {
  if (!locals) raise(exc_SystemError, "no locals found when setting up annotations");
  Value key(intern("__annotations__"));
  if (!locals->contains(key)) locals->set(key, Value(new_dict()));
}

Value before_with(const Value& mgr, Value& bound_exit) {
  TypeObject* t = type_of(mgr);
  Value enter = t->lookup(intern("__enter__"));
  if (enter.is_null()) {
    raise_type_error(cat("'", t->name, "' object does not support the context manager protocol"));
  }
  Value exit = t->lookup(intern("__exit__"));
  if (exit.is_null()) {
    raise_type_error(
        cat("'", t->name,
            "' object does not support the context manager protocol (missed __exit__ method)"));
  }
  bound_exit = bind_attribute(exit, mgr);
  // A plain function or native method takes the manager as its first argument: no binding.
  if (is_function(enter) || is_native(enter)) return call(enter, {mgr});
  return call(bind_attribute(enter, mgr), std::initializer_list<Value>{});
}

}  // namespace gilt::vm
