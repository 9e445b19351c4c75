// A progress line on stderr for long work ("stk-trace: export: 42%"), shown
// only when stderr is a terminal and the work is big enough to be worth it,
// redrawn at most ten times a second, and erased when done.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace stk::cli {

class Progress {
 public:
  enum class Unit { Events, Bytes, Percent };  // what the line counts (Percent: only the %)
  // `total` units of work; nothing is shown below `min_total`.
  Progress(std::string label, std::size_t total, std::size_t min_total = 200000, Unit unit = Unit::Events);
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  void update(std::size_t done);
  void finish();

 private:
  std::string label_;
  std::size_t total_;
  Unit unit_;
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace stk::cli
