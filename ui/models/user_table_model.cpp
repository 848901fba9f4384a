#include "models/user_table_model.h"

void UserTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_users, snapshot.users, [](const warren::UserInfo& user) { return user.name; },
        &UserTableModel::valueOf);
}

int UserTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::columnTitle(int column) const {
    return column == NameColumn ? tr("User") : tr("Tags");
}

QVariant UserTableModel::cellValue(int row, int column) const {
    return valueOf(m_users.at(row), column);
}

QVariant UserTableModel::valueOf(const warren::UserInfo& user, int column) {
    return column == NameColumn ? user.name : user.tags.join(QStringLiteral(", "));
}
