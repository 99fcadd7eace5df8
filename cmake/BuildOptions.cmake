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
pkg_check_modules(TCMALLOC REQUIRED IMPORTED_TARGET libtcmalloc_minimal)
add_library(mixdesk_allocator INTERFACE)
target_link_libraries(mixdesk_allocator INTERFACE -Wl,--no-as-needed PkgConfig::TCMALLOC
                                                  -Wl,--as-needed)
