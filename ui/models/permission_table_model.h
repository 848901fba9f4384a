#pragma once

#include "models/snapshot_table_model.h"

// Who may do what where: one row per user and vhost, with RabbitMQ's three patterns.
class PermissionTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { UserColumn, VhostColumn, ConfigureColumn, WriteColumn, ReadColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::PermissionInfo& permissionAt(int row) const { return m_permissions.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int) const override { return ColumnKind::Text; }
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::PermissionInfo& permission, int column);

    QList<warren::PermissionInfo> m_permissions;
};
