#pragma once

#include "Lock.h"

#include <QList>
#include <QString>
#include <QStringList>

// Locks to and from CSV. Access keys never travel in a file: smart locks imported from CSV need
// their access key entered (Edit lock) before they can issue.
struct LockCsvError {
    int row;        // 1-based data row (the header is row 0)
    QString column; // header name
    QString message;
};

struct LockCsvImport {
    QList<Lock> valid;
    QList<LockCsvError> errors;
    QString fileError; // the file itself is unreadable (translated)
};

class LockCsv {
public:
    static QStringList header();
    static QString write(const QList<Lock>& locks);
    // Checks every row before anything is imported. Names must be new to `existingNames` and to
    // the file itself.
    static LockCsvImport read(const QString& text, const QStringList& existingNames, const QString& defaultZone);
};
