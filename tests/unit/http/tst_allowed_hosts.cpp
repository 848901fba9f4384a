// Which Host values the management API answers: loopback names and addresses and the address
// connected to by default, configured names besides, and nothing malformed.

#include "http/allowed_hosts.h"

#include <QTest>

using namespace warren::http;

Q_DECLARE_METATYPE(warren::http::AllowedHosts::Verdict)

class TestAllowedHosts : public QObject {
    Q_OBJECT
private slots:
    void judgesHosts_data() {
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<AllowedHosts::Verdict>("verdict");
        using V = AllowedHosts::Verdict;
        const QStringList none;
        QTest::newRow("localhost") << none << QByteArray("localhost") << V::Allowed;
        QTest::newRow("localhost with port") << none << QByteArray("localhost:15672") << V::Allowed;
        QTest::newRow("LOCALHOST.") << none << QByteArray("LOCALHOST.:1") << V::Allowed;
        QTest::newRow("a .localhost name") << none << QByteArray("api.localhost") << V::Allowed;
        QTest::newRow("127.0.0.1") << none << QByteArray("127.0.0.1:15672") << V::Allowed;
        QTest::newRow("127.1.2.3") << none << QByteArray("127.1.2.3") << V::Allowed;
        QTest::newRow("[::1]") << none << QByteArray("[::1]:15672") << V::Allowed;
        QTest::newRow("the address connected to")
            << none << QByteArray("192.0.2.7:15672") << V::Allowed;
        QTest::newRow("another address") << none << QByteArray("192.0.2.8") << V::Foreign;
        QTest::newRow("a rebinding name")
            << none << QByteArray("attacker.example:15672") << V::Foreign;
        QTest::newRow("localhost as a prefix")
            << none << QByteArray("localhost.attacker.example") << V::Foreign;
        QTest::newRow("configured name") << QStringList{QStringLiteral("Broker.Example.")}
                                         << QByteArray("broker.example:443") << V::Allowed;
        QTest::newRow("configured names only") << QStringList{QStringLiteral("broker.example")}
                                               << QByteArray("other.example") << V::Foreign;
        QTest::newRow("any") << QStringList{QStringLiteral("*")} << QByteArray("anything.example")
                             << V::Allowed;
        QTest::newRow("empty") << none << QByteArray("") << V::Invalid;
        QTest::newRow("user information") << none << QByteArray("guest@localhost") << V::Invalid;
        QTest::newRow("bad port") << none << QByteArray("localhost:http") << V::Invalid;
        QTest::newRow("a path") << none << QByteArray("localhost/x") << V::Invalid;
        QTest::newRow("space") << none << QByteArray("local host") << V::Invalid;
        QTest::newRow("malformed even with any")
            << QStringList{QStringLiteral("*")} << QByteArray("a b") << V::Invalid;
    }
    void judgesHosts() {
        QFETCH(QStringList, configured);
        QFETCH(QByteArray, host);
        QFETCH(AllowedHosts::Verdict, verdict);
        const AllowedHosts hosts(configured);
        QCOMPARE(hosts.check(host, QHostAddress(QStringLiteral("192.0.2.7"))), verdict);
    }
};

QTEST_APPLESS_MAIN(TestAllowedHosts)
#include "tst_allowed_hosts.moc"
