#pragma once

#include "models/snapshot_table_model.h"

// The broker's users and their tags.
class UserTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, TagsColumn, ColumnCount };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::UserInfo& userAt(int row) const { return m_users.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int) const override { return ColumnKind::Text; }
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::UserInfo& user, int column);

    QList<warren::UserInfo> m_users;
};
