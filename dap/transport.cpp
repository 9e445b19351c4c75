// Content-Length framing and fd I/O; see transport.hpp.
#include "transport.hpp"

#include <cerrno>
#include <cstring>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace stk::dap {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string printable(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 60)) {
    if (c >= 32 && c < 127) {
      out += c;
    } else {
      static const char* kHex = "0123456789abcdef";
      out += "\\x";
      out += kHex[(static_cast<unsigned char>(c) >> 4) & 15];
      out += kHex[static_cast<unsigned char>(c) & 15];
    }
  }
  if (s.size() > 60) out += "...";
  return out;
}

bool is_socket(int fd) {
  struct stat st {};
  return fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode);
}

}  // namespace

std::string frame(std::string_view body) {
  std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  out.append(body);
  return out;
}

void FrameReader::feed(const char* data, std::size_t size) {
  // Drop what was consumed before growing, so the buffer stays small.
  if (pos_ > 0 && pos_ >= buf_.size() / 2) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  buf_.append(data, size);
}

FrameReader::Status FrameReader::next(std::string& body, std::string& error) {
  std::string_view rest(buf_.data() + pos_, buf_.size() - pos_);
  std::size_t end = rest.find("\r\n\r\n");
  if (end == std::string_view::npos) {
    if (rest.size() > kMaxHeaderBytes) {
      error = "malformed header: no blank line within " + std::to_string(kMaxHeaderBytes) +
              " bytes (starts with \"" + printable(rest) + "\")";
      return Status::Error;
    }
    return Status::NeedMore;
  }
  std::string_view header = rest.substr(0, end);
  bool have_length = false;
  std::size_t length = 0;
  while (!header.empty()) {
    std::size_t eol = header.find("\r\n");
    std::string_view line = header.substr(0, eol);
    header = eol == std::string_view::npos ? std::string_view{} : header.substr(eol + 2);
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      error = "malformed header line \"" + printable(line) +
              "\" (expected \"Content-Length: <bytes>\")";
      return Status::Error;
    }
    if (!iequals(trim(line.substr(0, colon)), "Content-Length"))
      continue;  // other headers are allowed
    std::string_view value = trim(line.substr(colon + 1));
    if (value.empty() || value.size() > 12) {
      error = "malformed Content-Length \"" + printable(value) + "\"";
      return Status::Error;
    }
    length = 0;
    for (char c : value) {
      if (c < '0' || c > '9') {
        error =
            "malformed Content-Length \"" + printable(value) + "\" (expected a decimal byte count)";
        return Status::Error;
      }
      length = length * 10 + static_cast<std::size_t>(c - '0');
    }
    have_length = true;
  }
  if (!have_length) {
    error = "malformed header: no Content-Length";
    return Status::Error;
  }
  if (length > kMaxBodyBytes) {
    error = "message of " + std::to_string(length) + " bytes is larger than the limit of " +
            std::to_string(kMaxBodyBytes);
    return Status::Error;
  }
  if (rest.size() < end + 4 + length) return Status::NeedMore;
  body.assign(rest.substr(end + 4, length));
  pos_ += end + 4 + length;
  if (pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  }
  return Status::Message;
}

Connection::Connection(int in_fd, int out_fd, bool owns)
    : in_fd_(in_fd), out_fd_(out_fd), owns_(owns), out_is_socket_(is_socket(out_fd)) {}

Connection::~Connection() {
  if (owns_) {
    ::close(in_fd_);
    if (out_fd_ != in_fd_) ::close(out_fd_);
  }
}

bool Connection::read(std::string& body, std::string& error) {
  char chunk[65536];
  for (;;) {
    switch (reader_.next(body, error)) {
      case FrameReader::Status::Message: return true;
      case FrameReader::Status::Error: return false;
      case FrameReader::Status::NeedMore: break;
    }
    ssize_t n = ::read(in_fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::string("read failed: ") + std::strerror(errno);
      return false;
    }
    if (n == 0) {
      error.clear();
      if (reader_.buffered() > 0)
        error = "the stream ended inside a message (" + std::to_string(reader_.buffered()) +
                " bytes unread)";
      return false;
    }
    reader_.feed(chunk, static_cast<std::size_t>(n));
  }
}

bool Connection::write(std::string_view body) {
  std::string data = frame(body);
  std::lock_guard lock(write_mu_);
  if (broken_) return false;
  std::size_t done = 0;
  while (done < data.size()) {
    ssize_t n = out_is_socket_
                    ? ::send(out_fd_, data.data() + done, data.size() - done, MSG_NOSIGNAL)
                    : ::write(out_fd_, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      broken_ = true;
      return false;
    }
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void Connection::close() {
  {
    std::lock_guard lock(write_mu_);
    broken_ = true;
  }
  if (is_socket(in_fd_)) ::shutdown(in_fd_, SHUT_RDWR);
}

bool Connection::is_closed() const {
  std::lock_guard lock(write_mu_);
  return broken_;
}

}  // namespace stk::dap
