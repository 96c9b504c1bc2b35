# One INTERFACE target carries the language standard, warnings and Qt definitions for every layer.
add_library(netcode_options INTERFACE)
target_compile_features(netcode_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(netcode_options INTERFACE -Wall -Wextra -Wpedantic)
if(NETCODE_WARNINGS_AS_ERRORS)
    target_compile_options(netcode_options INTERFACE -Werror)
endif()
target_compile_definitions(netcode_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    NETCODE_DESK_VERSION="${PROJECT_VERSION}")
