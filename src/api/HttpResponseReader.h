#pragma once

#include <QByteArray>
#include <QMap>

// Reads one HTTP/1.1 response from bytes as they arrive: the status line, the headers, and a body
// framed by Content-Length, by the chunked transfer coding, or by the end of the connection.
// Interim 1xx answers are skipped. Pure bytes in, no I/O, so every framing rule has a unit test.
class HttpResponseReader {
public:
    enum class State { NeedMore, Complete, Malformed, TooLarge };

    explicit HttpResponseReader(qint64 maxBodyBytes, qint64 maxHeadBytes = 64 * 1024);

    State feed(const QByteArray& bytes);
    // The peer closed the connection: a body framed by the close is complete now, anything else
    // that is not complete yet never will be (Malformed).
    State finish();

    State state() const { return m_state; }
    bool anyBytesReceived() const { return m_anyBytes; }
    int status() const { return m_status; } // 0 until a final status line was read
    QByteArray header(const QByteArray& lowerName) const { return m_headers.value(lowerName); }
    const QByteArray& body() const { return m_body; }

private:
    enum class Phase { StatusLine, Headers, FixedBody, BodyUntilClose, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done };

    State run();
    bool takeLine(QByteArray* line);
    State headLine(const QByteArray& line);
    State headEnded();
    State fail(State state);

    qint64 m_maxBody;
    qint64 m_maxHead;
    QByteArray m_buffer;
    Phase m_phase = Phase::StatusLine;
    State m_state = State::NeedMore;
    bool m_anyBytes = false;
    qint64 m_headBytes = 0;
    int m_status = 0;
    int m_candidateStatus = 0;
    QMap<QByteArray, QByteArray> m_headers; // names lower-cased
    qint64 m_remaining = 0;                 // of a fixed body or of the current chunk
    QByteArray m_body;
};
