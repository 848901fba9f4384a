#include "models/topic_permission_table_model.h"

void TopicPermissionTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_permissions, snapshot.topicPermissions,
        [](const warren::TopicPermissionInfo& p) {
            return p.user + QChar(0x1f) + p.vhost + QChar(0x1f) + p.exchange;
        },
        &TopicPermissionTableModel::valueOf);
}

int TopicPermissionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_permissions.size());
}

int TopicPermissionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TopicPermissionTableModel::columnTitle(int column) const {
    switch (column) {
    case UserColumn:
        return tr("User");
    case VhostColumn:
        return tr("Vhost");
    case ExchangeColumn:
        return tr("Exchange");
    case WriteColumn:
        return tr("Write (publish)");
    case ReadColumn:
        return tr("Read (bind)");
    }
    return {};
}

QVariant TopicPermissionTableModel::cellValue(int row, int column) const {
    return valueOf(m_permissions.at(row), column);
}

QVariant TopicPermissionTableModel::valueOf(const warren::TopicPermissionInfo& p, int column) {
    switch (column) {
    case UserColumn:
        return p.user;
    case VhostColumn:
        return p.vhost;
    case ExchangeColumn:
        return p.exchange;
    case WriteColumn:
        return p.write;
    case ReadColumn:
        return p.read;
    }
    return {};
}
