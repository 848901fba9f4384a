#pragma once

#include <QAbstractTableModel>
#include <warren/peeked_message.h>

// The messages of one peek, for the message browser's table.
class PeekedMessageModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Position, RoutingKey, Exchange, Size, Redelivered, ContentType, ColumnCount };
    static constexpr int BodyRole = Qt::UserRole + 1; // QByteArray, for searching bodies

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setMessages(QList<warren::PeekedMessage> messages);
    const warren::PeekedMessage& message(int row) const { return m_messages[row]; }

private:
    QList<warren::PeekedMessage> m_messages;
};
