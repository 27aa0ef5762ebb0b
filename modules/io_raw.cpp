// The blocking system calls behind file objects, in one place: this is where the GIL is
// dropped around a read or write, so other threads run while one waits on the disk or a pipe.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "modules/io_file.hpp"
#include "runtime/api.hpp"
#include "runtime/errors.hpp"
#include "runtime/gil.hpp"
#include "runtime/str.hpp"
#include "runtime/thread_state.hpp"

namespace gilt {

void raise_errno(int err, const Value& filename) {
  // Calling OSError(errno, strerror, filename) picks the subclass, as in CPython.
  Value code = Value::integer(err), text = make_str(std::strerror(err));
  Value exc = filename.is_null() ? call(Value(exc_OSError), {code, text})
                                 : call(Value(exc_OSError), {code, text, filename});
  throw PyException{exc};
}

int raw_open(const Value& filename, std::string_view path, int flags) {
  std::string p(path);
  int fd;
  do {
    AllowThreads released(current_thread());
    fd = ::open(p.c_str(), flags | O_CLOEXEC, 0666);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) raise_errno(errno, filename);
  return fd;
}

size_t raw_read(int fd, char* buffer, size_t size) {
  ssize_t n;
  do {
    AllowThreads released(current_thread());
    n = ::read(fd, buffer, size);
  } while (n < 0 && errno == EINTR);
  if (n < 0) raise_errno(errno);
  return static_cast<size_t>(n);
}

void raw_write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    ssize_t n;
    {
      AllowThreads released(current_thread());
      n = ::write(fd, data.data(), data.size());
    }
    if (n < 0) {
      if (errno == EINTR) continue;
      raise_errno(errno);
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
}

int64_t raw_seek(int fd, int64_t offset, int whence) {
  off_t pos = ::lseek(fd, static_cast<off_t>(offset), whence);
  if (pos < 0) raise_errno(errno);
  return pos;
}

void raw_close(int fd) {
  if (::close(fd) < 0 && errno != EINTR) raise_errno(errno);
}

bool raw_is_directory(int fd) {
  struct stat st;
  return ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace gilt
