// Content-Length framing (DAP's only header) over a byte stream: a pure,
// incremental `FrameReader` (unit-tested alone) and `Connection`, which reads
// framed bodies from one fd and writes framed bodies to another (stdio: 0/1;
// TCP: the same socket twice). Writes are serialised by a mutex because the
// VM thread sends events while the request thread sends responses.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>

namespace stk::dap {

constexpr std::size_t kMaxHeaderBytes = 8192;
constexpr std::size_t kMaxBodyBytes = std::size_t{64} << 20;

// "Content-Length: N\r\n\r\n" + body.
std::string frame(std::string_view body);

class FrameReader {
 public:
  enum class Status {
    NeedMore,
    Message,
    Error
  };
  void feed(const char* data, std::size_t size);
  // Pops the next complete body. On Error, `error` says what was wrong with
  // the header; the stream cannot be resynchronised after that.
  Status next(std::string& body, std::string& error);
  std::size_t buffered() const { return buf_.size() - pos_; }

 private:
  std::string buf_;
  std::size_t pos_ = 0;  // start of the unread part of `buf_`
};

class Connection {
 public:
  // `owns`: close the fds in the destructor.
  Connection(int in_fd, int out_fd, bool owns);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Blocks for the next body. False at the end of the stream (`error` empty)
  // or on a framing/IO error (`error` says which).
  bool read(std::string& body, std::string& error);
  // Thread-safe. False once the peer is gone (later writes are dropped).
  bool write(std::string_view body);
  // Unblocks a pending read (sockets) and refuses further writes.
  void close();
  bool is_closed() const;

 private:
  int in_fd_, out_fd_;
  bool owns_;
  bool out_is_socket_;  // send(MSG_NOSIGNAL) instead of write()
  FrameReader reader_;
  mutable std::mutex write_mu_;
  bool broken_ = false;  // guarded by write_mu_
};

}  // namespace stk::dap
