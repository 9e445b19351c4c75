# Use ccache as the compiler launcher when it is installed. Rebuilds of the
# same tree (CI on a reused machine, `scripts/test.sh --asan` after a normal
# build) then cost seconds. Off switch: -DSTK_USE_CCACHE=OFF.
option(STK_USE_CCACHE "Use ccache when found" ON)

if(STK_USE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(STK_CCACHE_PROGRAM ccache)
  if(STK_CCACHE_PROGRAM)
    set(CMAKE_C_COMPILER_LAUNCHER "${STK_CCACHE_PROGRAM}")
    set(CMAKE_CXX_COMPILER_LAUNCHER "${STK_CCACHE_PROGRAM}")
    message(STATUS "stk: using ccache (${STK_CCACHE_PROGRAM})")
  endif()
endif()
