# mimalloc (Debian: libmimalloc-dev) replaces the C allocator in the programs we
# ship: the VM's own objects come from its size-class heap, but container storage
# (std::vector inside dicts, lists and instances) and strings built by natives use
# malloc, and mimalloc's sharded free lists make those ~30% cheaper on
# allocation-heavy programs (see bench/RESULTS.md). Sanitizer builds keep the
# system allocator, which ASan must intercept.
# stk_use_mimalloc(<target>): link it (first, so it interposes malloc/free).
option(STK_USE_MIMALLOC "Link programs with mimalloc when it is installed" ON)
if(STK_USE_MIMALLOC AND NOT STK_SANITIZE)
  find_package(mimalloc CONFIG QUIET)
endif()
function(stk_use_mimalloc target)
  if(TARGET mimalloc AND STK_USE_MIMALLOC AND NOT STK_SANITIZE)
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()
if(TARGET mimalloc AND NOT STK_SANITIZE)
  message(STATUS "stk: mimalloc: linked into the programs")
endif()
