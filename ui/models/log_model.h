#pragma once

#include <QAbstractTableModel>
#include <QTimer>
#include <deque>
#include <vector>
#include <warren/log_record.h>

// The broker's log records for the Logs tab: the most recent `capacity` of them (100,000 by
// default), oldest dropped first. Records arrive one by one but reach views in batches, at
// most every 100 ms, so a chatty broker costs the UI a few model updates a second. Paused,
// the model keeps collecting (still bounded) and shows everything on resume.
class LogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Level, Category, Connection, Text, ColumnCount };
    // The record's level as an int, for filtering.
    static constexpr int LevelRole = Qt::UserRole + 1;
    static constexpr int TimeRole = Qt::UserRole + 2; // QDateTime

    explicit LogModel(QObject* parent = nullptr, int capacity = 100000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const warren::LogRecord& record);
    // Shows what has arrived now instead of at the next batch.
    void flush();
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();

    const warren::LogRecord& record(int row) const { return m_records[size_t(row)]; }
    int capacity() const { return m_capacity; }
    // Every category seen so far, sorted, for the filter's choices.
    QStringList categories() const;

signals:
    void categoriesChanged();

private:
    int m_capacity;
    std::deque<warren::LogRecord> m_records; // shown
    std::deque<warren::LogRecord> m_pending; // arrived since the last flush
    QStringList m_categories;
    QTimer m_flushTimer;
    bool m_paused = false;
};
