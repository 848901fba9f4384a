#pragma once

#include "models/snapshot_table_model.h"

// AMQP channels, one row per connection and channel number.
class ChannelTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        ConnectionColumn,
        NumberColumn,
        UserColumn,
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
    static QVariant valueOf(const warren::ChannelInfo& channel, int column);

    QList<warren::ChannelInfo> m_channels;
};
