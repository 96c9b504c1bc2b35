#include "SimulatorCatalogue.h"

#include <QHash>
#include <QJsonObject>

namespace {
QList<DurationOption> build(LockModelId model)
{
    QList<DurationOption> options = StandardDurations::all();
    for (const DurationOption& standard : StandardDurations::all())
        options.append({100 + standard.id, IssueMode::StandardSingleUse, standard.hours, standard.days});
    const bool kitLock = model != LockModelId::K3Connect;
    if (kitLock) {
        for (int hours = 1; hours <= 12; ++hours)
            options.append({18 + hours, IssueMode::LongTermRental, hours, 0});
        for (int days = 1; days <= 7; ++days)
            options.append({30 + days, IssueMode::LongTermRental, 0, days});
        for (int days = 1; days <= 21; ++days)
            options.append({200 + days, IssueMode::MediumTermRental, 0, days});
    }
    if (model == LockModelId::KL1060G3 || model == LockModelId::K3Connect)
        options.append({300, IssueMode::TwentyFourHour, 24, 0});
    if (model != LockModelId::KL1060) {
        for (int days = 1; days <= 365; ++days)
            options.append({400 + days, IssueMode::EndDate, 0, days});
    }
    return options;
}

const QList<DurationOption>& cached(LockModelId model)
{
    static const QHash<int, QList<DurationOption>> all = [] {
        QHash<int, QList<DurationOption>> table;
        for (const auto& info : LockModelCatalogue::all())
            table.insert(int(info.id), build(info.id));
        return table;
    }();
    return *all.find(int(model));
}
} // namespace

QList<DurationOption> SimulatorCatalogue::forModel(LockModelId model)
{
    return cached(model);
}

const DurationOption* SimulatorCatalogue::find(LockModelId model, int durationId)
{
    for (const DurationOption& option : cached(model)) {
        if (option.id == durationId)
            return &option;
    }
    return nullptr;
}

QString SimulatorCatalogue::modeWire(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardMultiUse:
    case IssueMode::StandardSingleUse:
        return QStringLiteral("standard");
    case IssueMode::MediumTermRental:
        return QStringLiteral("acc");
    case IssueMode::LongTermRental:
        return QStringLiteral("urm");
    case IssueMode::EndDate:
        return QStringLiteral("enddate");
    case IssueMode::TwentyFourHour:
        return QStringLiteral("24hour");
    }
    return {};
}

QString SimulatorCatalogue::subModeWire(IssueMode mode)
{
    switch (mode) {
    case IssueMode::StandardSingleUse:
        return QStringLiteral("singleuse");
    case IssueMode::LongTermRental:
        return QStringLiteral("validation");
    default:
        return QStringLiteral("alltime");
    }
}

QJsonArray SimulatorCatalogue::toJson(LockModelId model)
{
    const QString wire = LockModelCatalogue::info(model).wireValue;
    QJsonArray entries;
    for (const DurationOption& option : forModel(model)) {
        entries.append(QJsonObject{
            {QStringLiteral("DurationId"), option.id},
            {QStringLiteral("Mode"), modeWire(option.mode)},
            {QStringLiteral("SubMode"), subModeWire(option.mode)},
            {QStringLiteral("DurationDays"), option.days},
            {QStringLiteral("DurationHours"), option.hours},
            {QStringLiteral("LockModels"), wire},
        });
    }
    return entries;
}
