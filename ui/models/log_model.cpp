#include "models/log_model.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

LogModel::LogModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(capacity, 1)) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

int LogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_records.size());
}

int LogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_records.size()))
        return {};
    const warren::LogRecord& r = m_records[size_t(index.row())];
    switch (role) {
    case LevelRole:
        return int(r.level);
    case TimeRole:
        return r.time;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(r.time.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case Level:
            return warren::logLevelName(r.level);
        case Category:
            return r.category;
        case Connection:
            return r.connection;
        case Text:
            return r.text;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == Text ? r.text : QVariant();
    case Qt::ForegroundRole:
        // Problems stand out; these reds and oranges read on light and dark palettes alike.
        if (r.level == warren::LogLevel::Error)
            return QColor(220, 50, 47);
        if (r.level == warren::LogLevel::Warning)
            return QColor(203, 120, 22);
        break;
    default:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Category:
        return tr("Category");
    case Connection:
        return tr("Connection");
    case Text:
        return tr("Message");
    }
    return {};
}

void LogModel::append(const warren::LogRecord& record) {
    m_pending.push_back(record);
    if (int(m_pending.size()) > m_capacity) // paused for long: keep only what could be shown
        m_pending.pop_front();
    if (!m_categories.contains(record.category)) {
        m_categories.append(record.category);
        m_categories.sort();
        emit categoriesChanged();
    }
    if (!m_paused && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush() {
    m_flushTimer.stop();
    if (m_paused || m_pending.empty())
        return;
    // Make room first, in one removal, so the view never holds more than the capacity.
    const int incoming = int(m_pending.size());
    const int overflow = int(m_records.size()) + incoming - m_capacity;
    if (overflow > 0) {
        const int removed = std::min(overflow, int(m_records.size()));
        if (removed > 0) {
            beginRemoveRows({}, 0, removed - 1);
            m_records.erase(m_records.begin(), m_records.begin() + removed);
            endRemoveRows();
        }
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + incoming - 1);
    for (auto& record : m_pending)
        m_records.push_back(std::move(record));
    m_pending.clear();
    endInsertRows();
}

void LogModel::setPaused(bool paused) {
    m_paused = paused;
    if (!paused)
        flush();
}

void LogModel::clear() {
    beginResetModel();
    m_records.clear();
    m_pending.clear();
    endResetModel();
}

QStringList LogModel::categories() const {
    return m_categories;
}
