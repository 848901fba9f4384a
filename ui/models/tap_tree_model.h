#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <optional>
#include <vector>
#include <warren/tapped_message.h>

// The live tap's routing keys as a tree: "eu.orders.created" is eu → orders → created. Each
// node counts the messages and bytes at or below it, their rate over the last tick, and lights
// up for a moment when traffic arrives; a node whose own key carried messages keeps the
// latest and the one before, for the detail and the diff. The tree is bounded: past MaxNodes,
// new keys are counted under an "other keys" node of their parent instead of growing it.
class TapTreeModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, MessagesColumn, RateColumn, BytesColumn, ColumnCount };
    // How long a node stays lit after its last message.
    static constexpr qint64 GlowMs = 1500;
    static constexpr int MaxNodes = 5000;
    enum Role { FullKeyRole = Qt::UserRole + 1 };

    explicit TapTreeModel(QObject* parent = nullptr);
    ~TapTreeModel() override;

    void addMessages(const QList<warren::TappedMessage>& messages, qint64 nowMs);
    // Once a second: rates since the previous tick, and the glow fading.
    void tick(qint64 nowMs);
    void clear();
    // What splits a key into levels: '.' for routing keys, '/' for MQTT topics. Clears the tree
    // when it changes.
    void setSeparator(QChar separator);
    QChar separator() const { return m_separator; }

    // The routing key a node stands for (its path joined with the separator).
    QString fullKey(const QModelIndex& index) const;
    QModelIndex indexOfKey(const QString& routingKey) const;
    // The latest message on exactly this key, and the one before it.
    std::optional<warren::TappedMessage> latest(const QModelIndex& index) const;
    std::optional<warren::TappedMessage> previous(const QModelIndex& index) const;

    struct KeyTotals {
        QString routingKey;
        quint64 messages = 0;
        quint64 bytes = 0;
        double ratePerSecond = 0;
    };
    // Every key that carried messages itself, with its own totals (not its children's).
    QList<KeyTotals> keyTotals() const;
    int nodeCount() const { return m_nodeCount; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(const Node* node, int column = 0) const;
    Node* childFor(Node* parent, const QString& segment);
    void announceChanged(const Node* parent);

    std::unique_ptr<Node> m_root;
    QHash<QString, Node*> m_byKey; // nodes whose own key carried messages
    int m_nodeCount = 0;
    qint64 m_nowMs = 0;
    qint64 m_lastTickMs = 0;
    QChar m_separator = QLatin1Char('.');
};
