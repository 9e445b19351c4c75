# STK_SANITIZE: "" (off), "address,undefined" or "thread". Applied to every
# target in the tree, so the runtime, the tests and the tools agree. UBSan
# findings abort (no recovery) so that a test run fails on them. Debug builds
# with a sanitizer use -O1: fast enough for the program suite, still debuggable.
set(STK_SANITIZE "" CACHE STRING "Sanitizers: '', 'address,undefined' or 'thread'")
set_property(CACHE STK_SANITIZE PROPERTY STRINGS "" "address,undefined" "address" "undefined" "thread")

if(STK_SANITIZE)
  if(STK_SANITIZE MATCHES "thread" AND STK_SANITIZE MATCHES "address")
    message(FATAL_ERROR "STK_SANITIZE: 'thread' cannot be combined with 'address'")
  endif()
  set(_stk_san_flags -fsanitize=${STK_SANITIZE} -fno-omit-frame-pointer)
  if(STK_SANITIZE MATCHES "undefined")
    list(APPEND _stk_san_flags -fno-sanitize-recover=undefined)
  endif()
  add_compile_options(${_stk_san_flags} $<$<CONFIG:Debug>:-O1>)
  add_link_options(-fsanitize=${STK_SANITIZE})
  message(STATUS "stk: sanitizers: ${STK_SANITIZE}")
endif()
