// The generic protocol, part 2: equality, rich comparison with reflection, and hashing.
#include <vector>

#include "runtime/api.hpp"
#include "runtime/core_types.hpp"
#include "runtime/errors.hpp"
#include "runtime/number.hpp"
#include "runtime/recursion_guard.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

// CPython's do_richcompare: the right operand's reflected method goes first when its type is a
// proper subclass of the left's; == and != fall back to identity.
Value rich_compare(const Value& a, const Value& b, CmpOp op) {
  RecursionGuard guard(" in comparison");  // nested lists compare item by item, recursively
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->compare && tb->is_subtype_of(ta)) {
    checked_reverse = true;
    Value r = tb->compare(b, a, swapped(op));
    if (!r.is_null()) return r;
  }
  if (ta->compare) {
    Value r = ta->compare(a, b, op);
    if (!r.is_null()) return r;
  }
  if (!checked_reverse && tb->compare) {
    Value r = tb->compare(b, a, swapped(op));
    if (!r.is_null()) return r;
  }
  if (op == CmpOp::Eq) return Value::boolean(a.is(b));
  if (op == CmpOp::Ne) return Value::boolean(!a.is(b));
  raise_type_error(cat("'", cmpop_symbol(op), "' not supported between instances of '", ta->name,
                       "' and '", tb->name, "'"));
}

template <class T>
bool apply(T x, T y, CmpOp op) {
  switch (op) {
    case CmpOp::Lt:
      return x < y;
    case CmpOp::Le:
      return x <= y;
    case CmpOp::Eq:
      return x == y;
    case CmpOp::Ne:
      return x != y;
    case CmpOp::Gt:
      return x > y;
    default:
      return x >= y;
  }
}

// Hashing past this many nested objects first caches the hashes of the nested tuples.
constexpr int kDeepHash = 100;
thread_local int hash_depth = 0;

// CPython hashes nested tuples recursively, so `hash(t)` of a 100000-deep tuple works there (a
// million levels crash it). Caching the hash of every uncached tuple inside `root` bottom-up,
// with an explicit stack, lets hashing the root recurse only one level per cached tuple.
void cache_nested_tuple_hashes(TupleObject* root) {
  struct Pending {
    TupleObject* tuple;
    size_t next_item;
  };
  std::vector<Pending> stack{{root, 0}};
  while (!stack.empty()) {
    Pending& top = stack.back();
    if (top.next_item < top.tuple->items.size()) {
      const Value& item = top.tuple->items[top.next_item++];
      if (item.is_obj() && item.as_obj()->type == tuple_type && item.as<TupleObject>()->hash == -1)
        stack.push_back({item.as<TupleObject>(), 0});  // `top` is not used after this
      continue;
    }
    TupleObject* done = top.tuple;
    stack.pop_back();
    if (done != root) tuple_type->hash(Value(done));  // the root's caller hashes it
  }
}

// Counts the nesting of hash_value on objects; deep inside, guards the C++ stack.
class HashDepthScope {
 public:
  explicit HashDepthScope(const Value& v) {
    if (++hash_depth < kDeepHash) return;
    try {
      // CPython has no limit here and crashes when the C++ stack runs out.
      if (RecursionGuard::stack_exhausted(current_thread())) RecursionGuard::raise_too_deep("");
      if (v.as_obj()->type == tuple_type && v.as<TupleObject>()->hash == -1)
        cache_nested_tuple_hashes(v.as<TupleObject>());
    } catch (...) {
      --hash_depth;  // the destructor does not run when the constructor throws
      throw;
    }
  }
  ~HashDepthScope() { --hash_depth; }
  HashDepthScope(const HashDepthScope&) = delete;
  HashDepthScope& operator=(const HashDepthScope&) = delete;
};

}  // namespace

Value compare(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) return Value::boolean(apply(a.as_int(), b.as_int(), op));
  if (a.is_float() && b.is_float()) return Value::boolean(apply(a.as_float(), b.as_float(), op));
  return rich_compare(a, b, op);
}

bool compare_bool(const Value& a, const Value& b, CmpOp op) {
  if (a.is_int() && b.is_int()) return apply(a.as_int(), b.as_int(), op);
  if (a.is_float() && b.is_float()) return apply(a.as_float(), b.as_float(), op);
  Value r = rich_compare(a, b, op);
  return r.is_bool() ? r.as_bool() : truthy(r);
}

bool equals(const Value& a, const Value& b) {
  if (a.is(b)) return true;
  if (a.is_int() && b.is_int()) return false;  // distinct payloads
  if (a.is_obj() && b.is_obj() && a.as_obj()->type == str_type && b.as_obj()->type == str_type)
    return str_equal(a.as<StrObject>(), b.as<StrObject>());
  Value r = rich_compare(a, b, CmpOp::Eq);
  return r.is_bool() ? r.as_bool() : truthy(r);
}

int64_t hash_value(const Value& v) {
  switch (v.tag()) {
    case Tag::Bool:
    case Tag::Int:
      return hash_int64(v.as_int());
    case Tag::Float:
      return hash_double(v.as_float());
    case Tag::None:
    case Tag::Null:
      return type_of(v)->hash(v);
    case Tag::Obj:
      break;
  }
  TypeObject* t = v.as_obj()->type;
  if (t == str_type) return str_hash(v.as<StrObject>());
  if (t->hash) {
    HashDepthScope scope(v);
    return t->hash(v);
  }
  // CPython: defining __eq__ without __hash__ makes a type unhashable; types that keep the
  // default (identity) equality hash by address.
  if (!t->compare || t->compare == object_type->compare) return pointer_hash(v.as_obj());
  raise_type_error(cat("unhashable type: '", t->name, "'"));
}

}  // namespace gilt
