# Flags every MixDesk target shares: link mixdesk_build_options instead of repeating them.
add_library(mixdesk_build_options INTERFACE)
target_compile_features(mixdesk_build_options INTERFACE cxx_std_20)
target_compile_options(mixdesk_build_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(mixdesk_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_MESSAGELOGCONTEXT)

# The programs allocate through tcmalloc (gperftools' minimal build): analysing a
# notice makes thousands of small Qt allocations on pool threads, and glibc's
# malloc cost a tenth of the import (7-9% faster with tcmalloc, measured on the
# 30 000-notice import and bench_analyzer; jemalloc and mimalloc gained less and
# returned memory to the system at a cost). Linked as needed or not: the programs
# call no tcmalloc function, it replaces malloc.
#
# MIXDESK_TCMALLOC=OFF keeps glibc's malloc: sanitizers bring their own allocator.
set(MIXDESK_SANITIZE "" CACHE STRING
    "Sanitizers for every target, e.g. address,undefined (turns tcmalloc off)")
option(MIXDESK_FUZZ "Build the libFuzzer harnesses in fuzz/ (clang only)" OFF)
if(MIXDESK_SANITIZE OR MIXDESK_FUZZ)
    set(tcmalloc_default OFF)
else()
    set(tcmalloc_default ON)
endif()
option(MIXDESK_TCMALLOC "Link the programs with tcmalloc" ${tcmalloc_default})
if((MIXDESK_SANITIZE OR MIXDESK_FUZZ) AND MIXDESK_TCMALLOC)
    message(FATAL_ERROR "Sanitizers and fuzzing need MIXDESK_TCMALLOC=OFF")
endif()
add_library(mixdesk_allocator INTERFACE)
if(MIXDESK_TCMALLOC)
    pkg_check_modules(TCMALLOC REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
    target_link_libraries(mixdesk_allocator INTERFACE -Wl,--no-as-needed PkgConfig::TCMALLOC
                                                      -Wl,--as-needed)
endif()

# Sanitizers (a second build folder: scripts/sanitize.sh) and libFuzzer's coverage
# instrumentation (scripts/fuzz.sh) apply to every target, Qt's own code aside.
if(MIXDESK_SANITIZE)
    add_compile_options(-fsanitize=${MIXDESK_SANITIZE} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${MIXDESK_SANITIZE})
endif()
if(MIXDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MIXDESK_FUZZ needs clang (CXX=clang++): libFuzzer is part of it")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
    add_link_options(-fsanitize=fuzzer-no-link)
endif()
