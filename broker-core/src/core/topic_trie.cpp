#include "core/topic_trie.h"

#include <algorithm>

namespace warren::core {

std::vector<QByteArrayView> TopicTrie::splitWords(QByteArrayView text) {
    std::vector<QByteArrayView> words;
    if (text.isEmpty())
        return words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '.') {
            words.push_back(text.sliced(start, i - start));
            start = i + 1;
        }
    return words;
}

void TopicTrie::clear() {
    m_nodes.assign(1, Node{});
}

int TopicTrie::childFor(int node, QByteArrayView word) {
    auto create = [this] {
        m_nodes.push_back(Node{});
        return int(m_nodes.size() - 1);
    };
    if (word == "*") {
        if (m_nodes[node].star < 0) {
            const int child = create();
            m_nodes[node].star = child;
        }
        return m_nodes[node].star;
    }
    if (word == "#") {
        if (m_nodes[node].hash < 0) {
            const int child = create();
            m_nodes[node].hash = child;
        }
        return m_nodes[node].hash;
    }
    const QByteArray key = word.toByteArray();
    auto it = m_nodes[node].children.constFind(key);
    if (it != m_nodes[node].children.constEnd())
        return *it;
    const int child = create();
    m_nodes[node].children.insert(key, child);
    return child;
}

void TopicTrie::add(QByteArrayView pattern, size_t bindingIndex) {
    int node = 0;
    for (QByteArrayView word : splitWords(pattern))
        node = childFor(node, word);
    m_nodes[node].bindings.push_back(bindingIndex);
}

void TopicTrie::walk(int index, const std::vector<QByteArrayView>& words, size_t at,
                     std::vector<size_t>& out) const {
    const Node& node = m_nodes[index];
    if (node.hash >= 0) // '#' swallows zero or more words: try every split
        for (size_t skip = at; skip <= words.size(); ++skip)
            walk(node.hash, words, skip, out);
    if (at == words.size()) {
        out.insert(out.end(), node.bindings.begin(), node.bindings.end());
        return;
    }
    if (node.star >= 0)
        walk(node.star, words, at + 1, out);
    if (!node.children.isEmpty()) {
        auto it = node.children.constFind(words[at].toByteArray());
        if (it != node.children.constEnd())
            walk(*it, words, at + 1, out);
    }
}

void TopicTrie::match(QByteArrayView routingKey, std::vector<size_t>& out) const {
    const size_t first = out.size();
    walk(0, splitWords(routingKey), 0, out);
    // "a.#.#" and friends can reach one binding along several paths.
    std::sort(out.begin() + qsizetype(first), out.end());
    out.erase(std::unique(out.begin() + qsizetype(first), out.end()), out.end());
}

} // namespace warren::core
