#include "error_line.hpp"

#include <cstdio>

namespace stk::cli {

void print_error_line(const std::string& tool, const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "%s: %s\n", tool.c_str(), message.c_str());
}

}  // namespace stk::cli
