#include "models/tap_tree_model.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

struct TapTreeModel::Node {
    QString segment;
    QString fullKey;
    bool overflow = false; // the "other keys" node that takes keys past MaxNodes
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node*> childBySegment;
    quint64 messages = 0; // at or below this node
    quint64 bytes = 0;
    quint64 messagesAtTick = 0;
    double rate = 0;
    qint64 lastMs = 0;
    // Messages on exactly this key.
    quint64 ownMessages = 0;
    quint64 ownBytes = 0;
    quint64 ownAtTick = 0;
    double ownRate = 0;
    std::optional<warren::TappedMessage> latest;
    std::optional<warren::TappedMessage> previous;

    int row() const {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
};

TapTreeModel::TapTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>()) {}

TapTreeModel::~TapTreeModel() = default;

void TapTreeModel::clear() {
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_byKey.clear();
    m_nodeCount = 0;
    endResetModel();
}

void TapTreeModel::setSeparator(QChar separator) {
    if (separator == m_separator)
        return;
    m_separator = separator;
    clear(); // keys split the old way would not be found the new way
    emit headerDataChanged(Qt::Horizontal, KeyColumn, KeyColumn);
}

TapTreeModel::Node* TapTreeModel::childFor(Node* parent, const QString& segment) {
    if (Node* existing = parent->childBySegment.value(segment))
        return existing;
    bool overflow = false;
    QString name = segment;
    if (m_nodeCount >= MaxNodes) {
        // Bounded memory: keys never seen before fold into one node per parent.
        overflow = true;
        name = QString();
        for (const auto& child : parent->children)
            if (child->overflow)
                return child.get();
    }
    const int row = int(parent->children.size());
    beginInsertRows(parent == m_root.get() ? QModelIndex() : indexOf(parent), row, row);
    auto node = std::make_unique<Node>();
    node->segment = name;
    node->overflow = overflow;
    node->parent = parent;
    node->fullKey = parent == m_root.get() ? name : parent->fullKey + m_separator + name;
    Node* raw = node.get();
    parent->children.push_back(std::move(node));
    if (!overflow)
        parent->childBySegment.insert(segment, raw);
    ++m_nodeCount;
    endInsertRows();
    return raw;
}

void TapTreeModel::addMessages(const QList<warren::TappedMessage>& messages, qint64 nowMs) {
    m_nowMs = nowMs;
    QSet<const Node*> touchedParents;
    for (const warren::TappedMessage& message : messages) {
        Node* node = m_root.get();
        for (const QString& segment : message.routingKey.split(m_separator)) {
            node = childFor(node, segment);
            node->messages += 1;
            node->bytes += quint64(message.bodySize);
            node->lastMs = nowMs;
            touchedParents.insert(node->parent);
            if (node->overflow)
                break; // the rest of the key is not kept
        }
        node->ownMessages += 1;
        node->ownBytes += quint64(message.bodySize);
        if (!node->overflow) {
            node->previous = std::move(node->latest);
            node->latest = message;
            m_byKey.insert(node->fullKey, node);
        }
    }
    for (const Node* parent : std::as_const(touchedParents))
        announceChanged(parent);
}

void TapTreeModel::tick(qint64 nowMs) {
    const qint64 elapsedMs = m_lastTickMs > 0 ? nowMs - m_lastTickMs : 0;
    m_lastTickMs = nowMs;
    m_nowMs = nowMs;
    // Depth-first over the whole tree; it is bounded by MaxNodes.
    std::vector<Node*> pending{m_root.get()};
    while (!pending.empty()) {
        Node* node = pending.back();
        pending.pop_back();
        if (elapsedMs > 0) {
            node->rate = double(node->messages - node->messagesAtTick) * 1000.0 / double(elapsedMs);
            node->ownRate =
                double(node->ownMessages - node->ownAtTick) * 1000.0 / double(elapsedMs);
        }
        node->messagesAtTick = node->messages;
        node->ownAtTick = node->ownMessages;
        if (!node->children.empty())
            announceChanged(node);
        for (const auto& child : node->children)
            pending.push_back(child.get());
    }
}

void TapTreeModel::announceChanged(const Node* parent) {
    if (parent->children.empty())
        return;
    const QModelIndex parentIndex = parent == m_root.get() ? QModelIndex() : indexOf(parent);
    emit dataChanged(index(0, 0, parentIndex),
                     index(int(parent->children.size()) - 1, ColumnCount - 1, parentIndex));
}

TapTreeModel::Node* TapTreeModel::nodeOf(const QModelIndex& index) const {
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex TapTreeModel::indexOf(const Node* node, int column) const {
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node*>(node));
}

QString TapTreeModel::fullKey(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->fullKey : QString();
}

QModelIndex TapTreeModel::indexOfKey(const QString& routingKey) const {
    return indexOf(m_byKey.value(routingKey));
}

std::optional<warren::TappedMessage> TapTreeModel::latest(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->latest : std::nullopt;
}

std::optional<warren::TappedMessage> TapTreeModel::previous(const QModelIndex& index) const {
    return index.isValid() ? nodeOf(index)->previous : std::nullopt;
}

QList<TapTreeModel::KeyTotals> TapTreeModel::keyTotals() const {
    QList<KeyTotals> totals;
    totals.reserve(m_byKey.size());
    for (const Node* node : m_byKey)
        totals.append({node->fullKey, node->ownMessages, node->ownBytes, node->ownRate});
    return totals;
}

QModelIndex TapTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex TapTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int TapTreeModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int TapTreeModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant TapTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KeyColumn:
            if (node->overflow)
                return tr("(other keys)");
            return node->segment.isEmpty() ? tr("(empty)") : node->segment;
        case MessagesColumn:
            return QLocale().toString(node->messages);
        case RateColumn:
            return QLocale().toString(node->rate, 'f', 1);
        case BytesColumn:
            return QLocale().formattedDataSize(qint64(node->bytes));
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == KeyColumn ? QVariant()
                                           : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole: {
        // Lit when traffic arrived, fading over GlowMs.
        // (A clock that stepped back counts as "just now".)
        const qint64 age = std::max<qint64>(0, m_nowMs - node->lastMs);
        if (node->lastMs == 0 || age >= GlowMs)
            return {};
        QColor glow(255, 170, 0);
        glow.setAlphaF(0.55f * float(GlowMs - age) / float(GlowMs));
        return glow;
    }
    case Qt::ToolTipRole:
        return node->overflow ? tr("Keys first seen after %1 nodes are counted here").arg(MaxNodes)
                              : node->fullKey;
    case FullKeyRole:
        return node->fullKey;
    default:
        return {};
    }
}

QVariant TapTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KeyColumn:
        return m_separator == QLatin1Char('/') ? tr("Topic") : tr("Routing key");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate (msg/s)");
    case BytesColumn:
        return tr("Bytes");
    case ColumnCount:
        break;
    }
    return {};
}
