#include "DurationCatalogueService.h"

#include "Clock.h"
#include "DurationCatalogueRepository.h"
#include "NetCodeApi.h"

DurationCatalogueService::DurationCatalogueService(NetCodeApi& api, DurationCatalogueRepository& cache,
                                                   const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_clock(clock)
{
}

void DurationCatalogueService::setSource(const QString& source)
{
    m_source = source;
    m_problems.clear();
}

DurationCatalogue DurationCatalogueService::catalogue(const QString& lockModel) const
{
    DurationCatalogue cached;
    if (m_cache.load(key(lockModel), &cached))
        return cached;
    return DurationCatalogue::builtIn();
}

bool DurationCatalogueService::ensureFresh(const QString& lockModel)
{
    DurationCatalogue cached;
    const bool fresh = m_cache.load(key(lockModel), &cached)
                       && cached.fetchedAtUtc().daysTo(m_clock.nowUtc()) < kMaxAgeDays;
    // A failed fetch is not retried on every selection: only Refresh tries again this session.
    if (fresh || m_inFlight.contains(key(lockModel)) || m_problems.contains(key(lockModel)))
        return false;
    refresh(lockModel);
    return true;
}

void DurationCatalogueService::refresh(const QString& lockModel)
{
    const QString cacheKey = key(lockModel);
    if (m_inFlight.contains(cacheKey))
        return;
    m_inFlight.insert(cacheKey);
    m_api.fetchDurations(lockModel, this, [this, lockModel, cacheKey](const DurationsResult& result) {
        m_inFlight.remove(cacheKey);
        if (result.error != ApiError::None || result.options.isEmpty()) {
            m_problems.insert(cacheKey, result.error != ApiError::None ? result.errorText
                                                                       : tr("The service's list of lengths was empty."));
        } else {
            m_problems.remove(cacheKey);
            m_cache.store(cacheKey, DurationCatalogue(result.options, m_clock.nowUtc()));
        }
        emit catalogueChanged(lockModel);
    });
}
