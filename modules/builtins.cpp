// The builtins module: its functions (grouped by theme in builtins_*.cpp), the built-in types
// and exceptions, and the constants, in CPython's order (which decides ties between
// "Did you mean" suggestions).
#include "modules/builtins_parts.hpp"
#include "runtime/function.hpp"
#include "runtime/init.hpp"
#include "runtime/iterators.hpp"
#include "runtime/module.hpp"
#include "runtime/runtime.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

struct BuiltinFunction {
  const char* name;
  NativeFn fn;
  const char* doc;
};

const BuiltinFunction kFunctions[] = {
    {"__import__", builtin___import__, "Import a module."},
    {"abs", builtin_abs, "Return the absolute value of the argument."},
    {"all", builtin_all, "Return True if bool(x) is True for all values x in the iterable."},
    {"any", builtin_any, "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", builtin_ascii, "Return an ASCII-only representation of an object."},
    {"bin", builtin_bin, "Return the binary representation of an integer."},
    {"callable", builtin_callable, "Return whether the object is callable."},
    {"chr", builtin_chr, "Return a Unicode string of one character with ordinal i."},
    {"compile", builtin_compile, "Compile source into a code object."},
    {"delattr", builtin_delattr, "Deletes the named attribute from the given object."},
    {"dir", builtin_dir, "Show attributes of an object."},
    {"divmod", builtin_divmod, "Return the tuple (x//y, x%y)."},
    {"eval", builtin_eval, "Evaluate the given source in the context of globals and locals."},
    {"exec", builtin_exec, "Execute the given source in the context of globals and locals."},
    {"format", builtin_format, "Return type(value).__format__(value, format_spec)"},
    {"getattr", builtin_getattr, "Get a named attribute from an object."},
    {"globals", builtin_globals,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", builtin_hasattr, "Return whether the object has an attribute with the given name."},
    {"hash", builtin_hash, "Return the hash value for the given object."},
    {"hex", builtin_hex, "Return the hexadecimal representation of an integer."},
    {"id", builtin_id, "Return the identity of an object."},
    {"input", builtin_input, "Read a string from standard input."},
    {"isinstance", builtin_isinstance,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", builtin_issubclass,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", builtin_iter, "Get an iterator from an object."},
    {"len", builtin_len, "Return the number of items in a container."},
    {"locals", builtin_locals,
     "Return a dictionary containing the current scope's local variables."},
    {"max", builtin_max, "With a single iterable argument, return its biggest item."},
    {"min", builtin_min, "With a single iterable argument, return its smallest item."},
    {"next", builtin_next, "Return the next item from the iterator."},
    {"oct", builtin_oct, "Return the octal representation of an integer."},
    {"open", builtin_open, "Open file and return a stream."},
    {"ord", builtin_ord, "Return the Unicode code point for a one-character string."},
    {"pow", builtin_pow,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", builtin_print, "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", builtin_repr, "Return the canonical string representation of the object."},
    {"round", builtin_round, "Round a number to a given precision in decimal digits."},
    {"setattr", builtin_setattr,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", builtin_sorted,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", builtin_sum,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", builtin_vars, "Show vars."},
};

}  // namespace

void init_builtins_module() {
  Ref<ModuleObject> module = make<ModuleObject>("builtins");
  DictObject* d = module->dict.get();
  d->set("__doc__", make_str("Built-in functions, exceptions, and other objects."));
  d->set("__package__", make_str(""));
  for (const BuiltinFunction& f : kFunctions)
    add_function(d, f.name, f.fn, f.doc);

  // None, True and False are keywords, not names in this dict.
  d->set("Ellipsis", Value(ellipsis_obj));
  d->set("NotImplemented", Value(not_implemented_obj));
  d->set("bool", Value(bool_type));
  d->set("bytes", Value(bytes_type));
  d->set("dict", Value(dict_type));
  d->set("enumerate", Value(enumerate_type));
  d->set("filter", Value(filter_type));
  d->set("float", Value(float_type));
  d->set("frozenset", Value(frozenset_type));
  d->set("int", Value(int_type));
  d->set("list", Value(list_type));
  d->set("map", Value(map_type));
  d->set("object", Value(object_type));
  d->set("range", Value(range_type));
  d->set("reversed", Value(reversed_type));
  d->set("set", Value(set_type));
  d->set("slice", Value(slice_type));
  d->set("str", Value(str_type));
  d->set("tuple", Value(tuple_type));
  d->set("type", Value(type_type));
  d->set("zip", Value(zip_type));
  d->set("__debug__", Value::boolean(true));

#define EXC(name, base) d->set(#name, Value(exc_##name));
#include "runtime/exceptions.def"
#undef EXC
  d->set("EnvironmentError", Value(exc_OSError));
  d->set("IOError", Value(exc_OSError));

  d->set("quit", make_quitter("quit"));
  d->set("exit", make_quitter("exit"));

  runtime->builtins_module = module;
  runtime->builtins = module->dict;
}

}  // namespace gilt
