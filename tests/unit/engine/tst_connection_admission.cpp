#include "engine/connection_admission.h"

#include <QTest>

using warren::engine::ConnectionAdmission;
using Verdict = ConnectionAdmission::Verdict;

class TestConnectionAdmission : public QObject {
    Q_OBJECT
private slots:
    void limitsEachSourceAndTheTotal() {
        ConnectionAdmission admission(3, 2);
        const QHostAddress a(QStringLiteral("10.0.0.1"));
        const QHostAddress b(QStringLiteral("10.0.0.2"));
        QCOMPARE(admission.admit(a), Verdict::Admitted);
        QCOMPARE(admission.admit(a), Verdict::Admitted);
        QCOMPARE(admission.admit(a), Verdict::OverSource);
        QCOMPARE(admission.admit(b), Verdict::Admitted);
        QCOMPARE(admission.admit(b), Verdict::OverTotal);
        QCOMPARE(admission.total(), 3);
        admission.release(a);
        QCOMPARE(admission.admit(b), Verdict::Admitted);
        QCOMPARE(admission.admit(a), Verdict::OverTotal);
    }

    void zeroMeansNoLimit() {
        ConnectionAdmission admission(0, 0);
        const QHostAddress a(QStringLiteral("127.0.0.1"));
        for (int i = 0; i < 10'000; ++i)
            QCOMPARE(admission.admit(a), Verdict::Admitted);
        QCOMPARE(admission.total(), 10'000);
    }

    void refusalsAndUnknownReleasesCountNothing() {
        ConnectionAdmission admission(5, 1);
        const QHostAddress a(QStringLiteral("::1"));
        QCOMPARE(admission.admit(a), Verdict::Admitted);
        QCOMPARE(admission.admit(a), Verdict::OverSource);
        admission.release(QHostAddress(QStringLiteral("10.9.9.9"))); // never admitted
        QCOMPARE(admission.total(), 1);
        admission.release(a);
        admission.release(a); // a second release of the same one is not a second connection
        QCOMPARE(admission.total(), 0);
    }

    void theDefaultLeavesDescriptorsInReserve() {
        QCOMPARE(ConnectionAdmission::defaultMaxTotal(1024), 1024 - 128);
        QCOMPARE(ConnectionAdmission::defaultMaxTotal(128), 96);
        QCOMPARE(ConnectionAdmission::defaultMaxTotal(20000), 20000 - 128);
    }
};

QTEST_APPLESS_MAIN(TestConnectionAdmission)
#include "tst_connection_admission.moc"
