#include "models/connection_table_model.h"

#include "models/client_identity.h"

#include <QJsonObject>
#include <QLocale>
#include <utility>

ConnectionTableModel::ConnectionTableModel(QObject* parent)
    : SnapshotTableModel(parent) {}

void ConnectionTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    setConnections(snapshot.connections);
}

void ConnectionTableModel::setConnections(QList<warren::ConnectionInfo> connections) {
    // Keyed by name alone: a connection learns its vhost only at AMQP's
    // connection.open, and that must not look like a new connection.
    mergeRows(
        m_connections, std::move(connections),
        [](const warren::ConnectionInfo& connection) { return connection.name; },
        &ConnectionTableModel::valueOf);
}

int ConnectionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind ConnectionTableModel::columnKind(int column) const {
    switch (column) {
    case ChannelsColumn:
        return ColumnKind::Count;
    case ReceiveRateColumn:
    case SendRateColumn:
        return ColumnKind::ByteRate;
    default:
        return ColumnKind::Text;
    }
}

QString ConnectionTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Name");
    case ApplicationColumn:
        return tr("Application");
    case UserColumn:
        return tr("User");
    case VhostColumn:
        return tr("Vhost");
    case ProtocolColumn:
        return tr("Protocol");
    case ClientColumn:
        return tr("Client");
    case ChannelsColumn:
        return tr("Channels");
    case ReceiveRateColumn:
        return tr("Recv B/s");
    case SendRateColumn:
        return tr("Send B/s");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QVariant ConnectionTableModel::cellValue(int row, int column) const {
    return valueOf(m_connections.at(row), column);
}

QVariant ConnectionTableModel::cellData(int row, int column, int role) const {
    if (role == Qt::ToolTipRole && column == StateColumn)
        return stateToolTip(m_connections.at(row).state);
    if (role != Qt::ToolTipRole || column != NameColumn) {
        return {};
    }
    const auto& connection = m_connections.at(row);
    const QLocale locale;
    QString tip =
        tr("Connected %1")
            .arg(locale.toString(connection.connectedAt.toLocalTime(), QLocale::ShortFormat));
    tip += QLatin1Char('\n') + tr("Received %1, sent %2")
                                   .arg(locale.formattedDataSize(qint64(connection.bytesReceived)),
                                        locale.formattedDataSize(qint64(connection.bytesSent)));
    return tip;
}

QVariant ConnectionTableModel::valueOf(const warren::ConnectionInfo& connection, int column) {
    switch (column) {
    case NameColumn:
        return connection.name;
    case ApplicationColumn:
        return ClientIdentity::of(connection).application;
    case UserColumn:
        return connection.user;
    case VhostColumn:
        return connection.vhost;
    case ProtocolColumn:
        return connection.protocol;
    case ClientColumn: {
        QString session = mqttSession(connection);
        if (session.isEmpty())
            session = stompSession(connection);
        const QString library = ClientIdentity::of(connection).library;
        return session.isEmpty() ? library : tr("%1 · %2").arg(library, session);
    }
    case ChannelsColumn:
        return connection.channels;
    case ReceiveRateColumn:
        return connection.receiveRate;
    case SendRateColumn:
        return connection.sendRate;
    case StateColumn:
        return connection.state; // RabbitMQ's words, as its management UI shows them
    }
    return {};
}

QString ConnectionTableModel::mqttSession(const warren::ConnectionInfo& connection) {
    const QJsonObject& properties = connection.clientProperties;
    if (!properties.contains(QLatin1String("client_id")))
        return {}; // not an MQTT client
    QStringList parts;
    parts << (properties.value(QLatin1String("clean_session")).toBool() ? tr("clean session")
                                                                        : tr("persistent session"));
    const int keepAlive = properties.value(QLatin1String("keepalive")).toInt();
    parts << (keepAlive > 0 ? tr("keep-alive %n s", nullptr, keepAlive) : tr("no keep-alive"));
    const QString will = properties.value(QLatin1String("will_topic")).toString();
    if (!will.isEmpty())
        parts << tr("will to %1").arg(will);
    return parts.join(QStringLiteral(" · "));
}

QString ConnectionTableModel::stompSession(const warren::ConnectionInfo& connection) {
    const QJsonObject& properties = connection.clientProperties;
    if (!properties.contains(QLatin1String("heartbeat_send_ms")))
        return {}; // not a STOMP client
    QStringList parts;
    const qint64 out = properties.value(QLatin1String("heartbeat_send_ms")).toInteger();
    const qint64 in = properties.value(QLatin1String("heartbeat_receive_ms")).toInteger();
    if (out == 0 && in == 0)
        parts << tr("no heart-beat");
    else
        parts << tr("heart-beat %1 s out, %2 s in").arg(out / 1000).arg(in / 1000);
    const int subscriptions = properties.value(QLatin1String("subscriptions")).toInt();
    parts << tr("subscriptions: %1").arg(subscriptions);
    return parts.join(QStringLiteral(" · "));
}

QString ConnectionTableModel::stateToolTip(const QString& state) {
    if (state == QLatin1String("flow"))
        return tr("The broker is pacing this publisher: it reads from it only as fast as it "
                  "can write what it publishes (flow control).");
    if (state == QLatin1String("blocked"))
        return tr("A resource alarm (memory or disk) stops this publisher until it clears.");
    if (state == QLatin1String("blocking"))
        return tr("A resource alarm is in force: this connection will be stopped if it "
                  "publishes.");
    return {};
}
