// The single list of announced capabilities (capabilities.def) and the
// exception breakpoint filters: "uncaught" (on by default: a tasklet is about
// to die of an exception) and "raised" (every raise).
#include "capabilities.hpp"

namespace stk::dap {

json capabilities() {
  json c = json::object();
#define CAPABILITY(name) c[#name] = true;
#include "capabilities.def"
#undef CAPABILITY
  c["exceptionBreakpointFilters"] = json::array({
      {{"filter", "uncaught"},
       {"label", "Uncaught Exceptions"},
       {"description", "Stop when an exception is about to end a tasklet"},
       {"default", true}},
      {{"filter", "raised"},
       {"label", "Raised Exceptions"},
       {"description", "Stop whenever an exception is raised, caught or not"},
       {"default", false}},
  });
  return c;
}

}  // namespace stk::dap
