#pragma once

#include "models/snapshot_table_model.h"

// Client connections, one row per connection name ("peer:port -> local:port").
class ConnectionTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ApplicationColumn, // the name the client gave its connection
        UserColumn,
        VhostColumn,
        ProtocolColumn,
        ClientColumn,
        ChannelsColumn,
        ReceiveRateColumn,
        SendRateColumn,
        StateColumn,
        ColumnCount
    };

    explicit ConnectionTableModel(QObject* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    void setConnections(QList<warren::ConnectionInfo> connections);
    const warren::ConnectionInfo& connectionAt(int row) const { return m_connections.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    static QVariant valueOf(const warren::ConnectionInfo& connection, int column);
    static QString stateToolTip(const QString& state);
    // An MQTT client's session: clean or persistent, keep-alive, will; empty for other clients.
    static QString mqttSession(const warren::ConnectionInfo& connection);
    // A STOMP client's heart-beats and subscriptions; empty for other clients.
    static QString stompSession(const warren::ConnectionInfo& connection);

    QList<warren::ConnectionInfo> m_connections;
};
