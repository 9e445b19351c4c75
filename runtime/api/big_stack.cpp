// See big_stack.hpp.
#include <stk/big_stack.hpp>

#include <pthread.h>

#include <cstddef>

namespace stk {

void run_on_big_stack(const std::function<void()>& fn) {
  constexpr std::size_t kStackBytes = std::size_t{512} << 20;
  pthread_attr_t attr;
  pthread_t thread;
  auto* arg = const_cast<std::function<void()>*>(&fn);
  if (pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, kStackBytes) == 0 &&
      pthread_create(
          &thread, &attr,
          [](void* p) -> void* {
            (*static_cast<std::function<void()>*>(p))();
            return nullptr;
          },
          arg) == 0) {
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
    return;
  }
  fn();  // no thread: run on the calling stack
}

}  // namespace stk
