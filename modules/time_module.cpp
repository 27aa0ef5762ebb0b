// time: CPython 3.11's Modules/timemodule.c for the parts teaching programs use. Clocks are
// read through runtime/clock.hpp's one interface (a deterministic scheduler replaces it later);
// sleep waits on an absolute monotonic deadline with the GIL released.
#include "modules/time_module.hpp"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <string>

#include "runtime/api.hpp"
#include "runtime/args.hpp"
#include "runtime/clock.hpp"
#include "runtime/errors.hpp"
#include "runtime/float.hpp"
#include "runtime/function.hpp"
#include "runtime/gil.hpp"
#include "runtime/int.hpp"
#include "runtime/str.hpp"
#include "runtime/struct_seq.hpp"
#include "runtime/thread_state.hpp"
#include "runtime/timeout.hpp"
#include "runtime/tuple.hpp"

namespace gilt {

namespace {

constexpr int64_t kNsPerSec = 1'000'000'000;

StructSeqType* struct_time_type = nullptr;

// --- clocks ---

int64_t clock_ns(clockid_t id) {
  if (id == CLOCK_MONOTONIC) return monotonic_ns();
  timespec ts;
  clock_gettime(id, &ts);
  return int64_t{ts.tv_sec} * kNsPerSec + ts.tv_nsec;
}

template <clockid_t Id>
Value clock_seconds(const CallArgs& a) {
  exact_args(a, "time", 0);
  return Value::floating(static_cast<double>(clock_ns(Id)) * 1e-9);
}
template <clockid_t Id>
Value clock_nanoseconds(const CallArgs& a) {
  exact_args(a, "time", 0);
  return Value::integer(clock_ns(Id));
}

// --- converting arguments (CPython's _PyTime_FromSecondsObject and _PyTime_ObjectToTime_t) ---

[[noreturn]] void raise_nan() {
  raise(exc_ValueError, "Invalid value NaN (not a number)");
}

// A timestamp in whole seconds for gmtime/localtime/ctime (fractions truncated toward zero).
time_t timestamp_arg(const Value& v) {
  constexpr const char* kOutOfRange = "timestamp out of range for platform time_t";
  if (v.is_float()) {
    double d = v.as_float();
    if (std::isnan(d)) raise_nan();
    d = std::trunc(d);
    if (!(d >= -9.2233720368547758e18 && d < 9.2233720368547758e18))
      raise(exc_OverflowError, kOutOfRange);
    return static_cast<time_t>(d);
  }
  if (is_bigint(v)) raise(exc_OverflowError, kOutOfRange);
  return static_cast<time_t>(index_to_int64(v));
}

time_t optional_timestamp(const CallArgs& a, const char* fname) {
  count_args(a, fname, 0, 1);
  if (a.nargs == 0 || a[0].is_none())
    return static_cast<time_t>(clock_ns(CLOCK_REALTIME) / kNsPerSec);
  return timestamp_arg(a[0]);
}

// --- sleep ---

Value time_sleep(const CallArgs& a) {
  no_kwargs(a, "time.sleep");
  if (a.nargs != 1)
    raise_type_error(cat("time.sleep() takes exactly one argument (", a.nargs, " given)"));
  int64_t ns = seconds_to_ns(a[0]);
  if (ns < 0) raise(exc_ValueError, "sleep length must be non-negative");
  // One absolute deadline: a wake-up by a signal resumes for the rest of the time (PEP 475).
  // TODO(signals): run the Python signal handlers on EINTR (issue 5).
  timespec deadline = deadline_after_ns(ns);
  {
    AllowThreads released(current_thread());
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr) == EINTR) {
    }
  }
  return Value::none();
}

// --- struct_time ---

Value make_struct_time(const tm& t) {
  const char* zone = t.tm_zone ? t.tm_zone : "";
  return new_struct_seq(
      struct_time_type,
      {Value::integer(t.tm_year + 1900), Value::integer(t.tm_mon + 1), Value::integer(t.tm_mday),
       Value::integer(t.tm_hour), Value::integer(t.tm_min), Value::integer(t.tm_sec),
       Value::integer((t.tm_wday + 6) % 7), Value::integer(t.tm_yday + 1),
       Value::integer(t.tm_isdst), make_str(zone), Value::integer(t.tm_gmtoff)});
}

Value broken_down(const CallArgs& a, const char* fname, bool local) {
  time_t when = optional_timestamp(a, fname);
  tm t{};
  errno = 0;
  if (!(local ? localtime_r(&when, &t) : gmtime_r(&when, &t))) {
    int err = errno ? errno : EOVERFLOW;
    raise(exc_OSError, cat("[Errno ", err, "] ", std::strerror(err)));
  }
  return make_struct_time(t);
}

Value time_gmtime(const CallArgs& a) {
  return broken_down(a, "gmtime", false);
}
Value time_localtime(const CallArgs& a) {
  return broken_down(a, "localtime", true);
}

// CPython's gettmarg: a 9-tuple or struct_time into `tm` (wday shifted to C's Sunday = 0).
tm time_tuple_arg(const Value& v, const char* fname) {
  if (!is_tuple(v)) raise_type_error("Tuple or struct_time argument required");
  const std::vector<Value>& items = v.as<TupleObject>()->items;
  if (items.size() != 9) raise_type_error(cat(fname, "(): illegal time tuple argument"));
  int64_t f[9];
  for (size_t i = 0; i < 9; ++i) {
    if (!items[i].is_int()) raise_type_error(cat(fname, "(): illegal time tuple argument"));
    f[i] = items[i].as_int();
    if (f[i] < INT32_MIN || f[i] > INT32_MAX)
      raise(exc_OverflowError, "Python int too large to convert to C int");
  }
  tm t{};
  t.tm_year = static_cast<int>(f[0] - 1900);
  t.tm_mon = static_cast<int>(f[1] - 1);
  t.tm_mday = static_cast<int>(f[2]);
  t.tm_hour = static_cast<int>(f[3]);
  t.tm_min = static_cast<int>(f[4]);
  t.tm_sec = static_cast<int>(f[5]);
  t.tm_wday = static_cast<int>((f[6] + 1) % 7);
  t.tm_yday = static_cast<int>(f[7] - 1);
  t.tm_isdst = static_cast<int>(f[8]);
  if (auto* seq = dynamic_cast<StructSeqObject*>(v.as_obj()); seq && seq->hidden.size() == 2) {
    if (is_str(seq->hidden[0])) t.tm_zone = seq->hidden[0].as<StrObject>()->data.c_str();
    if (seq->hidden[1].is_int()) t.tm_gmtoff = seq->hidden[1].as_int();
  }
  return t;
}

// CPython's checktm, with strftime's normalisation of zero month/day/yday first.
void check_tm(tm& t) {
  if (t.tm_mon == -1) t.tm_mon = 0;
  if (t.tm_mday == 0) t.tm_mday = 1;
  if (t.tm_yday == -1) t.tm_yday = 0;
  if (t.tm_mon < 0 || t.tm_mon > 11) raise(exc_ValueError, "month out of range");
  if (t.tm_mday < 0 || t.tm_mday > 31) raise(exc_ValueError, "day of month out of range");
  if (t.tm_hour < 0 || t.tm_hour > 23) raise(exc_ValueError, "hour out of range");
  if (t.tm_min < 0 || t.tm_min > 59) raise(exc_ValueError, "minute out of range");
  if (t.tm_sec < 0 || t.tm_sec > 61) raise(exc_ValueError, "seconds out of range");
  if (t.tm_wday < 0) raise(exc_ValueError, "day of week out of range");
  if (t.tm_yday < 0 || t.tm_yday > 365) raise(exc_ValueError, "day of year out of range");
  if (t.tm_isdst < -1) t.tm_isdst = -1;
  if (t.tm_isdst > 1) t.tm_isdst = 1;
}

tm current_local_time() {
  time_t now = static_cast<time_t>(clock_ns(CLOCK_REALTIME) / kNsPerSec);
  tm t{};
  localtime_r(&now, &t);
  return t;
}

Value time_strftime(const CallArgs& a) {
  no_kwargs(a, "strftime");
  count_args(a, "strftime", 1, 2);
  if (!is_str(a[0]))
    raise_type_error(cat("strftime() argument 1 must be str, not ", type_name(a[0])));
  tm t = a.nargs > 1 ? time_tuple_arg(a[1], "strftime") : current_local_time();
  check_tm(t);
  const std::string& format = a[0].as<StrObject>()->data;
  if (format.empty()) return make_str("");
  // strftime gives 0 both for "too small" and for an empty result: grow, then give up.
  for (size_t size = 256; size <= format.size() * 256 + 4096; size *= 2) {
    std::string out(size, '\0');
    size_t n = std::strftime(out.data(), size, format.c_str(), &t);
    if (n > 0) {
      out.resize(n);
      return new_str(std::move(out));
    }
  }
  return make_str("");
}

std::string asctime_text(const tm& t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[t.tm_wday % 7],
                kMonths[t.tm_mon], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
  return buf;
}

Value time_asctime(const CallArgs& a) {
  no_kwargs(a, "asctime");
  count_args(a, "asctime", 0, 1);
  tm t = a.nargs ? time_tuple_arg(a[0], "asctime") : current_local_time();
  check_tm(t);
  return make_str(asctime_text(t));
}

Value time_ctime(const CallArgs& a) {
  time_t when = optional_timestamp(a, "ctime");
  tm t{};
  if (!localtime_r(&when, &t)) raise(exc_OverflowError, "unconvertible time");
  return make_str(asctime_text(t));
}

Value time_mktime(const CallArgs& a) {
  exact_args(a, "time.mktime", 1);
  tm t = time_tuple_arg(a[0], "mktime");
  t.tm_wday = -1;  // sentinel: mktime() sets it on success
  time_t when = std::mktime(&t);
  if (when == static_cast<time_t>(-1) && t.tm_wday == -1)
    raise(exc_OverflowError, "mktime argument out of range");
  return Value::floating(static_cast<double>(when));
}

}  // namespace

Ref<ModuleObject> init_time_module() {
  if (!struct_time_type) {
    struct_time_type =
        new_struct_seq_type("time.struct_time",
                            {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
                             "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"},
                            9);
  }
  auto m = make<ModuleObject>("time");
  DictObject* d = m->dict.get();
  d->set("__doc__", make_str("This module provides various functions to manipulate time values."));
  add_function(d, "time", clock_seconds<CLOCK_REALTIME>,
               "Return the current time in seconds since the Epoch.");
  add_function(d, "time_ns", clock_nanoseconds<CLOCK_REALTIME>,
               "Return the current time in nanoseconds since the Epoch.");
  add_function(d, "monotonic", clock_seconds<CLOCK_MONOTONIC>,
               "Monotonic clock, cannot go backward.");
  add_function(d, "monotonic_ns", clock_nanoseconds<CLOCK_MONOTONIC>,
               "Monotonic clock, cannot go backward, as nanoseconds.");
  add_function(d, "perf_counter", clock_seconds<CLOCK_MONOTONIC>,
               "Performance counter for benchmarking.");
  add_function(d, "perf_counter_ns", clock_nanoseconds<CLOCK_MONOTONIC>,
               "Performance counter for benchmarking as nanoseconds.");
  add_function(d, "process_time", clock_seconds<CLOCK_PROCESS_CPUTIME_ID>,
               "Process time for profiling: sum of the kernel and user-space CPU time.");
  add_function(d, "process_time_ns", clock_nanoseconds<CLOCK_PROCESS_CPUTIME_ID>,
               "Process time for profiling as nanoseconds.");
  add_function(d, "thread_time", clock_seconds<CLOCK_THREAD_CPUTIME_ID>,
               "Thread time for profiling: sum of the kernel and user-space CPU time.");
  add_function(d, "thread_time_ns", clock_nanoseconds<CLOCK_THREAD_CPUTIME_ID>,
               "Thread time for profiling as nanoseconds.");
  add_function(d, "sleep", time_sleep,
               "sleep(seconds)\n\nDelay execution for a given number of seconds.");
  add_function(d, "gmtime", time_gmtime, "Convert seconds since the Epoch to a time tuple (UTC).");
  add_function(d, "localtime", time_localtime,
               "Convert seconds since the Epoch to a time tuple (local time).");
  add_function(d, "mktime", time_mktime, "Convert a time tuple in local time to seconds.");
  add_function(d, "strftime", time_strftime,
               "Convert a time tuple to a string according to a format specification.");
  add_function(d, "asctime", time_asctime, "Convert a time tuple to a string.");
  add_function(d, "ctime", time_ctime, "Convert a time in seconds since the Epoch to a string.");
  d->set("struct_time", Value(static_cast<TypeObject*>(struct_time_type)));
  tzset();
  d->set("timezone", Value::integer(timezone));
  d->set("altzone", Value::integer(daylight ? timezone - 3600 : timezone));
  d->set("daylight", Value::integer(daylight));
  d->set("tzname", Value(new_tuple({make_str(tzname[0]), make_str(tzname[1])})));
  return m;
}

}  // namespace gilt
