// The console's MQTT views as a user meets them, with real traffic from Mosquitto's own clients:
// the embedded broker's console (MQTT sessions among the connections, the live tap as a topic
// tree, the Retained tab) and a console on Debian's real Mosquitto through the MQTT backend
// (topic tree with $SYS, latest value and chart of a JSON field, retained messages, the views it
// cannot serve greyed with the reason). Run under Xvfb with WARREN_SCREENSHOT_DIR set, it saves
// what they look like (docs/screenshots/warren-xvfb-mqtt-*.png).

#include "backends/embedded_backend.h"
#include "backends/mqtt_backend.h"
#include "console_navigation.h"
#include "embedded_test_support.h"
#include "models/connection_table_model.h"
#include "models/retained_table_model.h"
#include "models/tap_tree_model.h"
#include "mosquitto_broker.h"
#include "screenshot.h"
#include "views/console_window.h"
#include "views/live_tap_page.h"
#include "views/retained_page.h"
#include "views/table_page.h"

#include <QDateTime>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

constexpr int WaitMs = 15000;

// Readings that change, so the latest value, the diff and the chart have something to show.
bool publishReadings(quint16 port, const QString& topic, int count) {
    for (int i = 0; i < count; ++i)
        if (!publish(port, {QStringLiteral("-t"), topic, QStringLiteral("-m"),
                            QStringLiteral(R"({"celsius": %1, "humidity": %2})")
                                .arg(20.0 + i * 0.5)
                                .arg(40 + i)}))
            return false;
    return true;
}

} // namespace

class TestMqttConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mqtt_console"));
        QSettings().clear();
    }

    void theEmbeddedBrokersMqttClients() {
        EmbeddedBroker embedded([](warren::BrokerConfig& config) {
            addMqttListener(config);
            config.snapshotIntervalMs = 250;
        });
        QVERIFY(embedded.start());
        EmbeddedBackend* backend = embedded.backend();
        const quint16 port = listenerPort(embedded, QStringLiteral("mqtt"));
        QVERIFY(port != 0);
        ConsoleWindow window(backend);
        window.resize(1280, 760);
        // Shown, as a user has it: the Retained tab lists what it has only while in view.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A dashboard stays subscribed with a persistent session, a keep-alive and a will.
        QProcess dashboard;
        dashboard.start(QStringLiteral("/usr/bin/mosquitto_sub"),
                        {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                         QString::number(port), QStringLiteral("-i"), QStringLiteral("dashboard"),
                         QStringLiteral("-c"), QStringLiteral("-q"), QStringLiteral("1"),
                         QStringLiteral("-k"), QStringLiteral("30"), QStringLiteral("--will-topic"),
                         QStringLiteral("clients/dashboard"), QStringLiteral("--will-payload"),
                         QStringLiteral("gone"), QStringLiteral("-t"),
                         QStringLiteral("sensors/#")});
        QVERIFY(dashboard.waitForStarted());
        const auto stopDashboard = qScopeGuard([&dashboard] {
            dashboard.terminate();
            dashboard.waitForFinished();
        });
        auto* connections = window.findChild<QTableView*>(QStringLiteral("connectionsView"));
        QTRY_VERIFY_WITH_TIMEOUT(rowWith(connections, ConnectionTableModel::ApplicationColumn,
                                         QStringLiteral("dashboard")) >= 0,
                                 WaitMs);
        const int row = rowWith(connections, ConnectionTableModel::ApplicationColumn,
                                QStringLiteral("dashboard"));
        QCOMPARE(connections->model()->index(row, ConnectionTableModel::ProtocolColumn).data(),
                 QVariant(QStringLiteral("MQTT 3.1.1")));
        QCOMPARE(connections->model()->index(row, ConnectionTableModel::ClientColumn).data(),
                 QVariant(QStringLiteral("MQTT client · persistent session · keep-alive 30 s · "
                                         "will to clients/dashboard")));
        showPage(window, "connectionsPage");
        saveScreenshot(&window, QStringLiteral("warren-xvfb-mqtt-connections.png"));

        // The live tap on the MQTT exchange: the topics the sensors publish, as topics.
        auto* tap = window.findChild<LiveTapPage*>(QStringLiteral("liveTapPage"));
        showPage(window, "liveTapPage");
        tap->setTarget(QStringLiteral("/"), QStringLiteral("amq.topic"));
        QVERIFY(tap->showsTopics());
        tap->start();
        QVERIFY(publish(port, {QStringLiteral("-t"), QStringLiteral("home/door"),
                               QStringLiteral("-m"), QStringLiteral("open"), QStringLiteral("-r"),
                               QStringLiteral("-q"), QStringLiteral("1")}));
        QVERIFY(publishReadings(port, QStringLiteral("sensors/kitchen/climate"), 6));
        QVERIFY(publishReadings(port, QStringLiteral("sensors/hall/climate"), 3));
        TapTreeModel* tree = tap->treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->indexOfKey(QStringLiteral("sensors/kitchen/climate")).isValid() &&
                tree->indexOfKey(QStringLiteral("sensors/hall/climate")).isValid(),
            WaitMs);
        tap->selectKey(QStringLiteral("sensors/kitchen/climate"));
        tap->chartField(QStringLiteral("celsius"));
        QTRY_VERIFY_WITH_TIMEOUT(tap->chartSeries()->count() >= 6, WaitMs);
        QVERIFY(tap->latestView()->toPlainText().contains(QStringLiteral("\"humidity\": 45")));
        QVERIFY(tap->latestView()->toPlainText().contains(
            QStringLiteral("topic: sensors/kitchen/climate")));
        tap->tick(QDateTime::currentMSecsSinceEpoch()); // the top talkers, ranked
        QCOMPARE(tap->treeModel()->headerData(TapTreeModel::KeyColumn, Qt::Horizontal),
                 QVariant(QStringLiteral("Topic")));
        window.findChild<QTabWidget*>(QStringLiteral("tapDetail"))->setCurrentIndex(2); // chart
        saveScreenshot(&window, QStringLiteral("warren-xvfb-mqtt-live-tap.png"));

        // The Retained tab lists the door's.
        showPage(window, "retainedPage");
        auto* retained = window.findChild<RetainedPage*>(QStringLiteral("retainedPage"));
        QTRY_VERIFY_WITH_TIMEOUT(retained->model()->rowOf(QStringLiteral("home/door")) >= 0,
                                 WaitMs);
        saveScreenshot(&window, QStringLiteral("warren-xvfb-mqtt-retained.png"));

        QVERIFY(embedded.stop());
    }

    void aRealMosquittoThroughTheMqttBackend() {
        Mosquitto mosquitto;
        QVERIFY(mosquitto.start());
        QVERIFY(publish(mosquitto.port,
                        {QStringLiteral("-t"), QStringLiteral("home/door"), QStringLiteral("-m"),
                         QStringLiteral("closed"), QStringLiteral("-r")}));
        ConnectionProfile profile;
        profile.name = QStringLiteral("mosquitto");
        profile.kind = ConnectionProfile::Kind::Mqtt;
        profile.url = QUrl(QStringLiteral("mqtt://127.0.0.1:%1").arg(mosquitto.port));
        profile.pollIntervalMs = 500;
        MqttBackend backend(profile);
        ConsoleWindow window(&backend);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(backend.isConnected(), WaitMs);

        // What an MQTT broker cannot serve is greyed out, with the reason.
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        const int queues = tabs->indexOf(window.findChild<QWidget*>(QStringLiteral("queuesPage")));
        QVERIFY(!tabs->isTabEnabled(queues));
        QCOMPARE(tabs->tabToolTip(queues),
                 backend.unsupportedReason(BrokerBackend::Feature::Queues));
        const int retainedTab =
            tabs->indexOf(window.findChild<QWidget*>(QStringLiteral("retainedPage")));
        QVERIFY(tabs->isTabEnabled(retainedTab));

        auto* tap = window.findChild<LiveTapPage*>(QStringLiteral("liveTapPage"));
        showPage(window, "liveTapPage");
        tap->start();
        QVERIFY(publishReadings(mosquitto.port, QStringLiteral("plant/line-1/press"), 8));
        QVERIFY(publishReadings(mosquitto.port, QStringLiteral("plant/line-2/press"), 4));
        TapTreeModel* tree = tap->treeModel();
        // Mosquitto's own $SYS topics come too, every second.
        QTRY_VERIFY_WITH_TIMEOUT(
            tree->indexOfKey(QStringLiteral("plant/line-1/press")).isValid() &&
                tree->indexOfKey(QStringLiteral("$SYS/broker/uptime")).isValid(),
            WaitMs);
        tap->selectKey(QStringLiteral("plant/line-1/press"));
        tap->chartField(QStringLiteral("celsius"));
        QTRY_VERIFY_WITH_TIMEOUT(tap->chartSeries()->count() >= 8, WaitMs);
        const QString latest = tap->latestView()->toPlainText();
        QVERIFY(latest.startsWith(QStringLiteral("topic: plant/line-1/press")));
        QVERIFY(!latest.contains(QStringLiteral("routed to"))); // MQTT does not say
        tap->tick(QDateTime::currentMSecsSinceEpoch());
        saveScreenshot(&window, QStringLiteral("warren-xvfb-mqtt-remote-live-tap.png"));

        showPage(window, "retainedPage");
        auto* retained = window.findChild<RetainedPage*>(QStringLiteral("retainedPage"));
        QTRY_VERIFY_WITH_TIMEOUT(retained->model()->rowOf(QStringLiteral("home/door")) >= 0,
                                 WaitMs);
        const int door = retained->model()->rowOf(QStringLiteral("home/door"));
        QCOMPARE(retained->model()->messageAt(door).payload, QByteArray("closed"));
        const QModelIndex shown =
            retained->table()->proxy()->mapFromSource(retained->model()->index(door, 0));
        retained->table()->view()->selectRow(shown.row());
        QVERIFY(retained->payloadView()->toPlainText().endsWith(QStringLiteral("\n\nclosed")));
        saveScreenshot(&window, QStringLiteral("warren-xvfb-mqtt-remote-retained.png"));
    }
};

QTEST_MAIN(TestMqttConsole)
#include "tst_mqtt_console.moc"
