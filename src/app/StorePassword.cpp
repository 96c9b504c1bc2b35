#include "StorePassword.h"

#include "SecretStore.h"
#include "StoreAddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

QString StorePassword::keyFor(const QString& address)
{
    StoreAddress parsed;
    QString ignored;
    if (!StoreAddress::isShared(address) || !StoreAddress::parse(address, &parsed, &ignored))
        return {};
    return parsed.credentialKey();
}

QString StorePassword::read(SecretStore& secrets, const QString& address, QString* problem, int timeoutMs)
{
    StoreAddress parsed;
    QString ignored;
    if (!StoreAddress::isShared(address) || !StoreAddress::parse(address, &parsed, &ignored) || !parsed.password.isEmpty())
        return {};
    QEventLoop loop;
    QObject context;
    QString password;
    bool answered = false;
    secrets.read(parsed.credentialKey(), &context, [&](bool found, const QString& value, const QString& error) {
        if (found)
            password = value;
        if (problem)
            *problem = error;
        answered = true;
        loop.quit();
    });
    if (!answered) {
        QTimer::singleShot(timeoutMs, &loop, [&] {
            if (problem)
                *problem = QCoreApplication::translate("StorePassword", "The system keychain did not answer.");
            loop.quit();
        });
        loop.exec();
    }
    return password;
}
