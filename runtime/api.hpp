// The generic object protocol: what `a + b`, `repr(x)`, `x[k]`, `for v in x`, `f(...)` mean for
// any pair of values. The VM's fast paths handle the common inline cases first and call these
// for everything else; builtins are thin wrappers over them. All may throw PyException.
#pragma once

#include <string>
#include <string_view>

#include "runtime/args.hpp"
#include "runtime/type.hpp"

namespace gilt {

struct StrObject;
struct TupleObject;

// --- conversion to text ---
Value repr(const Value& v);             // a str Value
Value to_str(const Value& v);           // str(v)
std::string repr_utf8(const Value& v);  // convenience for messages and print
std::string str_utf8(const Value& v);

// --- truth, identity, equality, ordering, hashing ---
bool truthy(const Value& v);
bool equals(const Value& a, const Value& b);  // Python ==, as a bool (identity first)
Value compare(const Value& a, const Value& b,
              CmpOp op);  // rich comparison with reflection;
                          // TypeError "'<' not supported between instances of 'int' and 'str'"
bool compare_bool(const Value& a, const Value& b, CmpOp op);
int64_t hash_value(const Value& v);  // TypeError "unhashable type: 'list'"

// --- arithmetic ---
Value binary_op(BinOp op, const Value& a,
                const Value& b);          // reflection, in-place fallback,
                                          // "unsupported operand type(s) for +: 'int' and 'str'"
Value unary_op(UnOp op, const Value& v);  // "bad operand type for unary -: 'str'"

// --- attributes ---
Value get_attr(const Value& obj, StrObject* name);          // raises AttributeError
Value get_attr_or_null(const Value& obj, StrObject* name);  // Null instead of AttributeError
void set_attr(const Value& obj, StrObject* name, const Value& value);
void del_attr(const Value& obj, StrObject* name);
// LOAD_METHOD's helper: when `name` resolves to a plain function/native method on the type
// (not shadowed by an instance attribute), returns it unbound and sets `is_method`; otherwise
// returns the bound attribute as get_attr would.
Value get_method(const Value& obj, StrObject* name, bool& is_method);

// --- containers ---
int64_t length(const Value& v);                      // "object of type 'int' has no len()"
Value get_item(const Value& obj, const Value& key);  // "'int' object is not subscriptable"
void set_item(const Value& obj, const Value& key,
              const Value& value);                         // "... does not support item assignment"
void del_item(const Value& obj, const Value& key);         // "... doesn't support item deletion"
bool contains(const Value& container, const Value& item);  // `item in container`

// --- iteration ---
Value get_iter(const Value& v);               // "'int' object is not iterable"
bool iter_next(const Value& it, Value& out);  // false when exhausted
// Calls fn(item) for every item; the common loop for builtins (list(x), sum, join...).
template <class F>
void for_each(const Value& iterable, F&& fn) {
  Value it = get_iter(iterable);
  Value item;
  while (iter_next(it, item))
    fn(item);
}

// --- calls ---
Value call(const Value& callable, const CallArgs& args);  // "'int' object is not callable"
Value call(const Value& callable, std::initializer_list<Value> positional);
bool is_callable(const Value& v);

// --- integers from Python values (the __index__ protocol) ---
// "'float' object cannot be interpreted as an integer"; OverflowError beyond int64 with
// "Python int too large to convert to C ssize_t" (ssize) / "... to C long" (long)
int64_t index_to_int64(const Value& v);
bool is_index(const Value& v);  // int, bool, or big int
// CPython's PyNumber_AsSsize_t(v, exc): like index_to_int64, but an int beyond int64 raises
// `overflow_exc` (IndexError for subscripts, OverflowError for counts) with "cannot fit 'int'
// into an index-sized integer".
int64_t index_to_ssize(const Value& v, TypeObject* overflow_exc);

}  // namespace gilt
