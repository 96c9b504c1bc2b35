#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A file sent with the message (the guest slip as PDF).
struct MailAttachment {
    QString fileName; // ASCII is safest for every mail reader: e.g. "netcode-slip.pdf"
    QString mimeType; // "application/pdf"
    QByteArray data;
};

// One message to one guest: plain text and HTML of the same wording (multipart/alternative),
// with attachments (multipart/mixed around it). From, Reply-To, Date and Message-ID come from the
// server settings and the sender.
struct MailMessage {
    QString to;     // one address, validated by MailAddress before sending
    QString toName; // optional (the guest's name), encoded as RFC 2047 when not ASCII
    QString subject;
    QString plainText;
    QString html; // empty: plain text only
    QList<MailAttachment> attachments;
};
