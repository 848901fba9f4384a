#include "models/binding_table_model.h"

BindingTableModel::BindingTableModel(QObject* parent)
    : SnapshotTableModel(parent) {}

void BindingTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    QList<warren::BindingInfo> bindings;
    bindings.reserve(snapshot.bindings.size());
    for (const auto& binding : snapshot.bindings)
        if (!binding.source.isEmpty())
            bindings.append(binding);
    mergeRows(
        m_bindings, std::move(bindings),
        [](const warren::BindingInfo& b) {
            // Everything that tells two bindings apart, as RabbitMQ's properties key does.
            return QStringList{b.vhost,       b.source,     b.destinationType,
                               b.destination, b.routingKey, b.arguments}
                .join(QChar(0x1f));
        },
        &BindingTableModel::valueOf);
}

int BindingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_bindings.size());
}

int BindingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind BindingTableModel::columnKind(int) const {
    return ColumnKind::Text;
}

QString BindingTableModel::columnTitle(int column) const {
    switch (column) {
    case SourceColumn:
        return tr("Source");
    case VhostColumn:
        return tr("Vhost");
    case DestinationColumn:
        return tr("Destination");
    case DestinationTypeColumn:
        return tr("Destination type");
    case RoutingKeyColumn:
        return tr("Routing key");
    case ArgumentsColumn:
        return tr("Arguments");
    }
    return {};
}

QVariant BindingTableModel::cellValue(int row, int column) const {
    return valueOf(m_bindings.at(row), column);
}

QVariant BindingTableModel::valueOf(const warren::BindingInfo& binding, int column) {
    switch (column) {
    case SourceColumn:
        return binding.source;
    case VhostColumn:
        return binding.vhost;
    case DestinationColumn:
        return binding.destination;
    case DestinationTypeColumn:
        return binding.destinationType == QLatin1String("queue") ? tr("queue") : tr("exchange");
    case RoutingKeyColumn:
        return binding.routingKey;
    case ArgumentsColumn:
        return binding.arguments;
    }
    return {};
}
