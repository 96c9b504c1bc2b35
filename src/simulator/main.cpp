#include "CodelocksSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("netcode-desk-simulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NETCODE_DESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The NetCode Desk Codelocks simulator: serves the Codelocks Connect API on 127.0.0.1 with demo codes "
        "that open no real lock."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    QCommandLineOption keyOption(QStringLiteral("require-key"),
                                 QStringLiteral("Accept only this x-api-key (default: any non-empty key)."),
                                 QStringLiteral("key"));
    QCommandLineOption delayOption(QStringLiteral("delay"), QStringLiteral("Delay every answer by this many ms."),
                                   QStringLiteral("ms"), QStringLiteral("0"));
    QCommandLineOption statusOption(QStringLiteral("force-status"),
                                    QStringLiteral("Answer every request with this HTTP status."),
                                    QStringLiteral("status"));
    QCommandLineOption bodyOption(QStringLiteral("force-body"), QStringLiteral("Body to send with --force-status."),
                                  QStringLiteral("body"));
    parser.addOptions({portOption, keyOption, delayOption, statusOption, bodyOption});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << "netcode-desk-simulator: --port needs a number from 0 to 65535\n";
        return 2;
    }
    CodelocksSimulator simulator;
    simulator.setRequiredApiKey(parser.value(keyOption));
    SimulatorFaults faults;
    faults.delayMs = parser.value(delayOption).toInt();
    faults.forcedStatus = parser.value(statusOption).toInt();
    faults.forcedBody = parser.value(bodyOption).toUtf8();
    simulator.setFaults(faults);
    if (!simulator.start(quint16(port))) {
        err << "netcode-desk-simulator: cannot listen: " << simulator.errorString() << '\n';
        return 1;
    }
    out << "Codelocks simulator listening on " << simulator.baseUrl().toString() << '\n';
    out << "Try: curl -H 'x-api-key: demo' '" << simulator.baseUrl().toString()
        << "/n/3/netcode/202604221226?start=2030-03-14%2015%3A00&duration=2&lockmodel=KL1060G3&identifier=921239'\n";
    out.flush();
    QObject::connect(&simulator, &CodelocksSimulator::requestHandled, &app, [&out](const QString& path, int status) {
        out << "GET " << path << " -> " << status << '\n';
        out.flush();
    });
    return app.exec();
}
