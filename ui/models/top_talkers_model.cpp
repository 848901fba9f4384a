#include "models/top_talkers_model.h"

#include <QLocale>
#include <algorithm>

TopTalkersModel::TopTalkersModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TopTalkersModel::setTotals(QList<TapTreeModel::KeyTotals> totals) {
    m_all = std::move(totals);
    rank();
}

void TopTalkersModel::setRankBy(RankBy rankBy) {
    m_rankBy = rankBy;
    rank();
}

void TopTalkersModel::rank() {
    const auto busier = [this](const TapTreeModel::KeyTotals& a, const TapTreeModel::KeyTotals& b) {
        const quint64 left = m_rankBy == RankBy::Messages ? a.messages : a.bytes;
        const quint64 right = m_rankBy == RankBy::Messages ? b.messages : b.bytes;
        return left != right ? left > right : a.routingKey < b.routingKey;
    };
    const qsizetype kept = std::min<qsizetype>(m_all.size(), MaxRows);
    std::partial_sort(m_all.begin(), m_all.begin() + kept, m_all.end(), busier);
    // Rows keep their identity when only the numbers changed, so a selection survives ticks.
    if (m_rows.size() == kept &&
        std::equal(m_rows.cbegin(), m_rows.cend(), m_all.cbegin(),
                   [](const auto& a, const auto& b) { return a.routingKey == b.routingKey; })) {
        std::copy(m_all.cbegin(), m_all.cbegin() + kept, m_rows.begin());
        if (kept > 0)
            emit dataChanged(index(0, 0), index(int(kept) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = m_all.first(kept);
    endResetModel();
}

int TopTalkersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TopTalkersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopTalkersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto& row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == KeyColumn ? QVariant()
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case KeyColumn:
        return row.routingKey.isEmpty() ? tr("(empty)") : row.routingKey;
    case MessagesColumn:
        return QLocale().toString(row.messages);
    case BytesColumn:
        return QLocale().formattedDataSize(qint64(row.bytes));
    case RateColumn:
        return QLocale().toString(row.ratePerSecond, 'f', 1);
    case ColumnCount:
        break;
    }
    return {};
}

void TopTalkersModel::setTopics(bool topics) {
    if (topics == m_topics)
        return;
    m_topics = topics;
    emit headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
}

QVariant TopTalkersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return m_topics ? tr("Topic") : tr("Routing key");
    case MessagesColumn:
        return tr("Messages");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Rate (msg/s)");
    case ColumnCount:
        break;
    }
    return {};
}
