// Loopback-first TCP helpers; see net.hpp.
#include "net.hpp"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace stk::dap {

namespace {

sockaddr_in to_sockaddr(const Address& a) {
  sockaddr_in sa{};
  sa.sin_family = AF_INET;
  sa.sin_port = htons(a.port);
  std::string host = a.host.empty() || a.host == "localhost" ? "127.0.0.1" : a.host;
  if (::inet_pton(AF_INET, host.c_str(), &sa.sin_addr) != 1)
    throw NetError("'" + a.host + "' is not an IPv4 address (use e.g. 127.0.0.1)");
  return sa;
}

std::string errno_text() {
  return std::strerror(errno);
}

}  // namespace

Address parse_address(const std::string& text) {
  Address a;
  std::string port_text = text;
  std::size_t colon = text.rfind(':');
  if (colon != std::string::npos) {
    a.host = text.substr(0, colon);
    port_text = text.substr(colon + 1);
  }
  if (a.host.empty()) a.host = "127.0.0.1";
  if (port_text.empty() || port_text.size() > 5 ||
      port_text.find_first_not_of("0123456789") != std::string::npos)
    throw NetError("'" + text + "' is not an address of the form HOST:PORT (e.g. 127.0.0.1:4711)");
  unsigned long port = std::stoul(port_text);
  if (port > 65535) throw NetError("port " + port_text + " is out of range (0-65535)");
  a.port = static_cast<std::uint16_t>(port);
  to_sockaddr(a);  // validates the host
  return a;
}

bool is_loopback(const Address& a) {
  if (a.host == "localhost") return true;
  in_addr addr{};
  if (::inet_pton(AF_INET, a.host.c_str(), &addr) != 1) return false;
  return (ntohl(addr.s_addr) >> 24) == 127;
}

TcpListener::TcpListener(const Address& a) {
  sockaddr_in sa = to_sockaddr(a);
  fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd_ < 0) throw NetError("cannot create a socket: " + errno_text());
  int one = 1;
  ::setsockopt(fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (::bind(fd_, reinterpret_cast<sockaddr*>(&sa), sizeof sa) != 0) {
    std::string why = errno_text();
    ::close(fd_);
    throw NetError("cannot listen on " + a.host + ":" + std::to_string(a.port) + ": " + why);
  }
  if (::listen(fd_, 4) != 0) {
    std::string why = errno_text();
    ::close(fd_);
    throw NetError("cannot listen on " + a.host + ":" + std::to_string(a.port) + ": " + why);
  }
  socklen_t len = sizeof sa;
  ::getsockname(fd_, reinterpret_cast<sockaddr*>(&sa), &len);
  port_ = ntohs(sa.sin_port);
}

TcpListener::~TcpListener() {
  if (fd_ >= 0) ::close(fd_);
}

int TcpListener::accept() {
  for (;;) {
    int fd = ::accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd >= 0) {
      int one = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      return fd;
    }
    if (errno == EINTR || errno == ECONNABORTED) continue;
    return -1;  // closed (shutdown) or a hard error
  }
}

void TcpListener::close() {
  if (fd_ >= 0) ::shutdown(fd_, SHUT_RDWR);
}

int connect_to(const Address& a, int timeout_ms) {
  sockaddr_in sa = to_sockaddr(a);
  std::string where = a.host + ":" + std::to_string(a.port);
  int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) throw NetError("cannot create a socket: " + errno_text());
  int rc = ::connect(fd, reinterpret_cast<sockaddr*>(&sa), sizeof sa);
  if (rc != 0 && errno == EINPROGRESS) {
    pollfd p{fd, POLLOUT, 0};
    rc = ::poll(&p, 1, timeout_ms);
    if (rc == 0) {
      ::close(fd);
      throw NetError("cannot connect to " + where + ": timed out");
    }
    int err = 0;
    socklen_t len = sizeof err;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
    rc = err == 0 ? 0 : -1;
    errno = err;
  }
  if (rc != 0) {
    std::string why = errno_text();
    ::close(fd);
    throw NetError("cannot connect to " + where + ": " + why +
                   " (is a program running with `stk run --dap-listen " + where + "`?)");
  }
  ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
  int one = 1;
  ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  return fd;
}

}  // namespace stk::dap
