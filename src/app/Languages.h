#pragma once

#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

class QTranslator;

// The languages NetCode Desk speaks, and switching to one for a while (a guest's slip in the
// guest's language while the desk works in its own).
class Languages {
public:
    // Code ("de") and the language's own name ("Deutsch"); English first.
    static QList<QPair<QString, QString>> available();
    // The language a guest's text is written in when `code` is asked for: `code` itself, or for ""
    // the desk's own now (its locale's language when NetCode Desk speaks it, else English, the
    // catalogue it falls back to).
    static QString effective(const QString& code);
    // The language's own name ("Deutsch") for a code in available(); the code itself otherwise.
    static QString nameOf(const QString& code);
    // The desk's language ("" = the computer's): NetCode Desk's catalogue and Qt's own.
    static void installDesk(class QCoreApplication* app, const QString& code);
};

class ScopedLanguage {
public:
    // An empty code, or the language already in use, changes nothing.
    explicit ScopedLanguage(const QString& code);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QTranslator* m_translator = nullptr;
    QLocale m_previousLocale;
    bool m_active = false;
};
