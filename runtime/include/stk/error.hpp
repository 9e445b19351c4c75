// Errors that cross the library boundary: source locations, compile errors and
// file-format errors. Inside the interpreter loop a Python exception is a value on
// the tasklet, never one of these; these are for the compiler and the tools.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>

namespace stk {

struct SourceLocation {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, in code points; 0 = unknown
};

// Base of every error a user can cause that the tools print as one line.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what, int exit_code = 1)
      : std::runtime_error(what), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

// A program the compiler rejects. `kind` is the Python exception name printed
// ("SyntaxError", "NotImplementedError", "IndentationError").
class CompileError : public Error {
 public:
  CompileError(std::string kind, SourceLocation loc, std::string message)
      : Error(kind + ": " + message), kind_(std::move(kind)), loc_(loc),
        message_(std::move(message)) {}
  const std::string& kind() const { return kind_; }
  SourceLocation location() const { return loc_; }
  const std::string& message() const { return message_; }

 private:
  std::string kind_;
  SourceLocation loc_;
  std::string message_;
};

// A damaged trace, snapshot or protocol frame; `offset` is the byte position.
class FormatError : public Error {
 public:
  FormatError(const std::string& what, std::uint64_t offset)
      : Error(what + " at offset " + std::to_string(offset)), offset_(offset) {}
  std::uint64_t offset() const { return offset_; }

 private:
  std::uint64_t offset_;
};

}  // namespace stk
