#pragma once

#include "models/client_identity.h"
#include "models/snapshot_table_model.h"

// AMQP channels, one row per connection and channel number.
class ChannelTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        NumberColumn,
        ApplicationColumn, // its connection's, as the client named it
        UserColumn,
        ClientColumn,
        VhostColumn,
        ModeColumn,
        ConsumersColumn,
        UnackedColumn,
        PrefetchColumn,
        StateColumn,
        ColumnCount
    };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    // A channel with the identity of the client on its connection.
    struct Row : warren::ChannelInfo {
        ClientIdentity client;
    };
    static QVariant valueOf(const Row& channel, int column);

    QList<Row> m_channels;
};
