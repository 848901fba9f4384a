// The connection dialogs offscreen, against a private keychain (with-keyring.sh): the one-profile
// dialog refuses what cannot be saved and warns about skipped verification; the list creates,
// deletes, exports and imports; Connect, there or from the console's File menu, hands over the
// profile with the password read from the keychain.

#include "authorization_sent.h"
#include "backends/remote_backends.h"
#include "fake_backend.h"
#include "models/connection_profile_store.h"
#include "screenshot.h"
#include "views/connection_dialog.h"
#include "views/connections_dialog.h"
#include "views/console_window.h"
#include "views/password_dialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

void fill(QDialog* dialog, const QString& field, const QString& text) {
    auto* edit = dialog->findChild<QLineEdit*>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setText(text);
}

QLabel* errorLabel(QDialog* dialog) {
    return dialog->findChild<QLabel*>(QStringLiteral("connectionError"));
}

ConnectionProfile savedProfile(const QString& name) {
    ConnectionProfile p;
    p.name = name;
    p.url = QUrl(QStringLiteral("http://127.0.0.1:15672/"));
    p.user = QStringLiteral("guest");
    p.password = QStringLiteral("pw-of-%1").arg(name);
    return p;
}

void waitForKeychain(ConnectionProfileStore& store) {
    if (!store.keychainBusy())
        return;
    QSignalSpy idle(&store, &ConnectionProfileStore::keychainIdle);
    QVERIFY(idle.wait(20000));
}

} // namespace

class TestConnectionsDialog final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connections_dialog"));
    }

    void init() { QSettings().clear(); }

    void theProfileDialogRefusesWhatCannotBeSaved() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(savedProfile(QStringLiteral("taken"))), QString());
        ConnectionDialog dialog(&store, nullptr);
        QVERIFY(errorLabel(&dialog)->isHidden());
        auto refusedWith = [&](const QString& name, const QString& url) {
            fill(&dialog, QStringLiteral("connectionName"), name);
            fill(&dialog, QStringLiteral("connectionUrl"), url);
            dialog.accept();
            return dialog.result() == QDialog::Accepted ? QString() : errorLabel(&dialog)->text();
        };
        QVERIFY(refusedWith(QString(), QStringLiteral("http://h/")).contains(u"name"));
        QVERIFY(!errorLabel(&dialog)->isHidden());
        QVERIFY(refusedWith(QStringLiteral("taken"), QStringLiteral("http://h/"))
                    .contains(u"already exists"));
        QVERIFY(refusedWith(QStringLiteral("new"), QStringLiteral("ftp://h/")).contains(u"http"));
        QVERIFY(refusedWith(QStringLiteral("new"), QString()).contains(u"http"));
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(refusedWith(QStringLiteral("new"), QStringLiteral("https://h:15671/")), QString());
        QCOMPARE(store.profile(QStringLiteral("new"))->url,
                 QUrl(QStringLiteral("https://h:15671/")));
        waitForKeychain(store);
    }

    void everyFieldReachesTheProfile() {
        ConnectionProfileStore store;
        ConnectionDialog dialog(&store, nullptr);
        fill(&dialog, QStringLiteral("connectionName"), QStringLiteral(" staging "));
        fill(&dialog, QStringLiteral("connectionUrl"), QStringLiteral("https://stage:15671/"));
        fill(&dialog, QStringLiteral("connectionUser"), QStringLiteral("ops"));
        fill(&dialog, QStringLiteral("connectionPassword"), QStringLiteral("pw"));
        fill(&dialog, QStringLiteral("connectionCaFile"), QStringLiteral("/ca.pem"));
        fill(&dialog, QStringLiteral("connectionCertificateFile"), QStringLiteral("/c.pem"));
        fill(&dialog, QStringLiteral("connectionKeyFile"), QStringLiteral("/c.key"));
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("connectionKind"));
        kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::ActiveMQ)));
        auto* colour = dialog.findChild<QComboBox*>(QStringLiteral("connectionColour"));
        QCOMPARE(colour->count(), 7); // none and six colours
        colour->setCurrentIndex(colour->findData(QStringLiteral("orange")));
        dialog.findChild<QCheckBox*>(QStringLiteral("connectionReadOnly"))->setChecked(true);
        const ConnectionProfile p = dialog.profile();
        QCOMPARE(p.name, QStringLiteral("staging"));
        QCOMPARE(p.kind, ConnectionProfile::Kind::ActiveMQ);
        QCOMPARE(p.user, QStringLiteral("ops"));
        QCOMPARE(p.password, QStringLiteral("pw"));
        QCOMPARE(p.clientKeyFile, QStringLiteral("/c.key"));
        QCOMPARE(p.colour, QStringLiteral("orange"));
        QVERIFY(p.readOnly);
        QCOMPARE(p.pollIntervalMs, 5000);
        // Every control can be named by a screen reader.
        for (QWidget* w : dialog.findChildren<QWidget*>())
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                qobject_cast<QCheckBox*>(w))
                if (!w->objectName().startsWith(QLatin1String("qt_"))) // Qt's own parts
                    QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }

    void anMqttBrokerTakesAnMqttUrlAndTlsOnlyForMqtts() {
        ConnectionProfileStore store;
        ConnectionDialog dialog(&store, nullptr);
        auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("connectionKind"));
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("connectionUrl"));
        auto* ca = dialog.findChild<QLineEdit*>(QStringLiteral("connectionCaFile"));
        auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("connectionSkipVerify"));
        const int mqtt = kind->findData(int(ConnectionProfile::Kind::Mqtt));
        QVERIFY(mqtt >= 0);
        QCOMPARE(kind->itemText(mqtt), QStringLiteral("MQTT broker"));
        QVERIFY(!url->placeholderText().contains(u"mqtt://"));
        QVERIFY(ca->isEnabled());
        kind->setCurrentIndex(mqtt);
        QVERIFY2(url->placeholderText().contains(u"mqtt://127.0.0.1:1883"),
                 qPrintable(url->placeholderText()));
        QVERIFY(!url->accessibleName().isEmpty());
        // Certificates apply to mqtts:// alone.
        url->setText(QStringLiteral("mqtt://127.0.0.1:1883"));
        QVERIFY(!ca->isEnabled());
        QVERIFY(!skip->isEnabled());
        url->setText(QStringLiteral("mqtts://broker.example.com:8883"));
        QVERIFY(ca->isEnabled());
        QVERIFY(skip->isEnabled());
        // A bare host is an MQTT broker's.
        url->setText(QStringLiteral("broker.example.com:1884"));
        QCOMPARE(dialog.profile().url, QUrl(QStringLiteral("mqtt://broker.example.com:1884")));
        QCOMPARE(dialog.profile().kind, ConnectionProfile::Kind::Mqtt);
        fill(&dialog, QStringLiteral("connectionName"), QStringLiteral("sensors"));
        url->setText(QStringLiteral("http://broker.example.com:15672/"));
        dialog.accept();
        QVERIFY(errorLabel(&dialog)->text().contains(u"mqtt://"));
        url->setText(QStringLiteral("mqtt://broker.example.com:1883"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.profile(QStringLiteral("sensors"))->kind, ConnectionProfile::Kind::Mqtt);
        // Switching back gives the other kinds their fields again.
        kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::RabbitMQ)));
        QVERIFY(ca->isEnabled());
        // Editing an MQTT profile shows it as one.
        const ConnectionProfile saved = *store.profile(QStringLiteral("sensors"));
        ConnectionDialog edit(&store, &saved);
        QCOMPARE(
            edit.findChild<QComboBox*>(QStringLiteral("connectionKind"))->currentData().toInt(),
            int(ConnectionProfile::Kind::Mqtt));
        QVERIFY(!edit.findChild<QLineEdit*>(QStringLiteral("connectionCaFile"))->isEnabled());
        waitForKeychain(store);
    }

    void skippingVerificationShowsAWarning() {
        ConnectionProfileStore store;
        ConnectionDialog dialog(&store, nullptr);
        auto* warning = dialog.findChild<QLabel*>(QStringLiteral("skipVerifyWarning"));
        auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("connectionSkipVerify"));
        QVERIFY(warning && skip);
        QVERIFY(warning->isHidden());
        skip->setChecked(true);
        QVERIFY(!warning->isHidden());
        QVERIFY(!warning->text().isEmpty());
        skip->setChecked(false);
        QVERIFY(warning->isHidden());
        // Editing a profile that skips it shows the warning at once.
        ConnectionProfile existing = savedProfile(QStringLiteral("dev"));
        existing.skipTlsVerification = true;
        ConnectionDialog edit(&store, &existing);
        QVERIFY(!edit.findChild<QLabel*>(QStringLiteral("skipVerifyWarning"))->isHidden());
    }

    void newConnectionIsSavedFromTheList() {
        ConnectionProfileStore store;
        ConnectionsDialog dialog(&store);
        QCOMPARE(dialog.list()->count(), 0);
        bool answered = false;
        QTimer::singleShot(0, [&answered] {
            auto* form = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            QVERIFY(form);
            fill(form, QStringLiteral("connectionName"), QStringLiteral("fresh"));
            fill(form, QStringLiteral("connectionUrl"), QStringLiteral("http://fresh:15672/"));
            fill(form, QStringLiteral("connectionPassword"), QStringLiteral("typed"));
            form->accept();
            answered = true;
        });
        dialog.newConnection();
        QVERIFY(answered);
        QCOMPARE(dialog.list()->count(), 1);
        QVERIFY(dialog.list()->item(0)->text().contains(u"fresh"));
        QVERIFY(store.profile(QStringLiteral("fresh")));
        waitForKeychain(store);
    }

    void deletingAsksFirst() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(savedProfile(QStringLiteral("doomed"))), QString());
        ConnectionsDialog dialog(&store);
        QVERIFY(dialog.select(QStringLiteral("doomed")));
        QString asked;
        dialog.setConfirmation([&asked](const QString& question) {
            asked = question;
            return false;
        });
        dialog.deleteSelected();
        QVERIFY(asked.contains(u"doomed"));
        QVERIFY(store.profile(QStringLiteral("doomed")));
        dialog.setConfirmation([](const QString&) { return true; });
        dialog.deleteSelected();
        QVERIFY(!store.profile(QStringLiteral("doomed")));
        QCOMPARE(dialog.list()->count(), 0);
        waitForKeychain(store);
    }

    void exportAndImportGoThroughAFileWithoutPasswords() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("connections.json"));
        ConnectionProfileStore store;
        QCOMPARE(store.save(savedProfile(QStringLiteral("one"))), QString());
        ConnectionsDialog dialog(&store);
        dialog.setFileChooser([&path](bool) { return path; });
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("connectionsMessage"));
        dialog.exportConnections();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"exported"), 20000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("\"one\""));
        QVERIFY(!written.contains("pw-of-one"));

        dialog.importConnections(); // the same names: imported under new ones
        QVERIFY(message->text().contains(u"one (2)"));
        QCOMPARE(dialog.list()->count(), 2);
        QVERIFY(store.profile(QStringLiteral("one (2)")));
        waitForKeychain(store);
    }

    void connectHandsOverTheProfileWithItsPassword() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(savedProfile(QStringLiteral("target"))), QString());
        QCOMPARE(store.save(savedProfile(QStringLiteral("other"))), QString());
        ConnectionsDialog dialog(&store);
        dialog.setPasswordPrompt([](const PasswordQuestion&) -> std::optional<PasswordAnswer> {
            qWarning("the keychain should have answered");
            return std::nullopt;
        });
        QVERIFY(dialog.select(QStringLiteral("target")));
        QSignalSpy chosen(&dialog, &ConnectionsDialog::connectRequested);
        dialog.connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 1, 20000);
        const auto profile = chosen.at(0).at(0).value<ConnectionProfile>();
        QCOMPARE(profile.name, QStringLiteral("target"));
        QCOMPARE(profile.password, QStringLiteral("pw-of-target"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aMissingPasswordIsAskedForRememberedAndSentToTheBroker() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        ConnectionProfileStore store;
        ConnectionProfile saved = savedProfile(QStringLiteral("remote"));
        saved.url = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(server.serverPort()));
        saved.password.clear(); // nothing in the keychain: as after a failed keychain write
        QCOMPARE(store.save(saved), QString());
        ConnectionsDialog dialog(&store);
        QList<PasswordQuestion> asked;
        dialog.setPasswordPrompt([&](const PasswordQuestion& question) {
            asked << question;
            return std::optional<PasswordAnswer>(
                PasswordAnswer{QStringLiteral("typed-pw"), true, false});
        });
        QVERIFY(dialog.select(saved.name));
        QSignalSpy chosen(&dialog, &ConnectionsDialog::connectRequested);
        dialog.connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(chosen.count(), 1, 20000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().profileName, saved.name);
        QCOMPARE(asked.front().keychainError, QString()); // no entry is not a keychain failure
        const auto profile = chosen.at(0).at(0).value<ConnectionProfile>();
        const auto backend = createRemoteBackend(profile);
        QByteArray authorization;
        authorizationSent(*backend, server, &authorization);
        QCOMPARE(authorization, "Basic " + QByteArray("guest:typed-pw").toBase64());

        // Remembered in the keychain: the next connect asks nothing.
        waitForKeychain(store);
        ConnectionsDialog again(&store);
        again.setPasswordPrompt([&](const PasswordQuestion& question) {
            asked << question;
            return std::optional<PasswordAnswer>();
        });
        QVERIFY(again.select(saved.name));
        QSignalSpy chosenAgain(&again, &ConnectionsDialog::connectRequested);
        again.connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(chosenAgain.count(), 1, 20000);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(chosenAgain.at(0).at(0).value<ConnectionProfile>().password,
                 QStringLiteral("typed-pw"));
    }

    void thePlainFileIsOfferedOnlyWhenTheKeychainFailedAndWarned() {
        PasswordDialog working({QStringLiteral("production"), QStringLiteral("ops"), QString()});
        auto* remember = working.findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        auto* plain = working.findChild<QCheckBox*>(QStringLiteral("plainSettingsPassword"));
        QVERIFY(remember && plain);
        working.show();
        QVERIFY(!plain->isVisible()); // the keychain works: it is the only place offered
        fill(&working, QStringLiteral("promptedPassword"), QStringLiteral("pw"));
        remember->setChecked(true);
        QCOMPARE(working.answer().password, QStringLiteral("pw"));
        QVERIFY(working.answer().remember);
        QVERIFY(!working.answer().plainSettings);
        saveScreenshot(&working, QStringLiteral("password-dialog.png"));

        PasswordDialog failed({QStringLiteral("production"), QStringLiteral("ops"),
                               QStringLiteral("No keychain service available")});
        failed.show();
        remember = failed.findChild<QCheckBox*>(QStringLiteral("rememberPassword"));
        plain = failed.findChild<QCheckBox*>(QStringLiteral("plainSettingsPassword"));
        auto* warning = failed.findChild<QLabel*>(QStringLiteral("plainSettingsWarning"));
        QVERIFY(plain->isVisible());
        QVERIFY(!plain->isEnabled()); // only to remember
        QVERIFY(!plain->isChecked()); // never by default
        QVERIFY(failed.findChild<QLabel*>(QStringLiteral("passwordQuestion"))
                    ->text()
                    .contains(u"No keychain service available"));
        remember->setChecked(true);
        QVERIFY(plain->isEnabled());
        QVERIFY(!warning->isVisible());
        plain->setChecked(true);
        QVERIFY(warning->isVisible());
        QVERIFY(failed.answer().plainSettings);
        saveScreenshot(&failed, QStringLiteral("password-dialog-keychain-failed.png"));
        remember->setChecked(false);
        QVERIFY(!failed.answer().plainSettings);
    }

    void cancellingThePasswordPromptConnectsNowhere() {
        ConnectionProfileStore store;
        ConnectionProfile saved = savedProfile(QStringLiteral("remote"));
        saved.password.clear();
        QCOMPARE(store.save(saved), QString());
        waitForKeychain(store);
        FakeBackend backend;
        ConsoleWindow window(&backend);
        int asked = 0;
        window.setPasswordPrompt([&](const PasswordQuestion&) {
            ++asked;
            return std::optional<PasswordAnswer>();
        });
        QSignalSpy requested(&window, &ConsoleWindow::connectRequested);
        window.connectToSaved(saved.name); // File > Recent connections
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(requested.count(), 0);
        // Not remembered either: asked again next time.
        window.connectToSaved(saved.name);
        QTRY_COMPARE_WITH_TIMEOUT(asked, 2, 20000);
    }

    void theConsoleConnectsFromItsFileMenuAndRemembersIt() {
        {
            ConnectionProfileStore store;
            QCOMPARE(store.save(savedProfile(QStringLiteral("remote"))), QString());
            waitForKeychain(store);
        }
        FakeBackend backend;
        ConsoleWindow window(&backend);
        QSignalSpy requested(&window, &ConsoleWindow::connectRequested);
        auto* action = window.findChild<QAction*>(QStringLiteral("connectToBrokerAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+O")));
        action->trigger();
        auto* dialog = window.findChild<ConnectionsDialog*>(QStringLiteral("connectionsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->select(QStringLiteral("remote")));
        dialog->connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 20000);
        QCOMPARE(requested.at(0).at(0).value<ConnectionProfile>().password,
                 QStringLiteral("pw-of-remote"));

        // Now in File > Recent connections, which connects again without the dialog.
        auto* recent = window.findChild<QMenu*>(QStringLiteral("recentConnectionsMenu"));
        QVERIFY(recent);
        emit recent->aboutToShow();
        QAction* again = nullptr;
        for (QAction* a : recent->actions())
            if (a->text() == QLatin1String("remote"))
                again = a;
        QVERIFY(again);
        again->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 2, 20000);
        QCOMPARE(requested.at(1).at(0).value<ConnectionProfile>().password,
                 QStringLiteral("pw-of-remote"));
    }
};

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connections_dialog.moc"
