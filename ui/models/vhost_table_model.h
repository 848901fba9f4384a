#pragma once

#include "models/snapshot_table_model.h"

// Virtual hosts with their queued messages.
class VhostTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ReadyColumn, UnackedColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::VhostInfo& vhost, int column);

    QList<warren::VhostInfo> m_vhosts;
};
