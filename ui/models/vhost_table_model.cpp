#include "models/vhost_table_model.h"

void VhostTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_vhosts, snapshot.vhosts, [](const warren::VhostInfo& vhost) { return vhost.name; },
        &VhostTableModel::valueOf);
}

int VhostTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_vhosts.size());
}

int VhostTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

SnapshotTableModel::ColumnKind VhostTableModel::columnKind(int column) const {
    return column == NameColumn ? ColumnKind::Text : ColumnKind::Count;
}

QString VhostTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Virtual host");
    case ReadyColumn:
        return tr("Ready");
    case UnackedColumn:
        return tr("Unacked");
    }
    return {};
}

QVariant VhostTableModel::cellValue(int row, int column) const {
    return valueOf(m_vhosts.at(row), column);
}

QVariant VhostTableModel::valueOf(const warren::VhostInfo& vhost, int column) {
    switch (column) {
    case NameColumn:
        return vhost.name;
    case ReadyColumn:
        return vhost.messagesReady;
    case UnackedColumn:
        return vhost.messagesUnacked;
    }
    return {};
}
