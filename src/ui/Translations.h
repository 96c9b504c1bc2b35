#pragma once

#include <QLocale>

class QCoreApplication;

// Loads NetCode Desk's catalogue and Qt's own (for standard dialogs) for a locale.
class Translations {
public:
    static void install(QCoreApplication* app, const QLocale& locale);
};
