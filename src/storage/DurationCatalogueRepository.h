#pragma once

#include "DurationCatalogue.h"

#include <QSqlDatabase>
#include <QString>

// The service's duration catalogue, cached per key (service and lock model) with its fetch time.
class DurationCatalogueRepository {
public:
    explicit DurationCatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // False when nothing is cached for the model.
    bool load(const QString& key, DurationCatalogue* catalogue) const;
    bool store(const QString& key, const DurationCatalogue& catalogue);

private:
    QSqlDatabase m_db;
};
