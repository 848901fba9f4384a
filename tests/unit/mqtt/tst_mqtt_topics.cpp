// MQTT topics on the topic exchange: RabbitMQ's mapping of separators and wildcards, the
// spec's rules for topic names and filters (§4.7), and matching, `$` topics included.

#include "mqtt/topic_mapping.h"

#include <QTest>

using namespace warren::mqtt;

class TestMqttTopics : public QObject {
    Q_OBJECT

private slots:
    void separatorsSwapAsRabbitMqMapsThem() {
        QCOMPARE(routingKeyOf("sensors/kitchen/temp"), QByteArray("sensors.kitchen.temp"));
        QCOMPARE(routingKeyOf("v1.2/status"), QByteArray("v1/2.status"));
        QCOMPARE(topicOf("sensors.kitchen.temp"), QByteArray("sensors/kitchen/temp"));
        QCOMPARE(topicOf(routingKeyOf("a/b.c/d")), QByteArray("a/b.c/d"));
        QCOMPARE(bindingKeyOf("a/+/c/#"), QByteArray("a.*.c.#"));
        QCOMPARE(filterOf("a.*.c.#"), QByteArray("a/+/c/#"));
        QCOMPARE(routingKeyOf(""), QByteArray(""));
    }

    void topicNames_data() {
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("a/b") << true;
        QTest::newRow("leading slash") << QByteArray("/a") << true;
        QTest::newRow("dollar") << QByteArray("$SYS/x") << true;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("plus") << QByteArray("a/+") << false;
        QTest::newRow("hash") << QByteArray("a/#") << false;
        QTest::newRow("plus inside a level") << QByteArray("a+b") << false;
    }
    void topicNames() {
        QFETCH(QByteArray, topic);
        QFETCH(bool, valid);
        QCOMPARE(isValidTopicName(topic), valid);
    }

    void topicFilters_data() {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hash alone") << QByteArray("#") << true;
        QTest::newRow("plus alone") << QByteArray("+") << true;
        QTest::newRow("hash last") << QByteArray("a/#") << true;
        QTest::newRow("plus levels") << QByteArray("+/+/c") << true;
        QTest::newRow("empty levels") << QByteArray("a//b") << true;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("hash not last") << QByteArray("a/#/b") << false;
        QTest::newRow("hash inside a level") << QByteArray("a/b#") << false;
        QTest::newRow("plus inside a level") << QByteArray("a/b+/c") << false;
    }
    void topicFilters() {
        QFETCH(QByteArray, filter);
        QFETCH(bool, valid);
        QCOMPARE(isValidTopicFilter(filter), valid);
    }

    void matching_data() {
        QTest::addColumn<QByteArray>("filter");
        QTest::addColumn<QByteArray>("topic");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QByteArray("a/b") << QByteArray("a/b") << true;
        QTest::newRow("prefix is not a match") << QByteArray("a/b") << QByteArray("a/bc") << false;
        QTest::newRow("longer topic") << QByteArray("a/b") << QByteArray("a/b/c") << false;
        QTest::newRow("plus") << QByteArray("a/+/c") << QByteArray("a/x/c") << true;
        QTest::newRow("plus matches an empty level")
            << QByteArray("a/+") << QByteArray("a/") << true;
        QTest::newRow("plus is one level") << QByteArray("a/+") << QByteArray("a/b/c") << false;
        QTest::newRow("plus needs the level") << QByteArray("a/+/c") << QByteArray("a/b") << false;
        QTest::newRow("hash") << QByteArray("a/#") << QByteArray("a/b/c") << true;
        QTest::newRow("hash matches the parent") << QByteArray("a/#") << QByteArray("a") << true;
        QTest::newRow("hash alone") << QByteArray("#") << QByteArray("x/y") << true;
        QTest::newRow("leading empty level")
            << QByteArray("+/finance") << QByteArray("/finance") << true;
        QTest::newRow("dollar not by hash") << QByteArray("#") << QByteArray("$SYS/x") << false;
        QTest::newRow("dollar not by plus")
            << QByteArray("+/monitor") << QByteArray("$SYS/monitor") << false;
        QTest::newRow("dollar by its own filter")
            << QByteArray("$SYS/#") << QByteArray("$SYS/monitor") << true;
        QTest::newRow("dollar later is plain") << QByteArray("a/#") << QByteArray("a/$x") << true;
    }
    void matching() {
        QFETCH(QByteArray, filter);
        QFETCH(QByteArray, topic);
        QFETCH(bool, matches);
        QCOMPARE(topicMatches(filter, topic), matches);
    }

    void sharedFilters() {
        QVERIFY(isSharedFilter("$share/g/a/b"));
        QVERIFY(!isSharedFilter("$sharex/g/a"));
        const SharedFilter shared = parseSharedFilter("$share/workers/jobs/+");
        QCOMPARE(shared.group, QByteArray("workers"));
        QCOMPARE(shared.filter, QByteArray("jobs/+"));
        QVERIFY(parseSharedFilter("$share/g").group.isEmpty());
        QVERIFY(parseSharedFilter("$share//a").group.isEmpty());
        QVERIFY(parseSharedFilter("$share/g+/a").group.isEmpty());
        QVERIFY(parseSharedFilter("$share/g/a/#/b").group.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMqttTopics)
#include "tst_mqtt_topics.moc"
