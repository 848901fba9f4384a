// A queue's own tab, offscreen against the fake backend: opened from the Queues tab by
// double-click, Enter or the Open button; following snapshots with its counts, charts,
// bindings and consumers; saying so when the queue vanishes; and acting on the queue.

#include "fake_backend.h"
#include "models/queue_rate_histories.h"
#include "models/queue_table_model.h"
#include "sample_snapshot.h"
#include "table_selection.h"
#include "views/console_window.h"
#include "views/message_browser_page.h"
#include "views/queue_detail_page.h"
#include "views/rate_charts.h"
#include "views/table_page.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

const QString shop = QStringLiteral("shop");
const QString ordersCreated = QStringLiteral("orders.created");

QString fact(const QWidget* page, const char* name) {
    auto* label = page->findChild<QLabel*>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

// The row of the Queues tab showing `name` in `vhost`, or an invalid index.
QModelIndex queueRow(QTableView* view, const QString& vhost, const QString& name) {
    QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, QueueTableModel::NameColumn).data().toString() == name &&
            model->index(row, QueueTableModel::VhostColumn).data().toString() == vhost)
            return model->index(row, QueueTableModel::NameColumn);
    return {};
}

warren::QueueInfo queueIn(const warren::BrokerSnapshot& snapshot, const QString& vhost,
                          const QString& name) {
    for (const auto& queue : snapshot.queues)
        if (queue.vhost == vhost && queue.name == name)
            return queue;
    return {};
}

} // namespace

class TestQueueDetailPage final : public QObject {
    Q_OBJECT

    FakeBackend* m_backend = nullptr;
    ConsoleWindow* m_window = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_queuesView = nullptr;

    QueueDetailPage* currentDetail() const {
        return qobject_cast<QueueDetailPage*>(m_tabs->currentWidget());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_queue_detail_page"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() {
        QSettings().clear();
        m_backend = new FakeBackend;
        m_window = new ConsoleWindow(m_backend);
        m_window->setConfirmation([](const QString&) { return true; });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        emit m_backend->snapshotUpdated(sampleSnapshot());
        m_tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
        m_queuesView = m_window->findChild<QTableView*>(QStringLiteral("queuesView"));
        QVERIFY(m_tabs && m_queuesView);
        m_tabs->setCurrentWidget(m_window->findChild<TablePage*>(QStringLiteral("queuesPage")));
    }

    void cleanup() {
        delete m_window;
        delete m_backend;
    }

    void doubleClickOpensTheQueueInATabOfItsOwn() {
        const QModelIndex row = queueRow(m_queuesView, shop, ordersCreated);
        QVERIFY(row.isValid());
        const int tabsBefore = m_tabs->count();
        const QPoint cell = m_queuesView->visualRect(row).center();
        // A double-click as the platform delivers it: a click, then the double-click event.
        QTest::mouseClick(m_queuesView->viewport(), Qt::LeftButton, {}, cell);
        QTest::mouseDClick(m_queuesView->viewport(), Qt::LeftButton, {}, cell);

        QueueDetailPage* page = currentDetail();
        QVERIFY(page);
        QCOMPARE(m_tabs->count(), tabsBefore + 1);
        QCOMPARE(page->vhost(), shop);
        QCOMPARE(page->queueName(), ordersCreated);
        QVERIFY(m_tabs->tabText(m_tabs->currentIndex()).contains(ordersCreated));
        // Only the queue's tab can be closed, not the console's own.
        QVERIFY(m_tabs->tabBar()->tabButton(m_tabs->currentIndex(), QTabBar::RightSide) ||
                m_tabs->tabBar()->tabButton(m_tabs->currentIndex(), QTabBar::LeftSide));
        QVERIFY(!m_tabs->tabBar()->tabButton(0, QTabBar::RightSide));
        QVERIFY(!m_tabs->tabBar()->tabButton(0, QTabBar::LeftSide));

        // Opening it again shows the same tab rather than a second one.
        m_tabs->setCurrentIndex(1);
        QCOMPARE(m_window->openQueueDetail(shop, ordersCreated), page);
        QCOMPARE(m_tabs->count(), tabsBefore + 1);
        QCOMPARE(currentDetail(), page);
    }

    void enterAndTheOpenButtonOpenToo() {
        const QModelIndex row =
            queueRow(m_queuesView, QStringLiteral("/"), QStringLiteral("audit.log"));
        m_queuesView->setFocus();
        m_queuesView->setCurrentIndex(row);
        QTest::keyClick(m_queuesView, Qt::Key_Return);
        QVERIFY(currentDetail());
        QCOMPARE(currentDetail()->queueName(), QStringLiteral("audit.log"));

        m_tabs->setCurrentWidget(m_window->findChild<TablePage*>(QStringLiteral("queuesPage")));
        selectRowsWhere(m_queuesView, QueueTableModel::NameColumn,
                        {QStringLiteral("orders.paid"), QStringLiteral("dead-letters")});
        m_window->findChild<QAction*>(QStringLiteral("openQueueAction"))->trigger();
        QStringList open;
        for (int tab = 0; tab < m_tabs->count(); ++tab)
            if (auto* page = qobject_cast<QueueDetailPage*>(m_tabs->widget(tab)))
                open << page->queueName();
        open.sort();
        QCOMPARE(open, (QStringList{QStringLiteral("audit.log"), QStringLiteral("dead-letters"),
                                    QStringLiteral("orders.paid")}));
    }

    void showsPropertiesCountsBindingsAndConsumers() {
        auto snapshot = sampleSnapshot();
        for (auto& queue : snapshot.queues)
            if (queue.name == ordersCreated) {
                queue.arguments = QStringLiteral("x-max-length=100000");
                queue.autoDelete = false;
                queue.messagesPersistent = 12000;
            }
        emit m_backend->snapshotUpdated(snapshot);
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        const warren::QueueInfo queue = queueIn(snapshot, shop, ordersCreated);
        QCOMPARE(fact(page, "durable"), QStringLiteral("yes"));
        QCOMPARE(fact(page, "autoDelete"), QStringLiteral("no"));
        QCOMPARE(fact(page, "arguments"), QStringLiteral("x-max-length=100000"));
        QCOMPARE(fact(page, "ready"), QLocale().toString(queue.messagesReady));
        QCOMPARE(fact(page, "unacked"), QLocale().toString(queue.messagesUnacked));
        QCOMPARE(fact(page, "consumerCount"), QLocale().toString(queue.consumers));
        QCOMPARE(fact(page, "persistent"), QLocale().toString(12000));

        // Its bindings (not the default exchange's implicit one) and its consumers, only.
        int bindings = 0;
        for (const auto& b : snapshot.bindings)
            bindings += b.vhost == shop && b.destination == ordersCreated && !b.source.isEmpty();
        int consumers = 0;
        for (const auto& c : snapshot.consumers)
            consumers += c.vhost == shop && c.queue == ordersCreated;
        QVERIFY(bindings > 0);
        QVERIFY(consumers > 0);
        auto* bindingsView = page->findChild<QTableView*>(QStringLiteral("queueBindingsView"));
        auto* consumersView = page->findChild<QTableView*>(QStringLiteral("queueConsumersView"));
        QCOMPARE(bindingsView->model()->rowCount(), bindings);
        QCOMPARE(consumersView->model()->rowCount(), consumers);
        QCOMPARE(consumersView->model()->index(0, 0).data().toString(), ordersCreated);
        QCOMPARE(bindingsView->model()->index(0, 0).data().toString(), QStringLiteral("orders"));
    }

    void showsTypeLeaderAndMembers() {
        auto snapshot = sampleSnapshot();
        for (auto& queue : snapshot.queues)
            if (queue.name == ordersCreated) {
                queue.type = QStringLiteral("quorum");
                queue.leader = QStringLiteral("rabbit@b");
                queue.members = {QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b"),
                                 QStringLiteral("rabbit@c")};
                queue.onlineMembers = {QStringLiteral("rabbit@a"), QStringLiteral("rabbit@b")};
            }
        emit m_backend->snapshotUpdated(snapshot);
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        QCOMPARE(fact(page, "queueType"), QStringLiteral("quorum"));
        QCOMPARE(fact(page, "leader"), QStringLiteral("rabbit@b"));
        QCOMPARE(fact(page, "members"), QStringLiteral("rabbit@a, rabbit@b, rabbit@c (offline)"));

        // Back to a classic queue on one node: no replicas to list.
        for (auto& queue : snapshot.queues)
            if (queue.name == ordersCreated) {
                queue.type = QStringLiteral("classic");
                queue.leader = QStringLiteral("rabbit@a");
                queue.members.clear();
                queue.onlineMembers.clear();
            }
        emit m_backend->snapshotUpdated(snapshot);
        QCOMPARE(fact(page, "queueType"), QStringLiteral("classic"));
        QCOMPARE(fact(page, "leader"), QStringLiteral("rabbit@a"));
        QCOMPARE(fact(page, "members"), QStringLiteral("none (not replicated)"));
    }

    void followsSnapshotsWithItsOwnCharts() {
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        // Thirty more seconds of this queue, busier each second.
        const warren::BrokerSnapshot first = sampleSnapshot();
        warren::BrokerSnapshot snapshot;
        for (int second = 1; second <= 30; ++second) {
            snapshot = first;
            snapshot.takenAt = first.takenAt.addSecs(second);
            for (auto& queue : snapshot.queues)
                if (queue.vhost == shop && queue.name == ordersCreated) {
                    queue.publishRate = 10.0 * second;
                    queue.messagesReady = quint64(1000 + second);
                }
            emit m_backend->snapshotUpdated(snapshot);
        }
        QCOMPARE(fact(page, "ready"), QLocale().toString(1030));
        // One sample per snapshot since the console started (the one before the page opened
        // included), each of this queue's own rates rather than the broker's totals the
        // overview draws.
        QCOMPARE(page->charts()->history().size(), 1 + 30);
        auto* publish = page->charts()->series(RateHistory::Publish);
        QCOMPARE(publish->count(), 31);
        QCOMPARE(publish->at(publish->count() - 1).y(), 300.0);
        QCOMPARE(publish->at(publish->count() - 2).y(), 290.0);
        auto* ready = page->charts()->series(RateHistory::Ready);
        QCOMPARE(ready->at(ready->count() - 1).y(), 1030.0);
        QVERIFY(page->findChild<QComboBox*>(QStringLiteral("chartWindow")));
    }

    void chartsShowWhatHappenedBeforeThePageOpened() {
        // Twenty seconds of this queue with no page open, then the page: its charts start with
        // them, not with its opening.
        const warren::BrokerSnapshot first = sampleSnapshot();
        for (int second = 1; second <= 20; ++second) {
            warren::BrokerSnapshot snapshot = first;
            snapshot.takenAt = first.takenAt.addSecs(second);
            for (auto& queue : snapshot.queues)
                if (queue.vhost == shop && queue.name == ordersCreated) {
                    queue.ackRate = 5.0 * second;
                    queue.redeliverRate = second == 10 ? 7.0 : 0.0;
                }
            emit m_backend->snapshotUpdated(snapshot);
        }
        QVERIFY(m_window->queueHistories().contains(shop, ordersCreated));
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        QCOMPARE(page->charts()->history().size(), 1 + 20);
        auto* ack = page->charts()->series(RateHistory::Ack);
        QCOMPARE(ack->count(), 21);
        QCOMPARE(ack->at(0).x(), -20.0); // twenty seconds before the newest snapshot
        QCOMPARE(ack->at(1).y(), 5.0);
        QCOMPARE(ack->at(20).y(), 100.0);
        auto* redeliver = page->charts()->series(RateHistory::Redeliver);
        QCOMPARE(redeliver->at(10).y(), 7.0);

        // Closed and opened again, the page finds the history still going.
        m_window->closeCurrentTab();
        warren::BrokerSnapshot later = first;
        later.takenAt = first.takenAt.addSecs(21);
        emit m_backend->snapshotUpdated(later);
        page = m_window->openQueueDetail(shop, ordersCreated);
        QCOMPARE(page->charts()->history().size(), 22);
    }

    void deletedQueuesLeaveTheHistoriesAndReturnAfresh() {
        QVERIFY(m_window->queueHistories().contains(shop, ordersCreated));
        warren::BrokerSnapshot without = sampleSnapshot();
        without.queues.removeIf([](const auto& q) { return q.name == ordersCreated; });
        without.takenAt = without.takenAt.addSecs(1);
        emit m_backend->snapshotUpdated(without);
        QVERIFY(!m_window->queueHistories().contains(shop, ordersCreated));
        QCOMPARE(m_window->queueHistories().queueCount(), int(without.queues.size()));

        warren::BrokerSnapshot again = sampleSnapshot();
        again.takenAt = again.takenAt.addSecs(2);
        emit m_backend->snapshotUpdated(again);
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        QCOMPARE(page->charts()->history().size(), 1); // the queue declared again, not the old
    }

    void saysSoWhenTheQueueVanishesAndRecoversWhenItReturns() {
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        auto* gone = page->findChild<QLabel*>(QStringLiteral("queueGone"));
        auto* purge = page->findChild<QPushButton*>(QStringLiteral("purgeQueueButton"));
        QVERIFY(gone->isHidden());
        QVERIFY(purge->isEnabled());
        const QString readyBefore = fact(page, "ready");

        auto snapshot = sampleSnapshot();
        snapshot.queues.removeIf([](const auto& q) { return q.name == ordersCreated; });
        snapshot.takenAt = snapshot.takenAt.addSecs(1);
        emit m_backend->snapshotUpdated(snapshot);
        QVERIFY(page->isGone());
        QVERIFY(!gone->isHidden());
        QVERIFY(!purge->isEnabled());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("deleteQueueButton"))->isEnabled());
        QCOMPARE(fact(page, "ready"), readyBefore); // its last picture stays
        QCOMPARE(currentDetail(), page);            // and so does the tab, until closed

        emit m_backend->snapshotUpdated(sampleSnapshot());
        QVERIFY(!page->isGone());
        QVERIFY(gone->isHidden());
        QVERIFY(purge->isEnabled());
    }

    void purgeDeleteAndBrowseActOnThisQueue() {
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        QStringList questions;
        m_window->setConfirmation([&questions](const QString& question) {
            questions << question;
            return true;
        });
        page->findChild<QPushButton*>(QStringLiteral("purgeQueueButton"))->click();
        QCOMPARE(m_backend->purged, (QList<std::pair<QString, QString>>{{shop, ordersCreated}}));
        page->findChild<QPushButton*>(QStringLiteral("deleteQueueButton"))->click();
        QCOMPARE(m_backend->deleted, (QList<std::pair<QString, QString>>{{shop, ordersCreated}}));
        QCOMPARE(questions.size(), 2); // each asked first, as from the Queues tab
        QVERIFY(questions.at(1).contains(ordersCreated));

        page->findChild<QPushButton*>(QStringLiteral("browseQueueButton"))->click();
        auto* browser = m_window->findChild<MessageBrowserPage*>(QStringLiteral("messagesPage"));
        QCOMPARE(m_tabs->currentWidget(), browser);
        auto* queueChoice = browser->findChild<QComboBox*>(QStringLiteral("browserQueue"));
        QVERIFY(queueChoice);
        QVERIFY(queueChoice->currentText().contains(ordersCreated));
    }

    void refusedConfirmationChangesNothing() {
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        m_window->setConfirmation([](const QString&) { return false; });
        page->findChild<QPushButton*>(QStringLiteral("deleteQueueButton"))->click();
        QVERIFY(m_backend->deleted.isEmpty());
    }

    void ctrlWClosesTheQueueTabOnly() {
        auto* closeTab = m_window->findChild<QAction*>(QStringLiteral("closeTabAction"));
        QVERIFY(closeTab);
        QVERIFY(!closeTab->isEnabled()); // on the Queues tab: nothing to close
        const int fixedTabs = m_tabs->count();
        QueueDetailPage* page = m_window->openQueueDetail(shop, ordersCreated);
        QVERIFY(closeTab->isEnabled());
        QPointer<QueueDetailPage> watch(page);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTest::keyClick(m_window, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_tabs->count(), fixedTabs);
        QVERIFY(QTest::qWaitFor([&] { return watch.isNull(); }));
        QVERIFY(!closeTab->isEnabled());
        m_window->closeCurrentTab(); // a fixed tab: stays
        QCOMPARE(m_tabs->count(), fixedTabs);
    }
};

QTEST_MAIN(TestQueueDetailPage)
#include "tst_queue_detail_page.moc"
