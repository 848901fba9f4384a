// The overview page offscreen: facts and totals from a snapshot, the cluster's nodes with the
// troubled ones standing out, charts that follow the history and the chosen window, and
// memory that stays bounded however long it runs.

#include "fake_backend.h"
#include "models/node_table_model.h"
#include "sample_snapshot.h"
#include "screenshot.h"
#include "views/connect_app_card.h"
#include "views/console_window.h"
#include "views/overview_page.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QIcon>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

class TestOverviewPage : public QObject {
    Q_OBJECT

    static QString fact(const OverviewPage& page, const char* name) {
        auto* label = page.findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
    }

private slots:
    void initTestCase() {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_overview_page"));
        QSettings().clear();
    }

    void aFirstLaunchCardShowsHowToConnectUntilDismissed() {
        FakeBackend backend;
        backend.presetState(QStringLiteral("Running"),
                            {{QStringLiteral("amqp"), QStringLiteral("0.0.0.0"), 5673},
                             {QStringLiteral("http"), QStringLiteral("127.0.0.1"), 15673}});
        backend.config.defaultUser = QStringLiteral("guest");
        backend.config.defaultPassword = QStringLiteral("guest");
        ConsoleWindow window(&backend);
        window.resize(1000, 700);
        auto* card = window.findChild<ConnectAppCard*>(QStringLiteral("connectAppCard"));
        QVERIFY(card);
        QVERIFY(!card->isHidden());
        const QString url = QStringLiteral("amqp://guest:guest@127.0.0.1:5673/");
        QCOMPARE(card->findChild<QLabel*>(QStringLiteral("connectAppUrl"))->text(), url);
        QVERIFY(
            card->findChild<QLabel*>(QStringLiteral("connectAppUser"))->text().contains(u"guest"));
        QVERIFY(card->findChild<QLabel*>(QStringLiteral("connectAppLinks"))
                    ->text()
                    .contains(u"https://"));
        QApplication::clipboard()->clear();
        card->findChild<QPushButton*>(QStringLiteral("connectAppCopy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), url);
        saveScreenshot(&window, QStringLiteral("overview-connect-card.png"));

        // The listener the broker actually opened (moved in its settings).
        emit backend.listenersChanged(
            {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 6000}});
        QCOMPARE(card->url(), QStringLiteral("amqp://guest:guest@127.0.0.1:6000/"));

        card->findChild<QToolButton*>(QStringLiteral("connectAppDismiss"))->click();
        QVERIFY(card->isHidden());
        ConsoleWindow again(&backend); // the next launch
        QVERIFY(again.findChild<ConnectAppCard*>(QStringLiteral("connectAppCard"))->isHidden());
    }

    void theCardNeverShowsWithoutAnAmqpListenerOrAPasswordOtherThanTheDefault() {
        QSettings().clear();
        ConnectAppCard card;
        card.setBroker({{QStringLiteral("http"), QStringLiteral("127.0.0.1"), 15672}},
                       QStringLiteral("guest"), QStringLiteral("guest"));
        QVERIFY(card.isHidden());
        card.setBroker({{QStringLiteral("amqp"), QStringLiteral("::"), 5672}},
                       QStringLiteral("admin"), QStringLiteral("s3cret"));
        QVERIFY(!card.isHidden());
        QCOMPARE(card.url(), QStringLiteral("amqp://admin@[::1]:5672/")); // no secret on screen
    }

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

        // Memory the process holds next to what its queues hold: a purge that kept memory shows.
        QCOMPARE(fact(page, "memory"), QStringLiteral("–")); // the sample has no resident figure
        auto measured = snapshot;
        warren::NodeInfo node;
        node.name = QStringLiteral("warren@desk");
        node.memoryResident = 300 * 1024 * 1024;
        measured.nodes = {node};
        for (auto& queue : measured.queues)
            queue.bytesReady = 0;
        page.applySnapshot(measured);
        QCOMPARE(fact(page, "memory"), QStringLiteral("%1 held, %2 in queues")
                                           .arg(QLocale().formattedDataSize(300 * 1024 * 1024),
                                                QLocale().formattedDataSize(0)));

        auto alarmed = snapshot;
        alarmed.alarms = {QStringLiteral("memory")};
        page.applySnapshot(alarmed);
        QVERIFY(fact(page, "alarms").startsWith(QStringLiteral("memory")));
    }

    void aBannerSaysWhileAnyConnectionIsPacedByFlowControl() {
        OverviewPage page;
        page.show();
        auto* banner = page.findChild<QLabel*>(QStringLiteral("flowBanner"));
        QVERIFY(banner);
        auto snapshot = sampleSnapshot();
        QVERIFY(snapshot.connections.size() >= 2);
        for (auto& connection : snapshot.connections)
            connection.state = QStringLiteral("running");
        page.applySnapshot(snapshot);
        QVERIFY(!banner->isVisible());

        snapshot.connections[0].state = QStringLiteral("flow");
        snapshot.connections[1].state = QStringLiteral("flow");
        page.applySnapshot(snapshot);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("2 publishing connection")));
        QVERIFY(banner->text().contains(QStringLiteral("flow")));

        for (auto& connection : snapshot.connections)
            connection.state = QStringLiteral("running");
        page.applySnapshot(snapshot);
        QVERIFY(!banner->isVisible()); // gone as soon as nobody is paced
    }

    void nodesTableShowsPartitionsAndStoppedNodesAsProblems() {
        OverviewPage page;
        auto* view = page.findChild<QTableView*>(QStringLiteral("nodesView"));
        QVERIFY(view);
        QVERIFY(!view->accessibleName().isEmpty());
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto snapshot = sampleSnapshot();
        warren::NodeInfo healthy;
        healthy.name = QStringLiteral("rabbit@a");
        healthy.type = QStringLiteral("disc");
        healthy.memoryUsed = 2048;
        warren::NodeInfo cutOff;
        cutOff.name = QStringLiteral("rabbit@b");
        cutOff.partitions = {QStringLiteral("rabbit@c")};
        warren::NodeInfo down;
        down.name = QStringLiteral("rabbit@c");
        down.running = false;
        snapshot.nodes = {healthy, cutOff, down};
        page.applySnapshot(snapshot);

        const QAbstractItemModel* model = view->model();
        QCOMPARE(model->rowCount(), 3);
        auto cell = [model](int row, int column) { return model->index(row, column); };
        QCOMPARE(cell(0, NodeTableModel::NameColumn).data().toString(), QStringLiteral("rabbit@a"));
        QCOMPARE(cell(0, NodeTableModel::StateColumn).data().toString(), QStringLiteral("running"));
        QCOMPARE(cell(0, NodeTableModel::PartitionsColumn).data().toString(),
                 QStringLiteral("none"));
        QCOMPARE(cell(0, NodeTableModel::MemoryColumn).data().toString(),
                 QLocale().formattedDataSize(2048));
        QVERIFY(!cell(0, NodeTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!cell(0, NodeTableModel::NameColumn).data(Qt::ToolTipRole).isValid());

        QCOMPARE(cell(1, NodeTableModel::PartitionsColumn).data().toString(),
                 QStringLiteral("rabbit@c"));
        const QString partitioned =
            cell(1, NodeTableModel::StateColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(partitioned.contains(QStringLiteral("partition")) &&
                     partitioned.contains(QStringLiteral("rabbit@c")),
                 qPrintable(partitioned));
        QCOMPARE(cell(1, NodeTableModel::PartitionsColumn).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(220, 50, 47));
        QVERIFY(
            !cell(1, NodeTableModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());

        QCOMPARE(cell(2, NodeTableModel::StateColumn).data().toString(),
                 QStringLiteral("not running"));
        QCOMPARE(cell(2, NodeTableModel::MemoryColumn).data().toString(), QStringLiteral("–"));
        QVERIFY(cell(2, NodeTableModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not running")));

        // The partition heals and the stopped node leaves: the rows follow, the red goes.
        cutOff.partitions.clear();
        snapshot.nodes = {healthy, cutOff};
        page.applySnapshot(snapshot);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(1, NodeTableModel::PartitionsColumn).data().toString(),
                 QStringLiteral("none"));
        QVERIFY(!cell(1, NodeTableModel::NameColumn).data(Qt::ForegroundRole).isValid());
    }

    void anAlarmedNodeIsAProblemToo() {
        warren::NodeInfo node;
        node.name = QStringLiteral("rabbit@a");
        QVERIFY(NodeTableModel::problemsOf(node).isEmpty());
        node.diskAlarm = true;
        QCOMPARE(NodeTableModel::problemsOf(node).size(), 1);
        QVERIFY(NodeTableModel::problemsOf(node).first().contains(QStringLiteral("Disk alarm")));
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
