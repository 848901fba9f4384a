#include "fake_backend.h"
#include "models/queue_table_model.h"
#include "sample_snapshot.h"
#include "views/command_palette.h"
#include "views/console_window.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {

QString cell(const QTableView* view, int row, int column) {
    return view->model()->index(row, column).data().toString();
}

// The row of the view showing `name` in its first column, or -1.
int rowOf(const QTableView* view, const QString& name) {
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (cell(view, row, 0) == name) {
            return row;
        }
    }
    return -1;
}

} // namespace

class TestConsoleWindow final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void asksForASnapshotAtOnce();
    void tablesShowTheSnapshot();
    void tabTitlesCountRows();
    void tabsOfUnsupportedFeaturesAreGreyedOut();
    void statusBarShowsStateAndListeners();
    void statusBarStartsFromTheBackendsLastState();
    void ipv6ListenersAreBracketed();
    void statusBarShowsResourceAlarms();
    void errorsAppearInTheStatusBar();
    void filterNarrowsTheTable();
    void commandPaletteJumpsToAQueueOrExchange();
    void brokerMenuFollowsTheBrokersState();
    void selectionSurvivesRefresh();
    void menusOfferQuitAndAbout();
    void refreshAndFilterActionsWork();
    void geometryIsRestored();
    void closingTheEmbeddedConsoleWithClientsAsksFirst();
};

void TestConsoleWindow::initTestCase() {
    // Keep the developer's real settings out of reach of the geometry test.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console_window"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConsoleWindow::init() {
    QSettings().clear();
}

void TestConsoleWindow::asksForASnapshotAtOnce() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    QCOMPARE(backend.refreshCount(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("Fake broker")));
}

void TestConsoleWindow::tablesShowTheSnapshot() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    const auto snapshot = sampleSnapshot();
    emit backend.snapshotUpdated(snapshot);

    auto* queues = window.findChild<QTableView*>(QStringLiteral("queuesView"));
    auto* exchanges = window.findChild<QTableView*>(QStringLiteral("exchangesView"));
    auto* connections = window.findChild<QTableView*>(QStringLiteral("connectionsView"));
    QVERIFY(queues && exchanges && connections);
    QCOMPARE(queues->model()->rowCount(), snapshot.queues.size());
    QCOMPARE(exchanges->model()->rowCount(), snapshot.exchanges.size());
    QCOMPARE(connections->model()->rowCount(), snapshot.connections.size());

    const int orders = rowOf(queues, QStringLiteral("orders.created"));
    QVERIFY(orders >= 0);
    QCOMPARE(cell(queues, orders, 1), QStringLiteral("shop"));
    QCOMPARE(cell(queues, orders, QueueTableModel::ReadyColumn), QStringLiteral("12,408"));
    QCOMPARE(cell(queues, orders, QueueTableModel::PublishRateColumn), QStringLiteral("812.4"));
    // Sorted by name ascending by default.
    QCOMPARE(cell(queues, 0, 0), QStringLiteral("amq.gen-JzTY20BRgKO-HjmUJj0wLg"));
    QVERIFY(rowOf(exchanges, QStringLiteral("(AMQP default)")) >= 0);
    QVERIFY(rowOf(connections, QStringLiteral("127.0.0.1:53122 -> 127.0.0.1:5672")) >= 0);

    auto* updated = window.findChild<QLabel*>(QStringLiteral("lastUpdate"));
    QVERIFY(updated);
    QVERIFY(updated->text().contains(
        QLocale().toString(snapshot.takenAt.toLocalTime().time(), QStringLiteral("HH:mm:ss"))));
}

void TestConsoleWindow::tabsOfUnsupportedFeaturesAreGreyedOut() {
    FakeBackend backend;
    using Feature = BrokerBackend::Feature;
    backend.unsupported = {Feature::Bindings, Feature::Channels, Feature::Tap, Feature::Retained};
    // The window last closed on Channels (tab 6), which this broker cannot show.
    QSettings().setValue(QStringLiteral("ConsoleWindow/currentTab"), 6);
    ConsoleWindow window(&backend);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    const auto tabOf = [tabs, &window](const char* page) {
        return tabs->indexOf(window.findChild<QWidget*>(QLatin1String(page)));
    };
    QCOMPARE(tabOf("channelsPage"), 6);
    for (const char* page :
         {"bindingsPage", "topologyPage", "channelsPage", "liveTapPage", "retainedPage"}) {
        QVERIFY2(!tabs->isTabEnabled(tabOf(page)), page);
        QVERIFY2(!tabs->widget(tabOf(page))->isEnabled(), page);
    }
    QCOMPARE(tabs->tabToolTip(tabOf("bindingsPage")), backend.unsupportedReason(Feature::Bindings));
    QCOMPARE(tabs->tabToolTip(tabOf("liveTapPage")), backend.unsupportedReason(Feature::Tap));
    QCOMPARE(tabs->tabToolTip(tabOf("retainedPage")), backend.unsupportedReason(Feature::Retained));
    QVERIFY(!tabs->tabToolTip(tabOf("channelsPage")).isEmpty());
    for (const char* page : {"queuesPage", "exchangesPage", "connectionsPage", "consumersPage",
                             "routingPage", "usersPage", "logsPage"}) {
        QVERIFY2(tabs->isTabEnabled(tabOf(page)), page);
        QVERIFY2(tabs->tabToolTip(tabOf(page)).isEmpty(), page);
    }
    QVERIFY(tabs->isTabEnabled(tabs->currentIndex()));

    // The command palette offers no way into them either.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("commandPaletteAction"))->trigger();
    auto* palette = window.findChild<CommandPalette*>(QStringLiteral("commandPalette"));
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("view channels"));
    QCOMPARE(palette->shownCount(), 0);
    palette->searchEdit()->clear();
    QTest::keyClicks(palette->searchEdit(), QStringLiteral("view consumers"));
    QCOMPARE(palette->shownCount(), 1);
}

void TestConsoleWindow::tabTitlesCountRows() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 17); // with Broker settings: the fake broker is one the console runs
    QCOMPARE(tabs->tabText(3), QStringLiteral("Bindings (0)"));
    QCOMPARE(tabs->tabText(4), QStringLiteral("Topology"));
    QCOMPARE(tabs->tabText(6), QStringLiteral("Channels (0)"));
    QCOMPARE(tabs->tabText(7), QStringLiteral("Consumers (0)"));
    QCOMPARE(tabs->tabText(8), QStringLiteral("Messages"));
    QCOMPARE(tabs->tabText(9), QStringLiteral("Live tap"));
    QCOMPARE(tabs->tabText(10), QStringLiteral("Retained"));
    QCOMPARE(tabs->tabText(11), QStringLiteral("Publish"));
    QCOMPARE(tabs->tabText(12), QStringLiteral("Routing"));
    QCOMPARE(tabs->tabText(13), QStringLiteral("Users"));
    QCOMPARE(tabs->tabText(14), QStringLiteral("Policies"));
    QCOMPARE(tabs->tabText(15), QStringLiteral("Logs"));
    QCOMPARE(tabs->tabText(16), QStringLiteral("Broker settings"));
    QCOMPARE(tabs->tabText(0), QStringLiteral("Overview"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Queues (0)"));

    auto snapshot = sampleSnapshot();
    emit backend.snapshotUpdated(snapshot);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Queues (%1)").arg(snapshot.queues.size()));
    QCOMPARE(tabs->tabText(2), QStringLiteral("Exchanges (%1)").arg(snapshot.exchanges.size()));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Bindings (7)")); // the default exchange's left out
    QCOMPARE(tabs->tabText(5), QStringLiteral("Connections (%1)").arg(snapshot.connections.size()));

    snapshot.queues.removeLast();
    emit backend.snapshotUpdated(snapshot);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Queues (%1)").arg(snapshot.queues.size()));
}

void TestConsoleWindow::statusBarShowsStateAndListeners() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    auto* status = window.findChild<QLabel*>(QStringLiteral("brokerStatus"));
    QVERIFY(status);

    backend.announceStatus(QStringLiteral("Starting…"));
    QCOMPARE(status->text(), QStringLiteral("Starting…"));
    backend.announceStatus(QStringLiteral("Running"));
    backend.announceListeners(sampleListeners());
    QCOMPARE(status->text(),
             QStringLiteral("Running · amqp 127.0.0.1:5672 · http 127.0.0.1:15672"));
    backend.announceListeners({});
    backend.announceStatus(QStringLiteral("Stopped"));
    QCOMPARE(status->text(), QStringLiteral("Stopped"));
}

void TestConsoleWindow::statusBarStartsFromTheBackendsLastState() {
    FakeBackend backend;
    backend.presetState(QStringLiteral("Running"), sampleListeners());
    ConsoleWindow window(&backend);
    auto* status = window.findChild<QLabel*>(QStringLiteral("brokerStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(),
             QStringLiteral("Running · amqp 127.0.0.1:5672 · http 127.0.0.1:15672"));
}

void TestConsoleWindow::ipv6ListenersAreBracketed() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    backend.announceStatus(QStringLiteral("Running"));
    backend.announceListeners({{QStringLiteral("amqp"), QStringLiteral("::1"), 5672}});
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("brokerStatus"))->text(),
             QStringLiteral("Running · amqp [::1]:5672"));
}

void TestConsoleWindow::statusBarShowsResourceAlarms() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    auto* status = window.findChild<QLabel*>(QStringLiteral("brokerStatus"));
    backend.announceStatus(QStringLiteral("Running"));
    warren::BrokerSnapshot snapshot = sampleSnapshot();
    snapshot.alarms = {QStringLiteral("memory")};
    emit backend.snapshotUpdated(snapshot);
    QCOMPARE(status->text(), QStringLiteral("Running · Memory alarm: publishers blocked"));
    snapshot.alarms.clear();
    emit backend.snapshotUpdated(snapshot);
    QCOMPARE(status->text(), QStringLiteral("Running"));
}

void TestConsoleWindow::errorsAppearInTheStatusBar() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    emit backend.errorOccurred(QStringLiteral("Port 5672 is already in use."));
    QVERIFY(window.statusBar()->currentMessage().contains(
        QStringLiteral("Port 5672 is already in use.")));
}

void TestConsoleWindow::filterNarrowsTheTable() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    emit backend.snapshotUpdated(sampleSnapshot());
    auto* queues = window.findChild<QTableView*>(QStringLiteral("queuesView"));
    auto* filter = window.findChild<QLineEdit*>(QStringLiteral("queuesFilter"));
    QVERIFY(queues && filter);

    filter->setText(QStringLiteral("ORDERS."));
    QCOMPARE(queues->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        QVERIFY(cell(queues, row, 0).startsWith(QStringLiteral("orders.")));
    }
    // The filter holds across refreshes.
    emit backend.snapshotUpdated(sampleSnapshot());
    QCOMPARE(queues->model()->rowCount(), 3);
    filter->clear();
    QCOMPARE(queues->model()->rowCount(), sampleSnapshot().queues.size());

    // As a regular expression (case-insensitive): exactly orders.created and orders.paid.
    window.findChild<QToolButton*>(QStringLiteral("queuesRegex"))->setChecked(true);
    filter->setText(QStringLiteral("^ORDERS\\.(created|paid)$"));
    QCOMPARE(queues->model()->rowCount(), 2);
    filter->setText(QStringLiteral("orders.(")); // invalid: the last valid match stays
    QCOMPARE(queues->model()->rowCount(), 2);
    QVERIFY(filter->toolTip().contains(QStringLiteral("regular expression")));
}

void TestConsoleWindow::commandPaletteJumpsToAQueueOrExchange() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit backend.snapshotUpdated(sampleSnapshot());
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    auto* palette = window.findChild<QAction*>(QStringLiteral("commandPaletteAction"));
    QVERIFY(palette);
    QCOMPARE(palette->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));

    palette->trigger();
    auto* dialog = window.findChild<CommandPalette*>(QStringLiteral("commandPalette"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("invoices shop"));
    QCOMPARE(dialog->shownCount(), 1);
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("queuesPage"));
    auto* queues = window.findChild<QTableView*>(QStringLiteral("queuesView"));
    QCOMPARE(queues->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(queues->selectionModel()->selectedRows().first().data().toString(),
             QStringLiteral("billing.invoices"));

    palette->trigger();
    dialog = nullptr; // the first one closed; it may not be deleted yet
    for (auto* candidate : window.findChildren<CommandPalette*>())
        if (candidate->isVisible())
            dialog = candidate;
    QVERIFY(dialog);
    QTest::keyClicks(dialog->searchEdit(), QStringLiteral("view logs"));
    QTest::keyClick(dialog->searchEdit(), Qt::Key_Return);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("logsPage"));
}

void TestConsoleWindow::brokerMenuFollowsTheBrokersState() {
    FakeBackend backend;
    backend.presetState(QStringLiteral("Running"), sampleListeners());
    ConsoleWindow window(&backend);
    auto* start = window.findChild<QAction*>(QStringLiteral("startBrokerAction"));
    auto* stop = window.findChild<QAction*>(QStringLiteral("stopBrokerAction"));
    auto* restart = window.findChild<QAction*>(QStringLiteral("restartBrokerAction"));
    QVERIFY(start && stop && restart);
    QVERIFY(!start->isEnabled() && stop->isEnabled() && restart->isEnabled());
    restart->trigger();
    stop->trigger();
    QCOMPARE(backend.restarts, 1);
    QCOMPARE(backend.stops, 1);
    backend.announceStatus(QStringLiteral("Stopped"));
    QVERIFY(start->isEnabled() && !stop->isEnabled() && !restart->isEnabled());
    start->trigger();
    QCOMPARE(backend.starts, 1);
}

void TestConsoleWindow::selectionSurvivesRefresh() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    auto snapshot = sampleSnapshot();
    emit backend.snapshotUpdated(snapshot);
    auto* queues = window.findChild<QTableView*>(QStringLiteral("queuesView"));
    QVERIFY(queues);

    const int row = rowOf(queues, QStringLiteral("email.outbound"));
    QVERIFY(row >= 0);
    queues->selectRow(row);
    queues->setCurrentIndex(queues->model()->index(row, 0));

    // New counters, one queue gone and one new: the same queue stays selected.
    snapshot.queues[4].messagesReady += 17;
    snapshot.queues.removeAt(0);
    auto added = snapshot.queues.first();
    added.name = QStringLiteral("aaa.first");
    snapshot.queues.append(added);
    emit backend.snapshotUpdated(snapshot);

    const auto selected = queues->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("email.outbound"));
    QCOMPARE(queues->currentIndex().data().toString(), QStringLiteral("email.outbound"));
}

void TestConsoleWindow::menusOfferQuitAndAbout() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    QStringList menus;
    QStringList actions;
    for (auto* menuAction : window.menuBar()->actions()) {
        menus << menuAction->text();
        if (menuAction->menu()) {
            for (auto* action : menuAction->menu()->actions()) {
                actions << action->text();
            }
        }
    }
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&View"),
                                 QStringLiteral("&Broker"), QStringLiteral("&Help")}));
    QVERIFY(actions.contains(QStringLiteral("&Quit")));
    QVERIFY(actions.contains(QStringLiteral("&About Warren")));
}

void TestConsoleWindow::refreshAndFilterActionsWork() {
    FakeBackend backend;
    ConsoleWindow window(&backend);
    // Triggered directly rather than by key: without a window manager (Xvfb)
    // the window never becomes active, and shortcuts only fire in active ones.
    const auto action = [&](const QString& text) -> QAction* {
        for (auto* candidate : window.findChildren<QAction*>()) {
            if (candidate->text() == text) {
                return candidate;
            }
        }
        return nullptr;
    };
    auto* refresh = action(QStringLiteral("&Refresh"));
    auto* filter = action(QStringLiteral("&Filter"));
    QVERIFY(refresh && filter);
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    QCOMPARE(filter->shortcut(), QKeySequence(QKeySequence::Find));

    const int before = backend.refreshCount();
    refresh->trigger();
    QCOMPARE(backend.refreshCount(), before + 1);

    window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(2);
    filter->trigger();
    QCOMPARE(window.focusWidget(), window.findChild<QLineEdit*>(QStringLiteral("exchangesFilter")));
}

void TestConsoleWindow::closingTheEmbeddedConsoleWithClientsAsksFirst() {
    FakeBackend backend;
    backend.presetState(QStringLiteral("Running"), {});
    ConsoleWindow window(&backend);
    int asked = 0;
    window.setConfirmation([&](const QString&) {
        ++asked;
        return false;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    emit backend.snapshotUpdated(sampleSnapshot());
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    // A stopped broker has no clients to lose.
    backend.announceStatus(QStringLiteral("Stopped"));
    QVERIFY(window.close());
    QCOMPARE(asked, 1);
}

void TestConsoleWindow::geometryIsRestored() {
    FakeBackend backend;
    {
        ConsoleWindow window(&backend);
        window.resize(880, 470);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        tabs->setCurrentIndex(2);
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("ConsoleWindow/geometry")));

    ConsoleWindow window(&backend);
    QCOMPARE(window.size(), QSize(880, 470));
    QCOMPARE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentIndex(), 2);
}

QTEST_MAIN(TestConsoleWindow)
#include "tst_console_window.moc"
