// Lookups over the generated tables in unicode_tables.inc.
#include "runtime/unicode.hpp"

#include <algorithm>
#include <iterator>

#include "runtime/str.hpp"

namespace gilt::unicode {
namespace {

struct CaseRun {
  uint32_t first, last;
  int32_t delta;
  uint32_t stride;  // 1: every code point in [first, last]; 2: every other one
};
struct SpecialCase {
  uint32_t cp;
  uint32_t to[3];  // zero-terminated when shorter
};

#include "runtime/unicode_tables.inc"

uint32_t flags_of(uint32_t cp) {
  // Find the last range starting at or before cp: ranges are sorted by start.
  uint32_t key = (cp << kFlagBits) | ((1u << kFlagBits) - 1);
  const uint32_t* it = std::upper_bound(std::begin(kPropRanges), std::end(kPropRanges), key);
  if (it == std::begin(kPropRanges)) return 0;
  return it[-1] & ((1u << kFlagBits) - 1);
}

bool has(uint32_t cp, uint32_t flag) {
  return (flags_of(cp) & flag) != 0;
}

template <size_t N>
uint32_t map_runs(const CaseRun (&runs)[N], uint32_t cp) {
  const CaseRun* it = std::upper_bound(std::begin(runs), std::end(runs), cp,
                                       [](uint32_t c, const CaseRun& r) { return c < r.first; });
  if (it == std::begin(runs)) return cp;
  const CaseRun& r = it[-1];
  if (cp > r.last || (cp - r.first) % r.stride != 0) return cp;
  return static_cast<uint32_t>(static_cast<int32_t>(cp) + r.delta);
}

template <size_t N>
const SpecialCase* find_special(const SpecialCase (&table)[N], uint32_t cp) {
  const SpecialCase* it =
      std::lower_bound(std::begin(table), std::end(table), cp,
                       [](const SpecialCase& s, uint32_t c) { return s.cp < c; });
  return it != std::end(table) && it->cp == cp ? it : nullptr;
}

void append_special(std::string& out, const SpecialCase& s) {
  for (uint32_t c : s.to)
    if (c) utf8_append(out, c);
}

}  // namespace

bool is_printable(uint32_t cp) {
  if (cp < 128) return cp >= 0x20 && cp != 0x7f;
  return has(cp, kPrintable);
}
bool is_alpha(uint32_t cp) {
  if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return has(cp, kAlpha);
}
bool is_decimal(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return has(cp, kDecimal);
}
bool is_digit(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return has(cp, kDigit);
}
bool is_numeric(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9';
  return has(cp, kNumeric);
}
bool is_space(uint32_t cp) {
  if (cp < 128) return cp == ' ' || (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x1f);
  return has(cp, kSpace);
}
bool is_lower(uint32_t cp) {
  if (cp < 128) return cp >= 'a' && cp <= 'z';
  return has(cp, kLower);
}
bool is_upper(uint32_t cp) {
  if (cp < 128) return cp >= 'A' && cp <= 'Z';
  return has(cp, kUpper);
}
bool is_title(uint32_t cp) {
  return cp >= 128 && has(cp, kTitle);
}
bool is_cased(uint32_t cp) {
  if (cp < 128) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return has(cp, kLower | kUpper | kTitle);
}
bool is_case_ignorable(uint32_t cp) {
  // kCaseIgnorable holds [first, last] pairs: find the last pair starting at or before cp.
  constexpr size_t n = std::size(kCaseIgnorable) / 2;
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kCaseIgnorable[2 * mid] <= cp) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo > 0 && cp <= kCaseIgnorable[2 * (lo - 1) + 1];
}
bool is_xid_start(uint32_t cp) {
  if (cp < 128) return cp == '_' || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  return has(cp, kXidStart);
}
bool is_xid_continue(uint32_t cp) {
  if (cp < 128)
    return cp == '_' || ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') || (cp >= '0' && cp <= '9');
  return has(cp, kXidContinue);
}
bool is_linebreak(uint32_t cp) {
  switch (cp) {
    case '\n':
    case '\r':
    case 0x0b:
    case 0x0c:
    case 0x1c:
    case 0x1d:
    case 0x1e:
    case 0x85:
    case 0x2028:
    case 0x2029:
      return true;
    default:
      return false;
  }
}

int decimal_value(uint32_t cp) {
  if (cp < 128) return cp >= '0' && cp <= '9' ? static_cast<int>(cp - '0') : -1;
  if (!has(cp, kDecimal)) return -1;
  const uint32_t* it = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), cp);
  return it == std::begin(kDecimalZeros) ? -1 : static_cast<int>(cp - it[-1]);
}

void append_upper(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
  } else if (const SpecialCase* s = find_special(kUpperSpecial, cp)) {
    append_special(out, *s);
  } else {
    utf8_append(out, map_runs(kUpperRuns, cp));
  }
}

void append_lower(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
  } else if (const SpecialCase* s = find_special(kLowerSpecial, cp)) {
    append_special(out, *s);
  } else {
    utf8_append(out, map_runs(kLowerRuns, cp));
  }
}

void append_title(std::string& out, uint32_t cp) {
  if (cp < 128) {
    out += static_cast<char>(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
  } else if (const SpecialCase* s = find_special(kTitleSpecial, cp)) {
    append_special(out, *s);
  } else {
    utf8_append(out, map_runs(kTitleRuns, cp));
  }
}

void append_casefold(std::string& out, uint32_t cp) {
  if (cp >= 128) {
    if (const SpecialCase* s = find_special(kFoldSpecial, cp)) return append_special(out, *s);
  }
  append_lower(out, cp);
}

}  // namespace gilt::unicode
