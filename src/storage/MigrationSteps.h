#pragma once

#include <QList>
#include <QStringList>

// The statements of each schema version, one list per store. Index i takes the schema from
// version i to i + 1; both lists have the same length, so a version number means the same tables
// and columns on either store.
namespace MigrationSteps {
const QList<QStringList>& sqlite();
const QList<QStringList>& postgres();
} // namespace MigrationSteps
