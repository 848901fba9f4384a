// The topic trie must route exactly like the plain word-by-word matcher (which the pika
// suite checks against RabbitMQ): compared here on every small pattern and key.

#include "core/exchange.h"
#include "core/topic_trie.h"

#include <QTest>

using namespace warren::core;

namespace {
// Every dotted string of up to `maxWords` words drawn from `alphabet`, "" included.
QList<QByteArray> allStrings(const QList<QByteArray>& alphabet, int maxWords) {
    QList<QByteArray> result{QByteArray("")};
    QList<QByteArray> current{QByteArray()};
    for (int length = 1; length <= maxWords; ++length) {
        QList<QByteArray> next;
        for (const auto& prefix : current)
            for (const auto& word : alphabet)
                next << (length == 1 ? word : prefix + '.' + word);
        result << next;
        current = next;
    }
    return result;
}
} // namespace

class TestTopicTrie : public QObject {
    Q_OBJECT
private slots:
    void agreesWithTheReferenceMatcher() {
        const auto patterns = allStrings({"a", "b", "*", "#"}, 4);
        const auto keys = allStrings({"a", "b", ""}, 4);
        TopicTrie trie;
        for (size_t i = 0; i < size_t(patterns.size()); ++i)
            trie.add(patterns[qsizetype(i)], i);
        int checked = 0;
        for (const auto& key : keys) {
            std::vector<size_t> matched;
            trie.match(key, matched);
            std::vector<size_t> expected;
            for (size_t i = 0; i < size_t(patterns.size()); ++i)
                if (topicMatches(patterns[qsizetype(i)], key))
                    expected.push_back(i);
            QVERIFY2(matched == expected, key.constData());
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    void eachBindingOnceEvenWithManyPaths() {
        TopicTrie trie;
        trie.add("#.#.#", 7);
        std::vector<size_t> matched;
        trie.match("a.b.c", matched);
        QCOMPARE(matched, std::vector<size_t>{7});
    }
};

QTEST_APPLESS_MAIN(TestTopicTrie)
#include "tst_topic_trie.moc"
