// The saved connections against a real keychain (a private GNOME keyring on a bus of its own:
// with-keyring.sh) and QSettings in a test scope: profiles come back as saved, the password
// never reaches the settings or an export, renames and deletes keep the keychain in step, and
// imports never overwrite a connection of the same name.

#include "models/connection_profile_store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <optional>

namespace {

ConnectionProfile sampleProfile(const QString& name = QStringLiteral("production")) {
    ConnectionProfile p;
    p.name = name;
    p.kind = ConnectionProfile::Kind::Warren;
    p.url = QUrl(QStringLiteral("https://broker.example.com:15671/"));
    p.user = QStringLiteral("ops");
    p.password = QStringLiteral("s3cret-%1").arg(name);
    p.readOnly = true;
    p.pollIntervalMs = 2500;
    p.caFile = QStringLiteral("/etc/ssl/ca.pem");
    p.clientCertificateFile = QStringLiteral("/etc/ssl/client.pem");
    p.clientKeyFile = QStringLiteral("/etc/ssl/client.key");
    p.skipTlsVerification = true;
    p.colour = QStringLiteral("red");
    return p;
}

ConnectionProfile withoutPassword(ConnectionProfile p) {
    p.password.clear();
    return p;
}

} // namespace

class TestConnectionProfileStore final : public QObject {
    Q_OBJECT

    // What readPassword() finds for `name`, once every queued job has run.
    ConnectionProfileStore::PasswordLookup lookup(ConnectionProfileStore& store,
                                                  const QString& name) {
        std::optional<ConnectionProfileStore::PasswordLookup> found;
        store.readPassword(name, this, [&](const auto& l) { found = l; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 20000); }();
        return found.value_or(ConnectionProfileStore::PasswordLookup{});
    }

    // What the store holds for `name` ("" when nothing).
    QString storedPassword(ConnectionProfileStore& store, const QString& name) {
        const auto found = lookup(store, name);
        if (!found.keychainError.isEmpty())
            qWarning("keychain: %s", qPrintable(found.keychainError));
        if (found.found && found.password.isEmpty())
            return QStringLiteral("<empty but found>");
        return found.keychainError.isEmpty() ? found.password : QStringLiteral("<error>");
    }

    static QByteArray settingsFile() {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_connection_profile_store"));
    }

    void init() { QSettings().clear(); }

    void aSavedProfileComesBackAndItsPasswordIsOnlyInTheKeychain() {
        ConnectionProfileStore store;
        QSignalSpy changed(&store, &ConnectionProfileStore::profilesChanged);
        const ConnectionProfile p = sampleProfile();
        QCOMPARE(store.save(p), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.profiles(), QList<ConnectionProfile>{withoutPassword(p)});
        QCOMPARE(store.profile(p.name), withoutPassword(p));
        QCOMPARE(storedPassword(store, p.name), p.password);
        const QByteArray file = settingsFile();
        QVERIFY(file.contains("broker.example.com")); // the right file was read
        QVERIFY(!file.contains(p.password.toUtf8()));
        // Another store (another window) sees the same.
        ConnectionProfileStore other;
        QCOMPARE(other.profile(p.name), withoutPassword(p));
        QCOMPARE(storedPassword(other, p.name), p.password);
    }

    void noStoredPasswordIsNotFoundRatherThanEmpty() {
        ConnectionProfileStore store;
        ConnectionProfile p = sampleProfile();
        p.password.clear();
        QCOMPARE(store.save(p), QString());
        const auto found = lookup(store, p.name);
        QVERIFY(!found.found); // was taken as "" and sent as "Basic ops:"
        QCOMPARE(found.keychainError, QString());
    }

    void aPasswordPastedInTheUrlGoesToTheKeychainNotTheSettings() {
        ConnectionProfileStore store;
        ConnectionProfile p = sampleProfile();
        p.user.clear();
        p.password.clear();
        p.url = QUrl(QStringLiteral("https://pasted:hunter2-in-url@broker.example.com:15671/"));
        QCOMPARE(store.save(p), QString());
        const auto saved = store.profile(p.name);
        QVERIFY(saved);
        QCOMPARE(saved->url, QUrl(QStringLiteral("https://broker.example.com:15671/")));
        QCOMPARE(saved->user, QStringLiteral("pasted"));
        QCOMPARE(storedPassword(store, p.name), QStringLiteral("hunter2-in-url"));
        const QByteArray file = settingsFile();
        QVERIFY(file.contains("broker.example.com"));
        QVERIFY(!file.contains("hunter2"));
        QVERIFY(!store.exportProfiles().contains("hunter2"));
    }

    void aPlainSettingsPasswordIsUsedOnlyUntilTheKeychainTakesIt() {
        ConnectionProfileStore store;
        ConnectionProfile p = sampleProfile();
        p.password.clear();
        QCOMPARE(store.save(p), QString());
        store.rememberPasswordInPlainSettings(p.name, QStringLiteral("in-the-clear"));
        QVERIFY(settingsFile().contains("in-the-clear")); // what the person chose, warned
        QCOMPARE(storedPassword(store, p.name), QStringLiteral("in-the-clear"));
        QVERIFY(!store.exportProfiles().contains("in-the-clear"));
        // Once the keychain works again the clear copy goes.
        QSignalSpy failed(&store, &ConnectionProfileStore::keychainFailed);
        store.rememberPassword(p.name, QStringLiteral("in-the-keychain"));
        QCOMPARE(storedPassword(store, p.name), QStringLiteral("in-the-keychain"));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!settingsFile().contains("in-the-clear"));
        // Deleting the profile leaves no clear copy either.
        store.rememberPasswordInPlainSettings(p.name, QStringLiteral("in-the-clear"));
        store.remove(p.name);
        QVERIFY(!settingsFile().contains("in-the-clear"));
    }

    void whatCannotBeUsedIsRefused() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(sampleProfile(QStringLiteral("taken"))), QString());
        auto refused = [&](auto change) {
            ConnectionProfile p = sampleProfile(QStringLiteral("new"));
            change(p);
            return store.save(p);
        };
        QVERIFY(refused([](ConnectionProfile& p) { p.name.clear(); }).contains(u"name"));
        QVERIFY(
            refused([](ConnectionProfile& p) { p.name = QStringLiteral("  "); }).contains(u"name"));
        QVERIFY(refused([](ConnectionProfile& p) {
                    p.name = QStringLiteral(" padded");
                }).contains(u"blanks"));
        QVERIFY(refused([](ConnectionProfile& p) {
                    p.name = QStringLiteral("taken");
                }).contains(u"already exists"));
        QVERIFY(refused([](ConnectionProfile& p) {
                    p.url = QUrl(QStringLiteral("ftp://broker.example.com/"));
                }).contains(u"http"));
        QVERIFY(refused([](ConnectionProfile& p) { p.url = QUrl(); }).contains(u"http"));
        QVERIFY(refused([](ConnectionProfile& p) {
                    p.url = QUrl(QStringLiteral("http:///api"));
                }).contains(u"host"));
        QVERIFY(refused([](ConnectionProfile& p) { p.pollIntervalMs = 499; }).contains(u"500"));
        QCOMPARE(store.profiles().size(), 1); // nothing refused was saved
        // Saving a profile under its own name is an edit, not a clash.
        ConnectionProfile edited = sampleProfile(QStringLiteral("taken"));
        edited.pollIntervalMs = 500;
        QCOMPARE(store.save(edited, QStringLiteral("taken")), QString());
        QCOMPARE(store.profile(QStringLiteral("taken"))->pollIntervalMs, 500);
    }

    void anMqttBrokerIsSavedWithItsOwnUrlAndKind() {
        ConnectionProfileStore store;
        ConnectionProfile mqtt = sampleProfile(QStringLiteral("sensors"));
        mqtt.kind = ConnectionProfile::Kind::Mqtt;
        mqtt.url = QUrl(QStringLiteral("mqtts://mqtt.example.com:8883"));
        QCOMPARE(store.save(mqtt), QString());
        QCOMPARE(store.profile(mqtt.name), withoutPassword(mqtt));
        QCOMPARE(storedPassword(store, mqtt.name), mqtt.password);
        QVERIFY(settingsFile().contains("kind=mqtt"));
        QVERIFY(store.exportProfiles().contains("\"kind\": \"mqtt\""));
        // An export brings it back as an MQTT broker.
        const QByteArray exported = store.exportProfiles();
        QSettings().clear();
        QCOMPARE(store.importProfiles(exported).imported, QStringList{mqtt.name});
        QCOMPARE(store.profile(mqtt.name)->kind, ConnectionProfile::Kind::Mqtt);
        // MQTT is spoken to an MQTT broker, HTTP to the others' management APIs.
        mqtt.name = QStringLiteral("plain");
        mqtt.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1883"));
        QCOMPARE(store.save(mqtt), QString());
        mqtt.name = QStringLiteral("refused");
        mqtt.url = QUrl(QStringLiteral("http://127.0.0.1:15672/"));
        QVERIFY(store.save(mqtt).contains(u"mqtt://"));
        mqtt.url = QUrl(QStringLiteral("mqtt:///no-host"));
        QVERIFY(store.save(mqtt).contains(u"host"));
        ConnectionProfile rabbit = sampleProfile(QStringLiteral("rabbit"));
        rabbit.url = QUrl(QStringLiteral("mqtt://127.0.0.1:1883"));
        QVERIFY(store.save(rabbit).contains(u"http"));
    }

    void aRenameKeepsThePasswordUnderTheNewName() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(sampleProfile(QStringLiteral("old"))), QString());
        store.noteConnected(QStringLiteral("old"));
        ConnectionProfile renamed = sampleProfile(QStringLiteral("renamed"));
        renamed.password.clear(); // the dialog's "unchanged"
        QCOMPARE(store.save(renamed, QStringLiteral("old"), ConnectionProfileStore::Password::Keep),
                 QString());
        QCOMPARE(store.profiles(), QList<ConnectionProfile>{renamed});
        QCOMPARE(storedPassword(store, QStringLiteral("renamed")), QStringLiteral("s3cret-old"));
        QCOMPARE(storedPassword(store, QStringLiteral("old")), QString());
        QCOMPARE(store.recentNames(), QStringList{QStringLiteral("renamed")});
    }

    void aRenameWithANewPasswordLeavesNothingUnderTheOldName() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(sampleProfile(QStringLiteral("before"))), QString());
        ConnectionProfile renamed = sampleProfile(QStringLiteral("after"));
        QCOMPARE(store.save(renamed, QStringLiteral("before")), QString());
        QCOMPARE(storedPassword(store, QStringLiteral("after")), renamed.password);
        QCOMPARE(storedPassword(store, QStringLiteral("before")), QString());
        // An empty password replaces the saved one with none.
        renamed.password.clear();
        QCOMPARE(store.save(renamed, QStringLiteral("after")), QString());
        QCOMPARE(storedPassword(store, QStringLiteral("after")), QString());
    }

    void deletingForgetsTheProfileAndItsPassword() {
        ConnectionProfileStore store;
        QCOMPARE(store.save(sampleProfile(QStringLiteral("gone"))), QString());
        QCOMPARE(store.save(sampleProfile(QStringLiteral("stays"))), QString());
        store.noteConnected(QStringLiteral("gone"));
        store.noteConnected(QStringLiteral("stays"));
        store.remove(QStringLiteral("gone"));
        QCOMPARE(store.profiles().size(), 1);
        QVERIFY(!store.profile(QStringLiteral("gone")));
        QCOMPARE(store.recentNames(), QStringList{QStringLiteral("stays")});
        QCOMPARE(storedPassword(store, QStringLiteral("gone")), QString());
        QCOMPARE(storedPassword(store, QStringLiteral("stays")), QStringLiteral("s3cret-stays"));
    }

    void recentConnectionsAreNewestFirst() {
        ConnectionProfileStore store;
        for (const char* name : {"a", "b", "c"})
            QCOMPARE(store.save(sampleProfile(QString::fromLatin1(name))), QString());
        store.noteConnected(QStringLiteral("a"));
        store.noteConnected(QStringLiteral("b"));
        store.noteConnected(QStringLiteral("a"));
        QCOMPARE(store.recentNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void anExportHoldsNoSecretAndImportsBack() {
        ConnectionProfileStore store;
        const ConnectionProfile first = sampleProfile(QStringLiteral("first"));
        ConnectionProfile second = sampleProfile(QStringLiteral("second"));
        second.kind = ConnectionProfile::Kind::ActiveMQ;
        second.colour.clear();
        second.readOnly = false;
        QCOMPARE(store.save(first), QString());
        QCOMPARE(store.save(second), QString());
        const QByteArray exported = store.exportProfiles();
        QVERIFY(!exported.contains("s3cret"));
        QVERIFY(!exported.contains("password"));

        QSettings().clear();
        QVERIFY(store.profiles().isEmpty());
        const auto report = store.importProfiles(exported);
        QCOMPARE(report.error, QString());
        QCOMPARE(report.imported, (QStringList{QStringLiteral("first"), QStringLiteral("second")}));
        QVERIFY(report.renamed.isEmpty());
        QCOMPARE(store.profiles(),
                 (QList<ConnectionProfile>{withoutPassword(first), withoutPassword(second)}));

        // The same file again: nothing is overwritten, the newcomers are renamed.
        const auto again = store.importProfiles(exported);
        QCOMPARE(again.imported,
                 (QStringList{QStringLiteral("first (2)"), QStringLiteral("second (2)")}));
        QCOMPARE(again.renamed.size(), 2);
        QCOMPARE(store.profiles().size(), 4);
        QCOMPARE(store.profile(QStringLiteral("first (2)"))->url, first.url);
    }

    void anImportReadsNoPasswordAndSkipsWhatIsInvalid() {
        ConnectionProfileStore store;
        QJsonObject withPassword{
            {QStringLiteral("name"), QStringLiteral("handed over")},
            {QStringLiteral("url"), QStringLiteral("http://shared.example.org:15672/")},
            {QStringLiteral("password"), QStringLiteral("leaked")}};
        QJsonObject badUrl{{QStringLiteral("name"), QStringLiteral("bad")},
                           {QStringLiteral("url"), QStringLiteral("file:///etc/passwd")}};
        QJsonObject slow{{QStringLiteral("name"), QStringLiteral("fast")},
                         {QStringLiteral("url"), QStringLiteral("http://host/")},
                         {QStringLiteral("pollIntervalMs"), 10}};
        const QJsonObject file{
            {QStringLiteral("warrenConnections"), 1},
            {QStringLiteral("profiles"), QJsonArray{withPassword, badUrl, slow}}};
        const auto report = store.importProfiles(QJsonDocument(file).toJson());
        QCOMPARE(report.imported, QStringList{QStringLiteral("handed over")});
        QCOMPARE(report.skipped.size(), 2);
        QVERIFY(report.skipped.at(0).startsWith(u"bad: "));
        QCOMPARE(store.profile(QStringLiteral("handed over"))->password, QString());
        QCOMPARE(storedPassword(store, QStringLiteral("handed over")), QString());

        QVERIFY(!store.importProfiles("not json").error.isEmpty());
        QVERIFY(!store.importProfiles(R"({"profiles": []})").error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfileStore)
#include "tst_connection_profile_store.moc"
