#include "interpreter/compiler/compile.hpp"

#include "interpreter/compiler/codegen.hpp"
#include "interpreter/compiler/context.hpp"
#include "interpreter/compiler/disasm.hpp"
#include "interpreter/compiler/symtable.hpp"
#include "interpreter/compiler/validate.hpp"
#include "interpreter/parse.hpp"

namespace gilt::compiler {

// Passes: parse; validate (CPython's parser-level checks); symbol table; code generation.
Ref<CodeObject> compile_source(std::string_view source, std::string_view filename,
                               CompileMode mode) {
  CompileContext ctx(source, filename);
  if (mode == CompileMode::Eval) {
    front::ExprResult parsed = front::parse_expression(source);
    if (parsed.error) ctx.raise(*parsed.error);
    const ast::Expr& e = *parsed.expr;
    validate_expression(ctx, e);
    std::unique_ptr<SymbolTable> table = SymbolTable::build(ctx, e);
    return Codegen(ctx, *table, mode).expression(e);
  }
  front::ParseResult parsed = front::parse_module(source);
  if (parsed.error) ctx.raise(*parsed.error);
  const ast::Module& m = *parsed.module;
  validate_module(ctx, m);
  std::unique_ptr<SymbolTable> table = SymbolTable::build(ctx, m);
  return Codegen(ctx, *table, mode).module(m);
}

std::string disassemble(const CodeObject& code) {
  return disassemble_all(code);
}

}  // namespace gilt::compiler
