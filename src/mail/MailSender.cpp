#include "MailSender.h"

#include "CurlLibrary.h"
#include "MailAddress.h"
#include "MailHeaders.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStringList>

#include <cctype>

namespace {
// What the conversation said, as far as a message to the desk needs: the server's replies (never
// what this side sent: that includes the login), and the last command's verb.
struct Conversation {
    QString lastReply;   // the server's last reply line
    QByteArray lastVerb; // "EHLO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA", "QUIT"
    // The server's last "no" (4xx or 5xx), e.g. "550 5.1.1 <x@y>: Recipient address rejected", and
    // the command it answered (libcurl says QUIT after it, whose "221 Bye" is not the news).
    QString refusal;
    int refusalCode = 0;
    QByteArray refusedVerb;
    bool bodySent = false; // the message's data went out (a timeout after it: the server may have it)
    bool refusedAfterBody = false; // the "no" answered the message itself
    bool quitSent = false;
};

// Called by libcurl at least once a second while it waits: ends the send when the desk stops it,
// when the whole send's time is up, or once the goodbye is said (QUIT's reply changes nothing, and
// a server that is stuck would otherwise hold the send for another full reply timeout).
struct Progress {
    Conversation* said = nullptr;
    const std::atomic<bool>* stop = nullptr;
    QElapsedTimer timer;
    qint64 totalMs = 0;
    bool stopped = false;   // by the desk
    bool outOfTime = false; // the total timeout
};

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto* progress = static_cast<Progress*>(user);
    if (progress->said->quitSent)
        return 1;
    if (progress->stop && progress->stop->load()) {
        progress->stopped = true;
        return 1;
    }
    if (progress->timer.elapsed() > progress->totalMs) {
        progress->outOfTime = true;
        return 1;
    }
    return 0;
}

QString printable(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    }
    return text.left(300);
}

int onDebug(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    auto* conversation = static_cast<Conversation*>(user);
    const QByteArray chunk(data, qsizetype(size));
    switch (type) {
    case CURLINFO_HEADER_IN: {
        // One reply line per call; a multi-line reply ends with "NNN " (space), which is kept.
        const QByteArray line = chunk.trimmed();
        if (line.size() >= 3 && std::isdigit(static_cast<unsigned char>(line.at(0)))) {
            conversation->lastReply = printable(line);
            const int code = line.left(3).toInt();
            if (code >= 400 && code < 600) {
                conversation->refusal = conversation->lastReply;
                conversation->refusalCode = code;
                conversation->refusedVerb = conversation->lastVerb;
                conversation->refusedAfterBody = conversation->bodySent;
            }
        }
        break;
    }
    case CURLINFO_HEADER_OUT: {
        // Only a known command's verb: an AUTH line carries the login, and the lines that follow
        // AUTH LOGIN are the user name and password alone; nothing of them is kept.
        static const QList<QByteArray> verbs = {"EHLO", "HELO", "STARTTLS", "AUTH", "MAIL",
                                                "RCPT", "DATA", "QUIT", "RSET", "NOOP"};
        const qsizetype space = chunk.indexOf(' ');
        const QByteArray verb = (space < 0 ? chunk : chunk.left(space)).trimmed().toUpper();
        if (verbs.contains(verb))
            conversation->lastVerb = verb;
        if (verb == "QUIT")
            conversation->quitSent = true;
        break;
    }
    case CURLINFO_DATA_OUT:
        conversation->bodySent = true;
        break;
    default:
        break;
    }
    return 0;
}

// Header lines and the envelope as libcurl lists, freed with the send.
struct SList {
    const CurlLibrary* curl;
    curl_slist* list = nullptr;
    explicit SList(const CurlLibrary* library) : curl(library) {}
    ~SList() { curl->slistFreeAll(list); }
    SList(const SList&) = delete;
    SList& operator=(const SList&) = delete;
    bool append(const QByteArray& line)
    {
        curl_slist* grown = curl->slistAppend(list, line.constData());
        if (!grown)
            return false;
        list = grown;
        return true;
    }
};

QByteArray utf8Lines(const QString& text)
{
    // Mail wants CRLF line ends; libcurl's quoted-printable encoder keeps the text's own.
    QString crlf = text;
    crlf.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return crlf.toUtf8();
}

MailResult describe(CURLcode code, const QString& detail, const Conversation& said, const Progress& progress,
                    const MailServer& server, const MailMessage& message)
{
    MailResult result;
    result.curlCode = int(code);
    result.serverReply = said.refusal.isEmpty() ? said.lastReply : said.refusal;
    const QString where = QStringLiteral("%1:%2").arg(server.host.trimmed()).arg(server.port);
    const bool serverSaidNo = said.refusalCode != 0;
    if (code == CURLE_OK) {
        result.outcome = MailResult::Outcome::Delivered;
        result.message = MailSender::tr("The mail server accepted the email to %1.").arg(message.to);
        return result;
    }
    // Once the message has gone out, only the server's own "no" settles it: without its answer
    // (too slow, the connection cut, the send stopped) it may have the message and deliver it.
    if (said.bodySent && !(serverSaidNo && said.refusedAfterBody)) {
        result.outcome = MailResult::Outcome::Unknown;
        result.message = progress.stopped
            ? MailSender::tr("The send was stopped after the email had gone to the mail server; it may or may not "
                             "reach the guest. Check with the guest before sending it again.")
            : MailSender::tr("The mail server did not confirm the email; it may or may not reach the guest. Check "
                             "with the guest before sending it again.");
        return result;
    }
    if (progress.stopped) {
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The send was stopped before the email went out; nothing was sent.");
        return result;
    }
    if (progress.outOfTime)
        code = CURLE_OPERATION_TIMEDOUT;
    switch (code) {
    case CURLE_LOGIN_DENIED:
        result.outcome = MailResult::Outcome::Refused;
        result.message = MailSender::tr("The mail server refused the user name or password; nothing was sent.");
        if (!said.refusal.isEmpty())
            result.message += QLatin1Char(' ') + MailSender::tr("The server said: %1").arg(said.refusal);
        return result;
    case CURLE_USE_SSL_FAILED:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The mail server does not offer an encrypted connection; nothing was sent.");
        return result;
    case CURLE_PEER_FAILED_VERIFICATION:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The mail server's certificate is not trusted (%1); nothing was sent. If the server uses "
                            "its own certificate authority, add its certificate in Settings.")
                             .arg(detail);
        return result;
    case CURLE_SSL_CACERT_BADFILE:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The trusted certificate in the mail settings could not be read; nothing was sent.");
        return result;
    case CURLE_SSL_CONNECT_ERROR:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("No encrypted connection could be set up with the mail server (%1); nothing was sent. "
                            "Check the security setting and the port.")
                             .arg(detail);
        return result;
    case CURLE_COULDNT_RESOLVE_HOST:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The mail server %1 could not be found; nothing was sent.").arg(server.host.trimmed());
        return result;
    case CURLE_COULDNT_CONNECT:
        result.outcome = MailResult::Outcome::Failed;
        result.message = MailSender::tr("The mail server at %1 could not be reached (it is not running, or the port is "
                            "wrong); nothing was sent.")
                             .arg(where);
        return result;
    case CURLE_OPERATION_TIMEDOUT:
        result.outcome = MailResult::Outcome::Failed;
        // Not even a greeting: typically STARTTLS set against a port that expects TLS from the first
        // byte (465), where the server waits for the encryption this side never starts.
        result.message = said.lastReply.isEmpty()
            ? MailSender::tr("The mail server at %1 did not answer in time; nothing was sent. Check the security "
                             "setting and the port (TLS usually uses port 465, STARTTLS port 587).")
                  .arg(where)
            : MailSender::tr("The mail server at %1 did not answer in time; nothing was sent.").arg(where);
        return result;
    default:
        break;
    }
    if (serverSaidNo) {
        result.outcome = MailResult::Outcome::Refused;
        if (said.refusedVerb == "RCPT")
            result.message = MailSender::tr("The mail server refused the address %1: %2").arg(message.to, said.refusal);
        else if (said.refusedVerb == "MAIL")
            result.message = MailSender::tr("The mail server refused the sender address %1: %2").arg(server.fromAddress, said.refusal);
        else
            result.message = MailSender::tr("The mail server refused the email: %1").arg(said.refusal);
        return result;
    }
    result.outcome = MailResult::Outcome::Failed;
    result.message = MailSender::tr("The email could not be sent: %1").arg(detail);
    return result;
}

} // namespace

bool MailSender::initialise(QString* error)
{
    return CurlLibrary::instance(error) != nullptr;
}

QString MailSender::libraryVersion()
{
    QString problem;
    const CurlLibrary* curl = CurlLibrary::instance(&problem);
    return curl ? QString::fromLatin1(curl->version()) : problem;
}

MailResult MailSender::send(const MailServer& server, const QString& password, const MailMessage& message,
                            const std::atomic<bool>* stop)
{
    QElapsedTimer timer;
    timer.start();
    const auto failed = [&timer](const QString& text) {
        MailResult result;
        result.outcome = MailResult::Outcome::Failed;
        result.message = text;
        result.elapsedMs = timer.elapsed();
        return result;
    };
    if (!server.isConfigured())
        return failed(MailSender::tr("No mail server is set up; nothing was sent."));
    // Callers check first; this is the last guard against a header or recipient smuggled in.
    QString reason;
    if (!MailAddress::isValid(message.to, &reason))
        return failed(reason);
    if (!MailAddress::isValid(server.fromAddress, &reason))
        return failed(MailSender::tr("The From address in the mail settings is not valid: %1").arg(reason));
    if (!server.replyTo.trimmed().isEmpty() && !MailAddress::isValid(server.replyTo, &reason))
        return failed(MailSender::tr("The Reply-To address in the mail settings is not valid: %1").arg(reason));

    QString problem;
    const CurlLibrary* lib = CurlLibrary::instance(&problem);
    if (!lib)
        return failed(MailSender::tr("The email could not be sent: %1. Nothing was sent.").arg(problem));
    CURL* curl = lib->easyInit();
    if (!curl)
        return failed(MailSender::tr("The email could not be prepared (out of memory); nothing was sent."));
    curl_mime* mime = lib->mimeInit(curl);
    curl_mime* alternative = lib->mimeInit(curl);
    SList headers(lib);
    SList recipients(lib);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    Conversation said;
    Progress progress;
    progress.said = &said;
    progress.stop = stop;
    progress.totalMs = qint64(qMax(1, server.totalTimeoutSeconds)) * 1000;
    progress.timer.start();

    const QByteArray url = server.url().toUtf8();
    const QByteArray user = server.user.trimmed().toUtf8();
    QByteArray secret = password.toUtf8();
    // The envelope as the headers: domains in their ASCII form (no SMTPUTF8 needed).
    const QByteArray from = "<" + MailAddress::ace(server.fromAddress).toLatin1() + ">";
    const QByteArray to = "<" + MailAddress::ace(message.to).toLatin1() + ">";
    // The handle and the message freed, and the password's copy wiped, however the send ends.
    const auto release = [lib, curl, mime, &secret] {
        lib->easyCleanup(curl);
        lib->mimeFree(mime);
        secret.fill('\0');
    };
    QByteArray pem = server.trustedCertificatesPem;
    if (!pem.isEmpty() && !pem.endsWith('\n'))
        pem += '\n';

    // The wording in both forms: mail readers show the richest they can.
    const QByteArray plain = utf8Lines(message.plainText);
    const QByteArray html = utf8Lines(message.html);
    curl_mimepart* part = lib->mimeAddpart(alternative);
    lib->mimeData(part, plain.constData(), size_t(plain.size()));
    lib->mimeType(part, "text/plain; charset=UTF-8");
    lib->mimeEncoder(part, "quoted-printable");
    if (!message.html.isEmpty()) {
        part = lib->mimeAddpart(alternative);
        lib->mimeData(part, html.constData(), size_t(html.size()));
        lib->mimeType(part, "text/html; charset=UTF-8");
        lib->mimeEncoder(part, "quoted-printable");
    }
    part = lib->mimeAddpart(mime);
    lib->mimeSubparts(part, alternative); // `mime` owns it from here
    alternative = nullptr;
    lib->mimeType(part, "multipart/alternative");
    for (const MailAttachment& attachment : message.attachments) {
        part = lib->mimeAddpart(mime);
        lib->mimeData(part, attachment.data.constData(), size_t(attachment.data.size()));
        lib->mimeType(part, attachment.mimeType.toLatin1().constData());
        lib->mimeFilename(part, attachment.fileName.toLatin1().constData());
        lib->mimeEncoder(part, "base64");
    }

    headers.append("Date: " + MailHeaders::date(QDateTime::currentDateTime()));
    // Folded: a long guest or property name must not make a line the server refuses.
    headers.append(MailHeaders::field("From", MailHeaders::mailbox(server.fromName, server.fromAddress.trimmed())));
    headers.append(MailHeaders::field("To", MailHeaders::mailbox(message.toName, message.to.trimmed())));
    if (!server.replyTo.trimmed().isEmpty())
        headers.append(MailHeaders::field("Reply-To", MailHeaders::mailbox(QString(), server.replyTo.trimmed())));
    headers.append(MailHeaders::field("Subject", MailHeaders::encodedText(message.subject)));
    headers.append("Message-ID: " + MailHeaders::messageId(server.fromAddress));
    headers.append("Auto-Submitted: auto-generated");
    recipients.append(to);

    // The settings that keep the message safe: a libcurl that does not know one of them (an older
    // one than the desk was built for) sends nothing rather than send without it.
    CURLcode safety = CURLE_OK;
    const auto require = [&safety](CURLcode code) {
        if (safety == CURLE_OK)
            safety = code;
    };
    require(lib->easySetopt(curl, CURLOPT_URL, url.constData()));
    require(lib->easySetopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps"));
    // STARTTLS is required: a server that does not offer it gets nothing, never plain text.
    require(lib->easySetopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL)));
    require(lib->easySetopt(curl, CURLOPT_SSL_VERIFYPEER, 1L));
    require(lib->easySetopt(curl, CURLOPT_SSL_VERIFYHOST, 2L));
    if (!pem.isEmpty()) {
        curl_blob blob{pem.data(), size_t(pem.size()), CURL_BLOB_COPY};
        require(lib->easySetopt(curl, CURLOPT_CAINFO_BLOB, &blob));
    }
    if (safety != CURLE_OK) {
        const QString detail = QString::fromUtf8(lib->easyStrerror(safety));
        release();
        return failed(MailSender::tr("The email could not be sent: the mail library cannot apply a required safety "
                                     "setting (%1). Nothing was sent.")
                          .arg(detail));
    }
    if (!user.isEmpty()) {
        lib->easySetopt(curl, CURLOPT_USERNAME, user.constData());
        lib->easySetopt(curl, CURLOPT_PASSWORD, secret.constData());
    }
    lib->easySetopt(curl, CURLOPT_MAIL_FROM, from.constData());
    lib->easySetopt(curl, CURLOPT_MAIL_RCPT, recipients.list);
    lib->easySetopt(curl, CURLOPT_HTTPHEADER, headers.list);
    lib->easySetopt(curl, CURLOPT_MIMEPOST, mime);
    // Bounded everywhere: reaching the server, each of its replies, and the whole send.
    lib->easySetopt(curl, CURLOPT_NOSIGNAL, 1L);
    lib->easySetopt(curl, CURLOPT_CONNECTTIMEOUT, long(qMax(1, server.connectTimeoutSeconds)));
    lib->easySetopt(curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(qMax(1, server.responseTimeoutSeconds)));
    lib->easySetopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    lib->easySetopt(curl, CURLOPT_LOW_SPEED_TIME, long(qMax(1, server.responseTimeoutSeconds)));
    lib->easySetopt(curl, CURLOPT_TIMEOUT, long(qMax(1, server.totalTimeoutSeconds)));
    // The connection is closed inside the send, not later when the handle is freed: the goodbye
    // is then bounded by the progress callback too (freed later, it waits a full reply timeout on
    // a stuck server: a send that timed out after its data took twice the reply timeout).
    lib->easySetopt(curl, CURLOPT_FORBID_REUSE, 1L);
    lib->easySetopt(curl, CURLOPT_NOPROGRESS, 0L);
    lib->easySetopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    lib->easySetopt(curl, CURLOPT_XFERINFODATA, &progress);
    lib->easySetopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    lib->easySetopt(curl, CURLOPT_DEBUGFUNCTION, onDebug);
    lib->easySetopt(curl, CURLOPT_DEBUGDATA, &said);
    lib->easySetopt(curl, CURLOPT_VERBOSE, 1L);

    const CURLcode code = lib->easyPerform(curl);
    QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (detail.isEmpty())
        detail = QString::fromUtf8(lib->easyStrerror(code));
    release();

    MailResult result = describe(code, detail, said, progress, server, message);
    result.elapsedMs = timer.elapsed();
    return result;
}
