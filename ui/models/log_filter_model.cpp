#include "models/log_filter_model.h"

#include "models/log_model.h"

void LogFilterModel::setMinimumLevel(warren::LogLevel level) {
    m_minimumLevel = level;
    invalidateFilter();
}

void LogFilterModel::setCategory(const QString& category) {
    m_category = category;
    invalidateFilter();
}

void LogFilterModel::setText(const QString& text) {
    m_text = text;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const auto* logs = qobject_cast<const LogModel*>(sourceModel());
    if (!logs || sourceParent.isValid())
        return true;
    const warren::LogRecord& r = logs->record(sourceRow);
    if (int(r.level) < int(m_minimumLevel))
        return false;
    if (!m_category.isEmpty() && r.category != m_category)
        return false;
    return m_text.isEmpty() || r.text.contains(m_text, Qt::CaseInsensitive) ||
           r.category.contains(m_text, Qt::CaseInsensitive) ||
           r.connection.contains(m_text, Qt::CaseInsensitive);
}
