// Tripped signals, handled by the main thread at its next eval-breaker check (CPython's
// signalmodule.c model: the C-level step only records the signal; Python-level handling runs
// later, in the main thread). For now the only handler is SIGINT's default, which raises
// KeyboardInterrupt; the signal module (issue 5) adds real OS signals and Python handlers.
#pragma once

namespace gilt {

constexpr int kSignalCount = 65;  // signal.NSIG on Linux: valid numbers are 1..64

// Records `signum` as tripped and asks the main thread to look. Async-signal-safe.
void trip_signal(int signum);
// In the main thread: runs the handlers of the tripped signals; throws what a handler raises
// (KeyboardInterrupt for SIGINT). Elsewhere: nothing.
void run_pending_signals();

}  // namespace gilt
