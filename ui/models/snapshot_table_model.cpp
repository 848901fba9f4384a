#include "models/snapshot_table_model.h"

#include <QLocale>
#include <cmath>

QVariant SnapshotTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), index.column());
    case SortRole:
        return cellValue(index.row(), index.column());
    case Qt::TextAlignmentRole:
        // Right-aligned digits line up by magnitude down a column.
        return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                         : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return cellData(index.row(), index.column(), role);
    }
}

QVariant SnapshotTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(section);
    case Qt::TextAlignmentRole:
        return isNumeric(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QString SnapshotTableModel::cellText(int row, int column) const {
    const QVariant value = cellValue(row, column);
    const QLocale locale;
    switch (columnKind(column)) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Count:
        return locale.toString(value.toULongLong());
    case ColumnKind::Rate:
        // One decimal is enough to tell a trickle from idle without jitter.
        return locale.toString(value.toDouble(), 'f', 1);
    case ColumnKind::ByteRate:
        return locale.toString(qulonglong(std::llround(std::max(0.0, value.toDouble()))));
    }
    return {};
}

QVariant SnapshotTableModel::cellData(int, int, int) const {
    return {};
}

void SnapshotTableModel::emitRowsChanged(int firstRow, int lastRow, int firstColumn,
                                         int lastColumn) {
    // No role list: tool tips and fonts derive from the same fields as the text.
    emit dataChanged(index(firstRow, firstColumn), index(lastRow, lastColumn));
}
