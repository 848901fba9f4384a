// Connecting to a remote broker from the console: a window of its own opens for it, with a
// backend that really tries the profile's URL (here a port nothing listens on, so it reports the
// broker unreachable, no broker needed), the profile's colour, name and warnings at the top, and
// the backend goes with the window when it is closed.

#include "backends/broker_backend.h"
#include "backends/jolokia_backend.h"
#include "backends/management_api_backend.h"
#include "backends/remote_backends.h"
#include "fake_backend.h"
#include "views/console_window.h"
#include "views/copy_definitions_dialog.h"
#include "views/remote_windows.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
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

} // namespace

class TestRemoteWindows final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_remote_windows"));
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
        FakeBackend local;
        ConsoleWindow window(&local);
        RemoteWindows remotes;
        remotes.watch(&window);
        QSignalSpy opened(&remotes, &RemoteWindows::windowOpened);
        emit window.connectRequested(unreachableProfile());
        QPointer<ConsoleWindow> remote = opened.at(0).at(0).value<ConsoleWindow*>();
        // From the remote window's File menu: it is the source, the other the target.
        auto* action = remote->findChild<QAction*>(QStringLiteral("copyDefinitionsAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* dialog = remote->findChild<CopyDefinitionsDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->sourceChoice()->count(), 2);
        QCOMPARE(dialog->sourceChoice()->currentText(), remote->backend()->displayName());
        QCOMPARE(dialog->targetChoice()->currentText(), local.displayName());
        remote->close(); // deleted on close, its dialog with it
        QTRY_VERIFY(remote.isNull());
    }

    void aConnectRequestOpensAWindowOnAnUnreachableBroker() {
        FakeBackend local;
        ConsoleWindow window(&local);
        RemoteWindows remotes;
        remotes.watch(&window);
        QSignalSpy opened(&remotes, &RemoteWindows::windowOpened);
        const ConnectionProfile profile = unreachableProfile();
        emit window.connectRequested(profile);
        QCOMPARE(opened.count(), 1);
        QPointer<ConsoleWindow> remote = opened.at(0).at(0).value<ConsoleWindow*>();
        QVERIFY(remote && remote != &window);
        QVERIFY(remote->isVisible());
        QVERIFY(remote->windowTitle().contains(u"Production"));
        QPointer<BrokerBackend> backend = remote->findChild<BrokerBackend*>();
        QVERIFY(backend);
        QVERIFY(!backend->canManage()); // read-only: the window disables every change
        QTRY_VERIFY_WITH_TIMEOUT(backend->status().contains(u"Unreachable"), 20000);
        auto* status = remote->findChild<QLabel*>(QStringLiteral("brokerStatus"));
        QVERIFY(status->text().contains(u"Unreachable"));

        auto* banner = remote->findChild<QWidget*>(QStringLiteral("connectionBanner"));
        QVERIFY(banner && !banner->isHidden());
        QCOMPARE(banner->palette().color(QPalette::Window), QColor(Qt::red));
        QCOMPARE(remote->findChild<QLabel*>(QStringLiteral("connectionBannerName"))->text(),
                 profile.name);
        QVERIFY(remote->findChild<QLabel*>(QStringLiteral("connectionBannerReadOnly")));
        QVERIFY(remote->findChild<QLabel*>(QStringLiteral("connectionBannerSkipVerify")));
        // The local window has no banner.
        QVERIFY(!window.findChild<QWidget*>(QStringLiteral("connectionBanner")));

        // A second broker opens beside the first; the remote window can open more too.
        emit remote->connectRequested(unreachableProfile());
        QCOMPARE(opened.count(), 2);
        auto* second = opened.at(1).at(0).value<ConsoleWindow*>();
        QVERIFY(second != remote);

        remote->close();
        QTRY_VERIFY(!remote);
        QTRY_VERIFY(!backend); // deleted with its window
        second->close();
    }

    void anActiveMqProfileOpensAWindowWithoutTheTabsItCannotBack() {
        RemoteWindows remotes;
        ConnectionProfile p = unreachableProfile();
        p.kind = ConnectionProfile::Kind::ActiveMQ;
        ConsoleWindow* opened = remotes.open(p);
        QVERIFY(opened);
        auto* tabs = opened->findChild<QTabWidget*>(QStringLiteral("tabs"));
        const int bindings =
            tabs->indexOf(opened->findChild<QWidget*>(QStringLiteral("bindingsPage")));
        QVERIFY(!tabs->isTabEnabled(bindings));
        QVERIFY(!tabs->tabToolTip(bindings).isEmpty());
        opened->close();
    }
};

QTEST_MAIN(TestRemoteWindows)
#include "tst_remote_windows.moc"
