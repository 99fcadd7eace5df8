# Flags every MixDesk target shares: link mixdesk_build_options instead of repeating them.
add_library(mixdesk_build_options INTERFACE)
target_compile_features(mixdesk_build_options INTERFACE cxx_std_20)
target_compile_options(mixdesk_build_options INTERFACE -Wall -Wextra -Wpedantic)
target_compile_definitions(mixdesk_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_MESSAGELOGCONTEXT)
