// Argument checking for natives, with the messages CPython's getargs.c and Argument Clinic
// produce for built-in functions.
#include "runtime/args.hpp"

#include <cstring>
#include <string>

#include "runtime/errors.hpp"
#include "runtime/str.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

StrObject* CallArgs::kwname(size_t i) const {
  return kwnames->items[i].as<StrObject>();
}

// "len" -> "len()"; callers may also pass the parenthesised form.
static std::string call_name(const char* fname) {
  std::string name(fname);
  if (name.empty() || name.back() != ')') name += "()";
  return name;
}

static const char* plural(size_t n) {
  return n == 1 ? "" : "s";
}

void no_kwargs(const CallArgs& a, const char* fname) {
  if (a.nkw != 0) raise_type_error(cat(call_name(fname), " takes no keyword arguments"));
}

void count_args(const CallArgs& a, const char* fname, size_t min, size_t max) {
  if (a.nargs < min) {
    raise_type_error(cat(fname, " expected ", min == max ? "" : "at least ", min, " argument",
                         plural(min), ", got ", a.nargs));
  }
  if (a.nargs > max) {
    raise_type_error(cat(fname, " expected ", min == max ? "" : "at most ", max, " argument",
                         plural(max), ", got ", a.nargs));
  }
}

void exact_args(const CallArgs& a, const char* fname, size_t n) {
  if (a.nargs == n) return;
  if (n == 0) {
    raise_type_error(cat(call_name(fname), " takes no arguments (", a.nargs, " given)"));
  }
  if (n == 1) {
    raise_type_error(cat(call_name(fname), " takes exactly one argument (", a.nargs, " given)"));
  }
  raise_type_error(cat(call_name(fname), " takes exactly ", n, " arguments (", a.nargs, " given)"));
}

// The value passed under keyword `name`, or null.
static const Value* find_keyword(const CallArgs& a, const char* name) {
  for (size_t i = 0; i < a.nkw; ++i) {
    if (a.kwname(i)->view() == name) return &a.kwvalue(i);
  }
  return nullptr;
}

[[noreturn]] static void unexpected_keyword(const CallArgs& a, const char* fname,
                                            std::initializer_list<const char*> names,
                                            size_t npos_only) {
  for (size_t k = 0; k < a.nkw; ++k) {
    std::string_view given = a.kwname(k)->view();
    bool known = false;
    size_t i = 0;
    for (const char* name : names) {
      if (i++ >= npos_only && given == name) known = true;
    }
    if (!known) {
      raise_type_error(cat("'", given, "' is an invalid keyword argument for ", call_name(fname)));
    }
  }
  // Every keyword is known, so one of them repeats a positional argument.
  size_t i = 0;
  for (const char* name : names) {
    if (i >= npos_only && i < a.nargs && find_keyword(a, name)) {
      raise_type_error(cat("argument for ", call_name(fname), " given by name ('", name,
                           "') and position (", i + 1, ")"));
    }
    ++i;
  }
  raise_type_error(cat(call_name(fname), " got multiple values for an argument"));
}

void bind_args(const CallArgs& a, const char* fname, std::initializer_list<const char*> names,
               size_t nrequired, size_t npos_only, size_t nkw_only, Value* out) {
  const size_t maxargs = names.size();
  const size_t maxpos = maxargs - nkw_only;
  const size_t nkwargs = a.nkw;
  const size_t ngiven = a.nargs + nkwargs;
  if (ngiven > maxargs) {
    raise_type_error(cat(call_name(fname), " takes at most ", maxargs, " ",
                         a.nargs == 0 ? "keyword " : "", "argument", plural(maxargs), " (", ngiven,
                         " given)"));
  }
  if (a.nargs > maxpos) {
    if (maxpos == 0) raise_type_error(cat(call_name(fname), " takes no positional arguments"));
    raise_type_error(cat(call_name(fname), " takes ", nrequired < maxpos ? "at most" : "exactly",
                         " ", maxpos, " positional argument", plural(maxpos), " (", a.nargs,
                         " given)"));
  }
  const size_t min_posonly = npos_only < nrequired ? npos_only : nrequired;
  if (a.nargs < min_posonly) {
    raise_type_error(cat(call_name(fname), " takes ", min_posonly < maxpos ? "at least" : "exactly",
                         " ", min_posonly, " positional argument", plural(min_posonly), " (",
                         a.nargs, " given)"));
  }
  size_t i = 0;
  size_t used_keywords = 0;
  for (const char* name : names) {
    if (i < a.nargs) {
      out[i] = a.args[i];
    } else {
      const Value* kw = (i >= npos_only && nkwargs) ? find_keyword(a, name) : nullptr;
      if (kw) {
        out[i] = *kw;
        ++used_keywords;
      } else {
        out[i] = Value();
        if (i < nrequired) {
          raise_type_error(
              cat(call_name(fname), " missing required argument '", name, "' (pos ", i + 1, ")"));
        }
      }
    }
    ++i;
  }
  if (used_keywords != nkwargs) unexpected_keyword(a, fname, names, npos_only);
}

void bind_args(const CallArgs& a, const char* fname, std::initializer_list<const char*> names,
               size_t nrequired, size_t npos_only, Value* out) {
  bind_args(a, fname, names, nrequired, npos_only, 0, out);
}

}  // namespace gilt
