// Several brokers in one window: the workspace lists them in a sidebar and shows the console of
// the one selected. Most cases give remote profiles fake backends; one connects for real to a
// port nothing listens on, so its backend reports the broker unreachable (no broker needed).

#include "backends/broker_backend.h"
#include "backends/jolokia_backend.h"
#include "backends/management_api_backend.h"
#include "backends/remote_backends.h"
#include "fake_backend.h"
#include "fake_remotes.h"
#include "sample_snapshot.h"
#include "screenshot.h"
#include "views/broker_workspace.h"
#include "views/console_window.h"
#include "views/copy_definitions_dialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTest>

namespace {

// A loopback port that was free a moment ago: nothing answers there.
quint16 unusedPort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort(); // closed again when `server` goes
}

ConnectionProfile unreachableProfile() {
    ConnectionProfile p;
    p.name = QStringLiteral("Production");
    p.kind = ConnectionProfile::Kind::RabbitMQ;
    p.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(unusedPort()));
    p.user = QStringLiteral("guest");
    p.password = QStringLiteral("guest");
    p.readOnly = true;
    p.skipTlsVerification = true;
    p.colour = QStringLiteral("red");
    return p;
}

ConnectionProfile profileNamed(const QString& name, const QString& colour) {
    ConnectionProfile p;
    p.name = name;
    p.url = QUrl(QStringLiteral("http://%1.invalid:15672/").arg(name.toLower()));
    p.colour = colour;
    return p;
}

BrokerWorkspace::State stateOf(const QListWidgetItem* item) {
    return BrokerWorkspace::State(item->data(BrokerWorkspace::StateRole).toInt());
}

// A workspace over a fake embedded broker whose remote profiles get fake backends named after
// them, each kept in `remotes` for the test to drive.
struct FakeWorkspace {
    FakeBackend embedded;
    QList<QPointer<FakeBackend>> remotes;
    BrokerWorkspace workspace;
    QListWidget* sidebar = nullptr;
    QStackedWidget* stack = nullptr;

    FakeWorkspace() {
        embedded.name = QStringLiteral("Embedded broker");
        embedded.presetState(QStringLiteral("Running"), {});
        workspace.setBackendFactory(fakeRemotes(&remotes, QStringLiteral("Stopped")));
        workspace.addEmbedded(&embedded);
        sidebar = workspace.findChild<QListWidget*>(QStringLiteral("brokerList"));
        stack = workspace.findChild<QStackedWidget*>(QStringLiteral("brokerStack"));
    }

    // Shown and active, so that window shortcuts reach it.
    bool activate() {
        workspace.show();
        workspace.activateWindow();
        return QTest::qWaitForWindowActive(&workspace);
    }
};

} // namespace

class TestBrokerWorkspace final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        qRegisterMetaType<ConsoleWindow*>(); // for the brokerOpened spies
    }

    void init() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_broker_workspace"));
        QSettings().clear();
    }

    void everyKindHasItsBackend() {
        ConnectionProfile p = unreachableProfile();
        QVERIFY(qobject_cast<ManagementApiBackend*>(createRemoteBackend(p).get()));
        p.kind = ConnectionProfile::Kind::Warren;
        QVERIFY(qobject_cast<ManagementApiBackend*>(createRemoteBackend(p).get()));
        p.kind = ConnectionProfile::Kind::ActiveMQ;
        QVERIFY(qobject_cast<JolokiaBackend*>(createRemoteBackend(p).get()));
    }

    void copyDefinitionsOffersEveryOpenBroker() {
        FakeWorkspace f;
        ConsoleWindow* staging =
            f.workspace.open(profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        // From the remote console's File menu: it is the source, the embedded one the target.
        auto* action = staging->findChild<QAction*>(QStringLiteral("copyDefinitionsAction"));
        QVERIFY(action && action->isEnabled());
        // By its shortcut, which both consoles have: only the one shown answers it.
        QVERIFY(f.activate());
        QTest::keyClick(&f.workspace, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = f.workspace.findChild<CopyDefinitionsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->sourceChoice()->count(), 2);
        QCOMPARE(dialog->sourceChoice()->currentText(), QStringLiteral("Staging"));
        QCOMPARE(dialog->targetChoice()->currentText(), QStringLiteral("Embedded broker"));
        // Closing the source broker leaves the dialog unable to compare, not crashing.
        f.workspace.closeBroker(1);
        QTRY_VERIFY(f.remotes.first().isNull()); // its backend goes with its console
        QSignalSpy compared(dialog, &CopyDefinitionsDialog::compared);
        dialog->compare();
        QCOMPARE(compared.count(), 1);
        QCOMPARE(dialog->statusLabel()->text(), QStringLiteral("That broker has been closed."));
    }

    void twoProfilesGiveThreeEntries() {
        FakeWorkspace f;
        QCOMPARE(f.sidebar->count(), 1);
        QVERIFY(f.sidebar->item(0)->text().startsWith(u"Embedded broker"));
        QSignalSpy opened(&f.workspace, &BrokerWorkspace::brokerOpened);
        // As File › Connect to broker… of the embedded console asks.
        emit f.workspace.console(0)->connectRequested(
            profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        ConsoleWindow* production =
            f.workspace.open(profileNamed(QStringLiteral("Production"), QStringLiteral("red")));
        QCOMPARE(opened.count(), 2);
        QCOMPARE(f.sidebar->count(), 3);
        QCOMPARE(f.stack->count(), 3);
        QVERIFY(f.sidebar->item(1)->text().startsWith(u"Staging"));
        QVERIFY(f.sidebar->item(2)->text().startsWith(u"Production"));
        QVERIFY(!f.sidebar->item(2)->icon().isNull()); // its colour tag
        // The newest is the one shown, with its banner, and names the window.
        QCOMPARE(f.workspace.currentIndex(), 2);
        QCOMPARE(f.stack->currentWidget(), production);
        QVERIFY(production->findChild<QWidget*>(QStringLiteral("connectionBanner")));
        QVERIFY(f.workspace.windowTitle().contains(u"Production"));
        // Consoles are panes of the one window, not windows of their own.
        QVERIFY(!production->isWindow());
        QCOMPARE(production->window(), &f.workspace);
    }

    void selectionSwitchesTheStackedConsole() {
        FakeWorkspace f;
        f.workspace.open(profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        f.workspace.open(profileNamed(QStringLiteral("Production"), QStringLiteral("red")));
        f.sidebar->setCurrentRow(0);
        QCOMPARE(f.stack->currentWidget(), f.workspace.console(0));
        QVERIFY(f.workspace.windowTitle().contains(u"Embedded broker"));
        f.sidebar->setCurrentRow(1);
        QCOMPARE(f.stack->currentWidget(), f.workspace.console(1));
        QVERIFY(f.workspace.windowTitle().contains(u"Staging"));

        // And from the keyboard: Ctrl+number, Ctrl+PgDown/PgUp round the list.
        QVERIFY(f.activate());
        QTest::keyClick(&f.workspace, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(f.workspace.currentIndex(), 2);
        QCOMPARE(f.stack->currentWidget(), f.workspace.console(2));
        QTest::keyClick(&f.workspace, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(f.workspace.currentIndex(), 0);
        QTest::keyClick(&f.workspace, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(f.workspace.currentIndex(), 2);
        // No fourth broker: Ctrl+4 leads nowhere.
        QTest::keyClick(&f.workspace, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(f.workspace.currentIndex(), 2);
    }

    void reopeningAProfileSelectsIt() {
        FakeWorkspace f;
        ConsoleWindow* staging =
            f.workspace.open(profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        f.workspace.open(profileNamed(QStringLiteral("Production"), QStringLiteral("red")));
        QSignalSpy opened(&f.workspace, &BrokerWorkspace::brokerOpened);
        emit f.workspace.console(2)->connectRequested(
            profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        QCOMPARE(opened.count(), 0);
        QCOMPARE(f.sidebar->count(), 3);
        QCOMPARE(f.remotes.size(), 2); // no second backend made
        QCOMPARE(f.workspace.currentIndex(), 1);
        QCOMPARE(f.stack->currentWidget(), staging);
    }

    void closingRemovesTheBrokerAndDeletesItsBackend() {
        FakeWorkspace f;
        QPointer<ConsoleWindow> staging =
            f.workspace.open(profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        f.workspace.open(profileNamed(QStringLiteral("Production"), QStringLiteral("red")));
        QPointer<FakeBackend> stagingBackend = f.remotes.at(0);
        QPointer<FakeBackend> productionBackend = f.remotes.at(1);
        auto* closeAction = f.workspace.findChild<QAction*>(QStringLiteral("closeBrokerAction"));
        QVERIFY(closeAction);

        // From the sidebar's context menu.
        std::unique_ptr<QMenu> menu(f.workspace.createSidebarMenu(1));
        auto* close = menu->findChild<QAction*>(QStringLiteral("closeBrokerMenuAction"));
        QVERIFY(close && close->isEnabled());
        close->trigger();
        QCOMPARE(f.sidebar->count(), 2);
        QCOMPARE(f.stack->count(), 2);
        QVERIFY(f.sidebar->item(1)->text().startsWith(u"Production"));
        QTRY_VERIFY(!staging);
        QVERIFY(!stagingBackend); // deleted with its console
        QVERIFY(productionBackend);
        // Ctrl+2 now reaches what moved into second place.
        auto* second = f.workspace.findChild<QAction*>(QStringLiteral("switchBrokerAction2"));
        QVERIFY(second->text().contains(u"Production"));
        QVERIFY(
            !f.workspace.findChild<QAction*>(QStringLiteral("switchBrokerAction3"))->isVisible());

        // With the shortcut, on the current remote broker.
        QVERIFY(f.activate());
        f.workspace.setCurrentIndex(1);
        QVERIFY(closeAction->isEnabled());
        QTest::keyClick(&f.workspace, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(f.sidebar->count(), 1);
        QTRY_VERIFY(!productionBackend);
        QCOMPARE(f.workspace.currentIndex(), 0);
        QCOMPARE(f.stack->currentWidget(), f.workspace.console(0));

        // The embedded broker cannot be closed, by any way.
        QVERIFY(!closeAction->isEnabled());
        QTest::keyClick(&f.workspace, Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        f.workspace.closeBroker(0);
        std::unique_ptr<QMenu> embeddedMenu(f.workspace.createSidebarMenu(0));
        QVERIFY(!embeddedMenu->findChild<QAction*>(QStringLiteral("closeBrokerMenuAction"))
                     ->isEnabled());
        QCOMPARE(f.sidebar->count(), 1);
        QVERIFY(f.workspace.console(0));
    }

    void stateShowsInTheSidebar() {
        FakeWorkspace f;
        ConnectionProfile readOnly =
            profileNamed(QStringLiteral("Production"), QStringLiteral("red"));
        readOnly.readOnly = true;
        f.workspace.open(readOnly);
        QListWidgetItem* embedded = f.sidebar->item(0);
        QListWidgetItem* remote = f.sidebar->item(1);
        QCOMPARE(stateOf(embedded), BrokerWorkspace::State::Running);
        f.embedded.announceStatus(QStringLiteral("Stopped"));
        QCOMPARE(stateOf(embedded), BrokerWorkspace::State::Stopped);

        // A remote broker is up once it has answered, and says it is read-only.
        QCOMPARE(stateOf(remote), BrokerWorkspace::State::Stopped);
        QVERIFY(remote->text().contains(u"read-only"));
        emit f.remotes.at(0)->snapshotUpdated(warren::BrokerSnapshot{});
        QCOMPARE(stateOf(remote), BrokerWorkspace::State::Running);

        const QString alert = QStringLiteral("Production: Connection refused");
        emit f.remotes.at(0)->alertChanged(alert);
        QCOMPARE(stateOf(remote), BrokerWorkspace::State::Alert);
        QCOMPARE(remote->toolTip(), alert);
        QVERIFY(remote->data(Qt::AccessibleTextRole).toString().contains(alert));
        emit f.remotes.at(0)->alertChanged(QString());
        QCOMPARE(stateOf(remote), BrokerWorkspace::State::Running);
        QVERIFY(!remote->toolTip().contains(alert));
    }

    // Every console keeps its menus, but only the one shown answers their shortcuts.
    void aHiddenConsolesShortcutDoesNotFire() {
        FakeWorkspace f;
        f.embedded.announceStatus(QStringLiteral("Stopped")); // so that Start is enabled
        f.workspace.open(profileNamed(QStringLiteral("Staging"), QStringLiteral("green")));
        FakeBackend* remote = f.remotes.at(0);
        QVERIFY(f.activate());
        const auto start = [&] {
            QTest::keyClick(&f.workspace, Qt::Key_S, Qt::ControlModifier | Qt::AltModifier);
        };
        start();
        QCOMPARE(remote->starts, 1);
        QCOMPARE(f.embedded.starts, 0);
        f.workspace.setCurrentIndex(0);
        start();
        QCOMPARE(f.embedded.starts, 1);
        QCOMPARE(remote->starts, 1);
    }

    void quittingWithClientsOnTheEmbeddedBrokerAsksFirst() {
        FakeWorkspace f;
        QVERIFY(f.activate());
        ConsoleWindow* embedded = f.workspace.console(0);
        QStringList asked;
        bool answer = false;
        embedded->setConfirmation([&](const QString& question) {
            asked << question;
            return answer;
        });
        auto* quit = embedded->findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QStringLiteral("Ctrl+Q")));

        // No client connected: quits without a word.
        warren::BrokerSnapshot idle = sampleSnapshot();
        idle.connections.clear();
        emit f.embedded.snapshotUpdated(idle);
        QVERIFY(f.workspace.close());
        QVERIFY(asked.isEmpty());

        QVERIFY(f.activate());
        warren::BrokerSnapshot busy = sampleSnapshot();
        QVERIFY(busy.connections.size() > 1);
        emit f.embedded.snapshotUpdated(busy);
        quit->trigger(); // Ctrl+Q
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.front().contains(QString::number(busy.connections.size())));
        QVERIFY(f.workspace.isVisible()); // "no": still running
        // What the default confirmation (QMessageBox::question) shows.
        QMessageBox shown(QMessageBox::Question, QStringLiteral("Warren"), asked.front(),
                          QMessageBox::Yes | QMessageBox::No);
        saveScreenshot(&shown, QStringLiteral("quit-with-clients.png"));
        answer = true;
        QVERIFY(f.workspace.close()); // the window's close button asks the same
        QCOMPARE(asked.size(), 2);
        QVERIFY(!f.workspace.isVisible());
    }

    void geometryAndSidebarAreSavedForTheWorkspace() {
        {
            FakeWorkspace f;
            f.workspace.resize(1010, 500);
            QVERIFY(f.activate());
            auto* toggle = f.workspace.findChild<QAction*>(QStringLiteral("showBrokerListAction"));
            QVERIFY(toggle && toggle->isChecked());
            toggle->trigger();
            QVERIFY(f.sidebar->isHidden());
            f.workspace.close();
        }
        QVERIFY(QSettings().contains(QStringLiteral("BrokerWorkspace/geometry")));
        QVERIFY(QSettings().contains(QStringLiteral("BrokerWorkspace/splitter")));
        // The console is a pane: its size is the workspace's business.
        QVERIFY(!QSettings().contains(QStringLiteral("ConsoleWindow/geometry")));
        FakeWorkspace again;
        QCOMPARE(again.workspace.size(), QSize(1010, 500));
        QVERIFY(again.sidebar->isHidden());
    }

    void aConnectRequestOpensAConsoleOnAnUnreachableBroker() {
        FakeBackend local;
        BrokerWorkspace workspace; // the real factory: createRemoteBackend
        workspace.addEmbedded(&local);
        const ConnectionProfile profile = unreachableProfile();
        emit workspace.console(0)->connectRequested(profile);
        QCOMPARE(workspace.brokerCount(), 2);
        QPointer<ConsoleWindow> remote = workspace.currentConsole();
        QVERIFY(remote && remote != workspace.console(0));
        QVERIFY(workspace.windowTitle().contains(u"Production"));
        QPointer<BrokerBackend> backend = remote->findChild<BrokerBackend*>();
        QVERIFY(backend);
        QVERIFY(!backend->canManage()); // read-only: the console disables every change
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().contains(u"Unreachable"), 20000);
        auto* status = remote->findChild<QLabel*>(QStringLiteral("brokerStatus"));
        QVERIFY(status->text().contains(u"Unreachable"));
        // The sidebar marks it, the reason in the tooltip.
        QListWidgetItem* item =
            workspace.findChild<QListWidget*>(QStringLiteral("brokerList"))->item(1);
        QCOMPARE(stateOf(item), BrokerWorkspace::State::Alert);
        QVERIFY(item->toolTip().contains(u"Production"));

        auto* banner = remote->findChild<QWidget*>(QStringLiteral("connectionBanner"));
        QVERIFY(banner && !banner->isHidden());
        QCOMPARE(banner->palette().color(QPalette::Window), QColor(Qt::red));
        QCOMPARE(remote->findChild<QLabel*>(QStringLiteral("connectionBannerName"))->text(),
                 profile.name);
        QVERIFY(remote->findChild<QLabel*>(QStringLiteral("connectionBannerReadOnly")));
        QVERIFY(remote->findChild<QLabel*>(QStringLiteral("connectionBannerSkipVerify")));
        // The local console has no banner.
        QVERIFY(!workspace.console(0)->findChild<QWidget*>(QStringLiteral("connectionBanner")));

        workspace.closeCurrentBroker();
        QTRY_VERIFY(!remote);
        QVERIFY(!backend); // deleted with its console
    }

    void anActiveMqProfileOpensAConsoleWithoutTheTabsItCannotBack() {
        FakeBackend local;
        BrokerWorkspace workspace;
        workspace.addEmbedded(&local);
        ConnectionProfile p = unreachableProfile();
        p.kind = ConnectionProfile::Kind::ActiveMQ;
        ConsoleWindow* opened = workspace.open(p);
        QVERIFY(opened);
        auto* tabs = opened->findChild<QTabWidget*>(QStringLiteral("tabs"));
        const int bindings =
            tabs->indexOf(opened->findChild<QWidget*>(QStringLiteral("bindingsPage")));
        QVERIFY(!tabs->isTabEnabled(bindings));
        QVERIFY(!tabs->tabToolTip(bindings).isEmpty());
    }
};

QTEST_MAIN(TestBrokerWorkspace)
#include "tst_broker_workspace.moc"
