// Buffered output to a file or stdout (see output_file.hpp).
#include "output_file.hpp"

#include <cerrno>
#include <cstring>

#include <stk/error.hpp>

namespace stk::cli {

OutputFile::OutputFile(const std::string& path) {
  if (path.empty() || path == "-") {
    f_ = stdout;
    name_ = "<stdout>";
    return;
  }
  f_ = std::fopen(path.c_str(), "wb");
  if (f_ == nullptr) throw stk::Error("cannot write '" + path + "': " + std::strerror(errno), 1);
  owned_ = true;
  name_ = path;
}

OutputFile::~OutputFile() {
  if (owned_ && f_ != nullptr) std::fclose(f_);
}

void OutputFile::flush() {
  if (f_ == nullptr || buf_.empty()) return;
  if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
    throw stk::Error("cannot write '" + name_ + "': " + std::strerror(errno), 1);
  buf_.clear();
}

void OutputFile::close() {
  flush();
  if (f_ == nullptr) return;
  int rc = owned_ ? std::fclose(f_) : std::fflush(f_);
  f_ = owned_ ? nullptr : f_;
  owned_ = false;
  if (rc != 0) throw stk::Error("cannot write '" + name_ + "': " + std::strerror(errno), 1);
}

}  // namespace stk::cli
