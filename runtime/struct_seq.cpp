// Struct sequences: construction, the repr with field names, and one attribute per field.
#include "runtime/struct_seq.hpp"

#include <array>
#include <utility>

#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/attributes.hpp"
#include "runtime/container_util.hpp"
#include "runtime/errors.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

StructSeqType* seq_type(TypeObject* t) {
  // A subclass of a struct-sequence type (rare) finds the spec on its base.
  for (TypeObject* m : t->mro)
    if (m->base.get() == tuple_type) return static_cast<StructSeqType*>(m);
  return static_cast<StructSeqType*>(t);
}

Value struct_seq_repr(const Value& self) {
  auto* o = self.as<StructSeqObject>();
  StructSeqType* t = seq_type(o->type);
  std::string out = t->name + "(";
  for (size_t i = 0; i < o->items.size(); ++i)
    out += cat(i ? ", " : "", t->fields[i], "=", repr_utf8(o->items[i]));
  return make_str(out + ")");
}

Value struct_seq_new(TypeObject* type, const CallArgs& a) {
  StructSeqType* t = seq_type(type);
  Value args[2];
  bind_args(a, t->name.c_str(), {"sequence", "dict"}, 1, 0, args);
  std::vector<Value> values = to_vector(args[0]);
  size_t n = values.size(), all = t->fields.size();
  if (n < t->visible) {
    const char* at_least = t->visible == all ? "a" : "an at least";
    raise_type_error(
        cat(t->name, "() takes ", at_least, " ", t->visible, "-sequence (", n, "-sequence given)"));
  }
  if (n > all) {
    const char* at_most = t->visible == all ? "a" : "an at most";
    raise_type_error(
        cat(t->name, "() takes ", at_most, " ", all, "-sequence (", n, "-sequence given)"));
  }
  values.resize(all, Value::none());
  Value made = new_struct_seq(t, std::move(values));
  containers::set_instance_type(made.as_obj(), type);
  return made;
}

template <size_t I>
Value field(const Value& self) {
  auto* o = self.as<StructSeqObject>();
  return I < o->items.size() ? o->items[I] : o->hidden[I - o->items.size()];
}

template <size_t... I>
constexpr std::array<Getter, sizeof...(I)> make_getters(std::index_sequence<I...>) {
  return {&field<I>...};
}
constexpr auto kFieldGetters = make_getters(std::make_index_sequence<kMaxStructSeqFields>());

}  // namespace

StructSeqType::StructSeqType(const char* qualified_name, std::vector<const char*> field_names,
                             size_t nvisible)
    : TypeObject(qualified_name, tuple_type), fields(std::move(field_names)), visible(nvisible) {}

StructSeqType* new_struct_seq_type(const char* qualified_name, std::vector<const char*> fields,
                                   size_t visible, bool constructible) {
  auto* t = new StructSeqType(qualified_name, std::move(fields), visible);
  ++t->refcnt;  // immortal, as the built-in types
  // Everything a tuple does, except the repr and construction.
  t->hash = tuple_type->hash;
  t->compare = tuple_type->compare;
  t->binary = tuple_type->binary;
  t->len = tuple_type->len;
  t->getitem = tuple_type->getitem;
  t->contains = tuple_type->contains;
  t->iter = tuple_type->iter;
  t->repr = struct_seq_repr;
  if (constructible) t->new_ = struct_seq_new;
  for (size_t i = 0; i < t->fields.size() && i < kMaxStructSeqFields; ++i)
    add_getset(t, t->fields[i], kFieldGetters[i]);
  t->modified();
  return t;
}

Value new_struct_seq(StructSeqType* type, std::vector<Value> values) {
  std::vector<Value> hidden(values.begin() + static_cast<ptrdiff_t>(type->visible), values.end());
  values.resize(type->visible);
  auto* o = new StructSeqObject(std::move(values));
  o->hidden = std::move(hidden);
  Value made(o);
  containers::set_instance_type(o, type);
  return made;
}

}  // namespace gilt
