#include "DurationCatalogue.h"

#include <algorithm>

DurationCatalogue::DurationCatalogue(QList<DurationOption> options, const QDateTime& fetchedAtUtc)
    : m_options(std::move(options))
    , m_fetchedAtUtc(fetchedAtUtc)
{
}

DurationCatalogue DurationCatalogue::builtIn()
{
    return DurationCatalogue(StandardDurations::all(), {});
}

QList<IssueMode> DurationCatalogue::modes() const
{
    QList<IssueMode> present;
    for (IssueMode mode : IssueModes::all()) {
        const bool has = std::any_of(m_options.cbegin(), m_options.cend(),
                                     [mode](const DurationOption& o) { return o.mode == mode; });
        if (has)
            present.append(mode);
    }
    return present;
}

QList<IssueMode> DurationCatalogue::modesFor(NetCodeMode configured) const
{
    QList<IssueMode> allowed;
    const QList<IssueMode> guard = IssueModes::allowedFor(configured);
    for (IssueMode mode : modes()) {
        if (guard.contains(mode))
            allowed.append(mode);
    }
    return allowed;
}

QList<DurationOption> DurationCatalogue::options(IssueMode mode) const
{
    QList<DurationOption> result;
    for (const auto& option : m_options) {
        if (option.mode == mode)
            result.append(option);
    }
    std::stable_sort(result.begin(), result.end(), [](const DurationOption& a, const DurationOption& b) {
        return qint64(a.days) * 86400 + qint64(a.hours) * 3600 < qint64(b.days) * 86400 + qint64(b.hours) * 3600;
    });
    return result;
}

const DurationOption* DurationCatalogue::byId(int id) const
{
    for (const auto& option : m_options) {
        if (option.id == id)
            return &option;
    }
    return nullptr;
}

const DurationOption* DurationCatalogue::find(IssueMode mode, int hours, int days) const
{
    for (const auto& option : m_options) {
        if (option.mode == mode && option.hours == hours && option.days == days)
            return &option;
    }
    return nullptr;
}
