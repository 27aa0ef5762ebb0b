// f-strings: splitting a literal's pieces into text and `{expr!c:spec}` fields, and parsing each
// field's expression with front::parse_expression, as CPython 3.11's string_parser.c does (same
// messages). Every pass asks the table for a Str's parse, so each f-string is parsed once and
// its expression nodes keep stable addresses (the symbol table keys scopes by node).
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "interpreter/ast.hpp"

namespace gilt::compiler {

class CompileContext;
struct FStringField;

// Literal text (already decoded) or, when `field` is set, a replacement field.
struct FStringPart {
  std::string literal;
  std::unique_ptr<FStringField> field;
};

struct FStringField {
  ast::Expr expr;                 // locations already point into the source
  int conversion = 0;             // FORMAT_VALUE's flags & 3: 0 none, 1 !s, 2 !r, 3 !a
  bool has_spec = false;          // a `:` was present (the spec may still be empty)
  std::vector<FStringPart> spec;  // the format spec: text and nested fields
};

// The parts of a whole Str (all its pieces, plain ones included), adjacent texts merged.
struct FStringValue {
  std::vector<FStringPart> parts;
};

class FStringTable {
 public:
  // Parses on first use; throws SyntaxError with CPython's f-string messages.
  const FStringValue& get(const CompileContext& ctx, const ast::Str& s);

 private:
  std::unordered_map<const ast::Str*, std::unique_ptr<FStringValue>> table_;
};

}  // namespace gilt::compiler
