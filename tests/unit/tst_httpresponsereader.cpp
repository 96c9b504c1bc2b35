#include "HttpResponseReader.h"
#include "OneShotHttpGet.h"

#include <QTest>

using State = HttpResponseReader::State;

// The framing rules of the NetCode call's own HTTP reader, fed whole and byte by byte.
class TestHttpResponseReader final : public QObject {
    Q_OBJECT

private slots:
    void answers_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAfter"); // the peer closes after these bytes
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");

        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false
                                        << int(State::Complete) << 200 << QByteArray("hello");
        QTest::newRow("bytes after the body are not ours")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiEXTRA") << false << int(State::Complete) << 200
            << QByteArray("hi");
        QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                               "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n")
                                 << false << int(State::Complete) << 200 << QByteArray("hello world");
        QTest::newRow("chunked, upper-case hex") << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n"
                                                               "A\r\n0123456789\r\n0\r\n\r\n")
                                                 << false << int(State::Complete) << 200 << QByteArray("0123456789");
        QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\n{\"a\":1}") << true << int(State::Complete) << 200
                                     << QByteArray("{\"a\":1}");
        QTest::newRow("until close, not closed yet") << QByteArray("HTTP/1.1 200 OK\r\n\r\n{\"a\":1}") << false
                                                     << int(State::NeedMore) << 200 << QByteArray();
        QTest::newRow("interim 100 skipped") << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 404 Not Found\r\n"
                                                           "Content-Length: 2\r\n\r\n{}")
                                             << false << int(State::Complete) << 404 << QByteArray("{}");
        QTest::newRow("204 has no body") << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << false << int(State::Complete)
                                         << 204 << QByteArray();
        QTest::newRow("bare LF lines") << QByteArray("HTTP/1.0 302 Found\nLocation: /x\nContent-Length: 0\n\n") << false
                                       << int(State::Complete) << 302 << QByteArray();
        QTest::newRow("status without reason") << QByteArray("HTTP/1.1 500\r\nContent-Length: 0\r\n\r\n") << false
                                               << int(State::Complete) << 500 << QByteArray();
        QTest::newRow("body cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhello") << true
                                        << int(State::Malformed) << 200 << QByteArray();
        QTest::newRow("head cut short") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le") << true << int(State::Malformed) << 0
                                        << QByteArray();
        QTest::newRow("chunks cut short") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel")
                                          << true << int(State::Malformed) << 200 << QByteArray();
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n") << false << int(State::Malformed) << 0
                                  << QByteArray();
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << int(State::Malformed) << 0
                                    << QByteArray();
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching\r\n\r\n") << false
                                             << int(State::Malformed) << 0 << QByteArray();
        QTest::newRow("two lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
                                     << false << int(State::Malformed) << 0 << QByteArray();
        QTest::newRow("length not a number") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false
                                             << int(State::Malformed) << 200 << QByteArray();
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << int(State::Malformed) << 200 << QByteArray();
        QTest::newRow("declared too large") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 1001\r\n\r\n") << false
                                            << int(State::TooLarge) << 200 << QByteArray();
        QTest::newRow("chunks too large") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3E9\r\n")
                                          << false << int(State::TooLarge) << 200 << QByteArray();
        QTest::newRow("until close too large") << QByteArray("HTTP/1.1 200 OK\r\n\r\n") + QByteArray(1001, 'x') << false
                                               << int(State::TooLarge) << 200 << QByteArray();
        QTest::newRow("endless head") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(5000, 'x') << false
                                      << int(State::TooLarge) << 0 << QByteArray();
    }

    void answers()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAfter);
        QFETCH(int, state);
        QFETCH(int, status);
        QFETCH(QByteArray, body);

        // All at once, and one byte at a time: the framing must not depend on how bytes arrive.
        for (bool trickle : {false, true}) {
            HttpResponseReader reader(1000, 4096);
            State last = State::NeedMore;
            if (trickle) {
                for (char c : bytes) {
                    last = reader.feed(QByteArray(1, c));
                    if (last != State::NeedMore)
                        break;
                }
            } else {
                last = reader.feed(bytes);
            }
            if (closeAfter)
                last = reader.finish();
            QCOMPARE(int(last), state);
            QCOMPARE(reader.status(), status);
            if (last == State::Complete)
                QCOMPARE(reader.body(), body);
        }
    }

    void nothingReceived()
    {
        HttpResponseReader reader(1000);
        QVERIFY(!reader.anyBytesReceived());
        QCOMPARE(reader.finish(), State::Malformed);
        QVERIFY(!reader.anyBytesReceived());
    }

    void locationIsKept()
    {
        HttpResponseReader reader(1000);
        QCOMPARE(reader.feed("HTTP/1.1 302 Found\r\nLOCATION: /n/3/netcode/x?a=%20\r\nContent-Length: 0\r\n\r\n"),
                 State::Complete);
        QCOMPARE(reader.header("location"), QByteArray("/n/3/netcode/x?a=%20"));
    }

    void requestIsOneGetWithItsHeaders()
    {
        const QUrl url = QUrl::fromEncoded("https://user:pw@api.example.org:8443/n/3/netcode/202604221226?start=2027-03-14%2015%3A00&x=1#frag");
        const QByteArray bytes = OneShotHttpGet::requestBytes(url, {{"x-api-key", "abc\r\nInjected: yes"}, {"Accept", "application/json"}});
        QCOMPARE(bytes, QByteArray("GET /n/3/netcode/202604221226?start=2027-03-14%2015%3A00&x=1 HTTP/1.1\r\n"
                                   "Host: api.example.org:8443\r\n"
                                   "x-api-key: abcInjected: yes\r\n"
                                   "Accept: application/json\r\n"
                                   "Connection: close\r\n\r\n"));
        QCOMPARE(OneShotHttpGet::requestBytes(QUrl(QStringLiteral("http://127.0.0.1:8080")), {}),
                 QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nConnection: close\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "tst_httpresponsereader.moc"
