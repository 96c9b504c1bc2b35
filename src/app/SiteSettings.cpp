#include "SiteSettings.h"

#include "AppSettings.h"
#include "Clock.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSite, "netcode.site")

const QString SiteSettings::kApiKeyFingerprint = QStringLiteral("api/keyFingerprint");

namespace {
struct Key {
    QString store;     // key in site_settings
    QString localCopy; // key in this computer's settings file (where it lived before the store had it)
    QString fallback;  // as text
};

const QString kHost = QStringLiteral("api/host");
const QString kNetCodePrefix = QStringLiteral("api/netCodePrefix");
const QString kUtilityPrefix = QStringLiteral("api/utilityPrefix");
const QString kQuota = QStringLiteral("api/monthlyQuota");
const QString kRetention = QStringLiteral("history/retentionDays");
const QString kPropertyName = QStringLiteral("slip/propertyName");
const QString kHelpPhone = QStringLiteral("slip/helpPhone");
const QString kSlipLayout = QStringLiteral("slip/layout");
const QString kReadBack = QStringLiteral("slip/readBackCheck");
// The mail server: only in the store (never brought from a settings file), empty until set.
const QString kMailHost = QStringLiteral("mail/host");
const QString kMailPort = QStringLiteral("mail/port");
const QString kMailSecurity = QStringLiteral("mail/security");
const QString kMailUser = QStringLiteral("mail/user");
const QString kMailFromName = QStringLiteral("mail/fromName");
const QString kMailFromAddress = QStringLiteral("mail/fromAddress");
const QString kMailReplyTo = QStringLiteral("mail/replyTo");
const QString kMailTrusted = QStringLiteral("mail/trustedCertificates");

// Every shared value with its default. The fingerprint is not here: it is never brought from a file.
const QList<Key>& keys()
{
    static const QList<Key> table = {
        {kHost, kHost, QStringLiteral("https://api-connect.codelocks.io")},
        {kNetCodePrefix, kNetCodePrefix, QStringLiteral("n/3")},
        {kUtilityPrefix, kUtilityPrefix, QStringLiteral("u/1")},
        {kQuota, kQuota, QStringLiteral("0")},
        {kRetention, kRetention, QStringLiteral("0")},
        {kPropertyName, kPropertyName, QString()},
        {kHelpPhone, kHelpPhone, QString()},
        {kSlipLayout, kSlipLayout, QStringLiteral("a4")},
        {kReadBack, QStringLiteral("desk/readBackCheck"), QStringLiteral("false")},
    };
    return table;
}

const Key* keyFor(const QString& store)
{
    for (const Key& key : keys()) {
        if (key.store == store)
            return &key;
    }
    return nullptr;
}

// Settings files hold booleans and numbers as QVariant; the store holds text.
QString asText(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return SiteSettingsRepository::fromBool(value.toBool());
    return value.toString();
}

QList<QPair<QString, QString>> asPairs(const SiteSettings::Values& values)
{
    return {
        {kHost, values.endpoint.host.toString()},
        {kNetCodePrefix, values.endpoint.netCodePrefix},
        {kUtilityPrefix, values.endpoint.utilityPrefix},
        {kQuota, SiteSettingsRepository::fromInt(qMax(0, values.monthlyQuota))},
        {kRetention, SiteSettingsRepository::fromInt(qMax(0, values.historyRetentionDays))},
        {kPropertyName, values.propertyName.trimmed()},
        {kHelpPhone, values.helpPhone.trimmed()},
        {kSlipLayout, values.slipLayout},
        {kReadBack, SiteSettingsRepository::fromBool(values.readBackCheck)},
    };
}
} // namespace

SiteSettings::SiteSettings(QSqlDatabase db, AppSettings& local, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_repository(std::move(db))
    , m_local(local)
    , m_clock(clock)
{
}

bool SiteSettings::load(const QString& editor, QString* error)
{
    QList<QPair<QString, QString>> mine;
    for (const Key& key : keys())
        mine.append({key.store, asText(m_local.siteCopy(key.localCopy, key.fallback))});
    // Only keys the store lacks are written: the first desk brings its values, and a later version's
    // new setting is brought by the first desk that knows it; nothing a colleague saved is overwritten.
    for (const auto& [key, value] : mine)
        m_ownValues.insert(key, value);
    if (!m_repository.all(&m_values)) {
        *error = m_repository.lastError();
        return false;
    }
    // Read first, write only what is missing: an ordinary start never waits for the store's write
    // lock, and a desk login (which may not write site settings) starts without trying.
    QList<QPair<QString, QString>> missing;
    for (const auto& pair : mine) {
        if (!m_values.contains(pair.first))
            missing.append(pair);
    }
    if (!missing.isEmpty()) {
        if (!m_repository.seedMissing(missing, editor, m_clock.nowUtc(), &m_seeded))
            qCInfo(lcSite) << "this desk could not bring its settings to the store:" << m_repository.lastError();
        if (!m_repository.all(&m_values)) {
            *error = m_repository.lastError();
            return false;
        }
    }
    if (!m_seeded.isEmpty())
        qCInfo(lcSite) << "this desk's settings became the site's:" << m_seeded.join(QStringLiteral(", "));
    for (const auto& [key, value] : mine) {
        if (!m_seeded.contains(key) && text(key) != value)
            qCInfo(lcSite) << "following the site's" << key << "instead of this desk's earlier value";
    }
    mirrorToLocal();
    return true;
}

bool SiteSettings::reload()
{
    QHash<QString, SiteSetting> read;
    if (!m_repository.all(&read))
        return false;
    if (read == m_values)
        return true;
    m_values = std::move(read);
    mirrorToLocal();
    emit changed();
    return true;
}

void SiteSettings::mirrorToLocal()
{
    for (const Key& key : keys()) {
        if (m_values.contains(key.store))
            m_local.setSiteCopy(key.localCopy, m_values.value(key.store).value);
    }
}

QString SiteSettings::text(const QString& key) const
{
    if (const auto it = m_values.constFind(key); it != m_values.cend())
        return it->value;
    if (const auto own = m_ownValues.constFind(key); own != m_ownValues.cend())
        return *own;
    const Key* known = keyFor(key);
    return known ? known->fallback : QString();
}

bool SiteSettings::write(const QList<QPair<QString, QString>>& values, const QString& editor, QString* error)
{
    int changedRows = 0;
    if (!m_repository.setMany(values, editor, m_clock.nowUtc(), &changedRows)) {
        if (error)
            *error = m_repository.lastError();
        return false;
    }
    // Read back what the store now holds (with who/when, and anything another desk saved meanwhile).
    QHash<QString, SiteSetting> read;
    if (!m_repository.all(&read)) {
        if (error)
            *error = m_repository.lastError();
        return false;
    }
    if (read != m_values) {
        m_values = std::move(read);
        mirrorToLocal();
        emit changed();
    }
    return true;
}

SiteSettings::Values SiteSettings::values() const
{
    Values values;
    values.endpoint = endpoint();
    values.monthlyQuota = monthlyQuota();
    values.historyRetentionDays = historyRetentionDays();
    values.propertyName = propertyName();
    values.helpPhone = helpPhone();
    values.slipLayout = slipLayout();
    values.readBackCheck = readBackCheck();
    return values;
}

bool SiteSettings::save(const Values& values, const QString& editor, QString* error)
{
    return write(asPairs(values), editor, error);
}

ApiEndpoint SiteSettings::endpoint() const
{
    ApiEndpoint endpoint;
    endpoint.host = QUrl(text(kHost).trimmed());
    endpoint.netCodePrefix = text(kNetCodePrefix);
    endpoint.utilityPrefix = text(kUtilityPrefix);
    return endpoint;
}

int SiteSettings::monthlyQuota() const
{
    return qMax(0, SiteSettingsRepository::toInt(text(kQuota), 0));
}

int SiteSettings::historyRetentionDays() const
{
    return qMax(0, SiteSettingsRepository::toInt(text(kRetention), 0));
}

QString SiteSettings::propertyName() const
{
    return text(kPropertyName);
}

QString SiteSettings::helpPhone() const
{
    return text(kHelpPhone);
}

QString SiteSettings::slipLayout() const
{
    const QString layout = text(kSlipLayout);
    static const QStringList known = {QStringLiteral("a4"), QStringLiteral("letter"), QStringLiteral("receipt-80mm")};
    return known.contains(layout) ? layout : QStringLiteral("a4");
}

bool SiteSettings::readBackCheck() const
{
    return SiteSettingsRepository::toBool(text(kReadBack), false);
}

bool SiteSettings::setHistoryRetentionDays(int days, const QString& editor)
{
    return write({{kRetention, SiteSettingsRepository::fromInt(qMax(0, days))}}, editor, nullptr);
}

bool SiteSettings::setMonthlyQuota(int requests, const QString& editor)
{
    return write({{kQuota, SiteSettingsRepository::fromInt(qMax(0, requests))}}, editor, nullptr);
}

bool SiteSettings::setApiKeyFingerprint(const QString& fingerprint, const QString& editor, QString* error)
{
    if (fingerprint.isEmpty())
        return true; // demo mode has no fingerprint, and does not erase the site's
    return write({{kApiKeyFingerprint, fingerprint}}, editor, error);
}

bool SiteSettings::seedApiKeyFingerprint(const QString& fingerprint, const QString& editor)
{
    if (fingerprint.isEmpty() || m_values.contains(kApiKeyFingerprint))
        return true;
    QStringList written;
    if (!m_repository.seedMissing({{kApiKeyFingerprint, fingerprint}}, editor, m_clock.nowUtc(), &written))
        return false;
    return reload();
}

MailServer SiteSettings::mailServer() const
{
    MailServer server;
    server.host = text(kMailHost).trimmed();
    server.security = MailServer::securityFromName(text(kMailSecurity));
    server.port = SiteSettingsRepository::toInt(text(kMailPort), MailServer::defaultPort(server.security));
    server.user = text(kMailUser);
    server.fromName = text(kMailFromName);
    server.fromAddress = text(kMailFromAddress).trimmed();
    server.replyTo = text(kMailReplyTo).trimmed();
    server.trustedCertificatesPem = text(kMailTrusted).toUtf8();
    return server;
}

bool SiteSettings::setMailServer(const MailServer& server, const QString& editor, QString* error)
{
    return write({{kMailHost, server.host.trimmed()},
                  {kMailPort, SiteSettingsRepository::fromInt(server.port)},
                  {kMailSecurity, MailServer::securityName(server.security)},
                  {kMailUser, server.user.trimmed()},
                  {kMailFromName, server.fromName.trimmed()},
                  {kMailFromAddress, server.fromAddress.trimmed()},
                  {kMailReplyTo, server.replyTo.trimmed()},
                  {kMailTrusted, QString::fromUtf8(server.trustedCertificatesPem).trimmed()}},
                 editor, error);
}

SiteSetting SiteSettings::lastChange() const
{
    SiteSetting latest;
    for (const SiteSetting& setting : m_values) {
        if (setting.updatedAtUtc.isValid() && (!latest.updatedAtUtc.isValid() || setting.updatedAtUtc > latest.updatedAtUtc))
            latest = setting;
    }
    return latest;
}
