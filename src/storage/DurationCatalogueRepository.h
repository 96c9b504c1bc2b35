#pragma once

#include "DurationCatalogue.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

// The service's duration catalogue, cached per key (service and lock model) with its fetch time.
// The list read last for a key is used again while the stored one is the same text, so the few
// hundred lengths a service may offer are parsed once, not on every lock chosen (about 5 million
// instructions a parse; comparing the text is a small fraction of that).
class DurationCatalogueRepository {
public:
    explicit DurationCatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // False when nothing is cached for the model.
    bool load(const QString& key, DurationCatalogue* catalogue) const;
    bool store(const QString& key, const DurationCatalogue& catalogue);

private:
    struct Read {
        QString fetchedText; // as stored
        QString entries;     // as stored
        DurationCatalogue catalogue;
    };
    QSqlDatabase m_db;
    mutable QHash<QString, Read> m_read; // per key: the list read last
};
