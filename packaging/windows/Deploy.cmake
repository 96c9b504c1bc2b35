# Windows: after installing, windeployqt copies the Qt libraries and the plugins the app needs —
# platforms, styles, the TLS backends (schannel/openssl) and print support — beside the executables.
# Built on a Windows machine with Qt's MSVC kit: cmake --preset ... && cmake --build ... && cpack -G NSIS
find_program(NETCODE_WINDEPLOYQT windeployqt HINTS "${Qt6_DIR}/../../../bin")
install(CODE "
    execute_process(COMMAND \"${NETCODE_WINDEPLOYQT}\" --release --no-compiler-runtime --translations de,fr,es,nl
                            \"\${CMAKE_INSTALL_PREFIX}/bin/netcode-desk.exe\"
                            \"\${CMAKE_INSTALL_PREFIX}/bin/netcode-desk-cli.exe\")
")
