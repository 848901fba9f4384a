#pragma once

#include "models/snapshot_table_model.h"

// The broker's cluster members, one row per node. A node that is down, cut off from others
// (a network partition) or under a resource alarm is a problem: its row is red, with an icon
// and a tool tip saying what that means for clients.
class NodeTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        StateColumn,
        TypeColumn,
        AlarmsColumn,
        PartitionsColumn,
        MemoryColumn,
        ColumnCount
    };

    explicit NodeTableModel(QObject* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::NodeInfo& nodeAt(int row) const { return m_nodes.at(row); }
    // Whether the node needs the operator's attention, and the sentences saying why.
    static QStringList problemsOf(const warren::NodeInfo& node);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;
    QString cellText(int row, int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    static QVariant valueOf(const warren::NodeInfo& node, int column);

    QList<warren::NodeInfo> m_nodes;
};
