#include "models/policy_table_model.h"

void PolicyTableModel::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    mergeRows(
        m_policies, snapshot.policies,
        [](const warren::PolicyInfo& p) { return p.vhost + QChar(0x1f) + p.name; },
        &PolicyTableModel::valueOf);
}

int PolicyTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_policies.size());
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PolicyTableModel::columnTitle(int column) const {
    switch (column) {
    case NameColumn:
        return tr("Name");
    case VhostColumn:
        return tr("Vhost");
    case PatternColumn:
        return tr("Pattern");
    case ApplyToColumn:
        return tr("Apply to");
    case PriorityColumn:
        return tr("Priority");
    case DefinitionColumn:
        return tr("Definition");
    }
    return {};
}

QVariant PolicyTableModel::cellValue(int row, int column) const {
    return valueOf(m_policies.at(row), column);
}

QVariant PolicyTableModel::valueOf(const warren::PolicyInfo& p, int column) {
    switch (column) {
    case NameColumn:
        return p.name;
    case VhostColumn:
        return p.vhost;
    case PatternColumn:
        return p.pattern;
    case ApplyToColumn:
        return p.applyTo;
    case PriorityColumn:
        return p.priority;
    case DefinitionColumn:
        return p.definition;
    }
    return {};
}
