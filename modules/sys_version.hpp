// sys.version, sys.version_info and sys.implementation: which Python gilt is.
#pragma once

#include "runtime/value.hpp"

namespace gilt {

// The language level gilt reproduces, and gilt's own version.
constexpr int kPythonMajor = 3, kPythonMinor = 11, kPythonMicro = 0;
constexpr int64_t kPythonHexVersion = 0x030B00F0;  // 3.11.0 final
constexpr const char* kGiltVersion = "0.1.0";

// sys.version: "3.11.0 (gilt 0.1.0) [compiler]".
Value sys_version_text();
// sys.version_info: a tuple with named fields, repr "sys.version_info(major=3, minor=11,
// micro=0, releaselevel='final', serial=0)".
Value sys_version_info();
// sys.implementation: name 'gilt', cache_tag None, version and hexversion (gilt's own, as
// CPython's are CPython's); repr "namespace(name='gilt', ...)".
Value sys_implementation();

}  // namespace gilt
