// Printing an uncaught exception exactly as CPython 3.11's default sys.excepthook does
// (Python/pythonrun.c, Python/traceback.c), minus the ~~^^ position markers.
#include <cstdio>
#include <set>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/errors.hpp"
#include "runtime/exception.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"
#include "runtime/suggestions.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

constexpr size_t kTracebackLimit = 1000;  // sys.tracebacklimit's default
constexpr size_t kRecursiveCutoff = 3;    // identical lines shown before "[Previous line...]"

BaseExceptionObject* as_exc(const Value& v) {
  return v.as<BaseExceptionObject>();
}

// An attribute read that never raises: printing must not fail halfway.
Value attribute(const Value& obj, const char* name) {
  try {
    return get_attr_or_null(obj, intern(name));
  } catch (const PyException&) {
    return Value();
  }
}

bool as_size(const Value& v, int64_t& out) {
  if (!v.is_int() && !v.is_bool()) return false;
  out = v.as_int();
  return true;
}

void print_repeated(std::string& out, size_t count) {
  count -= kRecursiveCutoff;
  out += cat("  [Previous line repeated ", count, " more time", count > 1 ? "s" : "", "]\n");
}

void format_traceback(std::string& out, const std::vector<TracebackEntry>& entries) {
  if (entries.empty()) return;
  out += "Traceback (most recent call last):\n";
  // Stored innermost first; printed outermost first, at most the innermost kTracebackLimit.
  size_t count = entries.size() < kTracebackLimit ? entries.size() : kTracebackLimit;
  std::string_view last_file, last_name;
  int last_line = -1;
  size_t repeats = 0;
  for (size_t k = count; k-- > 0;) {
    const TracebackEntry& e = entries[k];
    std::string_view file = e.code->filename ? e.code->filename->view() : "<unknown>";
    std::string_view name = e.code->name ? e.code->name->view() : "?";
    int line = e.code->line_at(static_cast<size_t>(e.ip));
    if (file != last_file || line != last_line || name != last_name || last_line == -1) {
      if (repeats > kRecursiveCutoff) print_repeated(out, repeats);
      last_file = file;
      last_line = line;
      last_name = name;
      repeats = 0;
    }
    if (++repeats > kRecursiveCutoff) continue;
    out += cat("  File \"", file, "\", line ", line, ", in ", name, "\n");
    std::string source = source_line(file, line);
    if (!source.empty()) out += cat("    ", source, "\n");
  }
  if (repeats > kRecursiveCutoff) print_repeated(out, repeats);
}

// CPython's print_error_text: the source line without its indentation, then the caret(s).
void format_error_text(std::string& out, int64_t offset, int64_t end_offset,
                       std::string_view text) {
  int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  offset--;  // 1-based -> 0-based
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\f')) {
    text.remove_prefix(1);
    offset--;
  }
  int64_t len = static_cast<int64_t>(text.size());
  if (len > 0 && text[static_cast<size_t>(len) - 1] == '\n') len--;
  if (offset > len) offset = len;
  for (;;) {  // skip past newlines embedded in the text
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset) break;
    int64_t skip = static_cast<int64_t>(nl) + 1;
    text.remove_prefix(static_cast<size_t>(skip));
    len -= skip;
    offset -= skip;
  }
  out += "    ";
  out += text;
  if (static_cast<size_t>(len) >= text.size() || text[static_cast<size_t>(len)] != '\n')
    out += "\n";
  if (offset < 0) return;
  out += "    ";
  out.append(static_cast<size_t>(offset), ' ');
  out.append(static_cast<size_t>(carets), '^');
  out += "\n";
}

// `  File "x.py", line 3` and the caret excerpt; returns the message to print after the type
// (the exception's msg), or Null when the exception lacks what the header needs.
Value format_syntax_error_header(std::string& out, const Value& exc) {
  Value msg = attribute(exc, "msg");
  Value filename = attribute(exc, "filename");
  int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
  if (msg.is_null() || filename.is_null() || !as_size(attribute(exc, "lineno"), lineno)) {
    return Value();
  }
  if (filename.is_none()) filename = make_str("<string>");
  Value v = attribute(exc, "offset");
  if (!v.is_none() && !as_size(v, offset)) return Value();
  end_lineno = lineno;
  if (type_of(exc) == exc_SyntaxError) {  // subclasses print one caret, as CPython
    v = attribute(exc, "end_lineno");
    if (!v.is_none() && !v.is_null() && !as_size(v, end_lineno)) return Value();
    v = attribute(exc, "end_offset");
    if (!v.is_none() && !v.is_null() && !as_size(v, end_offset)) return Value();
  }
  Value text = attribute(exc, "text");
  out += cat("  File \"", str_utf8(filename), "\", line ", lineno, "\n");
  if (is_str(text)) {
    std::string_view line = text.as<StrObject>()->view();
    int64_t size = static_cast<int64_t>(line.size());
    if (end_lineno > lineno) end_offset = size;
    if (end_offset > size + 1) end_offset = size + 1;
    format_error_text(out, offset, end_offset, line);
  }
  return msg;
}

std::string type_display(const TypeObject* t) {
  Value qualname = t->dict ? t->dict->get_str(intern("__qualname__")) : Value();
  std::string name = is_str(qualname) ? std::string(qualname.as<StrObject>()->view()) : t->name;
  Value module = t->dict ? t->dict->get_str(intern("__module__")) : Value();
  if (is_str(module)) {
    std::string_view m = module.as<StrObject>()->view();
    if (m != "builtins" && m != "__main__") return cat(m, ".", name);
  }
  return name;
}

void add_dict_keys(std::vector<std::string>& names, const DictObject* dict) {
  if (!dict) return;
  dict->each([&](const Value& key, const Value&) {
    if (is_str(key)) names.emplace_back(key.as<StrObject>()->view());
  });
}

// The name a NameError is about: its `name` attribute, or the one its message quotes.
std::string name_error_name(const Value& exc) {
  Value name = attribute(exc, "name");
  if (is_str(name)) return std::string(name.as<StrObject>()->view());
  if (!is_exact(exc, exc_NameError)) return "";
  std::string msg = str_utf8(exc);
  const std::string prefix = "name '", suffix = "' is not defined";
  if (msg.size() > prefix.size() + suffix.size() && msg.compare(0, prefix.size(), prefix) == 0 &&
      msg.compare(msg.size() - suffix.size(), suffix.size(), suffix) == 0) {
    return msg.substr(prefix.size(), msg.size() - prefix.size() - suffix.size());
  }
  return "";
}

// Candidates as CPython 3.11 searches them: the innermost frame's locals, then its globals
// (the __main__ module's, the only source of globals for now), then builtins.
std::string name_error_suggestion(const Value& exc) {
  const auto& tb = as_exc(exc)->traceback;
  if (tb.empty()) return "";
  std::string name = name_error_name(exc);
  if (name.empty()) return "";
  std::vector<std::string> locals;
  for (const auto& v : tb.front().code->varnames)
    locals.emplace_back(v->view());
  std::string best = closest_name(name, locals);
  if (!best.empty()) return best;
  if (runtime && runtime->modules) {
    Value main = runtime->modules->get("__main__");
    if (is_module(main)) {
      std::vector<std::string> globals;
      add_dict_keys(globals, main.as<ModuleObject>()->dict.get());
      best = closest_name(name, globals);
      if (!best.empty()) return best;
    }
  }
  std::vector<std::string> builtins;
  if (runtime) add_dict_keys(builtins, runtime->builtins.get());
  return closest_name(name, builtins);
}

std::string suggestion_for(const Value& exc) {
  try {
    if (is_instance(exc, exc_AttributeError)) {
      Value name = attribute(exc, "name"), obj = attribute(exc, "obj");
      if (!is_str(name) || obj.is_null()) return "";
      return closest_name(name.as<StrObject>()->view(), attribute_names(obj));
    }
    if (is_instance(exc, exc_NameError)) return name_error_suggestion(exc);
  } catch (const PyException&) {
  }
  return "";
}

std::string message_line(const Value& exc, const Value& message) {
  std::string line = type_display(type_of(exc));
  if (!message.is_none()) {  // a SyntaxError whose msg is None prints its type alone
    try {
      std::string text = str_utf8(message);
      if (!text.empty()) line += ": " + text;
    } catch (const PyException&) {
      line += ": <exception str() failed>";
    }
  }
  std::string suggestion = suggestion_for(exc);
  if (!suggestion.empty()) line += cat(". Did you mean: '", suggestion, "'?");
  return line;
}

void format_notes(std::string& out, const Value& exc) {
  Value notes = get_exception_attribute(exc, "__notes__");
  if (notes.is_null()) return;
  try {
    if (is_str(notes)) {
      out += cat(repr_utf8(notes), "\n");
      return;
    }
    for_each(notes, [&](const Value& note) {
      out += is_str(note) ? str_utf8(note) : repr_utf8(note);
      out += "\n";
    });
  } catch (const PyException&) {
    out += "<__notes__ repr() failed>\n";  // best effort, as CPython
  }
}

void format_one(std::string& out, const Value& exc) {
  format_traceback(out, as_exc(exc)->traceback);
  Value message = exc;
  if (is_instance(exc, exc_SyntaxError)) {
    Value msg = format_syntax_error_header(out, exc);
    if (!msg.is_null()) message = msg;
  }
  out += message_line(exc, message);
  out += "\n";
  format_notes(out, exc);
}

void format_chain(std::string& out, const Value& exc, std::set<const Object*>& seen) {
  seen.insert(exc.as_obj());
  BaseExceptionObject* e = as_exc(exc);
  if (is_exception(e->cause)) {
    if (!seen.count(e->cause.as_obj())) {
      format_chain(out, e->cause, seen);
      out += "\nThe above exception was the direct cause of the following exception:\n\n";
    }
  } else if (is_exception(e->context) && !e->suppress_context) {
    if (!seen.count(e->context.as_obj())) {
      format_chain(out, e->context, seen);
      out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  format_one(out, exc);
}

}  // namespace

std::string format_exception_only(const Value& exc) {
  if (!is_exception(exc))
    return cat("TypeError: print_exception(): Exception expected for value, ", type_name(exc),
               " found");
  std::string scratch;
  Value message = exc;
  if (is_instance(exc, exc_SyntaxError)) {
    Value msg = format_syntax_error_header(scratch, exc);
    if (!msg.is_null()) message = msg;
  }
  return message_line(exc, message);
}

std::string format_exception(const Value& exc) {
  if (!is_exception(exc)) return format_exception_only(exc) + "\n";
  std::string out;
  std::set<const Object*> seen;
  format_chain(out, exc, seen);
  return out;
}

std::string format_traceback_only(const Value& exc) {
  std::string out;
  if (is_exception(exc)) format_traceback(out, as_exc(exc)->traceback);
  return out;
}

std::string type_display_name_of(const Value& exc) {
  return type_display(type_of(exc));
}

void print_exception(const Value& exc) {
  std::string text = format_exception(exc);
  fwrite(text.data(), 1, text.size(), stderr);
  fflush(stderr);
}

}  // namespace gilt
