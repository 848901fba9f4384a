#include "models/queue_table_model.h"

#include "models/queue_features.h"

#include <QStringList>
#include <utility>

QueueTableModel::QueueTableModel(QObject* parent)
    : SnapshotTableModel(parent) {}

void QueueTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    setQueues(snapshot.queues);
}

void QueueTableModel::setQueues(QList<warren::QueueInfo> queues) {
    mergeRows(
        m_queues, std::move(queues),
        [](const warren::QueueInfo& queue) { return std::pair(queue.vhost, queue.name); },
        &QueueTableModel::valueOf);
}

int QueueTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind QueueTableModel::columnKind(int column) const {
    switch (column) {
    case NameColumn:
    case VhostColumn:
    case TypeColumn:
    case FeaturesColumn:
        return ColumnKind::Text;
    case PublishRateColumn:
    case DeliverRateColumn:
    case AckRateColumn:
    case RedeliverRateColumn:
        return ColumnKind::Rate;
    default:
        return ColumnKind::Count;
    }
}

QString QueueTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Name");
    case VhostColumn:
        return tr("Vhost");
    case TypeColumn:
        return tr("Type");
    case FeaturesColumn:
        return tr("Features");
    case ReadyColumn:
        return tr("Ready");
    case UnackedColumn:
        return tr("Unacked");
    case TotalColumn:
        return tr("Total");
    case PersistentColumn:
        return tr("Persistent");
    case ConsumersColumn:
        return tr("Consumers");
    case PublishRateColumn:
        return tr("Publish/s");
    case DeliverRateColumn:
        return tr("Deliver/s");
    case AckRateColumn:
        return tr("Ack/s");
    case RedeliverRateColumn:
        return tr("Redeliver/s");
    }
    return {};
}

QVariant QueueTableModel::cellValue(int row, int column) const {
    return valueOf(m_queues.at(row), column);
}

QVariant QueueTableModel::cellData(int row, int column, int role) const {
    if (role == Qt::ToolTipRole && column == TypeColumn) {
        return placementOf(m_queues.at(row));
    }
    if (column == FeaturesColumn &&
        (role == Qt::ToolTipRole || role == BadgesRole || role == BadgeToolTipsRole)) {
        QStringList texts;
        QStringList tips;
        for (const auto& badge : QueueFeatures::of(m_queues.at(row))) {
            texts << badge.text;
            tips << badge.toolTip;
        }
        if (role == BadgesRole)
            return texts;
        if (role == BadgeToolTipsRole)
            return tips;
        return tips.isEmpty() ? QVariant() : QVariant(tips.join(QLatin1Char('\n')));
    }
    if (role != Qt::ToolTipRole || column != NameColumn) {
        return {};
    }
    const auto& queue = m_queues.at(row);
    QStringList features;
    features << (queue.durable ? tr("durable") : tr("transient"));
    if (queue.autoDelete) {
        features << tr("auto-delete");
    }
    if (queue.exclusive) {
        features << tr("exclusive");
    }
    QString tip = features.join(QStringLiteral(", "));
    if (!queue.arguments.isEmpty()) {
        tip += QLatin1Char('\n') + tr("Arguments: %1").arg(queue.arguments);
    }
    return tip;
}

QString QueueTableModel::placementOf(const warren::QueueInfo& queue) {
    if (queue.members.isEmpty()) {
        return queue.leader.isEmpty() ? QString() : tr("Node: %1").arg(queue.leader);
    }
    QString tip = tr("Leader: %1").arg(queue.leader.isEmpty() ? tr("none") : queue.leader) +
                  QLatin1Char('\n') +
                  tr("Members: %1").arg(queue.members.join(QStringLiteral(", ")));
    QStringList offline;
    for (const QString& member : queue.members) {
        if (!queue.onlineMembers.contains(member)) {
            offline << member;
        }
    }
    // RabbitMQ leaves `online` out where it does not know; only a partial list means trouble.
    if (!queue.onlineMembers.isEmpty() && !offline.isEmpty()) {
        tip += QLatin1Char('\n') + tr("Offline: %1").arg(offline.join(QStringLiteral(", ")));
    }
    return tip;
}

QVariant QueueTableModel::valueOf(const warren::QueueInfo& queue, int column) {
    switch (column) {
    case NameColumn:
        return queue.name;
    case VhostColumn:
        return queue.vhost;
    case TypeColumn:
        return queue.type;
    case FeaturesColumn: {
        // The badges as words, for screen readers, copying and sorting; tool tips are read
        // from the row when shown, so a value changed under the same badges needs no signal.
        QStringList features;
        for (const auto& badge : QueueFeatures::of(queue))
            features << badge.text;
        return features.join(QLatin1Char(' '));
    }
    case ReadyColumn:
        return queue.messagesReady;
    case UnackedColumn:
        return queue.messagesUnacked;
    case TotalColumn:
        return queue.messagesReady + queue.messagesUnacked;
    case PersistentColumn:
        return queue.messagesPersistent;
    case ConsumersColumn:
        return queue.consumers;
    case PublishRateColumn:
        return queue.publishRate;
    case DeliverRateColumn:
        return queue.deliverRate;
    case AckRateColumn:
        return queue.ackRate;
    case RedeliverRateColumn:
        return queue.redeliverRate;
    }
    return {};
}
