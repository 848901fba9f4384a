#include "models/peeked_message_model.h"

#include <QLocale>

int PeekedMessageModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_messages.size());
}

int PeekedMessageModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeekedMessageModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const warren::PeekedMessage& m = m_messages[index.row()];
    if (role == BodyRole)
        return m.body;
    if (role == Qt::TextAlignmentRole && (index.column() == Position || index.column() == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Position:
        return QLocale().toString(m.position);
    case RoutingKey:
        return m.routingKey;
    case Exchange:
        return m.exchange.isEmpty() ? tr("(default)") : m.exchange;
    case Size:
        return QLocale().formattedDataSize(m.body.size());
    case Redelivered:
        return m.redelivered ? tr("yes") : tr("no");
    case ContentType:
        for (const auto& [name, value] : m.properties)
            if (name == QLatin1String("content_type"))
                return value;
        return QString();
    }
    return {};
}

QVariant PeekedMessageModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Position:
        return tr("#");
    case RoutingKey:
        return tr("Routing key");
    case Exchange:
        return tr("Exchange");
    case Size:
        return tr("Size");
    case Redelivered:
        return tr("Redelivered");
    case ContentType:
        return tr("Content type");
    }
    return {};
}

void PeekedMessageModel::setMessages(QList<warren::PeekedMessage> messages) {
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}
