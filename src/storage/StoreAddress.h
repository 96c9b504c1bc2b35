#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Where a desk's data lives: an SQLite file (one desk) or a shared PostgreSQL store, written as a
// libpq connection URL: postgresql://[user[:password]@][host][:port]/database[?param=value&...].
// A password may come in the URL (typed on a command line), but is never shown or saved: the
// desk's keychain, PGPASSWORD or ~/.pgpass supply it otherwise, as libpq does.
class StoreAddress {
public:
    // Whether `text` names a shared store (a postgresql:// or postgres:// URL) rather than a file.
    static bool isShared(const QString& text);
    // Reads a URL; false with a translated reason when it is not one NetCode Desk can use.
    static bool parse(const QString& text, StoreAddress* address, QString* error);

    QString host;     // a name, an address, or a folder holding the server's socket
    int port = 5432;
    QString database;
    QString user;
    QString password; // only when the URL carried one
    // Further libpq settings from the URL (sslmode, sslrootcert, application_name, ...).
    QList<QPair<QString, QString>> parameters;

    // The URL without its password: what the desk shows, logs and saves.
    QString display() const;
    // Which login and database a saved password belongs to (the keychain entry's name).
    QString credentialKey() const;
};
