#include "ResponseParser.h"

#include "AsciiDigits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
QString stringValue(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::number(value.toDouble(), 'f', 0);
    }
    return {};
}

// "[\"[Invalid Data] ID (Expected: 12 or 32 characters)\"]" -> "[Invalid Data] ID (...)"
QString unwrapArrayString(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('[')))
        return text;
    const QJsonDocument inner = QJsonDocument::fromJson(trimmed.toUtf8());
    if (!inner.isArray())
        return text;
    QStringList parts;
    for (const QJsonValue& item : inner.array()) {
        if (item.isString())
            parts.append(item.toString());
    }
    return parts.isEmpty() ? text : parts.join(QStringLiteral("; "));
}

qsizetype skipSpace(const QByteArray& text, qsizetype i)
{
    while (i < text.size() && (text.at(i) == ' ' || text.at(i) == '\t' || text.at(i) == '\n' || text.at(i) == '\r'))
        ++i;
    return i;
}

// Index just past the JSON string that starts at `i` (a quote), or -1.
qsizetype skipString(const QByteArray& text, qsizetype i)
{
    for (++i; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// Index just past the JSON value that starts at `i`, or -1.
qsizetype skipValue(const QByteArray& text, qsizetype i)
{
    if (i >= text.size())
        return -1;
    if (text.at(i) == '"')
        return skipString(text, i);
    if (text.at(i) == '{' || text.at(i) == '[') {
        int depth = 0;
        while (i < text.size()) {
            const char c = text.at(i);
            if (c == '"') {
                i = skipString(text, i);
                if (i < 0)
                    return -1;
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return i + 1;
            ++i;
        }
        return -1;
    }
    while (i < text.size() && !QByteArrayView(",}] \t\r\n").contains(text.at(i)))
        ++i;
    return i;
}

// The text of a top-level member's value exactly as the body wrote it (the last one, as in
// QJsonObject, if the key repeats). Only for a body QJsonDocument has already accepted.
QByteArray rawMember(const QByteArray& body, const QString& key)
{
    QByteArray found;
    qsizetype i = skipSpace(body, 0);
    if (i >= body.size() || body.at(i) != '{')
        return {};
    i = skipSpace(body, i + 1);
    while (i < body.size() && body.at(i) == '"') {
        const qsizetype keyEnd = skipString(body, i);
        if (keyEnd < 0)
            return {};
        // Decoded by the JSON parser itself, so an escaped key matches as QJsonObject sees it.
        const QString name = QJsonDocument::fromJson("[" + body.mid(i, keyEnd - i) + "]").array().at(0).toString();
        i = skipSpace(body, keyEnd);
        if (i >= body.size() || body.at(i) != ':')
            return {};
        const qsizetype valueStart = skipSpace(body, i + 1);
        const qsizetype valueEnd = skipValue(body, valueStart);
        if (valueEnd < 0)
            return {};
        if (name == key)
            found = body.mid(valueStart, valueEnd - valueStart);
        i = skipSpace(body, valueEnd);
        if (i < body.size() && body.at(i) == ',')
            i = skipSpace(body, i + 1);
    }
    return found;
}

// The NetCode as the service wrote it. A string is taken as it is (leading zeros kept). A JSON
// number is taken only when written as plain digits: 1.2345675e6 or 7830719.0 would be a code
// the service never sent once rounded, so they make `*malformed` true instead.
QString codeValue(const QJsonObject& object, const QByteArray& body, bool* malformed)
{
    *malformed = false;
    for (const char* key : {"ActualNetcode", "actualNetcode", "ActualNetCode"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isDouble()) {
            const QByteArray raw = rawMember(body, QLatin1String(key));
            if (isAsciiDigits(raw))
                return QString::fromLatin1(raw);
            *malformed = true;
            return {};
        }
    }
    return {};
}

QString textFromObject(const QJsonObject& object)
{
    for (const char* key : {"message", "Message", "error", "Error"}) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString() && !value.toString().trimmed().isEmpty())
            return unwrapArrayString(value.toString());
    }
    return {};
}
} // namespace

QString ResponseParser::serverText(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        return textFromObject(document.object());
    return {};
}

ApiError ResponseParser::errorForStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ApiError::None;
    switch (httpStatus) {
    case 400:
    case 422:
        return ApiError::InvalidRequest;
    case 401:
        return ApiError::AccessKeyRejected;
    case 403:
        return ApiError::KeyRejected;
    case 404:
        return ApiError::LockNotFound;
    case 429:
        return ApiError::QuotaExceeded;
    default:
        return httpStatus >= 500 ? ApiError::ServiceError : ApiError::UnexpectedStatus;
    }
}

NetCodeResponse ResponseParser::parseNetCode(int httpStatus, const QByteArray& body)
{
    NetCodeResponse response;
    response.error = errorForStatus(httpStatus);
    if (response.error != ApiError::None) {
        response.serverText = serverText(body);
        // Gateways answer 403 with "Limit Exceeded" when the plan's quota is used up.
        if (httpStatus == 403 && response.serverText.contains(QLatin1String("Limit Exceeded"), Qt::CaseInsensitive))
            response.error = ApiError::QuotaExceeded;
        return response;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        response.error = ApiError::MalformedResponse;
        return response;
    }
    const QJsonObject object = document.object();
    bool badNumber = false;
    response.code = codeValue(object, body, &badNumber).trimmed();
    if (badNumber) {
        response.error = ApiError::MalformedResponse;
        return response;
    }
    response.serverText = textFromObject(object);
    // The 2015 shape: {"error":"Lock not found","message":"Please check the identifier provided."}
    const QString errorField = object.value(QLatin1String("error")).toString().trimmed();
    if (!errorField.isEmpty() && errorField != response.serverText)
        response.serverText = response.serverText.isEmpty() ? errorField : errorField + QStringLiteral(". ") + response.serverText;
    if (response.code.isEmpty() || response.code.compare(QLatin1String("ERROR"), Qt::CaseInsensitive) == 0) {
        response.code.clear();
        if (response.serverText.isEmpty() && !object.contains(QLatin1String("ActualNetcode")))
            response.error = ApiError::MalformedResponse;
        else if (response.serverText.contains(QLatin1String("not found"), Qt::CaseInsensitive))
            response.error = ApiError::LockNotFound;
        else
            response.error = ApiError::ServiceRefused;
        return response;
    }
    response.lockId = stringValue(object, {"LockID", "LockId", "lockId"});
    response.startDate = stringValue(object, {"Startdate", "StartDate"});
    response.expires = stringValue(object, {"Expires"});
    response.timecode = stringValue(object, {"Timecode"});
    response.durationHours = object.value(QLatin1String("DurationHours")).toInt();
    response.durationDays = object.value(QLatin1String("DurationDays")).toInt();
    return response;
}

QList<DurationOption> ResponseParser::parseDurations(const QByteArray& body, bool* ok)
{
    QList<DurationOption> options;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    *ok = document.isArray();
    for (const QJsonValue& value : document.array()) {
        const QJsonObject entry = value.toObject();
        if (!entry.value(QLatin1String("DurationId")).isDouble())
            continue;
        DurationOption option;
        // Entries of a mode this client does not understand are left out rather than guessed at.
        if (!IssueModes::fromCatalogue(entry.value(QLatin1String("Mode")).toString(),
                                       entry.value(QLatin1String("SubMode")).toString(), &option.mode))
            continue;
        option.id = entry.value(QLatin1String("DurationId")).toInt();
        option.days = entry.value(QLatin1String("DurationDays")).toInt();
        option.hours = option.days > 0 ? 0 : entry.value(QLatin1String("DurationHours")).toInt();
        if (option.isValid())
            options.append(option);
    }
    return options;
}

QList<SmartLockInfo> ResponseParser::parseSmartLocks(const QByteArray& body, bool* ok)
{
    QList<SmartLockInfo> locks;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    *ok = document.isArray();
    static const QRegularExpression hex32(QStringLiteral("^[0-9a-fA-F]{32}$"));
    for (const QJsonValue& value : document.array()) {
        const QJsonObject o = value.toObject();
        SmartLockInfo lock;
        lock.lockId = stringValue(o, {"LockId", "LockID", "lockId"}).trimmed().toLower();
        if (!hex32.match(lock.lockId).hasMatch())
            continue;
        lock.name = stringValue(o, {"LockName", "lockName"}).trimmed();
        lock.modelName = stringValue(o, {"ModelName"});
        lock.timeZone = stringValue(o, {"Timezone", "TimeZone"});
        lock.timeZoneOffset = stringValue(o, {"TimezoneOffset", "TimeZoneOffset"});
        lock.dstStart = stringValue(o, {"DstStart"});
        lock.dstEnd = stringValue(o, {"DstEnd"});
        lock.utcBased = o.value(QLatin1String("UtcBased")).toBool();
        lock.location = stringValue(o, {"LockLocation"});
        lock.batteryStatus = stringValue(o, {"BatteryStatus"});
        locks.append(lock);
    }
    return locks;
}
