// A slow or unreachable broker must never hold the window: every backend call returns before
// its answer, the window keeps working while one is outstanding, and the user can stop
// waiting. The recording backend here answers only when the test says so.

#include "fake_backend.h"
#include "views/console_window.h"
#include "views/message_browser_page.h"
#include "views/table_page.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestSlowBackend : public QObject {
    Q_OBJECT
private slots:
    void theWindowWorksWhileAnAnswerIsOutstanding() {
        FakeBackend backend;
        backend.answerPeeks = false; // the broker takes its time
        ConsoleWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit backend.snapshotUpdated(sampleSnapshot());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* browser = window.findChild<MessageBrowserPage*>(QStringLiteral("messagesPage"));
        tabs->setCurrentWidget(browser);
        browser->selectQueue(QStringLiteral("shop"), QStringLiteral("orders.created"));

        auto* peek = browser->findChild<QPushButton*>(QStringLiteral("browserPeek"));
        auto* cancel = browser->findChild<QPushButton*>(QStringLiteral("browserCancel"));
        QTest::mouseClick(peek, Qt::LeftButton);
        // The call went out and returned with no answer yet.
        QCOMPARE(backend.peekRequests.size(), 1);
        QVERIFY(browser->isPeeking());
        QVERIFY(!peek->isEnabled());
        QVERIFY(cancel->isVisible());

        // Meanwhile the rest of the window answers the user: another tab, its filter, new
        // snapshots.
        auto* queuesPage = window.findChild<TablePage*>(QStringLiteral("queuesPage"));
        tabs->setCurrentWidget(queuesPage);
        QTest::keyClicks(queuesPage->filterEdit(), QStringLiteral("orders."));
        QCOMPARE(queuesPage->proxy()->rowCount(), 3);
        auto later = sampleSnapshot();
        later.queues.removeLast();
        emit backend.snapshotUpdated(later);
        QVERIFY(tabs->tabText(1).contains(QString::number(later.queues.size())));

        // The answer arrives late and is shown.
        tabs->setCurrentWidget(browser);
        emit backend.operationFinished(
            samplePeek(QStringLiteral("shop"), QStringLiteral("orders.created"), 5));
        QVERIFY(!browser->isPeeking());
        QVERIFY(peek->isEnabled());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(browser->view()->model()->rowCount(), 5);
    }

    void theUserCanStopWaiting() {
        FakeBackend backend;
        backend.answerPeeks = false;
        ConsoleWindow window(&backend);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        emit backend.snapshotUpdated(sampleSnapshot());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* browser = window.findChild<MessageBrowserPage*>(QStringLiteral("messagesPage"));
        tabs->setCurrentWidget(browser);
        browser->selectQueue(QStringLiteral("shop"), QStringLiteral("orders.paid"));
        browser->peek();
        auto* cancel = browser->findChild<QPushButton*>(QStringLiteral("browserCancel"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!browser->isPeeking());
        QVERIFY(browser->findChild<QPushButton*>(QStringLiteral("browserPeek"))->isEnabled());

        // The answer the user stopped waiting for changes nothing when it finally comes.
        emit backend.operationFinished(
            samplePeek(QStringLiteral("shop"), QStringLiteral("orders.paid"), 5));
        QCOMPARE(browser->view()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSlowBackend)
#include "tst_slow_backend.moc"
