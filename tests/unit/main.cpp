// The doctest runner for gilt_unit: every other tests/unit/*.cpp holds TEST_CASEs.
// ctest runs each case on its own (doctest_discover_tests in CMakeLists.txt).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
