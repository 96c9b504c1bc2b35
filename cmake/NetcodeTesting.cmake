# The longest runs start first, so that on a fresh build directory (no timings from an earlier run
# yet) none of them is left running alone at the end while the other job slot idles. Seconds as
# measured on two cores; after a run ctest goes by its own measurements instead.
set(NETCODE_LONG_TESTS
    tst_cli_pg=97 tst_cli_import=88 tst_ledger_pg=57 tst_cli=48 tst_sign_in=48 tst_ledger_lease=46
    tst_ledger=39 tst_shared_code_pg=32 tst_database_processes=30 tst_cli_store=24 tst_store_live=18)
function(netcode_set_test_cost name)
    foreach(entry IN LISTS NETCODE_LONG_TESTS)
        if(entry MATCHES "^${name}=([0-9]+)$")
            set_tests_properties(${name} PROPERTIES COST ${CMAKE_MATCH_1})
        endif()
    endforeach()
endfunction()

# netcode_add_test(NAME name SOURCES ... LIBS ... [POSTGRES] [ENV VAR=value ...])
# One executable per test class, run offscreen with a fixed locale and time zone so results never
# depend on the machine the suite runs on. POSTGRES: the test uses the throwaway PostgreSQL cluster
# that the suite starts first (the `postgres` fixture in tests/CMakeLists.txt); its superuser URL
# is in the file named by NETCODE_TEST_PG. ENV: more environment for the test.
set(NETCODE_TEST_PG_DIR ${CMAKE_BINARY_DIR}/pg-test-cluster)
#
# Every test program links the same Qt modules (NETCODE_TEST_QT), so that the test programs of one
# folder can share one precompiled header (cmake/PrecompiledHeaders.cmake): a precompiled header
# serves only files compiled with the same Qt module macros, and Qt Test's own macros name the
# folder. QTEST_MAIN therefore starts a QApplication everywhere; a test that needs no GUI says
# QTEST_GUILESS_MAIN.
set(NETCODE_TEST_QT Qt6::Test Qt6::Widgets Qt6::Network Qt6::Sql)
# The tests' own code is compiled without optimisation whatever the build type: it compiles in
# about two thirds of the time, and the code under test (the libraries) keeps its build's flags.
set(NETCODE_TEST_OPTIMISATION -O0)
function(netcode_test_folder_pch out)
    get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
    set(pch netcode_test_pch_${folder})
    if(NOT TARGET ${pch})
        add_library(${pch} OBJECT ${PROJECT_SOURCE_DIR}/tests/support/PrecompiledTestHeaders.cpp)
        target_link_libraries(${pch} PRIVATE netcode_options ${NETCODE_TEST_QT})
        target_compile_options(${pch} PRIVATE ${NETCODE_TEST_OPTIMISATION})
        netcode_precompile(${pch} HEADERS ${NETCODE_PCH_CORE} ${NETCODE_PCH_SQL}
            ${NETCODE_PCH_NETWORK} ${NETCODE_PCH_WIDGETS} ${NETCODE_PCH_TEST})
    endif()
    set(${out} ${pch} PARENT_SCOPE)
endfunction()

function(netcode_add_test)
    cmake_parse_arguments(T "POSTGRES" "NAME;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE netcode_options ${NETCODE_TEST_QT} ${T_LIBS})
    target_compile_options(${T_NAME} PRIVATE ${NETCODE_TEST_OPTIMISATION})
    if(NETCODE_PRECOMPILED_HEADERS)
        netcode_test_folder_pch(pch)
        target_precompile_headers(${T_NAME} REUSE_FROM ${pch})
        # A test's moc output is included by its own source; the generated collection file is
        # empty and needs no precompiled header.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}_autogen/mocs_compilation.cpp
            TARGET_DIRECTORY ${T_NAME} PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=Europe/London;QT_LOGGING_RULES=qt.qpa.*=false;NETCODE_TEST_PG=${NETCODE_TEST_PG_DIR}/url;${T_ENV}")
    if(T_POSTGRES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED postgres)
    endif()
    netcode_set_test_cost(${T_NAME})
endfunction()

# netcode_add_postgres_run(NAME name TEST test [TIMEOUT seconds])
# (Qt Test's own per-function watchdog is set to TIMEOUT as well: a run of many desk processes
# may take longer than its default five minutes on a busy machine.)
# Runs an existing test executable a second time against the shared store: NETCODE_TEST_STORE=postgres
# makes its fresh databases new databases on the throwaway cluster (tests/support/TestStore.h); its
# SQLite-only cases are not part of that run.
function(netcode_add_postgres_run)
    cmake_parse_arguments(T "" "NAME;TEST;TIMEOUT" "" ${ARGN})
    add_test(NAME ${T_NAME} COMMAND ${T_TEST})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        FIXTURES_REQUIRED postgres
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;TZ=Europe/London;QT_LOGGING_RULES=qt.qpa.*=false;NETCODE_TEST_PG=${NETCODE_TEST_PG_DIR}/url;NETCODE_TEST_STORE=postgres;QTEST_FUNCTION_TIMEOUT=${T_TIMEOUT}000")
    netcode_set_test_cost(${T_NAME})
endfunction()
