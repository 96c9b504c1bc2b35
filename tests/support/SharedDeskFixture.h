#pragma once

// A desk (AppSession, demo mode: its own counting simulator) on a shared store, as a second or
// third PC of a site would run it: its own settings file and keychain, the store's URL as database.

#include "AppSession.h"
#include "TestSignIn.h"
#include "Clock.h"
#include "SecretStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <memory>

class SharedDeskFixture {
public:
    // Empty on success, else why the desk did not start.
    QString start(const QString& storeUrl, const QString& name)
    {
        clock = std::make_unique<FixedClock>(QDateTime(QDate(2027, 7, 14), QTime(13, 20), QTimeZone::utc()));
        secrets = std::make_unique<MemorySecretStore>();
        const QString settingsPath = m_dir.filePath(name + QStringLiteral(".ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(QStringLiteral("desk/timeZone"), QStringLiteral("Europe/London"));
            settings.setValue(QStringLiteral("desk/firstRunDone"), true);
        }
        AppSession::Options options;
        options.databasePath = storeUrl;
        options.settingsPath = settingsPath;
        options.secrets = secrets.get();
        options.clock = clock.get();
        session = std::make_unique<AppSession>();
        QString error;
        if (!session->start(options, &error))
            return error.isEmpty() ? QStringLiteral("desk %1 did not start").arg(name) : error;
        return TestSignIn::asManager(*session);
    }

    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<MemorySecretStore> secrets;
    std::unique_ptr<AppSession> session;

private:
    QTemporaryDir m_dir;
};
