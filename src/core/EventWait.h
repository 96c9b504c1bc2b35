#pragma once

#include <functional>

// Waiting for an answer without a window (the command line, benchmark probes): runs the calling
// thread's events until `done` says so or `timeoutMs` have passed. It sleeps until the next event
// instead of polling, so a desk waiting on the network costs no processor time, and `done` is
// checked after every event, so the wait ends as soon as the answer is handled. True when done.
// A timeout of 0 or less handles the events already waiting and does not wait for more.
namespace EventWait {
bool until(const std::function<bool()>& done, int timeoutMs);
} // namespace EventWait
