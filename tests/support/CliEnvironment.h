#pragma once

#include <QProcessEnvironment>
#include <QString>

// The environment for running netcode-desk-cli in a test: its own database and settings, no API
// key or host from the developer's shell, and never the developer's own keychain.
inline QProcessEnvironment isolatedCliEnvironment(const QString& database, const QString& settings)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NETCODE_DESK_DATABASE"), database);
    env.insert(QStringLiteral("NETCODE_DESK_SETTINGS"), settings);
    env.remove(QStringLiteral("NETCODE_DESK_API_KEY"));
    env.remove(QStringLiteral("NETCODE_DESK_API_URL"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}
