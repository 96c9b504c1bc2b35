#pragma once

#include "DurationCatalogue.h"

#include <QHash>
#include <QObject>
#include <QSet>

class Clock;
class DurationCatalogueRepository;
class NetCodeApi;

// The lengths each lock model can be issued for. Fetched from the service's `durations` call the
// first time a model is used (or when refreshed), cached in the database with the fetch time, and
// the built-in standard table whenever the service's list cannot be had. Utility calls count
// against the plan too, so a cached list is used for up to `kMaxAgeDays` before it is re-fetched.
class DurationCatalogueService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DurationCatalogueService)

public:
    static constexpr int kMaxAgeDays = 30;

    DurationCatalogueService(NetCodeApi& api, DurationCatalogueRepository& cache, const Clock& clock,
                             QObject* parent = nullptr);

    // Which service the lists come from ("demo", or the API host): lists of one service are never
    // used for another, because the ids of all but the standard mode differ between them.
    void setSource(const QString& source);

    // The best list known now: cached, else built-in. Never waits for the network.
    DurationCatalogue catalogue(const QString& lockModel) const;
    // Why the built-in list is in use for a model, if a fetch failed (translated); empty otherwise.
    QString problem(const QString& lockModel) const { return m_problems.value(key(lockModel)); }
    bool isFetching(const QString& lockModel) const { return m_inFlight.contains(key(lockModel)); }

    // Fetches when nothing is cached or the cache is old. Returns true when a fetch started.
    bool ensureFresh(const QString& lockModel);
    // Fetches now, whatever the cache holds.
    void refresh(const QString& lockModel);

signals:
    void catalogueChanged(const QString& lockModel);

private:
    QString key(const QString& lockModel) const { return m_source + QLatin1Char('|') + lockModel; }

    NetCodeApi& m_api;
    DurationCatalogueRepository& m_cache;
    const Clock& m_clock;
    QString m_source;
    QSet<QString> m_inFlight;
    QHash<QString, QString> m_problems;
};
