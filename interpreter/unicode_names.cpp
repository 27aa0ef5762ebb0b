// Name lookup over the generated table (unicode_names.inc, see unicode_names.py for its layout).
// Lookups only happen while lexing "\N{...}", so the table is kept small rather than fast: a
// name is found with two substring searches instead of an index that would double its size.
#include "interpreter/unicode_names.hpp"

#include <algorithm>
#include <iterator>
#include <string>

namespace gilt::front {

namespace {

struct CodeRun {
  char32_t first;
  int count;
};

struct CodeRange {
  char32_t first, last;
};

#include "interpreter/unicode_names.inc"

constexpr int kAlphabetSize = sizeof(kCodeAlphabet) - 1;
constexpr std::string_view kWordList(kWords, sizeof(kWords) - 1);
constexpr std::string_view kNameList(kNames, sizeof(kNames) - 1);

char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Case-insensitive prefix test (CPython uppercases names before comparing them to its table); on
// success `name` is left holding the rest.
bool consume_prefix_nocase(std::string_view& name, std::string_view prefix) {
  if (name.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (ascii_upper(name[i]) != prefix[i]) return false;
  }
  name.remove_prefix(prefix.size());
  return true;
}

bool in_ranges(const CodeRange* first, const CodeRange* last, char32_t cp) {
  return std::any_of(first, last,
                     [cp](const CodeRange& r) { return r.first <= cp && cp <= r.last; });
}

// 4 or 5 hex digits; uppercase only unless `any_case`.
std::optional<char32_t> parse_hex_suffix(std::string_view digits, bool any_case) {
  if (digits.size() != 4 && digits.size() != 5) return std::nullopt;
  char32_t v = 0;
  for (char c : digits) {
    if (any_case) c = ascii_upper(c);
    if (c >= '0' && c <= '9') {
      v = v * 16 + static_cast<char32_t>(c - '0');
    } else if (c >= 'A' && c <= 'F') {
      v = v * 16 + static_cast<char32_t>(c - 'A' + 10);
    } else {
      return std::nullopt;
    }
  }
  return v;
}

// Hangul syllable names are L + V + T jamo short names (Unicode 3.12), matched greedily and
// case-sensitively per column exactly like CPython's find_syllable().
constexpr const char* kJamoL[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                  "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A",   "AE", "YA", "YAE", "EO", "E",  "YEO",
                                  "YE",  "O",  "WA", "WAE", "OE", "YO", "U",
                                  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                  "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

template <std::size_t N>
int match_jamo(std::string_view& rest, const char* const (&column)[N]) {
  int found = -1;
  std::size_t found_len = 0;
  for (std::size_t i = 0; i < N; ++i) {
    std::string_view jamo(column[i]);
    if (found >= 0 && jamo.size() <= found_len) continue;
    if (rest.substr(0, jamo.size()) == jamo) {
      found = static_cast<int>(i);
      found_len = jamo.size();
    }
  }
  rest.remove_prefix(found_len);
  return found;
}

std::optional<char32_t> hangul_syllable(std::string_view rest) {
  int l = match_jamo(rest, kJamoL);
  int v = match_jamo(rest, kJamoV);
  int t = match_jamo(rest, kJamoT);
  if (l < 0 || v < 0 || t < 0 || !rest.empty()) return std::nullopt;
  constexpr int kVCount = std::size(kJamoV), kTCount = std::size(kJamoT);
  return static_cast<char32_t>(0xAC00 + (l * kVCount + v) * kTCount + t);
}

// "PREFIX-XXXX" names that are ordinary (case-insensitive) entries in CPython's table.
std::optional<char32_t> ranged_name(std::string_view name) {
  struct Family {
    std::string_view prefix;
    const CodeRange* first;
    const CodeRange* last;
  };
  const Family families[] = {
      {"CJK COMPATIBILITY IDEOGRAPH-", std::begin(kCjkCompatibilityRanges),
       std::end(kCjkCompatibilityRanges)},
      {"KHITAN SMALL SCRIPT CHARACTER-", std::begin(kKhitanRanges), std::end(kKhitanRanges)},
      {"NUSHU CHARACTER-", std::begin(kNushuRanges), std::end(kNushuRanges)},
  };
  for (const Family& f : families) {
    std::string_view rest = name;
    if (!consume_prefix_nocase(rest, f.prefix)) continue;
    std::optional<char32_t> cp = parse_hex_suffix(rest, true);
    // The stored name is "%04X": a 5-digit spelling must not start with 0.
    if (!cp || (rest.size() == 5 && rest[0] == '0')) return std::nullopt;
    if (in_ranges(f.first, f.last, *cp)) return cp;
    return std::nullopt;
  }
  return std::nullopt;
}

void append_word_code(std::string& out, int index) {
  if (index < kOneSymbolCodes) {
    out += kCodeAlphabet[index];
    return;
  }
  index -= kOneSymbolCodes;
  if (index < kTwoSymbolLeads * kAlphabetSize) {
    out += kCodeAlphabet[kOneSymbolCodes + index / kAlphabetSize];
    out += kCodeAlphabet[index % kAlphabetSize];
    return;
  }
  index -= kTwoSymbolLeads * kAlphabetSize;
  constexpr int kSquare = kAlphabetSize * kAlphabetSize;
  out += kCodeAlphabet[kOneSymbolCodes + kTwoSymbolLeads + index / kSquare];
  out += kCodeAlphabet[index % kSquare / kAlphabetSize];
  out += kCodeAlphabet[index % kAlphabetSize];
}

std::optional<char32_t> table_name(std::string_view name) {
  // The key is the name's word codes between separators, as the names are stored in kNames.
  std::string key(1, kNameSeparator);
  std::string word = " ";
  for (std::size_t i = 0; i <= name.size(); ++i) {
    if (i < name.size() && name[i] != ' ') {
      char c = ascii_upper(name[i]);
      bool name_char = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      if (!name_char) return std::nullopt;
      word += c;
      continue;
    }
    if (word.size() == 1) return std::nullopt;  // empty word: doubled, leading or trailing space
    word += ' ';
    std::size_t at = kWordList.find(word);
    if (at == std::string_view::npos) return std::nullopt;
    append_word_code(key,
                     static_cast<int>(std::count(kWordList.begin(), kWordList.begin() + at, ' ')));
    word.resize(1);
  }
  key += kNameSeparator;
  std::size_t at = kNameList.find(key);
  if (at == std::string_view::npos) return std::nullopt;
  int index =
      static_cast<int>(std::count(kNameList.begin(), kNameList.begin() + at, kNameSeparator));
  for (const CodeRun& run : kNameRuns) {
    if (index < run.count) return static_cast<char32_t>(run.first + index);
    index -= run.count;
  }
  return std::nullopt;
}

}  // namespace

std::optional<char32_t> lookup_unicode_name(std::string_view name) {
  // The two algorithmic families are matched case-sensitively and never fall back to the table
  // (unicodedata.c: _getcode).
  constexpr std::string_view kHangul = "HANGUL SYLLABLE ", kCjkUnified = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul)
    return hangul_syllable(name.substr(kHangul.size()));
  if (name.substr(0, kCjkUnified.size()) == kCjkUnified) {
    std::optional<char32_t> cp = parse_hex_suffix(name.substr(kCjkUnified.size()), false);
    if (cp && in_ranges(std::begin(kCjkUnifiedRanges), std::end(kCjkUnifiedRanges), *cp)) return cp;
    return std::nullopt;
  }
  if (std::optional<char32_t> cp = ranged_name(name)) return cp;
  return table_name(name);
}

}  // namespace gilt::front
