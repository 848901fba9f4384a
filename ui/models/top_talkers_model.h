#pragma once

#include "models/tap_tree_model.h"

#include <QAbstractTableModel>

// The routing keys that carried the most messages (or bytes) on the live tap, busiest first.
class TopTalkersModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, MessagesColumn, BytesColumn, RateColumn, ColumnCount };
    enum class RankBy { Messages, Bytes };
    static constexpr int MaxRows = 20;

    explicit TopTalkersModel(QObject* parent = nullptr);

    void setTotals(QList<TapTreeModel::KeyTotals> totals);
    void setRankBy(RankBy rankBy);
    // Whether the keys are MQTT topics (the header says so).
    void setTopics(bool topics);
    RankBy rankBy() const { return m_rankBy; }
    QString routingKey(int row) const { return m_rows.value(row).routingKey; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void rank();

    QList<TapTreeModel::KeyTotals> m_all;
    QList<TapTreeModel::KeyTotals> m_rows;
    RankBy m_rankBy = RankBy::Messages;
    bool m_topics = false;
};
