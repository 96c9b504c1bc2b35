#include "HttpResponseReader.h"

#include "AsciiDigits.h"

HttpResponseReader::HttpResponseReader(qint64 maxBodyBytes, qint64 maxHeadBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHead(maxHeadBytes)
{
}

HttpResponseReader::State HttpResponseReader::fail(State state)
{
    m_state = state;
    m_buffer.clear();
    return state;
}

HttpResponseReader::State HttpResponseReader::feed(const QByteArray& bytes)
{
    if (m_state != State::NeedMore)
        return m_state; // bytes after a complete answer are not ours to read
    if (!bytes.isEmpty())
        m_anyBytes = true;
    m_buffer += bytes;
    return run();
}

HttpResponseReader::State HttpResponseReader::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (m_phase == Phase::BodyUntilClose) {
        m_phase = Phase::Done;
        m_state = State::Complete;
        return m_state;
    }
    return fail(State::Malformed);
}

bool HttpResponseReader::takeLine(QByteArray* line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    return true;
}

HttpResponseReader::State HttpResponseReader::run()
{
    for (;;) {
        switch (m_phase) {
        case Phase::StatusLine:
        case Phase::Headers:
        case Phase::ChunkSize:
        case Phase::ChunkDataEnd:
        case Phase::Trailers: {
            QByteArray line;
            if (!takeLine(&line)) {
                // A line that never ends is as bad as a head that never ends.
                if (m_headBytes + m_buffer.size() > m_maxHead)
                    return fail(State::TooLarge);
                return State::NeedMore;
            }
            // The head and the trailers are bounded as a whole; a chunk-size line on its own.
            const bool head = m_phase == Phase::StatusLine || m_phase == Phase::Headers || m_phase == Phase::Trailers;
            if (head)
                m_headBytes += line.size() + 2;
            if ((head ? m_headBytes : line.size()) > m_maxHead)
                return fail(State::TooLarge);
            const State state = headLine(line);
            if (state != State::NeedMore)
                return state;
            break;
        }
        case Phase::FixedBody:
        case Phase::ChunkData: {
            if (m_buffer.isEmpty())
                return State::NeedMore;
            const qsizetype take = qsizetype(qMin<qint64>(m_remaining, m_buffer.size()));
            m_body += m_buffer.left(take);
            m_buffer.remove(0, take);
            m_remaining -= take;
            if (m_remaining > 0)
                return State::NeedMore;
            if (m_phase == Phase::FixedBody) {
                m_phase = Phase::Done;
                break;
            }
            m_phase = Phase::ChunkDataEnd;
            break;
        }
        case Phase::BodyUntilClose:
            m_body += m_buffer;
            m_buffer.clear();
            if (m_body.size() > m_maxBody)
                return fail(State::TooLarge);
            return State::NeedMore;
        case Phase::Done:
            m_state = State::Complete;
            return m_state;
        }
    }
}

HttpResponseReader::State HttpResponseReader::headLine(const QByteArray& line)
{
    switch (m_phase) {
    case Phase::StatusLine: {
        // "HTTP/1.1 200 OK"; the reason phrase may be empty or missing.
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/1.") || parts.at(1).size() != 3 || !isAsciiDigits(parts.at(1)))
            return fail(State::Malformed);
        m_candidateStatus = parts.at(1).toInt();
        if (m_candidateStatus < 100 || m_candidateStatus > 599)
            return fail(State::Malformed);
        m_headers.clear();
        m_phase = Phase::Headers;
        return State::NeedMore;
    }
    case Phase::Headers: {
        if (line.isEmpty())
            return headEnded();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t')
            return fail(State::Malformed); // folded or nameless lines: not from an honest server
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (m_headers.contains(name)) {
            // Two different lengths would let two readers see two different bodies.
            if (name == "content-length" && m_headers.value(name) != value)
                return fail(State::Malformed);
            m_headers.insert(name, m_headers.value(name) + ", " + value);
        } else {
            m_headers.insert(name, value);
        }
        return State::NeedMore;
    }
    case Phase::ChunkSize: {
        QByteArray size = line;
        const qsizetype extension = size.indexOf(';');
        if (extension >= 0)
            size.truncate(extension);
        size = size.trimmed();
        bool ok = false;
        const qint64 length = size.size() <= 15 ? size.toLongLong(&ok, 16) : -1;
        if (!ok || length < 0)
            return fail(State::Malformed);
        if (m_body.size() + length > m_maxBody)
            return fail(State::TooLarge);
        m_remaining = length;
        m_phase = length == 0 ? Phase::Trailers : Phase::ChunkData;
        return State::NeedMore;
    }
    case Phase::ChunkDataEnd:
        if (!line.isEmpty())
            return fail(State::Malformed);
        m_phase = Phase::ChunkSize;
        return State::NeedMore;
    case Phase::Trailers:
        if (line.isEmpty()) {
            m_phase = Phase::Done;
            m_state = State::Complete;
            return m_state;
        }
        return State::NeedMore;
    default:
        return fail(State::Malformed);
    }
}

HttpResponseReader::State HttpResponseReader::headEnded()
{
    if (m_candidateStatus < 200) {
        // 100 Continue and friends come before the real answer; 101 would switch protocols,
        // which this client never asks for.
        if (m_candidateStatus == 101)
            return fail(State::Malformed);
        m_phase = Phase::StatusLine;
        return State::NeedMore;
    }
    m_status = m_candidateStatus;
    m_headBytes = 0;
    if (m_status == 204 || m_status == 304) {
        m_phase = Phase::Done;
        return State::NeedMore;
    }
    const QByteArray transferEncoding = header("transfer-encoding").toLower();
    if (!transferEncoding.isEmpty()) {
        // Chunked must be the last coding; any other coding is read until the connection closes.
        m_phase = transferEncoding.trimmed().endsWith("chunked") ? Phase::ChunkSize : Phase::BodyUntilClose;
        return State::NeedMore;
    }
    const QByteArray contentLength = header("content-length");
    if (contentLength.isEmpty()) {
        m_phase = Phase::BodyUntilClose;
        return State::NeedMore;
    }
    if (!isAsciiDigits(contentLength) || contentLength.size() > 15)
        return fail(State::Malformed);
    m_remaining = contentLength.toLongLong();
    if (m_remaining > m_maxBody)
        return fail(State::TooLarge);
    m_phase = m_remaining == 0 ? Phase::Done : Phase::FixedBody;
    return State::NeedMore;
}
