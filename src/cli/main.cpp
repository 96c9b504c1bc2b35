#include "CliMain.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // Laying out the guest slip as a PDF (email --attach-slip) needs fonts, i.e. a GUI application;
    // it draws nothing on screen, so the offscreen platform does, with or without a display.
    bool slip = false;
    for (int i = 1; i < argc; ++i)
        slip = slip || std::strcmp(argv[i], "--attach-slip") == 0;
    if (slip && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = slip ? std::make_unique<QGuiApplication>(argc, argv)
                                                 : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NetCode Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("netcode-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETCODE_DESK_VERSION));
    // Scripts read standard error for messages; request traces stay out unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("netcode.*.info=false"));
    return CliMain::run(QCoreApplication::arguments());
}
