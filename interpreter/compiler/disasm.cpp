#include "interpreter/compiler/disasm.hpp"

#include <sstream>
#include <unordered_set>

#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/opcodes.hpp"
#include "runtime/str.hpp"

namespace gilt::compiler {

namespace {

constexpr int kOpnameWidth = 20;
constexpr int kOperandWidth = 5;

bool is_code(const Value& v) {
  return v.is_obj() && v.as_obj()->type == code_type;
}

std::string code_repr(const CodeObject& code) {
  return cat("<code object ", code.name ? code.name->view() : "?", ", file \"",
             code.filename ? code.filename->view() : "?", "\", line ", code.firstlineno, ">");
}

std::string const_repr(const Value& v) {
  if (is_code(v)) return code_repr(*v.as<CodeObject>());
  return repr_utf8(v);
}

std::string name_at(const std::vector<Ref<StrObject>>& names, uint32_t i) {
  return i < names.size() ? std::string(names[i]->view()) : cat("<", i, ">");
}

std::string operand_text(const CodeObject& code, Op op, uint32_t arg) {
  switch (op_operand(op)) {
    case OperandKind::NONE:
    case OperandKind::COUNT:
      break;
    case OperandKind::CONST:
      return arg < code.consts.size() ? const_repr(code.consts[arg]) : "?";
    case OperandKind::NAME:
      return name_at(code.names, arg);
    case OperandKind::LOCAL:
      return name_at(code.varnames, arg);
    case OperandKind::CELL:
      if (arg < code.cellvars.size()) return name_at(code.cellvars, arg);
      return name_at(code.freevars, arg - static_cast<uint32_t>(code.cellvars.size()));
    case OperandKind::JUMP:
      return cat("to ", arg);
    case OperandKind::BINOP:
      return binop_symbol(static_cast<BinOp>(arg));
    case OperandKind::CMPOP:
      return cmpop_symbol(static_cast<CmpOp>(arg));
    case OperandKind::FLAG:
      if (op == Op::FORMAT_VALUE) {
        static const char* const kConv[] = {"", "str", "repr", "ascii"};
        std::string s = kConv[arg & 3];
        if (arg & 4) s += s.empty() ? "with format" : ", with format";
        return s;
      }
      if (op == Op::MAKE_FUNCTION) {
        static const char* const kParts[] = {"defaults", "kwdefaults", "annotations", "closure"};
        std::string s;
        for (int bit = 0; bit < 4; ++bit)
          if (arg & (1u << bit)) s += (s.empty() ? "" : ", ") + std::string(kParts[bit]);
        return s;
      }
      break;
  }
  return "";
}

void disassemble_into(std::ostringstream& out, const CodeObject& code) {
  std::unordered_set<uint32_t> targets;
  for (uint32_t word : code.code)
    if (op_operand(op_of(word)) == OperandKind::JUMP) targets.insert(arg_of(word));
  const size_t offset_width = std::max<size_t>(4, std::to_string(code.code.size()).size());
  int last_line = -1;
  for (size_t ip = 0; ip < code.code.size(); ++ip) {
    const Op op = op_of(code.code[ip]);
    const uint32_t arg = arg_of(code.code[ip]);
    const int line = code.line_at(ip);
    // CPython's fields, joined by single spaces: line, current-instruction marker (unused),
    // jump-target marker, offset, name, operand, operand text.
    std::string row;
    if (line != last_line) {
      if (ip > 0) out << "\n";
      std::string num = std::to_string(line);
      row += std::string(num.size() < 3 ? 3 - num.size() : 0, ' ') + num;
      last_line = line;
    } else {
      row += "   ";
    }
    row += "     ";
    row += targets.count(static_cast<uint32_t>(ip)) ? ">>" : "  ";
    row += " ";
    std::string offset = std::to_string(ip);
    row += std::string(offset_width - std::min(offset_width, offset.size()), ' ') + offset + " ";
    std::string name = op_name(op);
    row += name;
    if (op_operand(op) != OperandKind::NONE) {
      if (name.size() < kOpnameWidth) row += std::string(kOpnameWidth - name.size(), ' ');
      std::string num = std::to_string(arg);
      row +=
          " " + std::string(num.size() < kOperandWidth ? kOperandWidth - num.size() : 0, ' ') + num;
      std::string text = operand_text(code, op, arg);
      if (!text.empty()) row += " (" + text + ")";
    }
    out << row << "\n";
  }
}

void disassemble_recursive(std::ostringstream& out, const CodeObject& code) {
  disassemble_into(out, code);
  for (const Value& c : code.consts) {
    if (!is_code(c)) continue;
    out << "\nDisassembly of " << code_repr(*c.as<CodeObject>()) << ":\n";
    disassemble_recursive(out, *c.as<CodeObject>());
  }
}

}  // namespace

std::string disassemble_one(const CodeObject& code) {
  std::ostringstream out;
  disassemble_into(out, code);
  return out.str();
}

std::string disassemble_all(const CodeObject& code) {
  std::ostringstream out;
  disassemble_recursive(out, code);
  return out.str();
}

}  // namespace gilt::compiler
