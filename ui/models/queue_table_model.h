#pragma once

#include "models/snapshot_table_model.h"

// The queues of every vhost, one row per (vhost, name).
class QueueTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VhostColumn,
        TypeColumn,
        FeaturesColumn,
        ReadyColumn,
        UnackedColumn,
        TotalColumn,
        PersistentColumn,
        ConsumersColumn,
        PublishRateColumn,
        DeliverRateColumn,
        AckRateColumn,
        RedeliverRateColumn,
        ColumnCount
    };

    // The Features column's badges ("D", "TTL", …) and, in the same order, what each one says:
    // a delegate draws them as pills with a tool tip of their own.
    static constexpr int BadgesRole = SortRole + 1;
    static constexpr int BadgeToolTipsRole = SortRole + 2;

    explicit QueueTableModel(QObject* parent = nullptr);

    void applySnapshot(const warren::BrokerSnapshot& snapshot) override;
    void setQueues(QList<warren::QueueInfo> queues);
    const warren::QueueInfo& queueAt(int row) const { return m_queues.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;
    QVariant cellData(int row, int column, int role) const override;

private:
    static QVariant valueOf(const warren::QueueInfo& queue, int column);
    // Where the queue lives: its node, or its leader, members and those that are offline.
    static QString placementOf(const warren::QueueInfo& queue);

    QList<warren::QueueInfo> m_queues;
};
