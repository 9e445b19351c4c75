// Where an export or a dump goes: a file (`-o OUT`) or stdout, written through
// one large buffer. A write that fails (disk full, closed pipe) becomes one
// stk::Error naming the file, never a silently short output.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace stk::cli {

class OutputFile {
 public:
  // `path` empty or "-": stdout. Throws stk::Error if the file cannot be created.
  explicit OutputFile(const std::string& path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // The buffer to append to; call maybe_flush() now and then.
  std::string& buffer() { return buf_; }
  void write(std::string_view s) {
    buf_.append(s);
    maybe_flush();
  }
  void maybe_flush() {
    if (buf_.size() >= kFlushBytes) flush();
  }
  void flush();
  // Flushes and closes; errors are thrown here rather than lost in the destructor.
  void close();
  const std::string& name() const { return name_; }

 private:
  static constexpr std::size_t kFlushBytes = 1u << 20;
  std::FILE* f_ = nullptr;
  bool owned_ = false;
  std::string name_;
  std::string buf_;
};

}  // namespace stk::cli
