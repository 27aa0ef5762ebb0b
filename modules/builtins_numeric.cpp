// Numeric builtins: abs, bin/oct/hex, chr/ord, divmod, pow, round, sum, min/max, format.
#include <cmath>
#include <cstdint>

#include "modules/builtins_parts.hpp"
#include "runtime/api.hpp"
#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/number.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

// A type's special method (user classes' __abs__...), called with the instance.
Value call_special(const Value& v, const char* name) {
  Value method = type_of(v)->lookup(intern(name));
  return method.is_null() ? Value() : call(method, {v});
}

// An int for bin/oct/hex/chr: ints as they are, else the __index__ protocol's result.
Value as_index_value(const Value& v) {
  if (is_int_value(v)) return v;
  return Value::integer(index_to_int64(v));
}

Value int_with_prefix(const CallArgs& a, const char* fname, int base, const char* prefix) {
  no_kwargs(a, fname);
  exact_args(a, fname, 1);
  std::string digits = int_to_string(as_index_value(a[0]), base);
  if (!digits.empty() && digits[0] == '-') return make_str(cat("-", prefix, digits.substr(1)));
  return make_str(cat(prefix, digits));
}

// min() and max(): `op` is the comparison that makes an item the new best.
Value min_max(const CallArgs& a, const char* fname, CmpOp op) {
  if (a.nargs == 0) raise_type_error(cat(fname, " expected at least 1 argument, got 0"));
  Value options[2];  // key, default
  if (a.nkw) {
    std::string name = cat(fname, "()");
    bind_args(CallArgs{a.args + a.nargs, 0, a.kwnames, a.nkw}, name.c_str(), {"key", "default"}, 0,
              0, 2, options);
  }
  const Value& key = options[0];  // None means no key
  const Value& fallback = options[1];
  if (a.nargs > 1 && !fallback.is_null()) {
    raise_type_error(
        cat("Cannot specify a default for ", fname, "() with multiple positional arguments"));
  }
  Value best, best_key;
  bool has_key = !key.is_null() && !key.is_none();
  auto consider = [&](const Value& item) {
    Value k = has_key ? call(key, {item}) : item;
    if (best.is_null() || compare_bool(k, best_key, op)) {
      best = item;
      best_key = std::move(k);
    }
  };
  if (a.nargs == 1) {
    for_each(a[0], consider);
  } else {
    for (size_t i = 0; i < a.nargs; ++i)
      consider(a[i]);
  }
  if (!best.is_null()) return best;
  if (!fallback.is_null()) return fallback;
  raise_value_error(cat(fname, "() arg is an empty sequence"));
}

}  // namespace

Value builtin_abs(const CallArgs& a) {
  no_kwargs(a, "abs");
  exact_args(a, "abs", 1);
  const Value& v = a[0];
  if (v.is_int() || v.is_bool()) {
    int64_t i = v.as_int();
    if (i == INT64_MIN) return make_int(-BigInt(i));
    return Value::integer(i < 0 ? -i : i);
  }
  if (v.is_float()) return Value::floating(std::fabs(v.as_float()));
  if (is_bigint(v)) return make_int(abs(to_bigint(v)));
  Value result = call_special(v, "__abs__");
  if (result.is_null()) raise_type_error(cat("bad operand type for abs(): '", type_name(v), "'"));
  return result;
}

Value builtin_bin(const CallArgs& a) {
  return int_with_prefix(a, "bin", 2, "0b");
}
Value builtin_oct(const CallArgs& a) {
  return int_with_prefix(a, "oct", 8, "0o");
}
Value builtin_hex(const CallArgs& a) {
  return int_with_prefix(a, "hex", 16, "0x");
}

Value builtin_chr(const CallArgs& a) {
  no_kwargs(a, "chr");
  exact_args(a, "chr", 1);
  Value v = as_index_value(a[0]);
  if (!v.is_int() && !v.is_bool()) raise_overflow_error("Python int too large to convert to C int");
  int64_t cp = v.as_int();
  if (cp < INT32_MIN || cp > INT32_MAX) {
    raise_overflow_error("Python int too large to convert to C int");
  }
  if (cp < 0 || cp > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
  std::string text;
  utf8_append(text, static_cast<uint32_t>(cp));
  return make_str(text);
}

Value builtin_ord(const CallArgs& a) {
  no_kwargs(a, "ord");
  exact_args(a, "ord", 1);
  const Value& v = a[0];
  int64_t length;
  if (is_str(v)) {
    auto* s = v.as<StrObject>();
    if (s->length == 1) {
      size_t pos = 0;
      return Value::integer(utf8_decode(s->view(), pos));
    }
    length = s->length;
  } else if (is_bytes(v)) {
    std::string_view data = v.as<BytesObject>()->view();
    if (data.size() == 1) return Value::integer(static_cast<unsigned char>(data[0]));
    length = static_cast<int64_t>(data.size());
  } else {
    raise_type_error(cat("ord() expected string of length 1, but ", type_name(v), " found"));
  }
  raise_type_error(cat("ord() expected a character, but string of length ", length, " found"));
}

Value builtin_divmod(const CallArgs& a) {
  no_kwargs(a, "divmod");
  count_args(a, "divmod", 2, 2);
  return divmod_values(a[0], a[1]);
}

// pow(base, exp, mod=None)
Value builtin_pow(const CallArgs& a) {
  Value args[3];
  bind_args(a, "pow", {"base", "exp", "mod"}, 2, 0, args);
  if (args[2].is_null() || args[2].is_none()) return binary_op(BinOp::Pow, args[0], args[1]);
  return pow3(args[0], args[1], args[2]);
}

// round(number, ndigits=None)
Value builtin_round(const CallArgs& a) {
  Value args[2];
  bind_args(a, "round", {"number", "ndigits"}, 1, 0, args);
  const Value& x = args[0];
  if (is_number(x)) return round_value(x, args[1]);
  Value method = type_of(x)->lookup(intern("__round__"));
  if (method.is_null()) return round_value(x, args[1]);  // raises CPython's TypeError
  if (args[1].is_null()) return call(method, {x});
  return call(method, {x, args[1]});
}

// sum(iterable, /, start=0): exact int and float totals stay unboxed until they must not.
Value builtin_sum(const CallArgs& a) {
  Value args[2];
  bind_args(a, "sum", {"iterable", "start"}, 1, 1, args);
  Value total = args[1].is_null() ? Value::integer(0) : args[1];
  if (is_str(total)) raise_type_error("sum() can't sum strings [use ''.join(seq) instead]");
  if (is_bytes(total)) raise_type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  Value it = get_iter(args[0]);
  Value item;
  while (iter_next(it, item)) {
    if (total.is_int() && item.is_int()) {
      int64_t r;
      if (!__builtin_add_overflow(total.as_int(), item.as_int(), &r)) {
        total = Value::integer(r);
        continue;
      }
    } else if (total.is_float() && (item.is_float() || item.is_int())) {
      double d = item.is_float() ? item.as_float() : static_cast<double>(item.as_int());
      total = Value::floating(total.as_float() + d);
      continue;
    }
    total = binary_op(BinOp::Add, total, item);
  }
  return total;
}

Value builtin_min(const CallArgs& a) {
  return min_max(a, "min", CmpOp::Lt);
}
Value builtin_max(const CallArgs& a) {
  return min_max(a, "max", CmpOp::Gt);
}

}  // namespace gilt
