#include "ResponseParser.h"

#include <QSet>

#include <QTest>

class TestResponseParser final : public QObject {
    Q_OBJECT

private slots:
    void netCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("serverText");

        QTest::newRow("2026 success")
            << 200
            << QByteArray("{\"ActualNetcode\":\"7830719\",\"DurationDays\":0,\"DurationHours\":2,\"Mode\":\"standard\",\"SubMode\":\"alltime\",\"Timecode\":\"2026/04/22/12:26\",\"LockID\":\"921239\",\"Expires\":\"2026-04-22 16:00:00\"}")
            << int(ApiError::None) << "7830719" << "";
        QTest::newRow("2016 success with LockId and nulls")
            << 200
            << QByteArray("{\"Startdate\":\"2016-05-26T14:00:00\",\"DurationHours\":1,\"DurationDays\":0,\"Mode\":\"standard\",\"SubMode\":\"alltime\",\"Timecode\":null,\"ActualNetcode\":\"178627\",\"Resultstatus\":null,\"LockId\":\"abc\"}")
            << int(ApiError::None) << "178627" << "";
        QTest::newRow("leading zeros kept") << 200 << QByteArray("{\"ActualNetcode\":\"0012345\"}")
                                            << int(ApiError::None) << "0012345" << "";
        QTest::newRow("unknown keys ignored") << 200 << QByteArray("{\"ActualNetcode\":\"123456\",\"Future\":{\"x\":[1]}}")
                                              << int(ApiError::None) << "123456" << "";
        QTest::newRow("2015 error inside 200")
            << 200 << QByteArray("{\"error\":\"Lock not found\",\"message\":\"Please check the identifier provided.\"}")
            << int(ApiError::LockNotFound) << "" << "Lock not found. Please check the identifier provided.";
        QTest::newRow("ERROR instead of a code") << 200 << QByteArray("{\"ActualNetcode\":\"ERROR\"}")
                                                 << int(ApiError::ServiceRefused) << "" << "";
        QTest::newRow("2016 bad id, Message holds a JSON array")
            << 400 << QByteArray("{\"Message\":\"[\\\"[Invalid Data] ID (Expected: 12 or 32 characters)\\\"]\"}")
            << int(ApiError::InvalidRequest) << "" << "[Invalid Data] ID (Expected: 12 or 32 characters)";
        QTest::newRow("401 empty body") << 401 << QByteArray() << int(ApiError::AccessKeyRejected) << "" << "";
        QTest::newRow("403 forbidden") << 403 << QByteArray("{\"message\":\"Forbidden\"}") << int(ApiError::KeyRejected)
                                       << "" << "Forbidden";
        QTest::newRow("403 limit exceeded is the quota") << 403 << QByteArray("{\"message\":\"Limit Exceeded\"}")
                                                         << int(ApiError::QuotaExceeded) << "" << "Limit Exceeded";
        QTest::newRow("404 2026") << 404 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}")
                                  << int(ApiError::LockNotFound) << ""
                                  << "Generate netcode failed with ERROR status";
        QTest::newRow("422") << 422 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}")
                             << int(ApiError::InvalidRequest) << "" << "Generate netcode failed with ERROR status";
        QTest::newRow("429") << 429 << QByteArray("{\"message\":\"Too Many Requests\"}") << int(ApiError::QuotaExceeded)
                             << "" << "Too Many Requests";
        QTest::newRow("500") << 500 << QByteArray("{\"message\":\"Generate netcode failed with ERROR status\"}")
                             << int(ApiError::ServiceError) << "" << "Generate netcode failed with ERROR status";
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad gateway</html>") << int(ApiError::ServiceError)
                                  << "" << "";
        QTest::newRow("418 unexpected") << 418 << QByteArray() << int(ApiError::UnexpectedStatus) << "" << "";
        QTest::newRow("garbage") << 200 << QByteArray("this is not json{") << int(ApiError::MalformedResponse) << ""
                                 << "";
        QTest::newRow("truncated") << 200 << QByteArray("{\"ActualNetcode\":\"78307") << int(ApiError::MalformedResponse)
                                   << "" << "";
        QTest::newRow("empty 200") << 200 << QByteArray() << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("array instead of object") << 200 << QByteArray("[1,2]") << int(ApiError::MalformedResponse)
                                                 << "" << "";
        QTest::newRow("no code key") << 200 << QByteArray("{\"LockID\":\"921239\"}") << int(ApiError::MalformedResponse)
                                     << "" << "";
        QTest::newRow("numeric code") << 200 << QByteArray("{\"ActualNetcode\":7830719}") << int(ApiError::None)
                                      << "7830719" << "";
        QTest::newRow("numeric code with spaces") << 200 << QByteArray("{ \"ActualNetcode\" :\t7830719 , \"x\":[1,{\"y\":\"}\"}]}")
                                                  << int(ApiError::None) << "7830719" << "";
        QTest::newRow("numeric code longer than a double holds")
            << 200 << QByteArray("{\"ActualNetcode\":123456789012345678901}") << int(ApiError::None)
            << "123456789012345678901" << "";
        // A number that is not written as plain digits was rounded or reshaped somewhere: the
        // code it stands for is not known, so none is shown.
        QTest::newRow("exponent rounds to another code") << 200 << QByteArray("{\"ActualNetcode\":1.2345675e6}")
                                                         << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("exponent of an integer") << 200 << QByteArray("{\"ActualNetcode\":7.830719E6}")
                                                << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("exponent plain") << 200 << QByteArray("{\"ActualNetcode\":7830719e0}")
                                        << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("fraction of zero") << 200 << QByteArray("{\"ActualNetcode\":7830719.0}")
                                          << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("fraction") << 200 << QByteArray("{\"ActualNetcode\":78307.19}") << int(ApiError::MalformedResponse)
                                  << "" << "";
        QTest::newRow("negative") << 200 << QByteArray("{\"ActualNetcode\":-7830719}") << int(ApiError::MalformedResponse)
                                  << "" << "";
        QTest::newRow("escaped key, rounded number")
            << 200 << QByteArray("{\"\\u0041ctualNetcode\":1.2345675e6}") << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("same key inside a string does not fool the check")
            << 200 << QByteArray("{\"note\":\"\\\"ActualNetcode\\\":123\",\"ActualNetcode\":1.5e6}")
            << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("repeated key: the last one counts, as in the parsed object")
            << 200 << QByteArray("{\"ActualNetcode\":\"123456\",\"ActualNetcode\":1.2345675e6}")
            << int(ApiError::MalformedResponse) << "" << "";
        QTest::newRow("lower-case key, digits") << 200 << QByteArray("{\"actualNetcode\":654321}") << int(ApiError::None)
                                                << "654321" << "";
        QTest::newRow("a string code is never reread as a number") << 200 << QByteArray("{\"ActualNetcode\":\"0012345\"}")
                                                                << int(ApiError::None) << "0012345" << "";
    }

    void netCode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, error);
        QFETCH(QString, code);
        QFETCH(QString, serverText);
        const NetCodeResponse response = ResponseParser::parseNetCode(status, body);
        QCOMPARE(int(response.error), error);
        QCOMPARE(response.code, code);
        QCOMPARE(response.serverText, serverText);
        if (response.error != ApiError::None)
            QVERIFY(!ApiErrors::message(response.error, response.serverText, status).isEmpty());
    }

    void optionalFieldsAreRead()
    {
        const auto r2026 = ResponseParser::parseNetCode(
            200, "{\"ActualNetcode\":\"7830719\",\"LockID\":\"921239\",\"Expires\":\"2026-04-22 16:00:00\",\"Timecode\":\"2026/04/22/12:26\"}");
        QCOMPARE(r2026.lockId, QStringLiteral("921239"));
        QCOMPARE(r2026.expires, QStringLiteral("2026-04-22 16:00:00"));
        QCOMPARE(r2026.timecode, QStringLiteral("2026/04/22/12:26"));
        const auto r2016 = ResponseParser::parseNetCode(200, "{\"ActualNetcode\":\"178627\",\"LockId\":\"x\",\"Startdate\":\"2016-05-26T14:00:00\"}");
        QCOMPARE(r2016.lockId, QStringLiteral("x"));
        QCOMPARE(r2016.startDate, QStringLiteral("2016-05-26T14:00:00"));
    }

    void everyErrorHasADistinctMessage()
    {
        QSet<QString> seen;
        for (int e = int(ApiError::InsecureHost); e <= int(ApiError::RedirectLoop); ++e) {
            const QString text = ApiErrors::message(ApiError(e), {}, 500);
            QVERIFY2(!text.isEmpty(), qPrintable(ApiErrors::name(ApiError(e))));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
            QVERIFY(!ApiErrors::name(ApiError(e)).isEmpty());
        }
    }

    // After the request went out, a cut connection or a timeout may have been billed: the message
    // says so, and where the request is kept. A utility call is neither billed as a code nor kept.
    void cutAndTimeoutMessagesSayTheCodeMayBeBilled_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("cut") << int(ApiError::ConnectionDropped);
        QTest::newRow("timeout") << int(ApiError::Timeout);
        QTest::newRow("unreadable answer") << int(ApiError::MalformedResponse);
        QTest::newRow("answer too large") << int(ApiError::ResponseTooLarge);
    }

    void cutAndTimeoutMessagesSayTheCodeMayBeBilled()
    {
        QFETCH(int, error);
        const QString netCode = ApiErrors::message(ApiError(error));
        QVERIFY2(netCode.contains(QLatin1String("billed")), qPrintable(netCode));
        QVERIFY2(netCode.contains(QLatin1String("History")), qPrintable(netCode));
        QVERIFY2(netCode.contains(QLatin1String("in doubt")), qPrintable(netCode));
        const QString utility = ApiErrors::message(ApiError(error), {}, 0, ApiCall::Utility);
        QVERIFY2(!utility.contains(QLatin1String("History")), qPrintable(utility));
        QVERIFY2(!utility.contains(QLatin1String("billed")), qPrintable(utility));
    }

    void mayHaveBeenBilled_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("billed");
        QTest::newRow("code") << int(ApiError::None) << 200 << true;
        QTest::newRow("500") << int(ApiError::ServiceError) << 500 << true;
        QTest::newRow("401") << int(ApiError::AccessKeyRejected) << 401 << true;
        QTest::newRow("unreadable answer") << int(ApiError::MalformedResponse) << 200 << true;
        QTest::newRow("cut") << int(ApiError::ConnectionDropped) << 0 << true;
        QTest::newRow("timeout") << int(ApiError::Timeout) << 0 << true;
        QTest::newRow("redirect elsewhere") << int(ApiError::RedirectRefused) << 0 << true;
        QTest::newRow("redirect loop") << int(ApiError::RedirectLoop) << 0 << true;
        QTest::newRow("refused") << int(ApiError::ConnectionRefused) << 0 << false;
        QTest::newRow("unknown host") << int(ApiError::HostNotFound) << 0 << false;
        QTest::newRow("tls") << int(ApiError::TlsFailure) << 0 << false;
        QTest::newRow("insecure host") << int(ApiError::InsecureHost) << 0 << false;
    }

    void mayHaveBeenBilled()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(bool, billed);
        NetCodeResult result;
        result.error = ApiError(error);
        result.httpStatus = status;
        QCOMPARE(result.mayHaveBeenBilled(), billed);
    }

    void keyRejectedNamesTheStatus()
    {
        QVERIFY(ApiErrors::message(ApiError::KeyRejected, {}, 401).contains(QLatin1String("(401)")));
        QVERIFY(ApiErrors::message(ApiError::KeyRejected, {}, 403).contains(QLatin1String("(403)")));
        QVERIFY(!ApiErrors::message(ApiError::KeyRejected, {}, 401).contains(QLatin1String("access key")));
    }

    void scrubbingIgnoresCase()
    {
        const QString key = QStringLiteral("AbCdEf0123456789AbCdEf0123456789AbCdEf01");
        const QString text = QStringLiteral("bad key %1, again %2, and %3").arg(key, key.toLower(), key.toUpper());
        const QString clean = ApiErrors::scrubbed(text, {key, QString()});
        QVERIFY2(!clean.contains(key, Qt::CaseInsensitive), qPrintable(clean));
        QCOMPARE(clean, QStringLiteral("bad key …, again …, and …"));
    }

    void durations()
    {
        bool ok = false;
        const auto options = ResponseParser::parseDurations(
            "[{\"DurationId\":0,\"Mode\":\"standard\",\"SubMode\":\"alltime\",\"DurationDays\":0,\"DurationHours\":1,\"LockModels\":\"KL1060G3\"},\n"
            "                {\"DurationId\":13,\"Mode\":\"standard\",\"SubMode\":\"alltime\",\"DurationDays\":2,\"DurationHours\":0},\n"
            "                {\"DurationId\":40,\"Mode\":\"somethingelse\",\"DurationDays\":2},\n"
            "                {\"Mode\":\"standard\"}]",
            &ok);
        QVERIFY(ok);
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.at(0).hours, 1);
        QCOMPARE(options.at(1).days, 2);
        ResponseParser::parseDurations("{}", &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
