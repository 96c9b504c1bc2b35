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

# Runtime error checkers for the sanitizer build (the asan preset sets "address,undefined"). Every
# target links netcode_options, so the libraries, the executables the tests start as child
# processes and the tests themselves are all instrumented. Findings are never recoverable: a
# report ends the process with an error, so the test that caused it fails.
set(NETCODE_SANITIZERS "" CACHE STRING "Comma-separated -fsanitize= list, e.g. address,undefined (empty: none)")
if(NETCODE_SANITIZERS)
    set(netcode_sanitize_flags -fsanitize=${NETCODE_SANITIZERS} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_compile_options(netcode_options INTERFACE ${netcode_sanitize_flags})
    target_link_options(netcode_options INTERFACE ${netcode_sanitize_flags})
endif()

# The suite links about ninety executables against the same static libraries; the default BFD
# linker spends a second or more on each. A faster linker from the toolchain (lld, else gold) is
# used when the compiler accepts it; NETCODE_FAST_LINKER=OFF keeps the default.
option(NETCODE_FAST_LINKER "Link with lld or gold when available" ON)
if(NETCODE_FAST_LINKER)
    include(CheckLinkerFlag)
    foreach(netcode_linker IN ITEMS lld gold)
        check_linker_flag(CXX -fuse-ld=${netcode_linker} NETCODE_HAS_LD_${netcode_linker})
        if(NETCODE_HAS_LD_${netcode_linker})
            target_link_options(netcode_options INTERFACE -fuse-ld=${netcode_linker})
            break()
        endif()
    endforeach()
endif()
