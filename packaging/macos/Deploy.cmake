# macOS: macdeployqt fills the app bundle with Qt, its plugins (including TLS and print support) and
# translations. Built on a Mac with Qt's macOS kit: cmake ... && cmake --build ... && cpack -G DragNDrop
find_program(NETCODE_MACDEPLOYQT macdeployqt HINTS "${Qt6_DIR}/../../../bin")
install(CODE "
    execute_process(COMMAND \"${NETCODE_MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/netcode-desk.app\" -always-overwrite)
")
