#include "fake_backend.h"
#include "sample_snapshot.h"
#include "screenshot.h"
#include "views/console_navigator.h"
#include "views/console_window.h"
#include "views/queue_detail_page.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

// The console's views listed down the left edge in groups, in place of a tab bar that ran out
// of room: every view one click away at the default width, queues opened in views of their own
// listed (and closable) under a group of their own.
class TestConsoleNavigator final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_console_navigator"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    void init() { QSettings().clear(); }

    void everyViewIsListedUnderAGroup() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        ConsoleNavigator* navigator = window.navigator();
        QVERIFY(navigator);
        QAbstractItemModelTester tester(navigator->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tabs->tabBar()->isHidden());
        QCOMPARE(tabs->count(), 17); // with Broker settings: the embedded broker's console
        for (int tab = 0; tab < tabs->count(); ++tab) {
            QTreeWidgetItem* item = navigator->itemFor(tabs->widget(tab));
            QVERIFY2(item, qPrintable(tabs->tabText(tab)));
            QVERIFY(item->parent());
            QCOMPARE(item->text(0), tabs->tabText(tab).remove(QLatin1Char('&')));
        }
        const auto groupOf = [&](const char* page) {
            return navigator->itemFor(window.findChild<QWidget*>(QLatin1String(page)))
                ->parent()
                ->text(0);
        };
        QCOMPARE(groupOf("overviewPage"), QStringLiteral("Broker"));
        QCOMPARE(groupOf("connectionsPage"), QStringLiteral("Broker"));
        QCOMPARE(groupOf("queuesPage"), QStringLiteral("Messaging"));
        QCOMPARE(groupOf("publishPage"), QStringLiteral("Messaging"));
        QCOMPARE(groupOf("retainedPage"), QStringLiteral("Messaging"));
        QCOMPARE(groupOf("usersPage"), QStringLiteral("Administration"));
        QCOMPARE(groupOf("brokerSettingsPage"), QStringLiteral("Administration"));
        // No queue is open, so its group is not shown.
        QCOMPARE(navigator->topLevelItemCount(), 4);
        QVERIFY(navigator->topLevelItem(3)->isHidden());
    }

    void choosingARowShowsItsViewAndBack() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        ConsoleNavigator* navigator = window.navigator();
        auto* publish = window.findChild<QWidget*>(QStringLiteral("publishPage"));
        navigator->setCurrentItem(navigator->itemFor(publish));
        QCOMPARE(tabs->currentWidget(), publish);
        auto* logs = window.findChild<QWidget*>(QStringLiteral("logsPage"));
        tabs->setCurrentWidget(logs); // as Ctrl+K or a link does
        QCOMPARE(navigator->currentItem(), navigator->itemFor(logs));
        // A heading is not a view: choosing it leaves the view as it was.
        navigator->setCurrentItem(navigator->topLevelItem(0));
        QCOMPARE(tabs->currentWidget(), logs);
    }

    void titlesAndStatesFollowTheTabs() {
        FakeBackend backend;
        using Feature = BrokerBackend::Feature;
        backend.unsupported = {Feature::Channels};
        ConsoleWindow window(&backend);
        ConsoleNavigator* navigator = window.navigator();
        QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        auto* channels = window.findChild<QWidget*>(QStringLiteral("channelsPage"));
        QVERIFY(navigator->itemFor(channels)->isDisabled());
        QCOMPARE(navigator->itemFor(channels)->toolTip(0),
                 tabs->tabToolTip(tabs->indexOf(channels)));
        navigator->setCurrentItem(navigator->itemFor(channels));
        QVERIFY(tabs->currentWidget() != channels);

        emit backend.snapshotUpdated(sampleSnapshot());
        auto* queues = window.findChild<QWidget*>(QStringLiteral("queuesPage"));
        QCOMPARE(navigator->itemFor(queues)->text(0),
                 QStringLiteral("Queues (%1)").arg(sampleSnapshot().queues.size()));

        backend.setUnsupported({});
        QVERIFY(!navigator->itemFor(channels)->isDisabled());
    }

    void openQueuesAreListedAndClosable() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        ConsoleNavigator* navigator = window.navigator();
        QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QWidget* first = window.openQueueDetail(QStringLiteral("/"), QStringLiteral("orders"));
        QWidget* second = window.openQueueDetail(QStringLiteral("/"), QStringLiteral("invoices"));
        QTreeWidgetItem* open = navigator->topLevelItem(3);
        QVERIFY(!open->isHidden());
        QCOMPARE(open->text(0), QStringLiteral("Open queues"));
        QCOMPARE(open->childCount(), 2);
        QCOMPARE(open->child(0), navigator->itemFor(first));
        QCOMPARE(open->child(1), navigator->itemFor(second));
        QCOMPARE(navigator->currentItem(), navigator->itemFor(second));

        emit navigator->closeRequested(tabs->indexOf(first));
        QCOMPARE(open->childCount(), 1);
        QVERIFY(!navigator->itemFor(first));
        QCOMPARE(tabs->indexOf(first), -1);
        // A fixed view cannot be closed from the list.
        auto* overview = window.findChild<QWidget*>(QStringLiteral("overviewPage"));
        emit navigator->closeRequested(tabs->indexOf(overview));
        QVERIFY(tabs->indexOf(overview) >= 0);

        window.closeCurrentTab(); // Ctrl+W on the second queue
        QVERIFY(open->isHidden());
    }

    void everyViewIsOneClickAwayAt1300Pixels() {
        FakeBackend backend;
        ConsoleWindow window(&backend);
        window.resize(1300, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConsoleNavigator* navigator = window.navigator();
        emit backend.snapshotUpdated(sampleSnapshot());
        window.openQueueDetail(QStringLiteral("/"), QStringLiteral("orders"));
        QTabWidget* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QRect row = navigator->visualItemRect(navigator->itemFor(tabs->widget(tab)));
            QVERIFY2(navigator->viewport()->rect().contains(row),
                     qPrintable(QStringLiteral("%1 at %2,%3 %4x%5 in %6x%7")
                                    .arg(tabs->tabText(tab))
                                    .arg(row.x())
                                    .arg(row.y())
                                    .arg(row.width())
                                    .arg(row.height())
                                    .arg(navigator->viewport()->width())
                                    .arg(navigator->viewport()->height())));
            // The whole title, not elided: "Connections (12)" reads as it is.
            QVERIFY2(navigator->fontMetrics().horizontalAdvance(tabs->tabText(tab)) < row.width(),
                     qPrintable(tabs->tabText(tab)));
        }
        saveScreenshot(&window, QStringLiteral("console-navigator.png"));
    }
};

QTEST_MAIN(TestConsoleNavigator)
#include "tst_console_navigator.moc"
