#include "models/consumer_table_model.h"

void ConsumerTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_consumers, ClientIdentity::attach<Row>(snapshot.consumers, snapshot.connections),
        [](const Row& consumer) {
            return consumer.connection + QLatin1Char('#') + QString::number(consumer.channel) +
                   QLatin1Char('#') + consumer.consumerTag;
        },
        &ConsumerTableModel::valueOf);
}

int ConsumerTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_consumers.size());
}

int ConsumerTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind ConsumerTableModel::columnKind(int column) const {
    return column == ChannelColumn || column == PrefetchColumn ? ColumnKind::Count
                                                               : ColumnKind::Text;
}

QString ConsumerTableModel::columnTitle(int column) const {
    switch (column) {
    case QueueColumn:
        return tr("Queue");
    case VhostColumn:
        return tr("Vhost");
    case TagColumn:
        return tr("Consumer tag");
    case ConnectionColumn:
        return tr("Connection");
    case ChannelColumn:
        return tr("Channel");
    case ApplicationColumn:
        return tr("Application");
    case UserColumn:
        return tr("User");
    case ClientColumn:
        return tr("Client");
    case AckColumn:
        return tr("Ack");
    case ExclusiveColumn:
        return tr("Exclusive");
    case PrefetchColumn:
        return tr("Prefetch");
    }
    return {};
}

QVariant ConsumerTableModel::cellValue(int row, int column) const {
    return valueOf(m_consumers.at(row), column);
}

QVariant ConsumerTableModel::valueOf(const Row& consumer, int column) {
    switch (column) {
    case QueueColumn:
        return consumer.queue;
    case VhostColumn:
        return consumer.vhost;
    case TagColumn:
        return consumer.consumerTag;
    case ConnectionColumn:
        return consumer.connection;
    case ChannelColumn:
        return consumer.channel;
    case ApplicationColumn:
        return consumer.client.application;
    case UserColumn:
        return consumer.client.user;
    case ClientColumn:
        return consumer.client.library;
    case AckColumn:
        return consumer.ackRequired ? tr("manual") : tr("auto");
    case ExclusiveColumn:
        return consumer.exclusive ? tr("yes") : QString();
    case PrefetchColumn:
        return consumer.prefetchCount;
    }
    return {};
}
