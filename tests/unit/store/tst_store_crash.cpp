// Crash safety: a helper process publishes from several threads and reports what the store
// confirmed; it is killed with SIGKILL at random moments, over and over, and after each kill
// the store must hold every confirmed message, never an acked one, and bring delivered ones back
// as redelivered. Unconfirmed messages may or may not be there.

#include "store_test_support.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace warren::store;
using namespace warren::store::testing;

namespace {
constexpr int Rounds = 20;
constexpr int Connections = 4;

struct Reports {
    QSet<QByteArray> confirmed;
    QSet<QByteArray> ackSubmitted; // may or may not be gone
    QSet<QByteArray> acked;        // an ack and a later commit: must be gone
    QSet<QByteArray> delivered;
};
} // namespace

class TestStoreCrash : public QObject {
    Q_OBJECT

private slots:
    void confirmedMessagesSurviveSigkill() {
        StoreFixture fixture;
        const quint32 seed = qEnvironmentVariableIsSet("WARREN_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("WARREN_CRASH_SEED"))
                                 : QRandomGenerator::system()->generate();
        qInfo("seed %u (set WARREN_CRASH_SEED to repeat)", seed);
        QRandomGenerator random(seed);
        Reports reports;
        int killedDuringOpen = 0;

        for (int round = 0; round < Rounds; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(STORE_CRASH_HELPER),
                         {QStringLiteral("run"), fixture.dataDir(), fixture.keyFile(),
                          QString::number(round), QString::number(Connections)});
            QVERIFY(helper.waitForStarted());
            QByteArray output;
            // Every fifth round dies early, while the store opens, recovers or declares.
            if (round % 5 == 4) {
                QTest::qWait(int(random.bounded(40)));
                ++killedDuringOpen;
            } else {
                const bool ready = QTest::qWaitFor(
                    [&] {
                        output += helper.readAllStandardOutput();
                        return output.contains("READY\n") || helper.state() == QProcess::NotRunning;
                    },
                    10000);
                QVERIFY2(ready && helper.state() == QProcess::Running,
                         (output + helper.readAllStandardError()).constData());
                QTest::qWait(20 + int(random.bounded(200)));
            }
            // It must die by our hand: one that stopped by itself (a sanitizer report, a crash
            // of its own) would make this round prove nothing.
            QVERIFY2(helper.state() == QProcess::Running,
                     (helper.readAllStandardError() + output.right(300)).constData());
            helper.kill();
            QVERIFY(helper.waitForFinished());
            output += helper.readAllStandardOutput();
            const QByteArray errors = helper.readAllStandardError();
            QVERIFY2(!errors.contains("runtime error") && !errors.contains("Sanitizer"),
                     errors.constData());
            QVERIFY2(!output.contains("ERROR") && !output.startsWith("E ") &&
                         !output.contains("\nE "),
                     output.right(500).constData());
            // A line cut off by the kill was never fully reported.
            const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
            for (const QByteArray& line : lines) {
                const QByteArray id = line.mid(2);
                if (line.startsWith("C "))
                    reports.confirmed.insert(id);
                else if (line.startsWith("a "))
                    reports.ackSubmitted.insert(id);
                else if (line.startsWith("A "))
                    reports.acked.insert(id);
                else if (line.startsWith("D "))
                    reports.delivered.insert(id);
            }
            verify(fixture, reports, round);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d rounds (%d killed while opening): %lld confirmed, %lld acked, %lld delivered",
              Rounds, killedDuringOpen, qint64(reports.confirmed.size()),
              qint64(reports.acked.size()), qint64(reports.delivered.size()));
        QVERIFY(reports.confirmed.size() > Rounds); // the rounds did real work
        QVERIFY(!reports.acked.isEmpty());
        QVERIFY(!reports.delivered.isEmpty());
    }

private:
    void verify(const StoreFixture& fixture, const Reports& reports, int round) {
        auto opened = fixture.open();
        QVERIFY2(opened, qPrintable(QStringLiteral("round %1: %2")
                                        .arg(round)
                                        .arg(opened ? QString() : opened.error().text)));
        QHash<QByteArray, bool> stored; // id -> redelivered
        for (int q = 0; q < 3; ++q) {
            for (const auto& m :
                 loadAll(*opened.value(), {"/", "crash-q" + QByteArray::number(q)})) {
                const QByteArray id = m.record.body.left(m.record.body.indexOf(' '));
                QVERIFY2(!stored.contains(id), id.constData());
                stored.insert(id, m.redelivered);
            }
        }
        for (const QByteArray& id : reports.confirmed)
            if (!reports.ackSubmitted.contains(id))
                QVERIFY2(stored.contains(id),
                         qPrintable(QStringLiteral("round %1: confirmed %2 is missing")
                                        .arg(round)
                                        .arg(QString::fromUtf8(id))));
        for (const QByteArray& id : reports.acked)
            QVERIFY2(!stored.contains(id), qPrintable(QStringLiteral("round %1: acked %2 came back")
                                                          .arg(round)
                                                          .arg(QString::fromUtf8(id))));
        for (const QByteArray& id : reports.delivered)
            QVERIFY2(stored.value(id, false),
                     qPrintable(QStringLiteral("round %1: delivered %2 not redelivered")
                                    .arg(round)
                                    .arg(QString::fromUtf8(id))));
    }
};

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
