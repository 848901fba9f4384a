// The MQTT codec: every packet type round-trips in 3.1.1 and 5.0 with every property, bytes
// captured from mosquitto_pub/mosquitto_sub 2.0 decode (and re-encode) exactly, and each
// malformed input is refused with the reason code the spec (or Mosquitto) gives it.

#include "mqtt/packet_decoder.h"
#include "mqtt/packet_encoder.h"
#include "mqtt/property_table.h"
#include "mqtt/reason_codes.h"
#include "mqtt_codec_samples.h"

#include <QTest>
#include <set>

using namespace warren::mqtt;
using namespace mqtt_samples;

namespace {

using Result = std::variant<std::monostate, Packet, DecodeError>;

Result decodeOne(const QByteArray& bytes, Reading reading, V version) {
    PacketDecoder decoder(reading);
    decoder.setVersion(version);
    decoder.feed(bytes.constData(), bytes.size());
    return decoder.next();
}

QByteArray encoded(const Packet& packet, V version) {
    QByteArray bytes;
    encode(packet, version, bytes);
    return bytes;
}

// Which property identifiers `properties` sets, read through the table itself.
void collectIds(const Properties& properties, std::set<quint8>& ids) {
    for (const PropertyRow& row : propertyTable())
        std::visit(
            [&](auto member) {
                const auto& field = properties.*member;
                if constexpr (requires { field.has_value(); }) {
                    if (field.has_value())
                        ids.insert(row.id);
                } else if (!field.empty()) {
                    ids.insert(row.id);
                }
            },
            row.member);
}

const Properties* propertiesOf(const Packet& packet) {
    return std::visit(
        [](const auto& p) -> const Properties* {
            if constexpr (requires { p.properties; })
                return &p.properties;
            else
                return nullptr;
        },
        packet);
}

} // namespace

class TestMqttCodec : public QObject {
    Q_OBJECT
private slots:
    void propertyTableHasEveryPropertyOnce() {
        QCOMPARE(propertyTable().size(), std::size_t(27));
        std::set<quint8> ids;
        for (const PropertyRow& row : propertyTable()) {
            QVERIFY(ids.insert(row.id).second);
            QCOMPARE(findProperty(row.id), &row);
        }
        QVERIFY(!findProperty(0x04)); // §2.2.2.2 skips it
        QVERIFY(!findProperty(0x2B));
        QVERIFY(!findProperty(0x80));
        QCOMPARE(findProperty(0x12)->type, PropertyType::Utf8String);
        QCOMPARE(findProperty(0x0B)->type, PropertyType::VarInt);
        QVERIFY(findProperty(0x18)->allowedIn == WillScope);
    }

    void everyPacketRoundTrips() {
        std::set<quint8> exercised;
        std::set<PacketType> types311, types5;
        for (const Sample& s : samples()) {
            const QByteArray bytes = encoded(s.packet, s.version);
            QCOMPARE(encodedSize(s.packet, s.version), quint32(bytes.size()));
            const Result result = decodeOne(bytes, s.reading, s.version);
            const Packet* decoded = std::get_if<Packet>(&result);
            QVERIFY2(decoded, s.name);
            QVERIFY2(*decoded == s.packet, s.name);
            QCOMPARE(encoded(*decoded, s.version), bytes);
            (s.version == V::V5 ? types5 : types311).insert(typeOf(s.packet));
            if (const Properties* properties = propertiesOf(s.packet))
                collectIds(*properties, exercised);
            if (const auto* connect = std::get_if<Connect>(&s.packet); connect && connect->will)
                collectIds(connect->will->properties, exercised);
        }
        QCOMPARE(exercised.size(), std::size_t(27));
        QCOMPARE(types5.size(), std::size_t(15));
        QCOMPARE(types311.size(), std::size_t(14)); // all but AUTH
    }

    void mosquittoBytesDecodeAndEncodeExactly_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("exact"); // false: Mosquitto orders properties otherwise
        // Captured from mosquitto_pub/mosquitto_sub 2.0.11.
        QTest::newRow("CONNECT 3.1.1")
            << QByteArray::fromHex("101000044d5154540402003c000470756231") << 4 << true;
        QTest::newRow("PUBLISH 3.1.1")
            << QByteArray::fromHex("3011000a746573742f746f70696368656c6c6f") << 4 << true;
        QTest::newRow("SUBSCRIBE 3.1.1")
            << QByteArray::fromHex("820800010003612f2b01") << 4 << true;
        QTest::newRow("UNSUBSCRIBE 3.1.1")
            << QByteArray::fromHex("a209000200056f6c642f23") << 4 << true;
        QTest::newRow("DISCONNECT 3.1.1") << QByteArray::fromHex("e000") << 4 << true;
        QTest::newRow("CONNECT 3.1")
            << QByteArray::fromHex("101900064d514973647003c2003c00057075623331000175000170") << 3
            << true;
        QTest::newRow("PUBLISH 3.1") << QByteArray::fromHex("300400017478") << 3 << true;
        QTest::newRow("SUBSCRIBE 5")
            << QByteArray::fromHex("82180001090b07260001780001790003612f2b020003622f2302") << 5
            << true;
        QTest::newRow("DISCONNECT 5 reason only") << QByteArray::fromHex("e00104") << 5 << true;
        QTest::newRow("CONNECT 5 with will")
            << QByteArray::fromHex(
                   "104500044d51545405ee003c08110000003c21001400047075623512180000000503000a7465787"
                   "42f706c61696e000677696c6c2f740003627965000475736572000470617373")
            << 5 << false;
        QTest::newRow("CONNECT 5 sub")
            << QByteArray::fromHex("101900044d5154540502003c0827000003e8210014000473756235") << 5
            << false;
        QTest::newRow("PUBLISH 5 qos1")
            << QByteArray::fromHex(
                   "32220003612f620001182600016b000176020000001e090003616263080003722f746869")
            << 5 << false;
    }

    void mosquittoBytesDecodeAndEncodeExactly() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, version);
        QFETCH(bool, exact);
        const Result result = decodeOne(bytes, Reading::ClientPackets, V(version));
        QVERIFY(std::holds_alternative<Packet>(result));
        const Packet& packet = std::get<Packet>(result);
        const QByteArray again = encoded(packet, V(version));
        if (exact)
            QCOMPARE(again.toHex(), bytes.toHex());
        QCOMPARE(again.size(), bytes.size());
        QVERIFY(std::get<Packet>(decodeOne(again, Reading::ClientPackets, V(version))) == packet);
    }

    void mosquittoConnectMeansWhatItSays() {
        const auto bytes = QByteArray::fromHex(
            "104500044d51545405ee003c08110000003c21001400047075623512180000000503000a746578742f70"
            "6c61696e000677696c6c2f740003627965000475736572000470617373");
        Connect expected;
        expected.version = V::V5;
        expected.keepAliveSeconds = 60;
        expected.properties.sessionExpiryInterval = 60;
        expected.properties.receiveMaximum = 20;
        expected.clientId = "pub5";
        Will will{"will/t", "bye", 1, true, {}};
        will.properties.willDelayInterval = 5;
        will.properties.contentType = "text/plain";
        expected.will = will;
        expected.userName = "user";
        expected.password = "pass";
        PacketDecoder decoder;
        decoder.feed(bytes.constData(), bytes.size());
        const Result result = decoder.next();
        QVERIFY(std::get<Packet>(result) == Packet(expected));
        QCOMPARE(decoder.version(), V::V5); // later packets decode as 5.0
        const auto publish = QByteArray::fromHex(
            "32220003612f620001182600016b000176020000001e090003616263080003722f746869");
        decoder.feed(publish.constData(), publish.size());
        const Result next = decoder.next();
        const auto& p = std::get<Publish>(std::get<Packet>(next));
        QCOMPARE(p.topic, QByteArray("a/b"));
        QCOMPARE(p.packetId, quint16(1));
        QCOMPARE(p.payload, QByteArray("hi"));
        QCOMPARE(p.properties.messageExpiryInterval, std::optional<quint32>(30));
        QCOMPARE(p.properties.correlationData, std::optional<QByteArray>("abc"));
        QCOMPARE(p.properties.responseTopic, std::optional<QByteArray>("r/t"));
        QCOMPARE(p.properties.userProperties, (UserProperties{{"k", "v"}}));
    }

    void shortFormsDecode_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("reasonCode");
        QTest::addColumn<bool>("encodesBack"); // the encoder writes the shortest form
        QTest::newRow("PUBACK length 2") << QByteArray::fromHex("40020001") << 0 << true;
        QTest::newRow("PUBACK length 3") << QByteArray::fromHex("4003000110") << 0x10 << true;
        QTest::newRow("PUBACK length 3, success")
            << QByteArray::fromHex("4003000100") << 0 << false;
        QTest::newRow("PUBREL length 4") << QByteArray::fromHex("620400019200") << 0x92 << false;
        QTest::newRow("DISCONNECT length 0") << QByteArray::fromHex("e000") << 0 << true;
        QTest::newRow("DISCONNECT length 1") << QByteArray::fromHex("e0018e") << 0x8E << true;
        QTest::newRow("DISCONNECT length 2") << QByteArray::fromHex("e0020000") << 0 << false;
        QTest::newRow("AUTH length 0") << QByteArray::fromHex("f000") << 0 << true;
        QTest::newRow("AUTH length 2") << QByteArray::fromHex("f0021800") << 0x18 << true;
    }

    void shortFormsDecode() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, reasonCode);
        QFETCH(bool, encodesBack);
        const Result result = decodeOne(bytes, Reading::ClientPackets, V::V5);
        QVERIFY(std::holds_alternative<Packet>(result));
        const Packet& packet = std::get<Packet>(result);
        const int decodedCode = std::visit(
            [](const auto& p) -> int {
                if constexpr (requires { p.reasonCode; })
                    return p.reasonCode;
                else
                    return -1;
            },
            packet);
        QCOMPARE(decodedCode, reasonCode);
        QCOMPARE(encoded(packet, V::V5) == bytes, encodesBack);
    }

    void fedByteByByte() {
        QByteArray stream;
        std::vector<Packet> sent;
        for (const Sample& s : samples()) {
            if (s.version == V::V5 && s.reading == Reading::ClientPackets) {
                sent.push_back(s.packet);
                encode(s.packet, V::V5, stream); // the CONNECT comes first and sets 5.0
            }
        }
        PacketDecoder decoder;
        std::vector<Packet> received;
        for (char byte : stream) {
            decoder.feed(&byte, 1);
            for (Result r = decoder.next(); std::holds_alternative<Packet>(r); r = decoder.next())
                received.push_back(std::get<Packet>(std::move(r)));
        }
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void twoPacketsInOneFeed() {
        const QByteArray stream = QByteArray::fromHex("300400017478c000");
        PacketDecoder whole;
        whole.feed(stream.constData(), stream.size());
        QVERIFY(std::holds_alternative<Publish>(std::get<Packet>(whole.next())));
        QVERIFY(std::holds_alternative<Pingreq>(std::get<Packet>(whole.next())));
        QVERIFY(std::holds_alternative<std::monostate>(whole.next()));
        QCOMPARE(whole.bufferedBytes(), 0);
        PacketDecoder decoder;
        decoder.feed(stream.constData(), stream.size() - 1); // PINGREQ lacks its length
        QVERIFY(std::get<Packet>(decoder.next()) ==
                Packet(Publish{false, 0, false, "t", 0, {}, "x"}));
        QVERIFY(std::holds_alternative<std::monostate>(decoder.next()));
        QCOMPARE(decoder.bufferedBytes(), 1);
        decoder.feed(stream.constData() + stream.size() - 1, 1);
        QVERIFY(std::get<Packet>(decoder.next()) == Packet(Pingreq{}));
        QVERIFY(std::holds_alternative<std::monostate>(decoder.next()));
        QCOMPARE(decoder.bufferedBytes(), 0);
    }

    void publishHeadPlusPayloadIsThePacket() {
        for (V version : {V::V311, V::V5}) {
            Publish publish = publishV5();
            if (version != V::V5)
                publish.properties = {};
            for (int size : {0, 100, 20000}) {
                publish.payload = QByteArray(size, 'p');
                QByteArray head;
                encodePublishHead(publish, version, head);
                QVERIFY(head.capacity() >= head.size() + size); // room for the payload
                QCOMPARE(head + publish.payload, encoded(publish, version));
                QCOMPARE(encodedSize(publish, version), quint32(head.size() + size));
            }
        }
    }

    void tooLargeIsRefusedBeforeTheBody() {
        // A PUBLISH announcing 1000 bytes against a 100-byte maximum: refused from its header.
        PacketDecoder decoder;
        decoder.setMaximumPacketSize(100);
        const QByteArray header = QByteArray::fromHex("30e807");
        decoder.feed(header.constData(), header.size());
        const Result result = decoder.next();
        QCOMPARE(std::get<DecodeError>(result).reasonCode, reason::PacketTooLarge);
        // The limit counts the whole packet: 1 + 1 + 98 bytes fits exactly, one more does not.
        const QByteArray fits =
            QByteArray::fromHex("3062") + QByteArray::fromHex("0001") + "t" + QByteArray(95, 'x');
        PacketDecoder exact;
        exact.setMaximumPacketSize(100);
        exact.feed(fits.constData(), fits.size());
        QVERIFY(std::holds_alternative<Packet>(exact.next()));
        const QByteArray over = QByteArray::fromHex("3063");
        exact.feed(over.constData(), over.size());
        QCOMPARE(std::get<DecodeError>(exact.next()).reasonCode, reason::PacketTooLarge);
    }

    void malformedInputIsRefused_data();
    void malformedInputIsRefused();
    void wellFormedEdgesAreAccepted_data();
    void wellFormedEdgesAreAccepted();
};

namespace {

void row(const char* name, Reading reading, V version, const char* hex, quint8 reasonCode) {
    QTest::newRow(name) << int(reading) << int(version) << QByteArray::fromHex(hex)
                        << int(reasonCode);
}

} // namespace

void TestMqttCodec::malformedInputIsRefused_data() {
    QTest::addColumn<int>("reading");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("reasonCode");
    const auto C = Reading::ClientPackets, S = Reading::ServerPackets;
    const quint8 M = reason::MalformedPacket, P = reason::ProtocolError;
    // §2.1.4: a fourth length byte with its continuation bit set.
    row("remaining length of five bytes", C, V::V311, "30ffffffff", M);
    // §2.1.3 reserved flags.
    row("PUBREL flags 0", C, V::V311, "60020001", M);
    row("SUBSCRIBE flags 0", C, V::V311, "80080001", M);
    row("UNSUBSCRIBE flags 3", C, V::V311, "a3", M);
    row("PUBACK flags 2", C, V::V311, "42020001", M);
    row("PINGREQ flags 1", C, V::V311, "c100", M);
    row("CONNECT flags 1", C, V::V311, "1100", M);
    row("PUBLISH QoS 3", C, V::V311, "36", M);
    row("PUBLISH DUP at QoS 0", C, V::V311, "38", M);
    // §1.5.4 strings.
    row("topic with U+0000", C, V::V311, "300500026100ff", M);
    row("topic with overlong NUL", C, V::V311, "30050002c080ff", M);
    row("topic with a surrogate", C, V::V311, "30050003eda080", M);
    row("topic cut inside a character", C, V::V311, "30040002e282", M);
    row("topic with a stray continuation", C, V::V311, "3003000180", M);
    row("topic beyond U+10FFFF", C, V::V311, "30060004f4908080", M);
    row("string longer than the packet", C, V::V311, "30030005aa", M);
    // §2.2.1 packet identifiers.
    row("PUBLISH QoS 1 id 0", C, V::V311, "3205000174 0000", M);
    row("PUBACK id 0", S, V::V311, "40020000", M);
    row("PUBREL id 0", C, V::V5, "62020000", M);
    row("SUBSCRIBE id 0", C, V::V311, "820600000001 6100", M);
    row("UNSUBSCRIBE id 0", C, V::V311, "a20500000001 61", M);
    row("SUBACK id 0", S, V::V311, "9003000000", M);
    // Empty SUBSCRIBE and UNSUBSCRIBE (§3.8.3, §3.10.3).
    row("SUBSCRIBE 3.1.1 without filters", C, V::V311, "82020001", P);
    row("SUBSCRIBE 5 without filters", C, V::V5, "8203000100", P);
    row("UNSUBSCRIBE 3.1.1 without filters", C, V::V311, "a2020001", P);
    row("UNSUBSCRIBE 5 without filters", C, V::V5, "a203000100", P);
    // §3.8.3.1 subscription options.
    row("5 options reserved bit", C, V::V5, "820700010000016140", M);
    row("5 options QoS 3", C, V::V5, "820700010000016103", M);
    row("5 options Retain Handling 3", C, V::V5, "820700010000016130", M);
    row("3.1.1 options upper bits", C, V::V311, "82060001000161 04", M);
    row("3.1.1 options QoS 3", C, V::V311, "82060001000161 03", M);
    // §2.2.2 properties.
    row("Session Expiry in PUBLISH", C, V::V5, "30090001 74 05 1100000001", P);
    row("Will Delay in CONNECT", C, V::V5, "101200044d5154540502000a05 1800000001 0000", P);
    row("Topic Alias in will", C, V::V5, "101500044d5154540506000a00 0000 03 230001 0000 0000", P);
    row("Reason String in PUBLISH", C, V::V5, "30070001 74 03 1f0000", P);
    row("Message Expiry twice", C, V::V5, "300e0001 74 0a 0200000001 0200000002", P);
    row("Subscription Identifier twice in SUBSCRIBE", C, V::V5, "820b0001 04 0b01 0b02 000161 00",
        P);
    row("Subscription Identifier 0", C, V::V5, "30060001 74 02 0b00", P);
    row("Payload Format Indicator 2", C, V::V5, "30060001 74 02 0102", P);
    row("Receive Maximum 0", C, V::V5, "101000044d5154540502000a03 210000 0000", P);
    row("Maximum Packet Size 0", C, V::V5, "101200044d5154540502000a05 2700000000 0000", P);
    row("Maximum QoS 2", S, V::V5, "200500000224 02", P);
    row("unknown property 0x04", C, V::V5, "30060001 74 02 0400", M);
    row("property length past the packet", C, V::V5, "30050001 74 05 01", M);
    row("property past the property length", C, V::V5, "30090001 74 02 0200000001", M);
    row("overlong property length", C, V::V5, "30050001 74 8000", M);
    row("user property with ill-formed UTF-8", C, V::V5, "300b0001 74 07 260001ff000161", M);
    // Trailing bytes where the packet has a defined end.
    row("PINGREQ with a body", C, V::V311, "c00100", M);
    row("PUBACK 3.1.1 with a reason code", S, V::V311, "4003000100", M);
    row("DISCONNECT 3.1.1 with a body", C, V::V311, "e00100", M);
    row("DISCONNECT 5 after its properties", C, V::V5, "e003000000", M);
    row("UNSUBACK 3.1.1 with codes", S, V::V311, "b003000100", M);
    row("CONNACK with a byte more", S, V::V311, "2003000000", M);
    row("CONNECT with a byte more", C, V::V311, "100e00044d51545404020000000161 00", M);
    row("AUTH with only a reason code", C, V::V5, "f00118", M);
    // CONNECT (§3.1.2).
    row("MQTT level 3", C, V::V311, "100d00044d515454030200000001 61",
        reason::UnsupportedProtocolVersion);
    row("MQTT level 6", C, V::V311, "100d00044d515454060200000001 61",
        reason::UnsupportedProtocolVersion);
    row("MQIsdp level 4", C, V::V311, "100f00064d514973647004020000000161",
        reason::UnsupportedProtocolVersion);
    row("protocol HTTP", C, V::V311, "100d00044854545004020000000161",
        reason::UnsupportedProtocolVersion);
    row("reserved connect flag", C, V::V311, "100d00044d515454040300000001 61", M);
    row("will QoS without a will", C, V::V311, "100d00044d515454040a00000001 61", M);
    row("will retain without a will", C, V::V311, "100d00044d515454042200000001 61", M);
    row("will QoS 3", C, V::V311, "101300044d515454041e00000001 61 0001 77 0001 78", M);
    row("3.1.1 password without user name", C, V::V311, "101000044d515454044200000001 61 000170",
        M);
    row("3.1 password without user name", C, V::V311, "101100064d5149736470034200000001 61 0000",
        M);
    row("CONNECT cut in its name", C, V::V311, "1003000a4d", M);
    row("CONNACK reserved flags", S, V::V311, "20020200", M);
    // §2.1.2 direction of flow.
    row("CONNACK from a client", C, V::V311, "20020000", P);
    row("SUBACK from a client", C, V::V5, "9004000100 00", P);
    row("PINGRESP from a client", C, V::V311, "d000", P);
    row("CONNECT from a server", S, V::V311, "10", P);
    row("SUBSCRIBE from a server", S, V::V311, "82", P);
    row("PINGREQ from a server", S, V::V311, "c000", P);
    row("DISCONNECT from a 3.1.1 server", S, V::V311, "e000", P);
    row("AUTH in 3.1.1", C, V::V311, "f000", P);
    row("packet type 0", C, V::V5, "0000", P);
}

void TestMqttCodec::malformedInputIsRefused() {
    QFETCH(int, reading);
    QFETCH(int, version);
    QFETCH(QByteArray, bytes);
    QFETCH(int, reasonCode);
    PacketDecoder decoder{Reading(reading)};
    decoder.setVersion(V(version));
    decoder.feed(bytes.constData(), bytes.size());
    const Result result = decoder.next();
    QVERIFY2(std::holds_alternative<DecodeError>(result), "decoded");
    const DecodeError& error = std::get<DecodeError>(result);
    QVERIFY(!error.text.isEmpty());
    QCOMPARE(int(error.reasonCode), reasonCode);
    // Nothing more after an error, however much follows.
    const QByteArray ping = QByteArray::fromHex("c000");
    decoder.feed(ping.constData(), ping.size());
    QVERIFY(std::holds_alternative<std::monostate>(decoder.next()));
    QVERIFY(std::holds_alternative<std::monostate>(decoder.next()));
}

void TestMqttCodec::wellFormedEdgesAreAccepted_data() {
    QTest::addColumn<int>("reading");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("reasonCode"); // unused: every row decodes
    const auto C = Reading::ClientPackets;
    row("4-byte UTF-8 topic", C, V::V311, "3006 0004 f09f9880", 0);
    row("control characters are allowed", C, V::V311, "3004 0002 017f", 0);
    row("remaining length in four bytes", C, V::V311, "30 83808000 0001 74", 0);
    row("Subscription Identifier twice in PUBLISH", C, V::V5, "30080001 74 04 0b01 0b02", 0);
    row("user property twice", C, V::V5, "30120001 74 0e 260001610001 62 260001610001 63", 0);
    row("5 password without user name", C, V::V5, "101100044d51545405420000 00 000161 000170", 0);
    row("3.1 SUBSCRIBE without filters", C, V::V31, "82020001", 0);
    row("3.1 user name flag without the field", C, V::V31, "100f00064d514973647003c200000001 61",
        0);
    row("3.1 will QoS without a will", C, V::V31, "100f00064d5149736470030800000001 61", 0);
}

void TestMqttCodec::wellFormedEdgesAreAccepted() {
    QFETCH(int, reading);
    QFETCH(int, version);
    QFETCH(QByteArray, bytes);
    const Result result = decodeOne(bytes, Reading(reading), V(version));
    if (const auto* error = std::get_if<DecodeError>(&result))
        QFAIL(qPrintable(error->text));
    QVERIFY(std::holds_alternative<Packet>(result));
    const Packet& packet = std::get<Packet>(result);
    // Whatever decodes re-encodes to the same packet.
    const V used =
        std::holds_alternative<Connect>(packet) ? std::get<Connect>(packet).version : V(version);
    QVERIFY(std::get<Packet>(decodeOne(encoded(packet, used), Reading(reading), used)) == packet);
}

QTEST_GUILESS_MAIN(TestMqttCodec)
#include "tst_mqtt_codec.moc"
