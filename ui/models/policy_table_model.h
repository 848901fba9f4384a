#pragma once

#include "models/snapshot_table_model.h"

// A remote RabbitMQ's policies: one row per vhost and name, with what they match and set.
class PolicyTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn, // first: the filter box searches it
        VhostColumn,
        PatternColumn,
        ApplyToColumn,
        PriorityColumn,
        DefinitionColumn,
        ColumnCount
    };

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::PolicyInfo& policyAt(int row) const { return m_policies.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    // Text throughout: a priority may be negative, which Count would show as a huge number;
    // the proxy still sorts it as a number (SortRole is the int).
    ColumnKind columnKind(int) const override { return ColumnKind::Text; }
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::PolicyInfo& policy, int column);

    QList<warren::PolicyInfo> m_policies;
};
