// Private to the scalar and protocol files: the steps init_core_types runs, and helpers they
// share. Nothing outside object/type/none/bool/int/float/str/bytes should need this header.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/args.hpp"
#include "runtime/type.hpp"

namespace gilt {

void init_descriptor_types();  // attributes.cpp: getset_descriptor
void init_object_type();       // object_type.cpp
void init_type_type();         // typeobject.cpp
void init_none_types();        // none.cpp: NoneType, NotImplementedType, ellipsis
void init_int_type();          // int.cpp
void init_bool_type();         // bool.cpp
void init_float_type();        // float.cpp
void init_str_type();          // str.cpp (and str_*.cpp's methods)
void init_bytes_type();        // bytes.cpp

// int(x), int(x, base): int_text.cpp, installed by init_int_type.
Value int_new(TypeObject* type, const CallArgs& args);

// The compare slot int, bool and float share (number.cpp): Null unless `b` is a number.
Value number_compare_slot(const Value& a, const Value& b, CmpOp op);

// "<int object at 0x7f...>": object.__repr__, with the module prefix for user classes.
std::string default_repr(const Value& v);
// object.__hash__: the address, rotated so the alignment zeros do not waste hash bits.
int64_t pointer_hash(const void* p);
// "module.qualname" as reprs print a type (the module omitted for builtins).
std::string type_display_name(const TypeObject* t);

}  // namespace gilt
