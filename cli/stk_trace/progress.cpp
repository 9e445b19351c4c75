// Progress line on a terminal (see progress.hpp).
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace stk::cli {

Progress::Progress(std::string label, std::size_t total, std::size_t min_total, Unit unit)
    : label_(std::move(label)), total_(total), unit_(unit),
      enabled_(total >= min_total && isatty(STDERR_FILENO) == 1),
      last_(std::chrono::steady_clock::now()) {}

Progress::~Progress() { finish(); }

void Progress::update(std::size_t done) {
  if (!enabled_ || total_ == 0) return;
  auto now = std::chrono::steady_clock::now();
  if (shown_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  shown_ = true;
  unsigned pct = static_cast<unsigned>(done * 100 / total_);
  if (unit_ == Unit::Percent)
    std::fprintf(stderr, "\rstk-trace: %s: %3u%%", label_.c_str(), pct);
  else if (unit_ == Unit::Bytes)
    std::fprintf(stderr, "\rstk-trace: %s: %3u%% (%.1f of %.1f MB)", label_.c_str(), pct, static_cast<double>(done) / 1e6,
                 static_cast<double>(total_) / 1e6);
  else
    std::fprintf(stderr, "\rstk-trace: %s: %3u%% (%zu of %zu events)", label_.c_str(), pct, done, total_);
  std::fflush(stderr);
}

void Progress::finish() {
  if (!shown_) return;
  shown_ = false;
  std::fputs("\r\033[K", stderr);  // erase the line
  std::fflush(stderr);
}

}  // namespace stk::cli
