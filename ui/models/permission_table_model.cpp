#include "models/permission_table_model.h"

void PermissionTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_permissions, snapshot.permissions,
        [](const warren::PermissionInfo& p) { return p.user + QChar(0x1f) + p.vhost; },
        &PermissionTableModel::valueOf);
}

int PermissionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_permissions.size());
}

int PermissionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PermissionTableModel::columnTitle(int column) const {
    switch (column) {
    case UserColumn:
        return tr("User");
    case VhostColumn:
        return tr("Vhost");
    case ConfigureColumn:
        return tr("Configure");
    case WriteColumn:
        return tr("Write");
    case ReadColumn:
        return tr("Read");
    }
    return {};
}

QVariant PermissionTableModel::cellValue(int row, int column) const {
    return valueOf(m_permissions.at(row), column);
}

QVariant PermissionTableModel::valueOf(const warren::PermissionInfo& p, int column) {
    switch (column) {
    case UserColumn:
        return p.user;
    case VhostColumn:
        return p.vhost;
    case ConfigureColumn:
        return p.configure;
    case WriteColumn:
        return p.write;
    case ReadColumn:
        return p.read;
    }
    return {};
}
