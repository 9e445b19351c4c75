// Building DAP messages and reading request arguments; see messages.hpp.
#include "messages.hpp"

#include "error_codes.hpp"

namespace stk::dap {

namespace {

const json& null_json() {
  static const json kNull;
  return kNull;
}

const json* member(const json& args, const char* key) {
  if (!args.is_object()) return nullptr;
  auto it = args.find(key);
  if (it == args.end() || it->is_null()) return nullptr;
  return &*it;
}

[[noreturn]] void bad(const char* key, const char* expected) {
  throw DapError(error_id::kInvalidArguments, std::string("'") + key + "' must be " + expected);
}

}  // namespace

json make_event(std::string_view event, json body) {
  json e = {{"seq", 0}, {"type", "event"}, {"event", event}};
  if (!body.is_null()) e["body"] = std::move(body);
  return e;
}

json make_response(int request_seq, std::string_view command, json body) {
  json r = {{"seq", 0},
            {"type", "response"},
            {"request_seq", request_seq},
            {"success", true},
            {"command", command}};
  if (!body.is_null()) r["body"] = std::move(body);
  return r;
}

json make_error_response(int request_seq, std::string_view command, int id, const std::string& text,
                         bool show_user, std::string_view short_message) {
  json r = {{"seq", 0},
            {"type", "response"},
            {"request_seq", request_seq},
            {"success", false},
            {"command", command},
            {"message", short_message.empty() ? std::string_view(text) : short_message}};
  r["body"]["error"] = {{"id", id}, {"format", text}, {"showUser", show_user}};
  return r;
}

bool nesting_within(std::string_view body, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

Request parse_request(const json& message) {
  if (!message.is_object())
    throw DapError(error_id::kProtocol, "a DAP message must be a JSON object");
  auto type = message.find("type");
  if (type == message.end() || !type->is_string())
    throw DapError(error_id::kProtocol, "the message has no 'type' (expected \"request\")");
  if (*type != "request")
    throw DapError(error_id::kProtocol,
                   "unexpected message type '" + type->get<std::string>() +
                       "' (stk-dap sends no reverse requests, so it expects only requests)");
  Request r;
  auto seq = message.find("seq");
  if (seq == message.end() || !seq->is_number_integer())
    throw DapError(error_id::kProtocol, "the request has no integer 'seq'");
  r.seq = seq->get<int>();
  auto command = message.find("command");
  if (command == message.end() || !command->is_string() ||
      command->get_ref<const std::string&>().empty())
    throw DapError(error_id::kProtocol, "the request has no 'command'");
  r.command = command->get<std::string>();
  auto args = message.find("arguments");
  if (args != message.end() && !args->is_null()) {
    if (!args->is_object())
      throw DapError(error_id::kInvalidArguments, "'arguments' must be an object");
    r.arguments = *args;
  } else {
    r.arguments = json::object();
  }
  return r;
}

std::int64_t require_int(const json& args, const char* key) {
  const json* v = member(args, key);
  if (!v)
    throw DapError(error_id::kInvalidArguments, std::string("missing argument '") + key + "'");
  if (!v->is_number_integer()) bad(key, "an integer");
  return v->get<std::int64_t>();
}

std::int64_t optional_int(const json& args, const char* key, std::int64_t fallback) {
  const json* v = member(args, key);
  if (!v) return fallback;
  if (!v->is_number_integer()) bad(key, "an integer");
  return v->get<std::int64_t>();
}

std::string require_string(const json& args, const char* key) {
  const json* v = member(args, key);
  if (!v)
    throw DapError(error_id::kInvalidArguments, std::string("missing argument '") + key + "'");
  if (!v->is_string()) bad(key, "a string");
  return v->get<std::string>();
}

std::string optional_string(const json& args, const char* key, const std::string& fallback) {
  const json* v = member(args, key);
  if (!v) return fallback;
  if (!v->is_string()) bad(key, "a string");
  return v->get<std::string>();
}

bool optional_bool(const json& args, const char* key, bool fallback) {
  const json* v = member(args, key);
  if (!v) return fallback;
  if (!v->is_boolean()) bad(key, "true or false");
  return v->get<bool>();
}

const json& optional_object(const json& args, const char* key) {
  const json* v = member(args, key);
  if (!v) return null_json();
  if (!v->is_object()) bad(key, "an object");
  return *v;
}

const json& optional_array(const json& args, const char* key) {
  const json* v = member(args, key);
  if (!v) return null_json();
  if (!v->is_array()) bad(key, "an array");
  return *v;
}

}  // namespace stk::dap
