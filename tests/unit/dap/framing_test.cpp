// Content-Length framing: whole, split and glued messages, and every way a
// header can be malformed (the stream is then unusable and we say why).
#include <string>

#include <catch2/catch.hpp>

#include "transport.hpp"

using stk::dap::FrameReader;

namespace {

FrameReader::Status pop(FrameReader& r, std::string& body, std::string& error) {
  return r.next(body, error);
}

}  // namespace

TEST_CASE("a framed body round-trips through the reader", "[dap][framing]") {
  FrameReader r;
  std::string wire = stk::dap::frame(R"({"seq":1})");
  CHECK(wire == "Content-Length: 9\r\n\r\n{\"seq\":1}");
  r.feed(wire.data(), wire.size());
  std::string body, error;
  REQUIRE(pop(r, body, error) == FrameReader::Status::Message);
  CHECK(body == R"({"seq":1})");
  CHECK(pop(r, body, error) == FrameReader::Status::NeedMore);
}

TEST_CASE("a message split byte by byte is assembled", "[dap][framing]") {
  FrameReader r;
  std::string wire = stk::dap::frame("héllo");  // the length counts bytes, not characters
  std::string body, error;
  for (std::size_t i = 0; i + 1 < wire.size(); ++i) {
    r.feed(&wire[i], 1);
    REQUIRE(pop(r, body, error) == FrameReader::Status::NeedMore);
  }
  r.feed(&wire.back(), 1);
  REQUIRE(pop(r, body, error) == FrameReader::Status::Message);
  CHECK(body == "héllo");
}

TEST_CASE("two messages in one read come out one at a time", "[dap][framing]") {
  FrameReader r;
  std::string wire = stk::dap::frame("a") + stk::dap::frame("bc");
  r.feed(wire.data(), wire.size());
  std::string body, error;
  REQUIRE(pop(r, body, error) == FrameReader::Status::Message);
  CHECK(body == "a");
  REQUIRE(pop(r, body, error) == FrameReader::Status::Message);
  CHECK(body == "bc");
  CHECK(pop(r, body, error) == FrameReader::Status::NeedMore);
}

TEST_CASE("other headers are ignored and the name is case-insensitive", "[dap][framing]") {
  FrameReader r;
  std::string wire = "Content-Type: application/json\r\ncontent-length:  2 \r\n\r\n{}";
  r.feed(wire.data(), wire.size());
  std::string body, error;
  REQUIRE(pop(r, body, error) == FrameReader::Status::Message);
  CHECK(body == "{}");
}

TEST_CASE("malformed headers are errors with a reason", "[dap][framing]") {
  std::string body, error;
  SECTION("no Content-Length") {
    FrameReader r;
    std::string wire = "Content-Type: x\r\n\r\n{}";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("no Content-Length") != std::string::npos);
  }
  SECTION("a length that is not a number") {
    FrameReader r;
    std::string wire = "Content-Length: 12x\r\n\r\n{}";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("malformed Content-Length") != std::string::npos);
  }
  SECTION("a negative length") {
    FrameReader r;
    std::string wire = "Content-Length: -5\r\n\r\n";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
  }
  SECTION("a header line without a colon") {
    FrameReader r;
    std::string wire = "hello world\r\n\r\n";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("hello world") != std::string::npos);
  }
  SECTION("garbage without a blank line") {
    FrameReader r;
    std::string wire(stk::dap::kMaxHeaderBytes + 10, 'x');
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("no blank line") != std::string::npos);
  }
  SECTION("a body larger than the limit") {
    FrameReader r;
    std::string wire = "Content-Length: 999999999999\r\n\r\n";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("limit") != std::string::npos);
  }
  SECTION("binary bytes are shown escaped") {
    FrameReader r;
    std::string wire = std::string("\x01\x02\xff", 3) + "\r\n\r\n";
    r.feed(wire.data(), wire.size());
    REQUIRE(pop(r, body, error) == FrameReader::Status::Error);
    CHECK(error.find("\\x01\\x02\\xff") != std::string::npos);
  }
}

TEST_CASE("a partial header waits for more", "[dap][framing]") {
  FrameReader r;
  std::string wire = "Content-Len";
  r.feed(wire.data(), wire.size());
  std::string body, error;
  CHECK(pop(r, body, error) == FrameReader::Status::NeedMore);
  CHECK(r.buffered() == wire.size());
}
