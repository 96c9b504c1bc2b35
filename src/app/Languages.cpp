#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {
QList<QTranslator*>& deskTranslators()
{
    static QList<QTranslator*> translators;
    return translators;
}

// The locale for a language: the computer's own when it speaks that language (an American desk
// that picks English keeps its "Sun Nov 29"), the language's main one otherwise. NetCode Desk's
// English is British ("Sun 29 Nov"), as is Qt's C locale.
QLocale localeFor(const QString& code)
{
    const QLocale system = QLocale::system();
    if (code.isEmpty())
        return system;
    const QLocale language(code);
    if (system.language() == language.language())
        return system;
    if (language.language() == QLocale::English)
        return system.language() == QLocale::C ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return language;
}
} // namespace

QList<QPair<QString, QString>> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},  {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("nl"), QStringLiteral("Nederlands")}};
}

QString Languages::effective(const QString& code)
{
    if (!code.isEmpty())
        return code;
    const QString desk = QLocale().name().section(QLatin1Char('_'), 0, 0);
    for (const auto& [known, name] : available()) {
        if (known == desk)
            return known;
    }
    return QStringLiteral("en");
}

QString Languages::nameOf(const QString& code)
{
    for (const auto& [known, name] : available()) {
        if (known == code)
            return name;
    }
    return code;
}

void Languages::installDesk(QCoreApplication* app, const QString& code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
        deskTranslators().append(qtTranslator);
    }
    auto* appTranslator = new QTranslator(app);
    // A language NetCode Desk does not speak falls back to English, plural forms included.
    if (appTranslator->load(locale, QStringLiteral("netcode-desk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || appTranslator->load(QStringLiteral(":/i18n/netcode-desk_en"))) {
        QCoreApplication::installTranslator(appTranslator);
        deskTranslators().append(appTranslator);
    }
}

ScopedLanguage::ScopedLanguage(const QString& code)
{
    if (code.isEmpty() || QLocale().name().startsWith(code))
        return;
    m_previousLocale = QLocale();
    m_active = true;
    QLocale::setDefault(localeFor(code));
    // The desk's own catalogues step aside while the guest's language speaks.
    for (QTranslator* translator : deskTranslators())
        QCoreApplication::removeTranslator(translator);
    m_translator = new QTranslator;
    if (m_translator->load(QStringLiteral(":/i18n/netcode-desk_") + code)) {
        QCoreApplication::installTranslator(m_translator);
    } else {
        delete m_translator;
        m_translator = nullptr;
    }
}

ScopedLanguage::~ScopedLanguage()
{
    if (!m_active)
        return;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator);
        delete m_translator;
    }
    for (QTranslator* translator : deskTranslators())
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(m_previousLocale);
}
