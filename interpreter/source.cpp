#include "interpreter/source.hpp"

#include <algorithm>

namespace gilt::front {

Source::Source(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    if (c == '\n' || c == '\r') starts_.push_back(i + 1);
  }
  // A final terminator does not open a new (empty) line.
  if (starts_.size() > 1 && starts_.back() == text.size()) starts_.pop_back();
}

std::string_view Source::line(int n) const {
  if (n < 1 || n > line_count()) return {};
  std::size_t b = starts_[n - 1];
  std::size_t e = b;
  while (e < text_.size() && text_[e] != '\n' && text_[e] != '\r')
    ++e;
  return text_.substr(b, e - b);
}

int Source::char_offset(int n, int byte_offset) const {
  if (byte_offset <= 0) return byte_offset;
  std::string_view l = line(n);
  auto len = static_cast<std::size_t>(byte_offset);
  int chars = 0;
  for (std::size_t i = 0; i < std::min(len, l.size()); ++i) {
    if ((static_cast<unsigned char>(l[i]) & 0xC0) != 0x80) ++chars;
  }
  // Offsets past the end of the line (the newline, or "end of line + 1") stay bytes past it.
  if (len > l.size()) chars += static_cast<int>(len - l.size());
  return chars;
}

SyntaxErrorInfo Source::error(std::string type, std::string msg, int line, int byte_offset,
                              int end_line, int end_byte_offset) const {
  SyntaxErrorInfo e;
  e.type = std::move(type);
  e.msg = std::move(msg);
  e.line = line;
  e.end_line = end_line;
  if (line > 0) {
    e.offset = char_offset(line, byte_offset);
    e.text = std::string(this->line(line));
  }
  e.end_offset = end_line > 0 ? char_offset(end_line, end_byte_offset) : end_byte_offset;
  return e;
}

std::string format_syntax_error(const SyntaxErrorInfo& e, std::string_view filename) {
  std::string out;
  if (e.line > 0) {
    out += "  File \"";
    out += filename;
    out += "\", line " + std::to_string(e.line) + "\n";
    // As CPython: strip the indentation and shift the caret with it.
    std::string_view t = e.text;
    int offset = e.offset - 1;
    int end = e.end_offset - 1;
    while (!t.empty() && (t[0] == ' ' || t[0] == '\t' || t[0] == '\f')) {
      t.remove_prefix(1);
      --offset;
      --end;
    }
    out += "    ";
    out += t;
    out += "\n";
    // Columns count characters; the caret line pads with one space per character.
    int width = 0;
    for (char c : t)
      width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (offset >= 0) {
      offset = std::min(offset, width);
      int carets = (e.end_line == e.line && end > offset) ? end - offset : 1;
      carets = std::max(1, std::min(carets, width + 1 - offset));
      out += "    " + std::string(static_cast<std::size_t>(offset), ' ') +
             std::string(static_cast<std::size_t>(carets), '^') + "\n";
    }
  }
  out += e.type + ": " + e.msg + "\n";
  return out;
}

}  // namespace gilt::front
