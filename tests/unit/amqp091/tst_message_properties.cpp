// AMQP 0-9-1's basic properties through the protocol-neutral message and back: every property
// and every header type survives, and a same-protocol delivery reuses the publisher's bytes.

#include "amqp091/properties_mapping.h"
#include "amqp091/wire.h"

#include <QTest>

using namespace warren;
using namespace warren::amqp091;
using core::FieldArray;
using core::FieldTable;
using core::FieldValue;

namespace {

core::FieldTable everyHeaderType() {
    return FieldTable{
        {"void", FieldValue(core::Void{})},
        {"bool", FieldValue(true)},
        {"i8", FieldValue(qint8(-8))},
        {"u8", FieldValue(quint8(8))},
        {"i16", FieldValue(qint16(-16))},
        {"u16", FieldValue(quint16(16))},
        {"i32", FieldValue(qint32(-32))},
        {"u32", FieldValue(quint32(32))},
        {"i64", FieldValue(qint64(-64))},
        {"float", FieldValue(1.5f)},
        {"double", FieldValue(2.25)},
        {"decimal", FieldValue(core::Decimal{2, 12345})},
        {"longstr", FieldValue(QByteArray("text"))},
        {"array", FieldValue(FieldArray{FieldValue(qint32(1)), FieldValue("two")})},
        {"timestamp", FieldValue(core::Timestamp{1700000000})},
        {"table", FieldValue(FieldTable{{"inner", FieldValue("x")}})},
        {"bytes", FieldValue(core::Bytes{QByteArray("\x00\xff", 2)})},
    };
}

BasicProperties everyProperty() {
    BasicProperties p;
    p.flags = 0xfffc; // all fourteen
    p.contentType = "application/json";
    p.contentEncoding = "gzip";
    p.headers = everyHeaderType();
    p.deliveryMode = 2;
    p.priority = 7;
    p.correlationId = "corr";
    p.replyTo = "replies";
    p.expiration = "60000";
    p.messageId = "id-1";
    p.timestamp = 1700000123;
    p.type = "order.created";
    p.userId = "alice";
    p.appId = "shop";
    p.reserved = "cluster-a";
    return p;
}

QByteArray encoded(const BasicProperties& p) {
    QByteArray bytes;
    WireWriter writer(bytes);
    encodeBasicProperties(p, writer);
    return bytes;
}

} // namespace

class TestMessageProperties : public QObject {
    Q_OBJECT
private slots:
    void everyPropertyHasItsNeutralMeaning() {
        const core::MessageProperties m = toCore(everyProperty());
        QCOMPARE(m.contentType, QByteArray("application/json"));
        QCOMPARE(m.contentEncoding, QByteArray("gzip"));
        QCOMPARE(m.headers, everyHeaderType());
        QCOMPARE(m.durable, true);
        QVERIFY(m.persistent());
        QCOMPARE(m.priority, quint8(7));
        QCOMPARE(m.correlationId, QByteArray("corr"));
        QCOMPARE(m.replyTo, QByteArray("replies"));
        QCOMPARE(m.ttlMs, qint64(60000));
        QCOMPARE(m.messageId, QByteArray("id-1"));
        QCOMPARE(m.creationTimeMs, qint64(1700000123) * 1000);
        QCOMPARE(m.type, QByteArray("order.created"));
        QCOMPARE(m.userId, QByteArray("alice"));
        QCOMPARE(m.appId, QByteArray("shop"));
        QCOMPARE(m.clusterId, QByteArray("cluster-a"));
        QVERIFY(!m.absoluteExpiryMs && !m.groupId && !m.groupSequence);
    }

    void everyPropertyRoundTrips() {
        const BasicProperties original = everyProperty();
        QCOMPARE(fromCore(toCore(BasicProperties(original))), original);
        QCOMPARE(encoded(fromCore(toCore(BasicProperties(original)))), encoded(original));
    }

    void absentAndEmptyStayApart() {
        BasicProperties p;
        p.flags = property::Headers | property::ContentType | property::DeliveryMode;
        p.contentType = "";
        p.deliveryMode = 1;
        const core::MessageProperties m = toCore(BasicProperties(p));
        QCOMPARE(m.contentType, QByteArray(""));
        QVERIFY(m.headers && m.headers->empty());
        QCOMPARE(m.durable, false);
        QVERIFY(!m.correlationId && !m.priority && !m.ttlMs && !m.creationTimeMs);
        QCOMPARE(fromCore(m), p);

        const core::MessageProperties none = toCore(BasicProperties{});
        QCOMPARE(none, core::MessageProperties{});
        QCOMPARE(fromCore(none).flags, quint16(0));
    }

    void expirationMustBeDecimalMilliseconds() {
        BasicProperties p;
        QVERIFY(!expirationRefusal(p));
        p.flags = property::Expiration;
        p.expiration = "0";
        QVERIFY(!expirationRefusal(p));
        QCOMPARE(toCore(BasicProperties(p)).ttlMs, qint64(0));
        p.expiration = "soon";
        QCOMPARE(expirationRefusal(p), QStringLiteral("invalid expiration 'soon': no_integer"));
        QVERIFY(!toCore(BasicProperties(p)).ttlMs);
        p.expiration = "-5";
        QCOMPARE(expirationRefusal(p),
                 QStringLiteral("invalid expiration '-5': {value_negative,-5}"));
    }

    void sameProtocolDeliveryReusesThePublishersBytes() {
        core::Message message;
        // Not how Warren would encode it (a table with a duplicate key), to tell the two apart.
        BasicProperties p;
        p.flags = property::Headers;
        p.headers = FieldTable{{"k", FieldValue("a")}, {"k", FieldValue("b")}};
        const QByteArray bytes = encoded(p);
        message.properties = toCore(BasicProperties(p));
        message.original = {core::MessageFormat::Amqp091, bytes};
        QVERIFY(encodedProperties(message).isSharedWith(bytes));

        message.properties.headersToChange().emplace_back("x-death", FieldValue("changed"));
        message.propertiesChanged();
        QCOMPARE(message.original.format, core::MessageFormat::None);
        const QByteArray reencoded = encodedProperties(message);
        WireReader reader(reencoded);
        BasicProperties decoded;
        QVERIFY(decodeBasicProperties(reader, decoded));
        QCOMPARE(decoded.headers.size(), size_t(3));
        QCOMPARE(decoded.headers.back().first, QByteArray("x-death"));
    }

    void aMessageBuiltInsideWarrenIsEncodedFromItsProperties() {
        core::Message message;
        message.properties.contentType = QByteArray("text/plain");
        message.properties.durable = true;
        message.properties.groupId = QByteArray("no AMQP 0-9-1 field");
        const QByteArray bytes = encodedProperties(message);
        WireReader reader(bytes);
        BasicProperties decoded;
        QVERIFY(decodeBasicProperties(reader, decoded));
        QCOMPARE(decoded.flags, quint16(property::ContentType | property::DeliveryMode));
        QCOMPARE(decoded.contentType, QByteArray("text/plain"));
        QCOMPARE(decoded.deliveryMode, quint8(2));
    }
};

QTEST_GUILESS_MAIN(TestMessageProperties)
#include "tst_message_properties.moc"
