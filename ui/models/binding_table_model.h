#pragma once

#include "models/snapshot_table_model.h"

// Bindings of every vhost: exchange → queue or exchange, with routing key and arguments.
// The default exchange's implicit bindings are left out, as RabbitMQ's UI does.
class BindingTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        SourceColumn,
        VhostColumn,
        DestinationColumn,
        DestinationTypeColumn,
        RoutingKeyColumn,
        ArgumentsColumn,
        ColumnCount
    };

    explicit BindingTableModel(QObject* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    const warren::BindingInfo& bindingAt(int row) const { return m_bindings.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;

private:
    static QVariant valueOf(const warren::BindingInfo& binding, int column);

    QList<warren::BindingInfo> m_bindings;
};
