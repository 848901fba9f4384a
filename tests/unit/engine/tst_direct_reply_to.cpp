// Direct reply-to addresses: they round-trip the connection and channel they name, anything
// not made by the encoder is refused, and a registered reply consumer gets only replies that
// carry its own key, and none once it is removed.

#include "services/direct_reply_to.h"

#include <QTest>

using namespace warren;
using namespace warren::services;

namespace {

core::MessagePtr replyTo(const QByteArray& address, const QByteArray& body) {
    auto message = std::make_shared<core::Message>();
    message->routingKey = address;
    message->body = body;
    return message;
}

} // namespace

class TestDirectReplyTo : public QObject {
    Q_OBJECT

private slots:
    void addressRoundTrips() {
        const services::ReplyAddress address{0x0102030405060708ULL, 65535, QByteArray(16, '\xfe')};
        const QByteArray encoded = services::encodeReplyAddress(address);
        QVERIFY(encoded.startsWith("amq.rabbitmq.reply-to."));
        QVERIFY(services::isReplyAddress(encoded));
        // Routing keys are short strings and the address is one dotted token after the prefix.
        QCOMPARE(encoded.count('.'), 4);
        QVERIFY(!encoded.contains('/') && !encoded.contains('+') && !encoded.contains('='));
        QCOMPARE(services::decodeReplyAddress(encoded),
                 std::optional<services::ReplyAddress>(address));
    }

    void foreignAddressesAreRefused_data() {
        QTest::addColumn<QByteArray>("address");
        const QByteArray good = services::encodeReplyAddress({7, 1, QByteArray(16, 'k')});
        const QByteArray token = good.mid(qsizetype(strlen("amq.rabbitmq.reply-to.")));
        QTest::newRow("pseudo queue") << QByteArray("amq.rabbitmq.reply-to");
        QTest::newRow("other prefix") << QByteArray("amq.rabbitmq.reply-tx." + token);
        QTest::newRow("no key") << QByteArray("amq.rabbitmq.reply-to." + token.left(14));
        QTest::newRow("short key") << QByteArray(good.chopped(2));
        QTest::newRow("long key") << QByteArray(good + "AA");
        QTest::newRow("not base64") << QByteArray("amq.rabbitmq.reply-to.!!!.???");
        QTest::newRow("rabbitmq's")
            << QByteArray("amq.rabbitmq.reply-to.g1h2AA9yZXBseUAxMDUwOTc0MjgAAAKxAAAAAGsU/lE=."
                          "+SOKDfSB52KxcHey2pgklA==");
    }
    void foreignAddressesAreRefused() {
        QFETCH(QByteArray, address);
        QVERIFY(!services::decodeReplyAddress(address));
    }

    void repliesReachOnlyTheirConsumer() {
        services::DirectReplyTo registry;
        QList<QByteArray> first, second;
        const QByteArray a =
            registry.add(1, 1, [&](const core::MessagePtr& m) { first << m->body; });
        const QByteArray b =
            registry.add(1, 2, [&](const core::MessagePtr& m) { second << m->body; });
        QVERIFY(a != b);
        QVERIFY(registry.exists(a));
        QVERIFY(registry.deliver(replyTo(a, "one")));
        QVERIFY(registry.deliver(replyTo(b, "two")));
        QCOMPARE(first, QList<QByteArray>{"one"});
        QCOMPARE(second, QList<QByteArray>{"two"});

        // The right channel with a guessed key is nobody.
        auto forged = *services::decodeReplyAddress(a);
        forged.key[0] = char(forged.key[0] ^ 1);
        QVERIFY(!registry.exists(services::encodeReplyAddress(forged)));
        QVERIFY(!registry.deliver(replyTo(services::encodeReplyAddress(forged), "forged")));

        // A new consumer on the same channel gets a new address; the old one is dead.
        registry.remove(1, 1);
        QVERIFY(!registry.deliver(replyTo(a, "late")));
        const QByteArray again =
            registry.add(1, 1, [&](const core::MessagePtr& m) { first << m->body; });
        QVERIFY(again != a);
        QVERIFY(!registry.deliver(replyTo(a, "stale")));
        QCOMPARE(first, QList<QByteArray>{"one"});
    }
};

QTEST_GUILESS_MAIN(TestDirectReplyTo)
#include "tst_direct_reply_to.moc"
