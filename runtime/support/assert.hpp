// Internal-invariant checks. STK_ASSERT is compiled in debug and sanitizer builds;
// stk::fatal is for states that user input can never reach (a broken invariant),
// never for errors a program or a file can cause: those become Python exceptions
// or one-line tool errors.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace stk {

[[noreturn, gnu::cold]] inline void fatal(const char* msg, const char* file, int line) {
  std::fprintf(stderr, "stk: internal error: %s (%s:%d)\n", msg, file, line);
  std::abort();
}

}  // namespace stk

#define STK_FATAL(msg) ::stk::fatal((msg), __FILE__, __LINE__)

#if !defined(NDEBUG) || defined(STK_CHECKED)
#define STK_ASSERT(cond) \
  do {                   \
    if (!(cond)) STK_FATAL("assertion failed: " #cond); \
  } while (0)
#else
#define STK_ASSERT(cond) ((void)0)
#endif

#define STK_UNREACHABLE() STK_FATAL("unreachable")
#define STK_LIKELY(x) __builtin_expect(!!(x), 1)
#define STK_UNLIKELY(x) __builtin_expect(!!(x), 0)
