#pragma once

#include "models/client_identity.h"
#include "models/snapshot_table_model.h"

// Consumers, one row per consumer tag on its channel and connection.
class ConsumerTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        QueueColumn,
        VhostColumn,
        TagColumn,
        ConnectionColumn,
        ChannelColumn,
        ApplicationColumn, // its connection's, as the client named it
        UserColumn,
        ClientColumn,
        AckColumn,
        ExclusiveColumn,
        PrefetchColumn,
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
    // A consumer with the identity of the client on its connection.
    struct Row : warren::ConsumerInfo {
        ClientIdentity client;
    };
    static QVariant valueOf(const Row& consumer, int column);

    QList<Row> m_consumers;
};
