#pragma once

#include "DurationOption.h"

#include <QDateTime>
#include <QList>

// The lengths a lock model can be issued for, per mode: fetched from the service and cached, or
// the built-in standard table when the service's list is not available.
class DurationCatalogue {
public:
    DurationCatalogue() = default;
    DurationCatalogue(QList<DurationOption> options, const QDateTime& fetchedAtUtc);
    static DurationCatalogue builtIn();

    bool isBuiltIn() const { return !m_fetchedAtUtc.isValid(); }
    QDateTime fetchedAtUtc() const { return m_fetchedAtUtc; }
    const QList<DurationOption>& all() const { return m_options; }
    bool isEmpty() const { return m_options.isEmpty(); }

    // Modes present, in the order of IssueModes::all().
    QList<IssueMode> modes() const;
    // The mode guard: the catalogue's modes a lock configured for `configured` can take.
    QList<IssueMode> modesFor(NetCodeMode configured) const;
    // Options of a mode, shortest first.
    QList<DurationOption> options(IssueMode mode) const;
    const DurationOption* byId(int id) const;
    // The option of `mode` with exactly these hours/days, if the catalogue has it.
    const DurationOption* find(IssueMode mode, int hours, int days) const;

private:
    QList<DurationOption> m_options;
    QDateTime m_fetchedAtUtc;
};
