#include "LockCsv.h"

#include "Csv.h"
#include "LockValidator.h"
#include "StoredText.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString columnFor(LockField field)
{
    switch (field) {
    case LockField::Name: return QStringLiteral("name");
    case LockField::Group: return QStringLiteral("group");
    case LockField::Timecode: return QStringLiteral("timecode");
    case LockField::LockNumber: return QStringLiteral("lock_id");
    case LockField::SmartLockId: return QStringLiteral("smart_lock_id");
    case LockField::AccessKey: return QStringLiteral("smart_lock_id");
    case LockField::TimeZone: return QStringLiteral("time_zone");
    }
    return {};
}

bool parseBool(const QString& text, bool* value)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0")) {
        *value = false;
        return true;
    }
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1")) {
        *value = true;
        return true;
    }
    return false;
}
} // namespace

QStringList LockCsv::header()
{
    return {QStringLiteral("name"),          QStringLiteral("group"),     QStringLiteral("model"),
            QStringLiteral("timecode"),      QStringLiteral("lock_id"),   QStringLiteral("smart_lock_id"),
            QStringLiteral("mode"),          QStringLiteral("time_zone"), QStringLiteral("clock_follows_dst"),
            QStringLiteral("favourite")};
}

QString LockCsv::write(const QList<Lock>& locks)
{
    QString out = Csv::byteOrderMark() + Csv::row(header());
    for (const Lock& lock : locks) {
        out += Csv::row({lock.name, lock.group, LockModelCatalogue::info(lock.model).wireValue, lock.timecode,
                         lock.lockNumber, lock.smartLockId, NetCodeModes::storageName(lock.configuredMode),
                         lock.timeZoneId, lock.clockFollowsDst ? QStringLiteral("yes") : QStringLiteral("no"),
                         lock.favourite ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return out;
}

LockCsvImport LockCsv::read(const QString& text, const QStringList& existingNames, const QString& defaultZone)
{
    LockCsvImport result;
    QList<QStringList> rows;
    if (!Csv::parse(text, &rows, &result.fileError))
        return result;
    if (rows.isEmpty()) {
        result.fileError = QCoreApplication::translate("LockCsv", "The file is empty.");
        return result;
    }
    QStringList columns;
    for (const QString& name : rows.first())
        columns << name.trimmed().toLower();
    for (const char* required : {"name", "model"}) {
        if (!columns.contains(QLatin1String(required))) {
            result.fileError = QCoreApplication::translate("LockCsv", "The header row has no \"%1\" column. Expected: %2.")
                                   .arg(QLatin1String(required), header().join(QStringLiteral(", ")));
            return result;
        }
    }
    // Names already taken, folded the way the name check compares them. A set, not the list the
    // single-lock check walks: a file of 100,000 rows would otherwise compare every row with
    // every row before it.
    QSet<QString> names;
    names.reserve(existingNames.size() + rows.size());
    for (const QString& name : existingNames)
        names.insert(name.trimmed().toCaseFolded());
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& cells = rows.at(r);
        auto value = [&](const char* column) {
            const qsizetype index = columns.indexOf(QLatin1String(column));
            return index >= 0 && index < cells.size() ? cells.at(index).trimmed() : QString();
        };
        const int row = int(r);
        const int errorsBefore = int(result.errors.size());
        Lock lock;
        lock.name = StoredText::of(value("name")); // as the store keeps it, for the clash check below
        lock.group = value("group");
        if (const auto* model = LockModelCatalogue::fromWire(value("model"))) {
            lock.model = model->id;
        } else {
            result.errors.append({row, QStringLiteral("model"),
                                  QCoreApplication::translate("LockCsv", "\"%1\" is not a lock model; use KL1060, KL1060C2, KL1060G3 or K3CONNECT.")
                                      .arg(value("model"))});
        }
        lock.timecode = value("timecode");
        lock.lockNumber = value("lock_id");
        lock.smartLockId = value("smart_lock_id").toLower();
        const QString mode = value("mode");
        if (!mode.isEmpty() && !NetCodeModes::fromStorageName(mode.toLower(), &lock.configuredMode))
            result.errors.append({row, QStringLiteral("mode"),
                                  QCoreApplication::translate("LockCsv", "\"%1\" is not a NetCode mode; use standard, rental, long-rental, end-date or 24-hour.")
                                      .arg(mode)});
        lock.timeZoneId = value("time_zone").isEmpty() ? defaultZone : value("time_zone");
        const QString dst = value("clock_follows_dst");
        if (dst.isEmpty())
            lock.clockFollowsDst = LockModelCatalogue::info(lock.model).clockFollowsDstByDefault;
        else if (!parseBool(dst, &lock.clockFollowsDst))
            result.errors.append({row, QStringLiteral("clock_follows_dst"), QCoreApplication::translate("LockCsv", "Use yes or no.")});
        if (!parseBool(value("favourite"), &lock.favourite))
            result.errors.append({row, QStringLiteral("favourite"), QCoreApplication::translate("LockCsv", "Use yes or no.")});
        // Access keys never come from a file; the check below treats them as entered later.
        // The validator reports the clash (with its usual message) when given the clashing name.
        const QString key = lock.name.trimmed().toCaseFolded();
        const QStringList clash = names.contains(key) ? QStringList{lock.name} : QStringList{};
        for (const LockFieldError& error : LockValidator::validate(lock, clash, QStringLiteral("later"))) {
            if (error.field != LockField::AccessKey)
                result.errors.append({row, columnFor(error.field), error.message});
        }
        if (result.errors.size() == errorsBefore) {
            result.valid.append(lock);
            names.insert(key);
        }
    }
    return result;
}
