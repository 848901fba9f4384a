#pragma once

#include "models/snapshot_table_model.h"

// Topic permissions: one row per user, vhost and topic exchange, with the write and read
// patterns for routing keys.
class TopicPermissionTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, VhostColumn, ExchangeColumn, WriteColumn, ReadColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::TopicPermissionInfo& permissionAt(int row) const { return m_permissions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int) const override { return ColumnKind::Text; }
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::TopicPermissionInfo& permission, int column);

    QList<warren::TopicPermissionInfo> m_permissions;
};
