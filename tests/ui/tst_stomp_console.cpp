// The console's view of STOMP clients, with a real one: stomp.py (Debian's python3-stomp) on
// the embedded broker's stomp listener, subscribed twice with heart-beats, shows in Connections
// with its protocol version, heart-beats and subscriptions, and in Consumers with RabbitMQ's
// consumer tags; what it sends shows its STOMP headers in the message browser's peek. Run under
// Xvfb with WARREN_SCREENSHOT_DIR set, it saves docs/screenshots/warren-xvfb-stomp-*.png.

#include "backends/embedded_backend.h"
#include "console_navigation.h"
#include "embedded_test_support.h"
#include "models/connection_table_model.h"
#include "models/consumer_table_model.h"
#include "screenshot.h"
#include "views/console_window.h"
#include "views/table_page.h"

#include <QJsonValue>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {

constexpr int WaitMs = 15000;

// A stomp.py client that subscribes to a queue and a topic with heart-beats of 10 s both ways,
// sends one message with custom headers, and stays until its stdin closes.
const char* const ClientScript = R"(
import sys, stomp
conn = stomp.Connection12([("127.0.0.1", int(sys.argv[1]))], heartbeats=(10000, 10000),
                          vhost="/")
conn.connect("guest", "guest", wait=True, headers={"user-agent": "inventory-service"})
listener = stomp.listener.WaitingListener("subscribed")
conn.set_listener("waiting", listener)
conn.subscribe("/queue/orders", id="orders", ack="client-individual",
               headers={"prefetch-count": "10"})
conn.subscribe("/topic/prices.#", id="prices", headers={"receipt": "subscribed"})
listener.wait_on_receipt()
conn.send("/queue/audit", "order 42 placed", content_type="text/plain",
          headers={"x-order-id": "42", "persistent": "true"})
print("ready", flush=True)
sys.stdin.read()
conn.disconnect()
)";

} // namespace

class TestStompConsole : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("WarrenTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_stomp_console"));
        QSettings().clear();
    }

    void stompClientsInTheConsole() {
        EmbeddedBroker embedded([](warren::BrokerConfig& config) {
            config.listeners.append({QStringLiteral("stomp"), QStringLiteral("127.0.0.1"), 0});
            config.snapshotIntervalMs = 250;
        });
        QVERIFY(embedded.start());
        const quint16 port = listenerPort(embedded, QStringLiteral("stomp"));
        QVERIFY(port != 0);
        ConsoleWindow window(embedded.backend());
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QProcess client;
        client.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QString::fromLatin1(ClientScript), QString::number(port)});
        QVERIFY(client.waitForStarted());
        const auto stopClient = qScopeGuard([&client] {
            client.closeWriteChannel();
            if (!client.waitForFinished(10000))
                client.kill();
        });
        QVERIFY2(client.waitForReadyRead(WaitMs), client.readAllStandardError().constData());
        QCOMPARE(client.readLine().trimmed(), QByteArray("ready"));

        auto* connections = window.findChild<QTableView*>(QStringLiteral("connectionsView"));
        // Snapshots come every 250 ms: the row may first show the client before it subscribed.
        const QString expected =
            QStringLiteral("inventory-service · heart-beat 10 s out, 10 s in · subscriptions: 2");
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(connections, ConnectionTableModel::ClientColumn, expected) >= 0, WaitMs);
        const int row = rowWith(connections, ConnectionTableModel::ClientColumn, expected);
        QCOMPARE(connections->model()->index(row, ConnectionTableModel::ProtocolColumn).data(),
                 QVariant(QStringLiteral("STOMP 1.2")));
        QCOMPARE(connections->model()->index(row, ConnectionTableModel::UserColumn).data(),
                 QVariant(QStringLiteral("guest")));
        showPage(window, "connectionsPage");
        saveScreenshot(&window, QStringLiteral("warren-xvfb-stomp-connections.png"));

        // Its subscriptions are consumers, tagged as RabbitMQ tags them.
        auto* consumers = window.findChild<QTableView*>(QStringLiteral("consumersView"));
        QTRY_VERIFY_WITH_TIMEOUT(
            rowWith(consumers, ConsumerTableModel::TagColumn, QStringLiteral("T_orders")) >= 0 &&
                rowWith(consumers, ConsumerTableModel::TagColumn, QStringLiteral("T_prices")) >= 0,
            WaitMs);
        const int orders =
            rowWith(consumers, ConsumerTableModel::TagColumn, QStringLiteral("T_orders"));
        QCOMPARE(consumers->model()->index(orders, ConsumerTableModel::QueueColumn).data(),
                 QVariant(QStringLiteral("orders")));
        QCOMPARE(consumers->model()->index(orders, ConsumerTableModel::PrefetchColumn).data(),
                 QVariant(10));
        showPage(window, "consumersPage");
        saveScreenshot(&window, QStringLiteral("warren-xvfb-stomp-consumers.png"));

        // What it sent keeps its STOMP headers, which a peek shows.
        QSignalSpy finished(embedded.backend(), &BrokerBackend::operationFinished);
        embedded.backend()->execute(
            warren::commands::PeekMessages{QStringLiteral("/"), QStringLiteral("audit"), 10});
        const warren::OperationResult result = takeResult(finished);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.messages.size(), 1);
        const warren::PeekedMessage& message = result.messages.first();
        QCOMPARE(message.body, QByteArray("order 42 placed"));
        QVERIFY(message.properties.contains(
            std::pair{QStringLiteral("content_type"), QStringLiteral("text/plain")}));
        QVERIFY(message.headers.contains(
            std::pair{QStringLiteral("x-order-id"), QJsonValue(QStringLiteral("42"))}));
        QVERIFY(embedded.stop());
    }
};

QTEST_MAIN(TestStompConsole)
#include "tst_stomp_console.moc"
