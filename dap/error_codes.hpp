// Stable numeric ids of the errors stk-dap answers with (`body.error.id` of
// an error response), as Delve keeps them in error_ids.go: clients and tests
// may match on them, so a number is never reused for another meaning.
#pragma once

namespace stk::dap::error_id {

// Protocol and request shape.
constexpr int kProtocol = 1001;          // a body that is not a JSON object / request
constexpr int kUnknownCommand = 1002;    // a request this adapter does not implement
constexpr int kInvalidArguments = 1003;  // a missing or mistyped argument
constexpr int kWrongState = 1004;        // e.g. `threads` before `initialize`, a second `launch`
constexpr int kStaleHandle =
    1005;  // a frameId / variablesReference from before the tasklet resumed
constexpr int kUnknownHandle = 1006;  // a frameId / variablesReference never handed out
constexpr int kUnknownThread = 1007;  // a threadId that names no tasklet

// From the debugger Session (DebugError::Code).
constexpr int kNotRunning = 1010;
constexpr int kNotStopped = 1011;
constexpr int kUnknownTasklet = 1012;
constexpr int kUnknownFrame = 1013;
constexpr int kUnknownReference = 1014;
constexpr int kBadArgument = 1015;
constexpr int kEvaluationFailed = 1016;
constexpr int kTimeout = 1017;

// Lifecycle.
constexpr int kLaunchFailed = 1020;
constexpr int kAttachFailed = 1021;

constexpr int kInternal = 1099;  // a bug in stk-dap; logged on stderr, the session goes on

}  // namespace stk::dap::error_id
