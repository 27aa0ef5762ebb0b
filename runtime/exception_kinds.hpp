// Private to exception*.cpp: what the exception families with extra attributes add to
// BaseException (SystemExit, StopIteration, OSError, SyntaxError, ImportError, NameError,
// AttributeError, KeyError), as CPython's exceptions.c does per family.
#pragma once

#include <optional>
#include <string>

#include "runtime/args.hpp"
#include "runtime/exception.hpp"

namespace gilt {

// Sets the family's attributes from exc->args (OSError also trims args to (errno, strerror)).
void init_family_attributes(BaseExceptionObject* exc);
// The keyword arguments calling the type accepted (ImportError's name/path...); raises
// "X() takes no keyword arguments" for families without any. `kw` holds keywords only.
void bind_family_keywords(BaseExceptionObject* exc, const CallArgs& kw);
// str(exc) when the family prints differently from BaseException ("[Errno 2] ...").
std::optional<std::string> family_str(BaseExceptionObject* exc);
// True for the family's attributes that read None until set (SyntaxError.lineno...).
bool family_attribute_defaults_to_none(const TypeObject* type, std::string_view name);
// OSError(errno, ...) builds the subclass for that errno (FileNotFoundError for ENOENT).
TypeObject* oserror_subclass_for(const Value& errno_value);
// SystemExit.code, StopIteration.value.
void add_family_getsets();

}  // namespace gilt
