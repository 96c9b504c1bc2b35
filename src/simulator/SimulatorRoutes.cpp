#include "SimulatorRoutes.h"

#include "DemoCode.h"
#include "SimulatorCatalogue.h"
#include "WallTime.h"
#include "LockModel.h"
#include "LockValidator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrl>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
SimulatedResponse message(int status, const QString& text)
{
    return {status, QJsonDocument(QJsonObject{{QStringLiteral("message"), text}}).toJson(QJsonDocument::Compact)};
}

SimulatedResponse invalid(const QString& text)
{
    return message(422, text);
}
} // namespace

SimulatedResponse SimulatorRoutes::answer(const HttpRequest& request, const QString& requiredApiKey)
{
    if (request.method != "GET")
        return message(405, QStringLiteral("Method Not Allowed"));
    const QString key = QString::fromUtf8(request.header("x-api-key"));
    if (key.isEmpty() || (!requiredApiKey.isEmpty() && key != requiredApiKey))
        return message(403, QStringLiteral("Forbidden"));

    static const QRegularExpression netCodePath(QStringLiteral("^/n/\\d+/netcode/([^/]*)$"));
    static const QRegularExpression durationsPath(QStringLiteral("^/u/\\d+/durations$"));
    static const QRegularExpression smartLocksPath(QStringLiteral("^/u/\\d+/k3connect$"));
    const QRegularExpressionMatch netCodeMatch = netCodePath.match(request.path);
    if (netCodeMatch.hasMatch())
        return netCode(request, netCodeMatch.captured(1));
    if (durationsPath.match(request.path).hasMatch())
        return durations(request);
    if (smartLocksPath.match(request.path).hasMatch())
        return smartLocks(request);
    return message(404, QStringLiteral("Not Found"));
}

SimulatedResponse SimulatorRoutes::netCode(const HttpRequest& request, const QString& pathId)
{
    const LockModelInfo* model = LockModelCatalogue::fromWire(request.query.queryItemValue(QStringLiteral("lockmodel")));
    if (!model)
        return invalid(QStringLiteral("[Invalid Data] lockmodel (Expected: KL1060, KL1060C2, KL1060G3 or K3CONNECT)"));

    const QString identifier = request.query.queryItemValue(QStringLiteral("identifier"), QUrl::FullyDecoded);
    if (model->smartLock) {
        if (!LockValidator::checkSmartLockId(pathId).isEmpty())
            return invalid(QStringLiteral("[Invalid Data] ID (Expected: 32 characters)"));
        if (!LockValidator::checkAccessKey(identifier).isEmpty())
            return invalid(QStringLiteral("[Invalid Data] identifier (Expected: access key)"));
        if (identifier != demoAccessKey())
            return {401, QByteArray()}; // as the service did in 2016: 401 with an empty body
    } else {
        if (!LockValidator::checkTimecode(pathId).isEmpty())
            return invalid(QStringLiteral("[Invalid Data] ID (Expected: 12 characters)"));
        if (!LockValidator::checkLockNumber(identifier).isEmpty())
            return invalid(QStringLiteral("[Invalid Data] identifier (Expected: 6 digits, 100000-999999)"));
    }

    const QString startText = request.query.queryItemValue(QStringLiteral("start"), QUrl::FullyDecoded);
    const QDateTime start = WallTime::parseReading(startText, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!start.isValid())
        return invalid(QStringLiteral("[Invalid Data] start (Expected: yyyy-MM-dd HH:mm)"));
    if (start.time().minute() != 0)
        return invalid(QStringLiteral("[Invalid Data] start must be on the hour"));

    bool isNumber = false;
    const int durationId = request.query.queryItemValue(QStringLiteral("duration")).toInt(&isNumber);
    const DurationOption* duration = isNumber ? SimulatorCatalogue::find(model->id, durationId) : nullptr;
    if (!duration)
        return invalid(QStringLiteral("[Invalid Data] duration (Expected: a duration id from the durations list for %1)")
                           .arg(model->wireValue));
    if (duration->startsAtMidnight() && start.time().hour() != 0)
        return invalid(QStringLiteral("[Invalid Data] start must be at midnight for day-length codes"));

    const QString code = DemoCode::generate(model->wireValue, pathId.toLower(), identifier, startText, durationId,
                                            model->codeLength);
    QDateTime expires;
    switch (duration->mode) {
    case IssueMode::EndDate:
        expires = QDateTime(start.date().addDays(duration->days), QTime(0, 0));
        break;
    case IssueMode::LongTermRental:
        expires = start.addDays(DurationOption::kLongRentalDays);
        break;
    default:
        expires = duration->days > 0 ? start.addDays(duration->days) : start.addSecs(qint64(duration->hours) * 3600);
        break;
    }
    QJsonObject body{
        {QStringLiteral("ActualNetcode"), code},
        {QStringLiteral("DurationDays"), duration->days},
        {QStringLiteral("DurationHours"), duration->hours},
        {QStringLiteral("Mode"), SimulatorCatalogue::modeWire(duration->mode)},
        {QStringLiteral("SubMode"), SimulatorCatalogue::subModeWire(duration->mode)},
        {QStringLiteral("LockID"), model->smartLock ? pathId : identifier},
        {QStringLiteral("Expires"), expires.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
    };
    if (!model->smartLock) {
        const QDateTime initialised = WallTime::parseReading(pathId, QStringLiteral("yyyyMMddHHmm"));
        body.insert(QStringLiteral("Timecode"), initialised.toString(QStringLiteral("yyyy/MM/dd/HH:mm")));
    } else {
        body.insert(QStringLiteral("Timecode"), QJsonValue::Null);
    }
    return {200, QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

SimulatedResponse SimulatorRoutes::durations(const HttpRequest& request)
{
    const LockModelInfo* model = LockModelCatalogue::fromWire(request.query.queryItemValue(QStringLiteral("lockmodel")));
    if (!model)
        return invalid(QStringLiteral("[Invalid Data] lockmodel"));
    return {200, QJsonDocument(SimulatorCatalogue::toJson(model->id)).toJson(QJsonDocument::Compact)};
}

SimulatedResponse SimulatorRoutes::smartLocks(const HttpRequest& request)
{
    if (request.query.queryItemValue(QStringLiteral("accesskey"), QUrl::FullyDecoded) != demoAccessKey())
        return {401, QByteArray()};
    auto lock = [](const char* id, const char* name, const char* zone, const char* offset, bool dst, const char* location) {
        return QJsonObject{
            {QStringLiteral("LockId"), QLatin1String(id)},
            {QStringLiteral("LockName"), QLatin1String(name)},
            {QStringLiteral("BatteryStatus"), QStringLiteral("Good")},
            {QStringLiteral("BatteryUpdated"), QStringLiteral("2026-11-20T08:00:00")},
            {QStringLiteral("Manufacturer"), QStringLiteral("Codelocks")},
            {QStringLiteral("ModelName"), QStringLiteral("CL5510")},
            {QStringLiteral("FirmwareVersion"), QStringLiteral("1.4.2")},
            {QStringLiteral("Timezone"), QLatin1String(zone)},
            {QStringLiteral("TimezoneOffset"), QLatin1String(offset)},
            {QStringLiteral("DstStart"), dst ? QStringLiteral("2026-03-29T01:00:00") : QString()},
            {QStringLiteral("DstEnd"), dst ? QStringLiteral("2026-10-25T01:00:00") : QString()},
            {QStringLiteral("DstTime"), dst ? 60 : 0},
            {QStringLiteral("PairingDate"), QStringLiteral("2025-06-01T10:00:00")},
            {QStringLiteral("LockLocation"), QLatin1String(location)},
            {QStringLiteral("UtcBased"), false},
        };
    };
    const QJsonArray locks{
        lock("3f2a9c0d4b6e8f1a2c3d4e5f60718293", "Unit 7 gate", "Europe/London", "+0000", true, "Yard"),
        lock("9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", "Unit 9 gate", "Europe/London", "+0000", true, "Yard"),
        lock("a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5", "Staff room", "Europe/London", "+0000", false, "Office"),
    };
    return {200, QJsonDocument(locks).toJson(QJsonDocument::Compact)};
}
