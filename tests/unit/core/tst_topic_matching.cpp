#include "core/exchange.h"

#include <QTest>

using warren::core::topicMatches;

class TestTopicMatching : public QObject {
    Q_OBJECT
private slots:
    void matches_data() {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("expected");
        // Cases from RabbitMQ's topic exchange tutorial and its routing test suite.
        QTest::newRow("exact") << QByteArray("a.b.c") << QByteArray("a.b.c") << true;
        QTest::newRow("exact differs") << QByteArray("a.b.c") << QByteArray("a.b.d") << false;
        QTest::newRow("star one word") << QByteArray("a.*.c") << QByteArray("a.b.c") << true;
        QTest::newRow("star not zero words") << QByteArray("a.*.c") << QByteArray("a.c") << false;
        QTest::newRow("star not two words") << QByteArray("a.*") << QByteArray("a.b.c") << false;
        QTest::newRow("hash zero words") << QByteArray("a.#") << QByteArray("a") << true;
        QTest::newRow("hash many words") << QByteArray("a.#") << QByteArray("a.b.c.d") << true;
        QTest::newRow("hash alone") << QByteArray("#") << QByteArray("") << true;
        QTest::newRow("hash anything") << QByteArray("#") << QByteArray("x.y") << true;
        QTest::newRow("hash middle zero") << QByteArray("a.#.b") << QByteArray("a.b") << true;
        QTest::newRow("hash middle many") << QByteArray("a.#.b") << QByteArray("a.x.y.b") << true;
        QTest::newRow("hash middle miss") << QByteArray("a.#.b") << QByteArray("a.x.y.c") << false;
        QTest::newRow("hash then star") << QByteArray("#.*") << QByteArray("a") << true;
        // RabbitMQ reads the empty routing key as zero words: '*' needs one.
        QTest::newRow("hash then star empty") << QByteArray("#.*") << QByteArray("") << false;
        QTest::newRow("double hash") << QByteArray("a.#.#") << QByteArray("a") << true;
        QTest::newRow("empty words") << QByteArray("a..b") << QByteArray("a..b") << true;
        QTest::newRow("star matches empty word")
            << QByteArray("a.*.b") << QByteArray("a..b") << true;
        QTest::newRow("empty pattern empty key") << QByteArray("") << QByteArray("") << true;
        QTest::newRow("empty pattern") << QByteArray("") << QByteArray("a") << false;
        QTest::newRow("star vs empty key") << QByteArray("*") << QByteArray("") << false;
        QTest::newRow("trailing dot is an empty word")
            << QByteArray("a.*") << QByteArray("a.") << true;
        QTest::newRow("quick.orange.rabbit")
            << QByteArray("*.orange.*") << QByteArray("quick.orange.rabbit") << true;
        QTest::newRow("lazy.#") << QByteArray("lazy.#") << QByteArray("lazy.pink.rabbit") << true;
        QTest::newRow("*.*.rabbit miss")
            << QByteArray("*.*.rabbit") << QByteArray("quick.orange.male.rabbit") << false;
    }
    void matches() {
        QFETCH(QByteArray, pattern);
        QFETCH(QByteArray, key);
        QFETCH(bool, expected);
        QCOMPARE(topicMatches(pattern, key), expected);
    }
};

QTEST_APPLESS_MAIN(TestTopicMatching)
#include "tst_topic_matching.moc"
