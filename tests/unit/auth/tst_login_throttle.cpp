#include "auth/login_throttle.h"

#include <QHostAddress>
#include <QTest>

using namespace warren::auth;

// The shared throttle of failed logins (AMQP and the management API): one source waits a
// delay per failure, queued, while other sources are not affected; a burst is logged once.
class TestLoginThrottle : public QObject {
    Q_OBJECT
private:
    static LoginThrottle::Settings settings() {
        LoginThrottle::Settings s;
        s.delayMs = 1000;
        s.maxHoldMs = 5000;
        s.burstQuietMs = 60000;
        s.maxSources = 4;
        return s;
    }

private slots:
    void aFailureIsHeldOneDelay() {
        LoginThrottle throttle(settings());
        const auto v = throttle.failed(QHostAddress("10.0.0.1"), 100000);
        QCOMPARE(v.holdMs, 1000);
        QVERIFY(v.startsBurst);
    }
    void parallelFailuresFromOneSourceQueueUpToTheLongestHold() {
        LoginThrottle throttle(settings());
        const QHostAddress a("10.0.0.1");
        QList<qint64> holds;
        for (int i = 0; i < 7; ++i)
            holds << throttle.failed(a, 100000).holdMs;
        QCOMPARE(holds, (QList<qint64>{1000, 2000, 3000, 4000, 5000, 5000, 5000}));
    }
    void failuresSpacedOutAreEachHeldOneDelay() {
        LoginThrottle throttle(settings());
        const QHostAddress a("10.0.0.1");
        QCOMPARE(throttle.failed(a, 100000).holdMs, 1000);
        QCOMPARE(throttle.failed(a, 103000).holdMs, 1000);
    }
    void otherSourcesAreNotSlowed() {
        LoginThrottle throttle(settings());
        for (int i = 0; i < 5; ++i)
            throttle.failed(QHostAddress("10.0.0.1"), 100000);
        QCOMPARE(throttle.failed(QHostAddress("10.0.0.2"), 100000).holdMs, 1000);
    }
    void aBurstStartsOnceUntilItHasBeenQuiet() {
        LoginThrottle throttle(settings());
        const QHostAddress a("10.0.0.1");
        QVERIFY(throttle.failed(a, 100000).startsBurst);
        QVERIFY(!throttle.failed(a, 100500).startsBurst);
        const auto third = throttle.failed(a, 150000);
        QVERIFY(!third.startsBurst);
        QCOMPARE(third.failuresInBurst, 3u);
        QVERIFY(throttle.failed(a, 150000 + 60000).startsBurst);
    }
    void ipv6SourcesAreTheirSlash64AndMappedIpv4IsIpv4() {
        QCOMPARE(LoginThrottle::sourceKey(QHostAddress("2001:db8:1:2::1")),
                 LoginThrottle::sourceKey(QHostAddress("2001:db8:1:2:ffff::9")));
        QVERIFY(LoginThrottle::sourceKey(QHostAddress("2001:db8:1:2::1")) !=
                LoginThrottle::sourceKey(QHostAddress("2001:db8:1:3::1")));
        QCOMPARE(LoginThrottle::sourceKey(QHostAddress("::ffff:10.0.0.1")),
                 LoginThrottle::sourceKey(QHostAddress("10.0.0.1")));
    }
    void theTableOfSourcesStaysBounded() {
        LoginThrottle throttle(settings());
        for (int i = 0; i < 100; ++i)
            throttle.failed(QHostAddress(QStringLiteral("10.0.1.%1").arg(i)), 100000 + i);
        QVERIFY(throttle.sourceCount() <= 4);
        // The newest source is still remembered: its second failure queues.
        QCOMPARE(throttle.failed(QHostAddress("10.0.1.99"), 100100).holdMs, 2000 - 1);
    }
};

QTEST_APPLESS_MAIN(TestLoginThrottle)
#include "tst_login_throttle.moc"
