// TCP for `--listen HOST:PORT`, `stk run --dap-listen` and `attach`: address
// parsing with the loopback-only rule, listen/accept and connect. Errors are
// thrown as NetError with one line for the user.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace stk::dap {

struct NetError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

struct Address {
  std::string host;  // numeric IPv4, or "localhost"
  std::uint16_t port = 0;
};

// "127.0.0.1:4711", "localhost:4711", ":4711" (loopback) or "4711". Throws
// NetError on a malformed address.
Address parse_address(const std::string& text);
bool is_loopback(const Address& a);

class TcpListener {
 public:
  // Binds and listens. Throws NetError (address in use, bad host, ...).
  explicit TcpListener(const Address& a);
  ~TcpListener();
  TcpListener(const TcpListener&) = delete;
  TcpListener& operator=(const TcpListener&) = delete;
  std::uint16_t port() const { return port_; }  // the bound port (useful with port 0)
  // Blocks for one client; returns its socket fd, or -1 once close() was called.
  int accept();
  void close();

 private:
  int fd_ = -1;
  std::uint16_t port_ = 0;
};

// Connects (blocking, with `timeout_ms`); returns the socket fd. Throws NetError.
int connect_to(const Address& a, int timeout_ms = 5000);

}  // namespace stk::dap
