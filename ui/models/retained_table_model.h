#pragma once

#include "models/snapshot_table_model.h"

#include <warren/management.h>

// An MQTT broker's retained messages, one row per topic: what a new subscriber would get at once.
// They come from ListRetained rather than snapshots, so applySnapshot leaves them alone.
class RetainedTableModel final : public SnapshotTableModel {
    Q_OBJECT
public:
    enum Column {
        TopicColumn, // first: the filter box searches it
        SizeColumn,
        QosColumn,
        AgeColumn,
        ContentTypeColumn,
        PayloadColumn, // the start of the payload, on one line
        ColumnCount
    };
    // How much of the payload the preview column shows.
    static constexpr int PreviewCharacters = 80;

    using SnapshotTableModel::SnapshotTableModel;

    void applySnapshot(const warren::BrokerSnapshot&) override {}
    // The broker's answer, with ages counted up to `nowMs`.
    void setRetained(QList<warren::RetainedMessage> messages, qint64 nowMs);
    const warren::RetainedMessage& messageAt(int row) const { return m_messages.at(row); }
    // The row of `topic`; -1 when it has none.
    int rowOf(const QString& topic) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;

protected:
    ColumnKind columnKind(int column) const override;
    QString columnTitle(int column) const override;
    QVariant cellValue(int row, int column) const override;
    QString cellText(int row, int column) const override;

private:
    QVariant valueOf(const warren::RetainedMessage& message, int column) const;

    QList<warren::RetainedMessage> m_messages;
    qint64 m_nowMs = 0;
};
