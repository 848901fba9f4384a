// Saved connections on a desktop without a working keychain (no session bus: QtKeychain fails
// at once): the failure is shown rather than dropped, the password is asked for instead of
// being taken as empty, and only when the person ticks the warned option is it kept in the
// plain settings file, from where the next connect takes it.

#include "authorization_sent.h"
#include "backends/remote_backends.h"
#include "models/connection_profile_store.h"
#include "views/connections_dialog.h"

#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

namespace {

ConnectionProfile remoteProfile(quint16 port) {
    ConnectionProfile p;
    p.name = QStringLiteral("production");
    p.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    p.user = QStringLiteral("ops");
    p.password = QStringLiteral("never-stored");
    return p;
}

void waitForKeychain(ConnectionProfileStore& store) {
    if (!store.keychainBusy())
        return;
    QSignalSpy idle(&store, &ConnectionProfileStore::keychainIdle);
    QVERIFY(idle.wait(20000));
}

// Connects to the selected profile from a fresh dialog, answering the prompt with `answer`;
// the questions asked are appended to `asked`.
std::optional<ConnectionProfile> connectWith(ConnectionProfileStore& store,
                                             std::optional<PasswordAnswer> answer,
                                             QList<PasswordQuestion>* asked) {
    ConnectionsDialog dialog(&store);
    dialog.setPasswordPrompt([&](const PasswordQuestion& question) {
        asked->append(question);
        return answer;
    });
    if (!dialog.select(QStringLiteral("production")))
        return std::nullopt;
    QSignalSpy chosen(&dialog, &ConnectionsDialog::connectRequested);
    QSignalSpy finished(&dialog, &QDialog::finished);
    dialog.connectSelected();
    // Answered (and closed) or cancelled (the buttons come back).
    if (!QTest::qWaitFor([&] { return chosen.count() > 0 || !store.keychainBusy(); }, 20000))
        return std::nullopt;
    QCoreApplication::processEvents();
    if (chosen.isEmpty())
        return std::nullopt;
    return chosen.at(0).at(0).value<ConnectionProfile>();
}

} // namespace

class TestKeychainUnavailable final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keychain_unavailable"));
    }

    void init() { QSettings().clear(); }

    void aPasswordTheKeychainWouldNotTakeIsReported() {
        ConnectionProfileStore store;
        ConnectionsDialog dialog(&store);
        QSignalSpy failed(&store, &ConnectionProfileStore::keychainFailed);
        QCOMPARE(store.save(remoteProfile(1)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("connectionsMessage"));
        QVERIFY(!message->isHidden());
        QVERIFY(message->text().contains(u"production"));
        QVERIFY(message->text().contains(u"asked for it when connecting"));
    }

    void thePasswordIsAskedForAndKeptInThePlainFileOnlyWhenChosen() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConnectionProfileStore store;
        QCOMPARE(store.save(remoteProfile(server.serverPort())), QString());
        waitForKeychain(store);

        // Remember, but not in the plain file: the keychain cannot, so it is asked again.
        QList<PasswordQuestion> asked;
        auto profile =
            connectWith(store, PasswordAnswer{QStringLiteral("typed"), true, false}, &asked);
        QVERIFY(profile);
        QCOMPARE(asked.size(), 1);
        QVERIFY(!asked.front().keychainError.isEmpty()); // said why, so the file can be offered
        QCOMPARE(profile->password, QStringLiteral("typed"));
        waitForKeychain(store);
        QVERIFY(connectWith(store, PasswordAnswer{QStringLiteral("typed"), false, false}, &asked));
        QCOMPARE(asked.size(), 2);

        // Cancelled: nothing connects.
        QVERIFY(!connectWith(store, std::nullopt, &asked));
        QCOMPARE(asked.size(), 3);

        // Chosen, warned: kept in the settings file and used from there without asking.
        profile = connectWith(store, PasswordAnswer{QStringLiteral("typed"), true, true}, &asked);
        QVERIFY(profile);
        profile = connectWith(store, std::nullopt, &asked);
        QVERIFY(profile);
        QCOMPARE(asked.size(), 4);
        QCOMPARE(profile->password, QStringLiteral("typed"));
        const auto backend = createRemoteBackend(*profile);
        QByteArray authorization;
        authorizationSent(*backend, server, &authorization);
        QCOMPARE(authorization, "Basic " + QByteArray("ops:typed").toBase64());
    }
};

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
