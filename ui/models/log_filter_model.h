#pragma once

#include <QSortFilterProxyModel>
#include <warren/log_record.h>

// Which log records the Logs tab shows: at least a level, one category or all, and text that
// appears in the message, category or connection (case-insensitive).
class LogFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(warren::LogLevel level);
    void setCategory(const QString& category); // empty: every category
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    warren::LogLevel m_minimumLevel = warren::LogLevel::Debug;
    QString m_category;
    QString m_text;
};
