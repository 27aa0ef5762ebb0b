// Start-up: who builds which part of the built-in world, in order (runtime.cpp drives it).
#pragma once

namespace gilt {

// bootstrap.cpp: allocates every TypeObject listed in builtin_types.def (empty: name, base,
// flags) and the exception types of exceptions.def (with their slots), so later steps can
// refer to any type.
void create_builtin_types();

// Each fills its types' slots and method dicts.
void init_core_types();  // object, type, NoneType, NotImplemented, ellipsis, bool, int, float, str,
                         // bytes
void init_container_types();  // tuple, list, dict, set, frozenset, range, slice and their iterators
void init_function_types();   // function, builtin_function_or_method, method, code, cell
void init_exception_types();  // BaseException's methods and attributes, module, traceback
void init_builtins_module();  // the builtins dict (functions, types, exceptions, constants)

}  // namespace gilt
