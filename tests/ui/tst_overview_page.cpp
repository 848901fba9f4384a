// The overview page offscreen: facts and totals from a snapshot, charts that follow the
// history and the chosen window, and memory that stays bounded however long it runs.

#include "sample_snapshot.h"
#include "views/overview_page.h"

#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QTest>

class TestOverviewPage : public QObject {
    Q_OBJECT

    static QString fact(const OverviewPage& page, const char* name) {
        auto* label = page.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void showsTheBrokersFactsAndTotals() {
        OverviewPage page;
        const auto snapshot = sampleSnapshot();
        page.applySnapshot(snapshot);
        QCOMPARE(fact(page, "node"), QStringLiteral("warren@desk"));
        QCOMPARE(fact(page, "uptime"), QStringLiteral("3 h 12 min"));
        QVERIFY(fact(page, "listeners").contains(QStringLiteral("amqp")));
        QCOMPARE(fact(page, "alarms"), QStringLiteral("none"));
        QCOMPARE(fact(page, "queues"), QLocale().toString(snapshot.queues.size()));
        QCOMPARE(fact(page, "connections"), QLocale().toString(snapshot.connections.size()));
        quint64 ready = 0;
        for (const auto& queue : snapshot.queues)
            ready += queue.messagesReady;
        QCOMPARE(fact(page, "ready"), QLocale().toString(ready));

        auto alarmed = snapshot;
        alarmed.alarms = {QStringLiteral("memory")};
        page.applySnapshot(alarmed);
        QVERIFY(fact(page, "alarms").startsWith(QStringLiteral("memory")));
    }

    void chartsDrawTheHistoryOfTheChosenWindow() {
        OverviewPage page;
        const auto history = sampleHistory(120);
        for (const auto& snapshot : history)
            page.applySnapshot(snapshot);
        QCOMPARE(page.windowMs(), qint64(60000)); // the last minute by default
        auto* publish = page.series(RateHistory::Publish);
        QCOMPARE(publish->count(), 61);
        double expected = 0;
        for (const auto& exchange : history.last().exchanges)
            expected += exchange.publishInRate;
        QCOMPARE(publish->at(publish->count() - 1).y(), expected);
        QCOMPARE(page.series(RateHistory::Ready)->count(), 61);

        page.findChild<QComboBox*>(QStringLiteral("chartWindow"))->setCurrentIndex(1);
        QCOMPARE(page.windowMs(), qint64(600000));
        QCOMPARE(publish->count(), 120); // everything there is
    }

    void anHourOfHistoryStaysBoundedAndDrawsAtMostMaxPoints() {
        OverviewPage page;
        page.findChild<QComboBox*>(QStringLiteral("chartWindow"))->setCurrentIndex(2);
        auto snapshot = sampleSnapshot();
        const QDateTime start = snapshot.takenAt;
        for (int i = 0; i < 4000; ++i) {
            snapshot.takenAt = start.addSecs(i);
            page.applySnapshot(snapshot);
        }
        QCOMPARE(page.history().size(), page.history().capacity());
        QVERIFY(page.series(RateHistory::Deliver)->count() <= OverviewPage::MaxPoints);
        QVERIFY(page.series(RateHistory::Deliver)->count() >= OverviewPage::MaxPoints / 2);
    }
};

QTEST_MAIN(TestOverviewPage)
#include "tst_overview_page.moc"
