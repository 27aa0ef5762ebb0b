#include "interpreter/compiler/literals.hpp"

#include "runtime/set.hpp"

#include <bit>
#include <cstring>

#include "runtime/bytes.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/int.hpp"
#include "runtime/set.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt::compiler {

Const const_none() {
  return Const{Value::none(), "N"};
}
Const const_bool(bool b) {
  return Const{Value::boolean(b), b ? "T" : "F"};
}
Const const_ellipsis() {
  return Const{Value(ellipsis_obj), "E"};
}
Const const_int(const Value& v) {
  return Const{v, "i" + int_to_string(v)};
}

Const const_float(double d) {
  uint64_t bits = std::bit_cast<uint64_t>(d);
  return Const{Value::floating(d), cat("f", std::hex, bits)};
}

Const const_str(std::string_view utf8) {
  return Const{make_str(utf8), "s" + std::string(utf8)};
}
Const const_bytes(std::string_view data) {
  return Const{make_bytes(data), "b" + std::string(data)};
}

Const const_tuple(const std::vector<Const>& items) {
  std::vector<Value> values;
  values.reserve(items.size());
  std::string key = "(";
  for (const Const& c : items) {
    values.push_back(c.value);
    key += std::to_string(c.key.size()) + ":" + c.key;
  }
  key += ")";
  return Const{new_tuple(std::move(values)), std::move(key)};
}

Const const_frozenset(const std::vector<Const>& items) {
  Ref<SetObject> set = new_frozenset();
  std::string key = "{";
  for (const Const& c : items) {
    set->add(c.value);
    key += std::to_string(c.key.size()) + ":" + c.key;
  }
  key += "}";
  return Const{Value(set), std::move(key)};
}

Const const_code(const Value& code) {
  // The object's address is unique while the builder (which holds a reference) lives.
  return Const{code, cat("c", static_cast<const void*>(code.as_obj()))};
}

Const constant_const(const ast::Constant& c) {
  switch (c.kind) {
    case ast::ConstKind::None:
      return const_none();
    case ast::ConstKind::True:
      return const_bool(true);
    case ast::ConstKind::False:
      return const_bool(false);
    case ast::ConstKind::Ellipsis:
      return const_ellipsis();
  }
  return const_none();
}

Const number_const(const CompileContext& ctx, const ast::Number& n) {
  switch (n.kind) {
    case ast::NumberKind::Int: {
      Value v = parse_int(n.text, 0);
      if (v.is_null()) ctx.syntax_error("invalid decimal literal", n);
      return const_int(v);
    }
    case ast::NumberKind::Float: {
      double d = 0;
      if (!parse_float(n.text, d)) ctx.syntax_error("invalid decimal literal", n);
      return const_float(d);
    }
    case ast::NumberKind::Imaginary:
      break;
  }
  ctx.syntax_error("complex literals are not supported", n);
}

Const string_const(const ast::Str& s) {
  std::string data;
  bool bytes = false;
  for (const ast::StrPiece& p : s.pieces) {
    data += p.value;
    bytes = p.bytes;
  }
  return bytes ? const_bytes(data) : const_str(data);
}

bool fold_unary(ast::UnaryOp op, const Const& operand, Const* out) {
  const Value& v = operand.value;
  const bool is_int = v.is_int() || is_bigint(v);
  if (!is_int && !v.is_float()) return false;
  switch (op) {
    case ast::UnaryOp::USub:
      if (v.is_float())
        *out = const_float(-v.as_float());
      else
        *out = const_int(make_int(-to_bigint(v)));
      return true;
    case ast::UnaryOp::UAdd:
      *out = operand;
      return true;
    case ast::UnaryOp::Invert:
      if (!is_int) return false;
      *out = const_int(make_int(-(to_bigint(v) + 1)));
      return true;
    case ast::UnaryOp::Not:
      break;
  }
  return false;
}

}  // namespace gilt::compiler
