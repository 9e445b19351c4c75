// DAP message shapes <-> nlohmann::json: building responses and events, the
// `DapError` a handler throws, and typed argument readers whose failures read
// as "'threadId' must be an integer" instead of a JSON library message.
// Sequence numbers are not set here: the Outbox stamps `seq` when it sends.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stk::dap {

using json = nlohmann::json;

// What a handler throws to answer with an error response. `id` is one of
// error_codes.hpp; `show_user` asks the client to show it prominently.
class DapError : public std::runtime_error {
 public:
  DapError(int id, const std::string& message, bool show_user = false)
      : std::runtime_error(message), id_(id), show_user_(show_user) {}
  int id() const { return id_; }
  bool show_user() const { return show_user_; }

 private:
  int id_;
  bool show_user_;
};

json make_event(std::string_view event, json body = nullptr);
json make_response(int request_seq, std::string_view command, json body = nullptr);
// `short_message` is `message` of the response (DAP predefines "notStopped"
// and "cancelled"); the full sentence goes into `body.error.format`.
json make_error_response(int request_seq, std::string_view command, int id, const std::string& text,
                         bool show_user = false, std::string_view short_message = {});

// Whether `body` nests arrays/objects at most `max_depth` deep (strings
// skipped). Checked before parsing: nlohmann copies and dumps values
// recursively, so a hostile `[[[[...` must be refused before it is a value.
constexpr int kMaxJsonDepth = 128;
bool nesting_within(std::string_view body, int max_depth = kMaxJsonDepth);

// A request as the server sees it. Throws DapError(kProtocol) when `message`
// is not a request object with an integer `seq` and a string `command`.
struct Request {
  int seq = 0;
  std::string command;
  json arguments;  // an object (empty when the client sent none)
};
Request parse_request(const json& message);

// Argument readers over an `arguments` object (or any member object). They
// throw DapError(kInvalidArguments) naming the key; a missing or null
// optional member gives the fallback.
std::int64_t require_int(const json& args, const char* key);
std::int64_t optional_int(const json& args, const char* key, std::int64_t fallback);
std::string require_string(const json& args, const char* key);
std::string optional_string(const json& args, const char* key, const std::string& fallback = {});
bool optional_bool(const json& args, const char* key, bool fallback);
// An object or array member, or an empty json (null) when absent; throws when
// present with another type.
const json& optional_object(const json& args, const char* key);
const json& optional_array(const json& args, const char* key);

}  // namespace stk::dap
