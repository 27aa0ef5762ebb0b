// Creating classes: builtins.__build_class__ (what a class statement calls), type(name, bases,
// dict) with the metaclass winner, C3 method resolution order, layout checks, the namespace
// conventions (__qualname__, __classcell__, __hash__ = None next to __eq__) and the
// __set_name__ / __init_subclass__ hooks.
#include <string>
#include <vector>

#include "runtime/api.hpp"
#include "runtime/attributes.hpp"
#include "runtime/class_internal.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/function.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"
#include "runtime/vm.hpp"

namespace gilt {

namespace {

TypeObject* as_type(const Value& v) {
  return v.as<TypeObject>();
}

bool is_type(const Value& v) {
  return v.is_obj() && v.as_obj()->type->is_subtype_of(type_type);
}

// The built-in type whose object layout instances of `t` share (every exception shares
// BaseException's).
TypeObject* solid_base(TypeObject* t) {
  while (t->flags & kTypeHeapType)
    t = t->base.get();
  if (t->flags & kTypeException) return exc_BaseException;
  return t;
}

// Built-in types whose constructors build the exact type only: a subclass would get plain
// instances of the base, so gilt refuses them instead.
bool layout_unsupported(TypeObject* solid) {
  return solid == int_type || solid == float_type || solid == str_type || solid == bytes_type;
}

// The metaclass that derives from the metaclasses of all bases (CPython's
// _PyType_CalculateMetaclass).
TypeObject* winning_metaclass(TypeObject* meta, const std::vector<Value>& bases) {
  TypeObject* winner = meta;
  for (const Value& b : bases) {
    TypeObject* bt = type_of(b);
    if (winner->is_subtype_of(bt)) continue;
    if (bt->is_subtype_of(winner)) {
      winner = bt;
      continue;
    }
    raise_type_error(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of "
        "the metaclasses of all its bases");
  }
  return winner;
}

// C3 linearization of `t` over its bases, with CPython's error for inconsistent hierarchies.
std::vector<TypeObject*> c3_mro(TypeObject* t) {
  std::vector<std::vector<TypeObject*>> seqs;
  for (const Ref<TypeObject>& b : t->bases)
    seqs.push_back(b->mro);
  std::vector<TypeObject*> direct;
  for (const Ref<TypeObject>& b : t->bases)
    direct.push_back(b.get());
  seqs.push_back(direct);
  std::vector<TypeObject*> result{t};
  auto in_tail = [&](TypeObject* c) {
    for (const auto& s : seqs)
      for (size_t i = 1; i < s.size(); ++i)
        if (s[i] == c) return true;
    return false;
  };
  for (;;) {
    bool any = false;
    TypeObject* pick = nullptr;
    for (const auto& s : seqs) {
      if (s.empty()) continue;
      any = true;
      if (!in_tail(s[0])) {
        pick = s[0];
        break;
      }
    }
    if (!any) return result;
    if (!pick) {
      std::vector<TypeObject*> heads;
      for (const auto& s : seqs) {
        if (s.empty()) continue;
        bool seen = false;
        for (TypeObject* h : heads)
          seen = seen || h == s[0];
        if (!seen) heads.push_back(s[0]);
      }
      std::string names;
      for (TypeObject* h : heads)
        names += (names.empty() ? "" : ", ") + h->name;
      raise_type_error(
          cat("Cannot create a consistent method resolution\norder (MRO) for bases ", names));
    }
    result.push_back(pick);
    for (auto& s : seqs)
      if (!s.empty() && s[0] == pick) s.erase(s.begin());
  }
}

// Checks the bases and picks the one whose layout the new class extends (CPython's best_base).
TypeObject* best_base(const std::vector<Value>& bases) {
  TypeObject* best = nullptr;
  TypeObject* best_solid = nullptr;
  for (const Value& b : bases) {
    if (!is_type(b)) raise_type_error("bases must be types");
    TypeObject* bt = as_type(b);
    if (!(bt->flags & kTypeBaseType))
      raise_type_error(cat("type '", bt->name, "' is not an acceptable base type"));
    TypeObject* solid = solid_base(bt);
    if (!best) {
      best = bt;
      best_solid = solid;
    } else if (best_solid->is_subtype_of(solid)) {
      // the current best already extends this layout
    } else if (solid->is_subtype_of(best_solid)) {
      best = bt;
      best_solid = solid;
    } else {
      raise_type_error("multiple bases have instance lay-out conflict");
    }
  }
  if (layout_unsupported(best_solid))
    raise_type_error(cat("gilt does not support subclassing '", best_solid->name, "' yet"));
  return best;
}

// A function in the namespace under these names is implicitly a staticmethod/classmethod.
void wrap_implicit_methods(DictObject* dict) {
  Value new_fn = dict->get("__new__");
  if (new_fn.is_obj() && new_fn.as_obj()->type == function_type)
    dict->set("__new__", make_staticmethod(new_fn));
  for (const char* name : {"__init_subclass__", "__class_getitem__"}) {
    Value f = dict->get(name);
    if (f.is_obj() && f.as_obj()->type == function_type) dict->set(name, make_classmethod(f));
  }
}

// Calls __set_name__(owner, name) on every attribute whose type defines it.
void call_set_name(TypeObject* t) {
  std::vector<Value> items;
  t->dict->each([&](const Value& k, const Value& v) {
    items.push_back(k);
    items.push_back(v);
  });
  StrObject* set_name = intern("__set_name__");
  for (size_t i = 0; i < items.size(); i += 2) {
    Value hook = type_of(items[i + 1])->lookup(set_name);
    if (hook.is_null()) continue;
    call(descr_get(hook, items[i + 1], type_of(items[i + 1])), {Value(t), items[i]});
  }
}

// super(t, t).__init_subclass__(**kw)
void call_init_subclass(TypeObject* t, const CallArgs& kw) {
  StrObject* name = intern("__init_subclass__");
  for (size_t i = 1; i < t->mro.size(); ++i) {
    Value attr = t->mro[i]->dict->get_str(name);
    if (attr.is_null()) continue;
    call(descr_get(attr, Value(), t), kw);
    return;
  }
}

// __slots__: a member descriptor per name. When neither this class nor a base has a __dict__,
// instances take no other attributes (kTypeSlots). Only classes with object's layout have them.
void add_slots(TypeObject* t, TypeObject* base) {
  Value slots = t->dict->get("__slots__");
  if (slots.is_null()) return;
  std::vector<Value> names = is_str(slots) ? std::vector<Value>{slots} : to_vector(slots);
  bool wants_dict = false;
  for (const Value& n : names) {
    if (!is_str(n))
      raise_type_error(cat("__slots__ items must be strings, not '", type_name(n), "'"));
    StrObject* name = intern(n.as<StrObject>()->view());
    if (name->view() == "__dict__") {
      wants_dict = true;
      continue;
    }
    if (!(t->flags & kTypeInstanceDict))
      raise_type_error(
          cat("nonempty __slots__ not supported for subtype of '", solid_base(base)->name, "'"));
    if (!t->dict->get_str(name).is_null())
      raise_value_error(cat(repr_utf8(Value(name)), " in __slots__ conflicts with class variable"));
    t->dict->set(Value(name), make_member_descriptor(name, t));
  }
  bool base_slots_only = base == object_type || (base->flags & kTypeSlots);
  if ((t->flags & kTypeInstanceDict) && base_slots_only && !wants_dict) t->flags |= kTypeSlots;
}

}  // namespace

Value create_heap_type(TypeObject* meta, const CallArgs& args) {
  if (args.nargs != 3)
    raise_type_error(cat("type.__new__() takes exactly 3 arguments (", args.nargs, " given)"));
  if (!is_str(args[0]))
    raise_type_error(cat("type.__new__() argument 1 must be str, not ", type_name(args[0])));
  if (!is_exact(args[1], tuple_type) && !is_instance(args[1], tuple_type))
    raise_type_error(cat("type.__new__() argument 2 must be tuple, not ", type_name(args[1])));
  if (!is_dict(args[2]))
    raise_type_error(cat("type.__new__() argument 3 must be dict, not ", type_name(args[2])));
  std::vector<Value> bases = args[1].as<TupleObject>()->items;
  meta = winning_metaclass(meta, bases);
  if (bases.empty()) bases.emplace_back(object_type);
  for (size_t i = 0; i < bases.size(); ++i)
    for (size_t j = 0; j < i; ++j)
      if (bases[i].is(bases[j]) && is_type(bases[i]))
        raise_type_error(cat("duplicate base class ", as_type(bases[i])->name));
  TypeObject* base = best_base(bases);
  TypeObject* solid = solid_base(base);

  uint32_t flags = kTypeHeapType | kTypeBaseType | (base->flags & kTypeException);
  if (solid == object_type) flags |= kTypeInstanceDict;
  auto* t = new TypeObject(args[0].as<StrObject>()->data, base, flags);
  Value result(t);
  if (meta != type_type) {
    t->type = meta;
    if (meta->flags & kTypeHeapType) ++meta->refcnt;  // released by ~Object
  }
  t->bases.clear();
  for (const Value& b : bases)
    t->bases.emplace_back(as_type(b));
  t->mro = c3_mro(t);
  for (const Ref<TypeObject>& b : t->bases)
    b->subclasses.push_back(t);

  // The namespace becomes the type's dict, minus what type creation consumes.
  DictObject* ns = args[2].as<DictObject>();
  DictObject* d = t->dict.get();
  ns->each([&](const Value& k, const Value& v) { d->set(k, v); });
  Value qualname = d->pop(Value(intern("__qualname__")));
  if (!qualname.is_null() && !is_str(qualname))
    raise_type_error(cat("type __qualname__ must be a str, not ", type_name(qualname)));
  t->qualname = qualname.is_null() ? args[0] : qualname;
  Value cell = d->pop(Value(intern("__classcell__")));
  if (d->get("__module__").is_null()) {
    DictObject* globals = current_globals();
    Value module = globals ? globals->get("__name__") : Value();
    if (!module.is_null()) d->set("__module__", module);
  }
  if (d->get("__doc__").is_null()) d->set("__doc__", Value::none());
  if (!d->get("__eq__").is_null() && d->get("__hash__").is_null())
    d->set("__hash__", Value::none());
  wrap_implicit_methods(d);
  add_slots(t, base);
  bool base_has_dict = (base->flags & kTypeInstanceDict) && !(base->flags & kTypeSlots);
  if ((t->flags & kTypeInstanceDict) && !(t->flags & kTypeSlots) && !base_has_dict)
    add_getset(t, "__dict__", instance_dict_getter, instance_dict_setter,
               "dictionary for instance variables");
  t->modified();
  refresh_slots(t);

  if (cell.is_obj() && cell.as_obj()->type == cell_type) cell.as<CellObject>()->value = result;
  call_set_name(t);
  call_init_subclass(t, CallArgs{args.args + args.nargs, 0, args.kwnames, args.nkw});
  return result;
}

// __build_class__(func, name, *bases, metaclass=None, **kwds)
Value build_class(const CallArgs& a) {
  if (a.nargs < 2) raise_type_error("__build_class__: not enough arguments");
  if (!a[0].is_obj() || a[0].as_obj()->type != function_type)
    raise_type_error("__build_class__: func must be a function");
  if (!is_str(a[1])) raise_type_error("__build_class__: name is not a string");
  std::vector<Value> bases(a.args + 2, a.args + a.nargs);
  Value meta;
  std::vector<Value> kw_values;
  std::vector<Value> kw_names;
  for (size_t i = 0; i < a.nkw; ++i) {
    if (a.kwname(i)->view() == "metaclass") {
      meta = a.kwvalue(i);
    } else {
      kw_names.emplace_back(a.kwname(i));
      kw_values.push_back(a.kwvalue(i));
    }
  }
  if (meta.is_null()) meta = bases.empty() ? Value(type_type) : Value(type_of(bases[0]));
  if (is_type(meta)) meta = Value(winning_metaclass(as_type(meta), bases));
  Value bases_tuple(new_tuple(bases));
  Ref<TupleObject> kwnames = new_tuple(kw_names);
  size_t nkw = kw_names.size();

  // __prepare__(name, bases, **kwds) may supply the namespace.
  Value ns;
  Value prepare = get_attr_or_null(meta, intern("__prepare__"));
  if (!prepare.is_null()) {
    std::vector<Value> pargs{a[1], bases_tuple};
    pargs.insert(pargs.end(), kw_values.begin(), kw_values.end());
    ns = call(prepare, CallArgs{pargs.data(), 2, nkw ? kwnames.get() : nullptr, nkw});
    if (!is_dict(ns))
      raise_type_error(
          cat(repr_utf8(meta), ".__prepare__() must return a mapping, not ", type_name(ns)));
  } else {
    ns = Value(new_dict());
  }
  Value cell = run_class_body(a[0].as<FunctionObject>(), ns.as<DictObject>());
  std::vector<Value> margs{a[1], bases_tuple, ns};
  margs.insert(margs.end(), kw_values.begin(), kw_values.end());
  Value cls = call(meta, CallArgs{margs.data(), 3, nkw ? kwnames.get() : nullptr, nkw});
  if (cell.is_obj() && cell.as_obj()->type == cell_type && is_type(cls)) {
    Value& content = cell.as<CellObject>()->value;
    if (content.is_null()) content = cls;
  }
  return cls;
}

void install_class_builtins(DictObject* builtins) {
  if (builtins->get("__build_class__").is_null())
    add_function(builtins, "__build_class__", build_class,
                 "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
                 "Internal helper function used by the class statement.");
  const std::pair<const char*, TypeObject*> types[] = {{"classmethod", classmethod_type},
                                                       {"property", property_type},
                                                       {"staticmethod", staticmethod_type},
                                                       {"super", super_type}};
  for (const auto& [name, type] : types)
    if (builtins->get(name).is_null()) builtins->set(name, Value(type));
}

}  // namespace gilt
