#include "models/channel_table_model.h"

#include <utility>

void ChannelTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_channels, ClientIdentity::attach<Row>(snapshot.channels, snapshot.connections),
        [](const Row& channel) {
            return channel.connection + QLatin1Char('#') + QString::number(channel.number);
        },
        &ChannelTableModel::valueOf);
}

int ChannelTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ChannelTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind ChannelTableModel::columnKind(int column) const {
    switch (column) {
    case NumberColumn:
    case ConsumersColumn:
    case UnackedColumn:
    case PrefetchColumn:
        return ColumnKind::Count;
    default:
        return ColumnKind::Text;
    }
}

QString ChannelTableModel::columnTitle(int column) const {
    switch (column) {
    case ConnectionColumn:
        return tr("Connection");
    case NumberColumn:
        return tr("Channel");
    case ApplicationColumn:
        return tr("Application");
    case UserColumn:
        return tr("User");
    case ClientColumn:
        return tr("Client");
    case VhostColumn:
        return tr("Vhost");
    case ModeColumn:
        return tr("Mode");
    case ConsumersColumn:
        return tr("Consumers");
    case UnackedColumn:
        return tr("Unacked");
    case PrefetchColumn:
        return tr("Prefetch");
    case StateColumn:
        return tr("State");
    }
    return {};
}

QVariant ChannelTableModel::cellValue(int row, int column) const {
    return valueOf(m_channels.at(row), column);
}

QVariant ChannelTableModel::valueOf(const Row& channel, int column) {
    switch (column) {
    case ConnectionColumn:
        return channel.connection;
    case NumberColumn:
        return channel.number;
    case ApplicationColumn:
        return channel.client.application;
    case UserColumn:
        return channel.user;
    case ClientColumn:
        return channel.client.library;
    case VhostColumn:
        return channel.vhost;
    case ModeColumn:
        // RabbitMQ's letters: C for confirm mode, T for transactional.
        return channel.confirmMode ? QStringLiteral("C")
                                   : (channel.transactional ? QStringLiteral("T") : QString());
    case ConsumersColumn:
        return channel.consumers;
    case UnackedColumn:
        return channel.messagesUnacked;
    case PrefetchColumn:
        return channel.prefetchCount;
    case StateColumn:
        return channel.state; // "flow" while its publishes are paced, as RabbitMQ says
    }
    return {};
}
