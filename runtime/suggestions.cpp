// Name suggestions (suggestions.hpp), a transcription of CPython 3.11's Python/suggestions.c.
#include "runtime/suggestions.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

#include "runtime/api.hpp"
#include "runtime/dict.hpp"
#include "runtime/exception.hpp"
#include "runtime/module.hpp"
#include "runtime/str.hpp"

namespace gilt {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;

  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < a.size(); ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      size_t substitute = distance + substitution_cost(code, a[ai]);
      distance = buffer[ai];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

void add_keys(std::set<std::string>& names, const DictObject* dict) {
  if (!dict) return;
  dict->each([&](const Value& key, const Value&) {
    if (is_str(key)) names.emplace(key.as<StrObject>()->view());
  });
}

}  // namespace

std::string closest_name(std::string_view name, const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_distance = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX) max_distance = std::min(max_distance, best_distance - 1);
    size_t distance = levenshtein_distance(name, item, max_distance);
    if (distance > max_distance) continue;
    if (!best || distance < best_distance) {
      best = &item;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

std::vector<std::string> attribute_names(const Value& obj) {
  std::set<std::string> names;
  if (is_module(obj)) {
    add_keys(names, obj.as<ModuleObject>()->dict.get());
    return {names.begin(), names.end()};
  }
  if (is_exception(obj)) {
    add_keys(names, obj.as<BaseExceptionObject>()->dict.get());
  } else if (obj.is_obj()) {
    Value dict = get_attr_or_null(obj, intern("__dict__"));
    if (is_dict(dict)) add_keys(names, dict.as<DictObject>());
  }
  // A type lists its own MRO's attributes; an instance lists its type's.
  const TypeObject* type = type_of(obj);
  if (obj.is_obj() && type->is_subtype_of(type_type)) type = obj.as<TypeObject>();
  for (const TypeObject* t : type->mro)
    add_keys(names, t->dict.get());
  return {names.begin(), names.end()};
}

}  // namespace gilt
