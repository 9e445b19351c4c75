// Message shapes and argument readers: what a client sees on success and on
// each kind of bad request.
#include "messages.hpp"

#include <catch2/catch.hpp>

#include "error_codes.hpp"

using namespace stk::dap;

TEST_CASE("responses and events have DAP's shape", "[dap][messages]") {
  json r = make_response(7, "threads", {{"threads", json::array()}});
  CHECK(r["type"] == "response");
  CHECK(r["request_seq"] == 7);
  CHECK(r["success"] == true);
  CHECK(r["command"] == "threads");
  CHECK(r["body"]["threads"].is_array());
  json e = make_event("initialized");
  CHECK(e["type"] == "event");
  CHECK(e["event"] == "initialized");
  CHECK_FALSE(e.contains("body"));
}

TEST_CASE("an error response carries the id and the sentence", "[dap][messages]") {
  json r = make_error_response(3, "stackTrace", error_id::kNotStopped, "thread 2 is running", false,
                               "notStopped");
  CHECK(r["success"] == false);
  CHECK(r["message"] == "notStopped");
  CHECK(r["body"]["error"]["id"] == error_id::kNotStopped);
  CHECK(r["body"]["error"]["format"] == "thread 2 is running");
  json plain = make_error_response(4, "x", error_id::kUnknownCommand, "unknown request 'x'");
  CHECK(plain["message"] == "unknown request 'x'");
}

TEST_CASE("parse_request accepts requests and rejects other shapes", "[dap][messages]") {
  Request r = parse_request(json::parse(R"({"seq":5,"type":"request","command":"threads"})"));
  CHECK(r.seq == 5);
  CHECK(r.command == "threads");
  CHECK(r.arguments.is_object());
  CHECK_THROWS_AS(parse_request(json::parse("[1,2]")), DapError);
  CHECK_THROWS_AS(parse_request(json::parse(R"({"seq":1,"type":"event","event":"x"})")), DapError);
  CHECK_THROWS_AS(parse_request(json::parse(R"({"seq":"1","type":"request","command":"x"})")),
                  DapError);
  CHECK_THROWS_AS(parse_request(json::parse(R"({"seq":1,"type":"request"})")), DapError);
  CHECK_THROWS_AS(
      parse_request(json::parse(R"({"seq":1,"type":"request","command":"x","arguments":3})")),
      DapError);
}

TEST_CASE("argument readers name the argument that is wrong", "[dap][messages]") {
  json args = json::parse(R"({"threadId":"one","n":3,"flag":true,"s":"x"})");
  CHECK(require_int(args, "n") == 3);
  CHECK(optional_int(args, "missing", 9) == 9);
  CHECK(optional_bool(args, "flag", false));
  CHECK(optional_string(args, "s") == "x");
  try {
    require_int(args, "threadId");
    FAIL("no throw");
  } catch (const DapError& e) {
    CHECK(e.id() == error_id::kInvalidArguments);
    CHECK(std::string(e.what()) == "'threadId' must be an integer");
  }
  try {
    require_string(args, "program");
    FAIL("no throw");
  } catch (const DapError& e) {
    CHECK(std::string(e.what()) == "missing argument 'program'");
  }
  CHECK_THROWS_AS(optional_array(args, "n"), DapError);
  CHECK(optional_array(args, "absent").is_null());
}

TEST_CASE("nesting depth is checked before parsing, outside strings", "[dap][messages]") {
  CHECK(nesting_within(R"({"a":[1,{"b":[]}]})", 4));
  CHECK_FALSE(nesting_within(R"({"a":[1,{"b":[]}]})", 3));
  CHECK(nesting_within(R"({"s":"[[[[[[[[[[\"[[[["})", 1));
  CHECK_FALSE(nesting_within(std::string(100000, '['), kMaxJsonDepth));
}
