// Every method of the specification round-trips through the generated codec, and the field
// table types RabbitMQ's clients send decode to what they mean.

#include "amqp091/methods.h"

#include <QTest>

using namespace warren;
using namespace warren::amqp091;

class TestAmqpCodec : public QObject {
    Q_OBJECT
private slots:
    void everyMethodRoundTrips() {
        const auto samples = sampleMethods();
        QVERIFY(samples.size() >= 60); // 0-9-1 plus RabbitMQ's extensions
        for (const Method& original : samples) {
            const QByteArray bytes = encodeMethod(original);
            Method decoded;
            QCOMPARE(decodeMethod(bytes, decoded), DecodeStatus::Ok);
            QVERIFY2(decoded == original, methodName(original));
        }
    }

    void methodIdsComeFromTheSpec() {
        QCOMPARE(BasicPublish::ClassId, quint16(60));
        QCOMPARE(BasicPublish::MethodId, quint16(40));
        QCOMPARE(ConfirmSelect::ClassId, quint16(85));
        QCOMPARE(BasicNack::MethodId, quint16(120));
        QCOMPARE(ExchangeBind::MethodId, quint16(30));
        QVERIFY(BasicPublish::HasContent);
        QVERIFY(BasicDeliver::HasContent);
        QVERIFY(!BasicAck::HasContent);
        QVERIFY(isHardError(constants::FrameError));
        QVERIFY(!isHardError(constants::NotFound));
    }

    void bitsArePackedIntoOneOctet() {
        // queue.declare: reserved-1, queue, then passive/durable/exclusive/auto-delete/no-wait
        // packed low bit first into a single octet, then the arguments table.
        QueueDeclare declare;
        declare.queue = "q";
        declare.durable = true;
        declare.noWait = true;
        const QByteArray bytes = encodeMethod(declare);
        const QByteArray expected = QByteArray::fromHex("0032000a"
                                                        "0000"
                                                        "0171"
                                                        "12"
                                                        "00000000");
        QCOMPARE(bytes.toHex(), expected.toHex());
    }

    void truncatedArgumentsAreMalformed() {
        const QByteArray bytes = encodeMethod(BasicPublish{0, "exchange", "key", true, false});
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            Method decoded;
            QCOMPARE(decodeMethod(bytes.left(cut), decoded), DecodeStatus::Malformed);
        }
    }

    void unknownMethodIsReported() {
        Method decoded;
        QCOMPARE(decodeMethod(QByteArray::fromHex("00630001"), decoded),
                 DecodeStatus::UnknownMethod);
    }

    void fieldTableTypesRoundTrip() {
        core::FieldTable table{{"bool", true},
                               {"i8", qint8(-5)},
                               {"u8", quint8(250)},
                               {"i16", qint16(-300)},
                               {"u16", quint16(60000)},
                               {"i32", qint32(-70000)},
                               {"u32", quint32(4000000000u)},
                               {"i64", qint64(-5000000000LL)},
                               {"float", 1.5f},
                               {"double", 2.25},
                               {"decimal", core::Decimal{2, 12345}},
                               {"string", "text"},
                               {"bytes", core::Bytes{QByteArray("\x00\x01", 2)}},
                               {"array", core::FieldArray{qint32(1), "two"}},
                               {"timestamp", core::Timestamp{1700000000}},
                               {"table", core::FieldTable{{"nested", "yes"}}},
                               {"void", core::Void{}}};
        QByteArray bytes;
        WireWriter writer(bytes);
        writer.table(table);
        WireReader reader(bytes);
        core::FieldTable decoded;
        QVERIFY(reader.table(decoded));
        QCOMPARE(reader.remaining(), 0);
        QVERIFY(decoded == table);
    }

    void unknownFieldTypeIsRejected() {
        // length 3: name "a" (1 + 1 bytes) and a type tag 'Z' that does not exist
        const QByteArray bytes = QByteArray::fromHex("00000003"
                                                     "0161"
                                                     "5a");
        WireReader reader(bytes);
        core::FieldTable decoded;
        QVERIFY(!reader.table(decoded));
    }

    void deeplyNestedTablesAreRejectedNotRecursed() {
        QByteArray inner;
        for (int depth = 0; depth < 200; ++depth) {
            QByteArray outer;
            WireWriter w(outer);
            w.longUint(quint32(2 + 1 + inner.size()));
            w.shortString("n");
            w.octet('F');
            w.raw(inner.isEmpty() ? QByteArray(4, '\0') : inner);
            inner = outer;
        }
        WireReader reader(inner);
        core::FieldTable decoded;
        QVERIFY(!reader.table(decoded));
    }

    void basicPropertiesRoundTrip() {
        BasicProperties p;
        p.flags = property::ContentType | property::Headers | property::DeliveryMode |
                  property::Priority | property::Timestamp | property::AppId;
        p.contentType = "application/json";
        p.headers = {{"x-custom", qint32(7)}};
        p.deliveryMode = 2;
        p.priority = 9;
        p.timestamp = 1234567890;
        p.appId = "tests";
        QByteArray bytes;
        WireWriter writer(bytes);
        encodeBasicProperties(p, writer);
        WireReader reader(bytes);
        BasicProperties decoded;
        QVERIFY(decodeBasicProperties(reader, decoded));
        QVERIFY(decoded == p);
    }
};

QTEST_APPLESS_MAIN(TestAmqpCodec)
#include "tst_amqp_codec.moc"
