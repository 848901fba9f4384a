#include "models/node_table_model.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>
#include <utility>

NodeTableModel::NodeTableModel(QObject* parent)
    : SnapshotTableModel(parent) {}

void NodeTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_nodes, snapshot.nodes, [](const warren::NodeInfo& node) { return node.name; },
        &NodeTableModel::valueOf);
}

int NodeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_nodes.size());
}

int NodeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList NodeTableModel::problemsOf(const warren::NodeInfo& node) {
    QStringList problems;
    if (!node.running)
        problems << tr("This node is not running: queues whose leader was here move to other "
                       "members, and classic queues on it are unavailable.");
    if (!node.partitions.isEmpty())
        problems << tr("Network partition: this node cannot reach %1 although they are in its "
                       "cluster. Each side may go on serving on its own and their states "
                       "diverge until the partition is healed.")
                        .arg(node.partitions.join(QStringLiteral(", ")));
    if (node.memoryAlarm)
        problems << tr("Memory alarm: publishers are blocked until memory use falls.");
    if (node.diskAlarm)
        problems << tr("Disk alarm: publishers are blocked until disk space is freed.");
    return problems;
}

SnapshotTableModel::ColumnKind NodeTableModel::columnKind(int column) const {
    return column == MemoryColumn ? ColumnKind::Count : ColumnKind::Text;
}

QString NodeTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Node");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case AlarmsColumn:
        return tr("Alarms");
    case PartitionsColumn:
        return tr("Partitions");
    case MemoryColumn:
        return tr("Memory used");
    }
    return {};
}

QVariant NodeTableModel::cellValue(int row, int column) const {
    return valueOf(m_nodes.at(row), column);
}

QString NodeTableModel::cellText(int row, int column) const {
    const warren::NodeInfo& node = m_nodes.at(row);
    switch (column) {
    case StateColumn:
        return node.running ? tr("running") : tr("not running");
    case AlarmsColumn:
    case PartitionsColumn: {
        const QString listed = cellValue(row, column).toString();
        return listed.isEmpty() ? tr("none") : listed;
    }
    case MemoryColumn:
        return node.memoryUsed < 0 ? QStringLiteral("–")
                                   : QLocale().formattedDataSize(node.memoryUsed);
    default:
        return SnapshotTableModel::cellText(row, column);
    }
}

QVariant NodeTableModel::cellData(int row, int column, int role) const {
    const QStringList problems = problemsOf(m_nodes.at(row));
    if (problems.isEmpty())
        return {};
    switch (role) {
    case Qt::ForegroundRole:
        return QColor(220, 50, 47); // the log's error red, legible on light and dark palettes
    case Qt::DecorationRole:
        return column == NameColumn
                   ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
                   : QVariant();
    case Qt::ToolTipRole:
        return problems.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant NodeTableModel::valueOf(const warren::NodeInfo& node, int column) {
    switch (column) {
    case NameColumn:
        return node.name;
    case StateColumn:
        return node.running;
    case TypeColumn:
        // RabbitMQ's node types, as the broker names them.
        if (node.type == QLatin1String("disc"))
            return tr("disc");
        if (node.type == QLatin1String("ram"))
            return tr("RAM");
        return node.type;
    case AlarmsColumn: {
        QStringList alarms;
        if (node.memoryAlarm)
            alarms << tr("memory");
        if (node.diskAlarm)
            alarms << tr("disk");
        return alarms.join(QStringLiteral(", "));
    }
    case PartitionsColumn:
        return node.partitions.join(QStringLiteral(", "));
    case MemoryColumn:
        return node.memoryUsed;
    }
    return {};
}
