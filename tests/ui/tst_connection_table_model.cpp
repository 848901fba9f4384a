#include "models/connection_table_model.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using warren::ConnectionInfo;

namespace {

ConnectionInfo connection(const QString& name, const QString& vhost = QStringLiteral("/"),
                          quint32 channels = 1) {
    ConnectionInfo info;
    info.name = name;
    info.protocol = QStringLiteral("AMQP 0-9-1");
    info.user = QStringLiteral("guest");
    info.vhost = vhost;
    info.clientProduct = QStringLiteral("pika 1.3.2");
    info.channels = channels;
    info.connectedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 30));
    return info;
}

QString text(const QAbstractItemModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class TestConnectionTableModel final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void headersNameEveryColumn();
    void showsConnectionFields();
    void addChangeRemove();
    void vhostArrivingLaterIsAnUpdateNotANewRow();
    void proxySortsByteRatesNumerically();
    void flowStateShowsWithAnExplanation();
    void mqttAndStompClientsShowTheirSession();

private:
    ConnectionTableModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

void TestConnectionTableModel::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestConnectionTableModel::init() {
    m_model = new ConnectionTableModel(this);
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::Fatal, this);
}

void TestConnectionTableModel::cleanup() {
    delete m_tester;
    delete m_model;
}

void TestConnectionTableModel::headersNameEveryColumn() {
    QCOMPARE(m_model->columnCount(), int(ConnectionTableModel::ColumnCount));
    const QStringList expected{QStringLiteral("Name"),     QStringLiteral("Application"),
                               QStringLiteral("User"),     QStringLiteral("Vhost"),
                               QStringLiteral("Protocol"), QStringLiteral("Client"),
                               QStringLiteral("Channels"), QStringLiteral("Recv B/s"),
                               QStringLiteral("Send B/s"), QStringLiteral("State")};
    for (int column = 0; column < expected.size(); ++column) {
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    }
}

void TestConnectionTableModel::showsConnectionFields() {
    auto info = connection(QStringLiteral("127.0.0.1:50000 -> 127.0.0.1:5672"));
    info.receiveRate = 12345.6;
    info.sendRate = 0.4;
    m_model->setConnections({info});
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::NameColumn),
             QStringLiteral("127.0.0.1:50000 -> 127.0.0.1:5672"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::UserColumn), QStringLiteral("guest"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::VhostColumn), QStringLiteral("/"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ProtocolColumn), QStringLiteral("AMQP 0-9-1"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ClientColumn), QStringLiteral("pika 1.3.2"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ChannelsColumn), QStringLiteral("1"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ReceiveRateColumn), QStringLiteral("12,346"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::SendRateColumn), QStringLiteral("0"));
    QVERIFY(Qt::Alignment(m_model->index(0, ConnectionTableModel::ReceiveRateColumn)
                              .data(Qt::TextAlignmentRole)
                              .toInt()) &
            Qt::AlignRight);
    QVERIFY(!m_model->index(0, ConnectionTableModel::NameColumn)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .isEmpty());
}

void TestConnectionTableModel::addChangeRemove() {
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);

    const auto first = connection(QStringLiteral("10.0.0.1:1 -> 10.0.0.9:5672"));
    const auto second = connection(QStringLiteral("10.0.0.2:1 -> 10.0.0.9:5672"));
    m_model->setConnections({first});
    m_model->setConnections({first, second});
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(m_model->rowCount(), 2);

    auto busier = second;
    busier.channels = 8;
    busier.sendRate = 2048;
    m_model->setConnections({first, busier});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(),
             m_model->index(1, ConnectionTableModel::ChannelsColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(),
             m_model->index(1, ConnectionTableModel::SendRateColumn));
    QCOMPARE(text(*m_model, 1, ConnectionTableModel::ChannelsColumn), QStringLiteral("8"));

    m_model->setConnections({busier});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->connectionAt(0).name, busier.name);
}

void TestConnectionTableModel::vhostArrivingLaterIsAnUpdateNotANewRow() {
    const QString name = QStringLiteral("10.0.0.1:1 -> 10.0.0.9:5672");
    m_model->setConnections({connection(name, QString())});
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setConnections({connection(name, QStringLiteral("shop"))});
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::VhostColumn), QStringLiteral("shop"));
}

void TestConnectionTableModel::proxySortsByteRatesNumerically() {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model);
    proxy.setSortRole(SnapshotTableModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto a = connection(QStringLiteral("a"));
    a.receiveRate = 100000;
    auto b = connection(QStringLiteral("b"));
    b.receiveRate = 900;
    m_model->setConnections({a, b});
    proxy.sort(ConnectionTableModel::ReceiveRateColumn, Qt::AscendingOrder);
    QCOMPARE(text(proxy, 0, ConnectionTableModel::NameColumn), QStringLiteral("b"));
    QCOMPARE(text(proxy, 1, ConnectionTableModel::NameColumn), QStringLiteral("a"));
}

void TestConnectionTableModel::flowStateShowsWithAnExplanation() {
    auto paced = connection(QStringLiteral("127.0.0.1:50001 -> 127.0.0.1:5672"));
    paced.state = QStringLiteral("flow");
    auto idle = connection(QStringLiteral("127.0.0.1:50002 -> 127.0.0.1:5672"));
    idle.state = QStringLiteral("running");
    m_model->setConnections({paced, idle});
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::StateColumn), QStringLiteral("flow"));
    QCOMPARE(text(*m_model, 1, ConnectionTableModel::StateColumn), QStringLiteral("running"));
    const QString tip =
        m_model->index(0, ConnectionTableModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("pacing")));
    QVERIFY(m_model->index(1, ConnectionTableModel::StateColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .isEmpty());

    paced.state = QStringLiteral("running"); // an update in place, not a new row
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setConnections({paced, idle});
    QCOMPARE(m_model->rowCount(), 2);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::StateColumn), QStringLiteral("running"));
}

void TestConnectionTableModel::mqttAndStompClientsShowTheirSession() {
    ConnectionInfo mqtt = connection(QStringLiteral("127.0.0.1:50001 -> 127.0.0.1:1883"));
    mqtt.protocol = QStringLiteral("MQTT 3.1.1");
    mqtt.clientProduct = QStringLiteral("MQTT client");
    mqtt.clientProperties = {{QStringLiteral("client_id"), QStringLiteral("sensor-7")},
                             {QStringLiteral("clean_session"), false},
                             {QStringLiteral("keepalive"), 60},
                             {QStringLiteral("will_topic"), QStringLiteral("sensors/7/status")}};
    ConnectionInfo clean = connection(QStringLiteral("127.0.0.1:50002 -> 127.0.0.1:1883"));
    clean.protocol = QStringLiteral("MQTT 5.0");
    clean.clientProduct = QStringLiteral("MQTT client");
    clean.clientProperties = {{QStringLiteral("client_id"), QStringLiteral("dashboard")},
                              {QStringLiteral("clean_session"), true},
                              {QStringLiteral("keepalive"), 0}};
    m_model->setConnections({mqtt, clean});
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ApplicationColumn),
             QStringLiteral("sensor-7"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ProtocolColumn), QStringLiteral("MQTT 3.1.1"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ClientColumn),
             QStringLiteral("MQTT client · persistent session · keep-alive 60 s · will to "
                            "sensors/7/status"));
    QCOMPARE(text(*m_model, 1, ConnectionTableModel::ApplicationColumn),
             QStringLiteral("dashboard"));
    QCOMPARE(text(*m_model, 1, ConnectionTableModel::ClientColumn),
             QStringLiteral("MQTT client · clean session · no keep-alive"));
    // STOMP clients show their heart-beats and subscriptions.
    ConnectionInfo stomp = connection(QStringLiteral("127.0.0.1:50003 -> 127.0.0.1:61613"));
    stomp.protocol = QStringLiteral("STOMP 1.2");
    stomp.clientProduct = QStringLiteral("STOMP client");
    stomp.clientProperties = {{QStringLiteral("session"), QStringLiteral("session-x")},
                              {QStringLiteral("heartbeat_send_ms"), 10000},
                              {QStringLiteral("heartbeat_receive_ms"), 5000},
                              {QStringLiteral("subscriptions"), 2}};
    ConnectionInfo quiet = stomp;
    quiet.name = QStringLiteral("127.0.0.1:50004 -> 127.0.0.1:61613");
    quiet.clientProperties[QStringLiteral("heartbeat_send_ms")] = 0;
    quiet.clientProperties[QStringLiteral("heartbeat_receive_ms")] = 0;
    m_model->setConnections({stomp, quiet});
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ProtocolColumn), QStringLiteral("STOMP 1.2"));
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ClientColumn),
             QStringLiteral("STOMP client · heart-beat 10 s out, 5 s in · subscriptions: 2"));
    QCOMPARE(text(*m_model, 1, ConnectionTableModel::ClientColumn),
             QStringLiteral("STOMP client · no heart-beat · subscriptions: 2"));
    // AMQP clients keep their library alone.
    m_model->setConnections({connection(QStringLiteral("amqp"))});
    QCOMPARE(text(*m_model, 0, ConnectionTableModel::ClientColumn), QStringLiteral("pika 1.3.2"));
}
QTEST_MAIN(TestConnectionTableModel)
#include "tst_connection_table_model.moc"
