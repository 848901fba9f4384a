// The Broker settings tab offscreen against the fake backend: it shows the broker's config,
// refuses listener specs that do not parse (inline, with Apply disabled), applies valid edits
// after asking and keeps them in QSettings for the next launch.

#include "fake_backend.h"
#include "models/saved_broker_settings.h"
#include "views/broker_settings_page.h"
#include "views/console_window.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {

// A broker the console only watches, as a remote one would be: no settings to offer.
class WatchedBackend final : public BrokerBackend {
public:
    QString displayName() const override { return QStringLiteral("Remote broker"); }
    QString status() const override { return QStringLiteral("Running"); }
    QList<warren::ListenerInfo> listeners() const override { return {}; }
    void refresh() override {}
};

warren::BrokerConfig sampleConfig() {
    warren::BrokerConfig config;
    config.dataDir = QStringLiteral("/var/lib/warren");
    config.listeners = {{QStringLiteral("amqp"), QStringLiteral("127.0.0.1"), 5673},
                        {QStringLiteral("http"), QStringLiteral("::1"), 15673}};
    config.channelMax = 100;
    config.frameMax = 65536;
    config.heartbeatSeconds = 30;
    config.memoryHighWatermarkBytes = 2'000'000'000;
    config.diskFreeLimitBytes = 100'000'000;
    config.defaultUser = QStringLiteral("admin");
    config.defaultVhost = QStringLiteral("desk");
    return config;
}

template <typename T> T* child(const QWidget& page, const char* name) {
    return page.findChild<T*>(QLatin1String(name));
}

} // namespace

class TestBrokerSettingsPage final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_broker_settings_page"));
    }

    void init() { QSettings().clear(); }

    void showsTheBrokersSettings() {
        FakeBackend backend;
        backend.config = sampleConfig();
        BrokerSettingsPage page(&backend);
        QCOMPARE(child<QPlainTextEdit>(page, "listenersEdit")->toPlainText(),
                 QStringLiteral("amqp=127.0.0.1:5673\nhttp=[::1]:15673"));
        QCOMPARE(child<QSpinBox>(page, "channelMax")->value(), 100);
        QCOMPARE(child<QSpinBox>(page, "frameMax")->value(), 65536);
        QCOMPARE(child<QSpinBox>(page, "heartbeat")->value(), 30);
        QCOMPARE(child<QSpinBox>(page, "memoryHighWatermark")->value(), 2000);
        QCOMPARE(child<QSpinBox>(page, "diskFreeLimit")->value(), 100);
        QCOMPARE(child<QLabel>(page, "defaultUser")->text(), QStringLiteral("admin"));
        QCOMPARE(child<QLabel>(page, "defaultVhost")->text(), QStringLiteral("desk"));
        // The data directory is shown, not offered for editing.
        QCOMPARE(child<QLabel>(page, "dataDir")->text(), QStringLiteral("/var/lib/warren"));
        QVERIFY(child<QPushButton>(page, "applyBrokerSettings")->isEnabled());
        QVERIFY(child<QLabel>(page, "listenersError")->isHidden());
    }

    void defaultListenersAreSpelledOut() {
        FakeBackend backend; // config.listeners empty: amqp and http on their usual ports
        BrokerSettingsPage page(&backend);
        QCOMPARE(child<QPlainTextEdit>(page, "listenersEdit")->toPlainText(),
                 QStringLiteral("amqp=127.0.0.1:5672\nhttp=127.0.0.1:15672"));
    }

    void invalidListenersAreShownInlineAndCannotBeApplied_data() {
        QTest::addColumn<QString>("listeners");
        QTest::addColumn<QString>("error");
        QTest::newRow("not a spec")
            << QStringLiteral("amqp=127.0.0.1:5672\nlocalhost") << QStringLiteral("Line 2: ");
        QTest::newRow("bad host") << QStringLiteral("amqp=example.org:5672")
                                  << QStringLiteral("not an IP address");
        QTest::newRow("bad port") << QStringLiteral("amqp=127.0.0.1:70000")
                                  << QStringLiteral("not a port number");
        QTest::newRow("unknown scheme")
            << QStringLiteral("gopher=127.0.0.1:70") << QStringLiteral("not a known scheme");
        QTest::newRow("not in this version")
            << QStringLiteral("amqp=127.0.0.1:0\n\namqps=127.0.0.1:5671")
            << QStringLiteral("Line 3: the amqps listener is not available");
    }

    void invalidListenersAreShownInlineAndCannotBeApplied() {
        QFETCH(QString, listeners);
        QFETCH(QString, error);
        FakeBackend backend;
        BrokerSettingsPage page(&backend);
        int asked = 0;
        page.setConfirmation([&asked](const QString&) { return ++asked > 0; });
        child<QPlainTextEdit>(page, "listenersEdit")->setPlainText(listeners);
        auto* shown = child<QLabel>(page, "listenersError");
        QVERIFY(!shown->isHidden());
        QVERIFY2(shown->text().contains(error), qPrintable(shown->text()));
        auto* apply = child<QPushButton>(page, "applyBrokerSettings");
        QVERIFY(!apply->isEnabled());
        page.apply(); // even asked directly, nothing reaches the broker
        QCOMPARE(asked, 0);
        QVERIFY(backend.reconfigured.isEmpty());
        QVERIFY(!SavedBrokerSettings::applyTo(&backend.config));

        // Fixing it clears the error.
        child<QPlainTextEdit>(page, "listenersEdit")->setPlainText(QStringLiteral("amqp=[::1]:0"));
        QVERIFY(shown->isHidden());
        QVERIFY(apply->isEnabled());
    }

    void applyingRestartsTheBrokerOnTheEditsAndKeepsThem() {
        FakeBackend backend;
        backend.config = sampleConfig();
        BrokerSettingsPage page(&backend);
        QStringList questions;
        page.setConfirmation([&questions](const QString& question) {
            questions << question;
            return true;
        });
        child<QPlainTextEdit>(page, "listenersEdit")
            ->setPlainText(
                QStringLiteral("amqp=0.0.0.0:5680\n  \nhttp=127.0.0.1:0\nmqtt=127.0.0.1:1884\n"
                               "stomp=127.0.0.1:61613\n"));
        child<QSpinBox>(page, "channelMax")->setValue(16);
        child<QSpinBox>(page, "heartbeat")->setValue(0);
        child<QSpinBox>(page, "diskFreeLimit")->setValue(250);
        QTest::mouseClick(child<QPushButton>(page, "applyBrokerSettings"), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(backend.reconfigured.size(), 1);
        const warren::BrokerConfig applied = backend.reconfigured.first();
        QCOMPARE(applied.listeners,
                 (QList<warren::ListenerSpec>{
                     {QStringLiteral("amqp"), QStringLiteral("0.0.0.0"), 5680},
                     {QStringLiteral("http"), QStringLiteral("127.0.0.1"), 0},
                     {QStringLiteral("mqtt"), QStringLiteral("127.0.0.1"), 1884},
                     {QStringLiteral("stomp"), QStringLiteral("127.0.0.1"), 61613}}));
        QCOMPARE(applied.channelMax, quint16(16));
        QCOMPARE(applied.heartbeatSeconds, quint16(0));
        QCOMPARE(applied.diskFreeLimitBytes, quint64(250'000'000));
        // What was not edited stays as the broker had it.
        QCOMPARE(applied.frameMax, quint32(65536));
        QCOMPARE(applied.memoryHighWatermarkBytes, quint64(2'000'000'000));
        QCOMPARE(applied.dataDir, QStringLiteral("/var/lib/warren"));
        QCOMPARE(applied.defaultUser, QStringLiteral("admin"));

        // Kept for the next launch.
        warren::BrokerConfig next;
        next.dataDir = QStringLiteral("/elsewhere");
        QVERIFY(SavedBrokerSettings::applyTo(&next));
        QCOMPARE(next.listeners, applied.listeners);
        QCOMPARE(next.channelMax, quint16(16));
        QCOMPARE(next.heartbeatSeconds, quint16(0));
        QCOMPARE(next.diskFreeLimitBytes, quint64(250'000'000));
        QCOMPARE(next.memoryHighWatermarkBytes, quint64(2'000'000'000));
        QCOMPARE(next.dataDir, QStringLiteral("/elsewhere")); // never taken from the settings
    }

    void aRefusedConfirmationAppliesNothing() {
        FakeBackend backend;
        BrokerSettingsPage page(&backend);
        page.setConfirmation([](const QString&) { return false; });
        child<QSpinBox>(page, "channelMax")->setValue(8);
        page.apply();
        QVERIFY(backend.reconfigured.isEmpty());
        QVERIFY(!SavedBrokerSettings::applyTo(&backend.config));
    }

    void revertDropsTheEdits() {
        FakeBackend backend;
        backend.config = sampleConfig();
        BrokerSettingsPage page(&backend);
        child<QPlainTextEdit>(page, "listenersEdit")->setPlainText(QStringLiteral("nonsense"));
        child<QSpinBox>(page, "channelMax")->setValue(8);
        QTest::mouseClick(child<QPushButton>(page, "revertBrokerSettings"), Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(page, "channelMax")->value(), 100);
        QVERIFY(child<QLabel>(page, "listenersError")->isHidden());
    }

    void savedSettingsThatNoLongerParseAreIgnored() {
        QSettings settings;
        settings.setValue(QStringLiteral("BrokerSettings/listeners"),
                          QStringList{QStringLiteral("amqp=nowhere")});
        settings.setValue(QStringLiteral("BrokerSettings/frameMax"), 12); // below AMQP's minimum
        settings.setValue(QStringLiteral("BrokerSettings/channelMax"), 7);
        settings.sync();
        warren::BrokerConfig config = sampleConfig();
        QVERIFY(SavedBrokerSettings::applyTo(&config));
        QCOMPARE(config.listeners, sampleConfig().listeners);
        QCOMPARE(config.frameMax, sampleConfig().frameMax);
        QCOMPARE(config.channelMax, quint16(7));
    }

    void onlyABrokerTheConsoleRunsHasTheTab() {
        FakeBackend controlled;
        ConsoleWindow window(&controlled);
        QVERIFY(window.brokerSettingsPage());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        QVERIFY(tabs->indexOf(window.brokerSettingsPage()) >= 0);

        WatchedBackend watched;
        ConsoleWindow remote(&watched);
        QVERIFY(!remote.brokerSettingsPage());
        QVERIFY(!remote.findChild<BrokerSettingsPage*>());
        // And a backend that cannot be reconfigured says so rather than pretend.
        QSignalSpy errors(&watched, &BrokerBackend::errorOccurred);
        watched.reconfigureBroker(warren::BrokerConfig{});
        QCOMPARE(errors.size(), 1);
    }
};

QTEST_MAIN(TestBrokerSettingsPage)
#include "tst_broker_settings_page.moc"
