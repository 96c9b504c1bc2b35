#include "CliMain.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("NetCode Desk"));
    QCoreApplication::setApplicationName(QStringLiteral("netcode-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETCODE_DESK_VERSION));
    // Scripts read standard error for messages; request traces stay out unless QT_LOGGING_RULES asks.
    QLoggingCategory::setFilterRules(QStringLiteral("netcode.*.info=false"));
    return CliMain::run(QCoreApplication::arguments());
}
