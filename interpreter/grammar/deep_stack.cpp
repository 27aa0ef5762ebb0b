#include "interpreter/grammar/deep_stack.hpp"

#include <pthread.h>

#include <exception>

#include "interpreter/grammar/diag.hpp"

namespace gilt::front::grammar {
namespace {

constexpr std::size_t kSmallInput = 256;          // cannot nest deeply enough to matter
constexpr std::size_t kWantedStack = 64u << 20;   // room a parse of any nesting may need
constexpr std::size_t kHelperStack = 256u << 20;  // reserved address space, committed on use

std::size_t stack_left() {
  const char* limit = parser_stack_limit();
  char here = 0;
  const char* sp = &here;
  return limit && sp > limit ? static_cast<std::size_t>(sp - limit) : kWantedStack;
}

struct Job {
  const std::function<void()>* parse;
  std::exception_ptr error;
};

void* run_job(void* arg) {
  auto* job = static_cast<Job*>(arg);
  try {
    (*job->parse)();
  } catch (...) {
    job->error = std::current_exception();
  }
  return nullptr;
}

}  // namespace

void run_with_parser_stack(std::size_t source_size, const std::function<void()>& parse) {
  if (source_size <= kSmallInput || stack_left() >= kWantedStack) return parse();
  Job job{&parse, nullptr};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 &&
                 pthread_attr_setstacksize(&attr, kHelperStack) == 0 &&
                 pthread_create(&thread, &attr, run_job, &job) == 0;
  pthread_attr_destroy(&attr);
  // Without a helper thread the parse still runs here; its own stack guard then ends a too
  // deep input in a SyntaxError instead of a crash.
  if (!started) return parse();
  pthread_join(thread, nullptr);
  if (job.error) std::rethrow_exception(job.error);
}

}  // namespace gilt::front::grammar
