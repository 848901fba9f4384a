#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <algorithm>
#include <type_traits>
#include <warren/snapshot.h>

// Common ground of the console's tables. Each shows one list out of a
// BrokerSnapshot and is updated in place rather than reset, so a refresh every
// second keeps the user's selection, current index and scroll position.
class SnapshotTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The unformatted value behind a cell (a number for counters and rates).
    // Proxies sort by it because DisplayRole is localised text ("1.234,5").
    static constexpr int SortRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    virtual void applySnapshot(const warren::BrokerSnapshot& snapshot) = 0;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    enum class ColumnKind { Text, Count, Rate, ByteRate };

    virtual ColumnKind columnKind(int column) const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual QVariant cellValue(int row, int column) const = 0;
    // Text for cells that are more than their formatted value.
    virtual QString cellText(int row, int column) const;
    // Any further role (tool tips, fonts); the default has none.
    virtual QVariant cellData(int row, int column, int role) const;

    bool isNumeric(int column) const { return columnKind(column) != ColumnKind::Text; }

    // Makes `rows` equal to `incoming` with the fewest model signals: rows whose
    // key vanished are removed, rows that stayed are overwritten where they sit
    // (dataChanged spans only the columns whose value differs), new keys are
    // appended. Order within the model is stable; sorting is the proxy's job.
    template <class Row, class KeyOf, class ValueOf>
    void mergeRows(QList<Row>& rows, QList<Row> incoming, KeyOf keyOf, ValueOf valueOf);

private:
    void emitRowsChanged(int firstRow, int lastRow, int firstColumn, int lastColumn);
};

template <class Row, class KeyOf, class ValueOf>
void SnapshotTableModel::mergeRows(QList<Row>& rows, QList<Row> incoming, KeyOf keyOf,
                                   ValueOf valueOf) {
    using Key = std::decay_t<std::invoke_result_t<KeyOf, const Row&>>;

    // A duplicated key in one snapshot would be a broker bug; the last one wins
    // so the model never shows two rows for one object.
    QHash<Key, qsizetype> incomingIndex;
    incomingIndex.reserve(incoming.size());
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        incomingIndex.insert(keyOf(incoming.at(i)), i);
    }

    // Back to front so earlier indexes stay valid; one signal per contiguous run.
    for (qsizetype last = rows.size() - 1; last >= 0;) {
        if (incomingIndex.contains(keyOf(rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !incomingIndex.contains(keyOf(rows.at(first - 1)))) {
            --first;
        }
        beginRemoveRows({}, int(first), int(last));
        rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    const int columns = columnCount();
    QList<bool> taken(incoming.size(), false);
    int runFirst = -1;
    int runLast = -1;
    int runColumnFirst = columns;
    int runColumnLast = -1;
    for (qsizetype row = 0; row < rows.size(); ++row) {
        const qsizetype from = incomingIndex.value(keyOf(rows.at(row)));
        taken[from] = true;
        int columnFirst = -1;
        int columnLast = -1;
        for (int column = 0; column < columns; ++column) {
            if (valueOf(rows.at(row), column) != valueOf(incoming.at(from), column)) {
                if (columnFirst < 0) {
                    columnFirst = column;
                }
                columnLast = column;
            }
        }
        // Always take the new row: fields no column shows (arguments, byte
        // counts) may still have moved.
        rows[row] = std::move(incoming[from]);
        if (columnFirst < 0) {
            continue;
        }
        if (runFirst >= 0 && runLast == row - 1) {
            runLast = int(row);
        } else {
            if (runFirst >= 0) {
                emitRowsChanged(runFirst, runLast, runColumnFirst, runColumnLast);
            }
            runFirst = runLast = int(row);
            runColumnFirst = columns;
            runColumnLast = -1;
        }
        runColumnFirst = std::min(runColumnFirst, columnFirst);
        runColumnLast = std::max(runColumnLast, columnLast);
    }
    if (runFirst >= 0) {
        emitRowsChanged(runFirst, runLast, runColumnFirst, runColumnLast);
    }

    QList<Row> added;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!taken.at(i) && incomingIndex.value(keyOf(incoming.at(i))) == i) {
            added.append(std::move(incoming[i]));
        }
    }
    if (!added.isEmpty()) {
        const auto first = int(rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        rows.append(std::move(added));
        endInsertRows();
    }
}
