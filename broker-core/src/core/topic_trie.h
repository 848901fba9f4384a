#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <vector>

namespace warren::core {

// The binding patterns of a topic exchange as a trie of words, so routing a key walks the
// trie once instead of matching the key against every binding (RabbitMQ's topic trie).
class TopicTrie {
public:
    void clear();
    void add(QByteArrayView pattern, size_t bindingIndex);
    // Appends the indexes of the bindings whose pattern matches the key (each once).
    void match(QByteArrayView routingKey, std::vector<size_t>& out) const;

    // RabbitMQ reads "" as zero words, and "a." as the words "a" and "".
    static std::vector<QByteArrayView> splitWords(QByteArrayView text);

private:
    struct Node {
        QHash<QByteArray, int> children;
        int star = -1; // child for '*'
        int hash = -1; // child for '#'
        std::vector<size_t> bindings;
    };
    int childFor(int node, QByteArrayView word);
    void walk(int node, const std::vector<QByteArrayView>& words, size_t at,
              std::vector<size_t>& out) const;

    std::vector<Node> m_nodes{Node{}};
};

} // namespace warren::core
