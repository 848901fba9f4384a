#include "mqtt/property_table.h"

#include "mqtt/reason_codes.h"
#include "mqtt/wire.h"

#include <algorithm>
#include <array>
#include <limits>
#include <type_traits>

namespace warren::mqtt {

namespace {

template <typename... Types> constexpr PropertyScopes in(Types... types) {
    return (scopeOf(types) | ...);
}

using enum PacketType;
using enum PropertyType;
using P = Properties;

constexpr quint32 Any = std::numeric_limits<quint32>::max();
constexpr PropertyScopes Message = in(Publish) | WillScope; // application message properties
// Every packet with a property list (all but PINGREQ and PINGRESP), and the will's.
constexpr PropertyScopes Everywhere =
    in(Connect, Connack, Publish, Puback, Pubrec, Pubrel, Pubcomp, Subscribe, Suback, Unsubscribe,
       Unsuback, Disconnect, Auth) |
    WillScope;

// MQTT 5.0 §2.2.2.2, in identifier order (the order properties are encoded in). Rows say only
// what the spec makes a Malformed Packet or Protocol Error for the codec to refuse; rules that
// need connection state (a Topic Alias of 0 or above the maximum is 0x94, §3.3.2.3.4; a
// Response Topic with wildcards, §3.3.2.3.5; Authentication Data without a method) belong to
// the session.
constexpr PropertyRow Table[] = {
    // id, name, wire type, allowed in, repeatable in, minimum, maximum (integers), field
    {0x01, "Payload Format Indicator", Byte, Message, 0, 0, 1, &P::payloadFormatIndicator},
    {0x02, "Message Expiry Interval", FourByteInt, Message, 0, 0, Any, &P::messageExpiryInterval},
    {0x03, "Content Type", Utf8String, Message, 0, 0, 0, &P::contentType},
    {0x08, "Response Topic", Utf8String, Message, 0, 0, 0, &P::responseTopic},
    {0x09, "Correlation Data", Binary, Message, 0, 0, 0, &P::correlationData},
    // Zero is a protocol error (§3.3.2.3.8, §3.8.2.1.2); a PUBLISH matching several
    // subscriptions carries several, a SUBSCRIBE at most one.
    {0x0B, "Subscription Identifier", VarInt, in(Publish, Subscribe), in(Publish), 1, MaximumVarInt,
     &P::subscriptionIdentifiers},
    {0x11, "Session Expiry Interval", FourByteInt, in(Connect, Connack, Disconnect), 0, 0, Any,
     &P::sessionExpiryInterval},
    {0x12, "Assigned Client Identifier", Utf8String, in(Connack), 0, 0, 0,
     &P::assignedClientIdentifier},
    {0x13, "Server Keep Alive", TwoByteInt, in(Connack), 0, 0, Any, &P::serverKeepAlive},
    {0x15, "Authentication Method", Utf8String, in(Connect, Connack, Auth), 0, 0, 0,
     &P::authenticationMethod},
    {0x16, "Authentication Data", Binary, in(Connect, Connack, Auth), 0, 0, 0,
     &P::authenticationData},
    {0x17, "Request Problem Information", Byte, in(Connect), 0, 0, 1,
     &P::requestProblemInformation},
    {0x18, "Will Delay Interval", FourByteInt, WillScope, 0, 0, Any, &P::willDelayInterval},
    {0x19, "Request Response Information", Byte, in(Connect), 0, 0, 1,
     &P::requestResponseInformation},
    {0x1A, "Response Information", Utf8String, in(Connack), 0, 0, 0, &P::responseInformation},
    {0x1C, "Server Reference", Utf8String, in(Connack, Disconnect), 0, 0, 0, &P::serverReference},
    {0x1F, "Reason String", Utf8String,
     in(Connack, Puback, Pubrec, Pubrel, Pubcomp, Suback, Unsuback, Disconnect, Auth), 0, 0, 0,
     &P::reasonString},
    {0x21, "Receive Maximum", TwoByteInt, in(Connect, Connack), 0, 1, Any, &P::receiveMaximum},
    {0x22, "Topic Alias Maximum", TwoByteInt, in(Connect, Connack), 0, 0, Any,
     &P::topicAliasMaximum},
    {0x23, "Topic Alias", TwoByteInt, in(Publish), 0, 0, Any, &P::topicAlias},
    {0x24, "Maximum QoS", Byte, in(Connack), 0, 0, 1, &P::maximumQos},
    {0x25, "Retain Available", Byte, in(Connack), 0, 0, 1, &P::retainAvailable},
    {0x26, "User Property", StringPair, Everywhere, Everywhere, 0, 0, &P::userProperties},
    {0x27, "Maximum Packet Size", FourByteInt, in(Connect, Connack), 0, 1, Any,
     &P::maximumPacketSize},
    {0x28, "Wildcard Subscription Available", Byte, in(Connack), 0, 0, 1,
     &P::wildcardSubscriptionAvailable},
    {0x29, "Subscription Identifier Available", Byte, in(Connack), 0, 0, 1,
     &P::subscriptionIdentifiersAvailable},
    {0x2A, "Shared Subscription Available", Byte, in(Connack), 0, 0, 1,
     &P::sharedSubscriptionAvailable},
};

// The wire type agrees with the field's C++ type, so the visitors below can trust either.
constexpr bool rowIsConsistent(const PropertyRow& row) {
    const std::size_t expected[] = {0, 1, 2, 4, 3, 3, 5}; // by PropertyType
    return row.member.index() == expected[std::size_t(row.type)] &&
           (row.repeatableIn & ~row.allowedIn) == 0 && row.minimum <= row.maximum;
}
static_assert(std::size(Table) == 27, "§2.2.2.2 defines 27 properties");
static_assert(std::all_of(std::begin(Table), std::end(Table), rowIsConsistent));
static_assert(std::is_sorted(std::begin(Table), std::end(Table),
                             [](const PropertyRow& a, const PropertyRow& b) {
                                 return a.id < b.id;
                             }));

constexpr quint8 HighestId = Table[std::size(Table) - 1].id;
constexpr auto RowIndex = [] {
    std::array<qint8, HighestId + 1> index{};
    index.fill(-1);
    for (std::size_t i = 0; i < std::size(Table); ++i)
        index[Table[i].id] = qint8(i);
    return index;
}();

bool readInteger(WireReader& reader, quint8& value) {
    return reader.byte(value);
}
bool readInteger(WireReader& reader, quint16& value) {
    return reader.twoByteInt(value);
}
bool readInteger(WireReader& reader, quint32& value) {
    return reader.fourByteInt(value);
}

void writeInteger(WireWriter& writer, quint8 value) {
    writer.byte(value);
}
void writeInteger(WireWriter& writer, quint16 value) {
    writer.twoByteInt(value);
}
void writeInteger(WireWriter& writer, quint32 value) {
    writer.fourByteInt(value);
}

bool refuse(WireReader& reader, const PropertyRow& row, const char* why) {
    return reader.fail(reason::ProtocolError,
                       QStringLiteral("%1 %2").arg(QLatin1String(row.name), QLatin1String(why)));
}

bool inRange(const PropertyRow& row, quint32 value) {
    return value >= row.minimum && value <= row.maximum;
}

// Reads one property's value into its field; `repeatable` says whether this packet allows it
// more than once.
bool readValue(WireReader& reader, const PropertyRow& row, bool repeatable, Properties& out) {
    return std::visit(
        [&](auto member) -> bool {
            auto& field = out.*member;
            using Field = std::remove_reference_t<decltype(field)>;
            if constexpr (std::is_same_v<Field, UserProperties>) {
                std::pair<QByteArray, QByteArray> pair;
                if (!reader.utf8String(pair.first) || !reader.utf8String(pair.second))
                    return false;
                field.push_back(std::move(pair));
                return true;
            } else if constexpr (std::is_same_v<Field, std::vector<quint32>>) {
                quint32 value;
                if (!repeatable && !field.empty())
                    return refuse(reader, row, "appears twice");
                if (!reader.varInt(value))
                    return false;
                if (!inRange(row, value))
                    return refuse(reader, row, "has a value the spec forbids");
                field.push_back(value);
                return true;
            } else {
                using Value = typename Field::value_type;
                if (field.has_value())
                    return refuse(reader, row, "appears twice");
                Value value;
                if constexpr (std::is_same_v<Value, QByteArray>) {
                    if (!(row.type == Utf8String ? reader.utf8String(value) : reader.binary(value)))
                        return false;
                } else {
                    if (!readInteger(reader, value))
                        return false;
                    if (!inRange(row, value))
                        return refuse(reader, row, "has a value the spec forbids");
                }
                field = std::move(value);
                return true;
            }
        },
        row.member);
}

void writeRow(WireWriter& writer, const PropertyRow& row, const Properties& properties) {
    std::visit(
        [&](auto member) {
            const auto& field = properties.*member;
            using Field = std::remove_cvref_t<decltype(field)>;
            if constexpr (std::is_same_v<Field, UserProperties>) {
                for (const auto& [name, value] : field) {
                    writer.varInt(row.id);
                    writer.lengthPrefixed(name);
                    writer.lengthPrefixed(value);
                }
            } else if constexpr (std::is_same_v<Field, std::vector<quint32>>) {
                for (quint32 value : field) {
                    writer.varInt(row.id);
                    writer.varInt(value);
                }
            } else if (field.has_value()) {
                writer.varInt(row.id);
                if constexpr (std::is_same_v<typename Field::value_type, QByteArray>)
                    writer.lengthPrefixed(*field);
                else
                    writeInteger(writer, *field);
            }
        },
        row.member);
}

void writeAll(WireWriter& writer, const Properties& properties) {
    for (const PropertyRow& row : Table)
        writeRow(writer, row, properties);
}

} // namespace

std::span<const PropertyRow> propertyTable() {
    return Table;
}

const PropertyRow* findProperty(quint32 id) {
    if (id > HighestId || RowIndex[id] < 0)
        return nullptr;
    return &Table[RowIndex[id]];
}

bool decodeProperties(WireReader& reader, PropertyScopes scope, Properties& out) {
    quint32 length;
    qsizetype packetEnd;
    if (!reader.varInt(length) || !reader.narrowTo(length, packetEnd))
        return false;
    while (!reader.atEnd()) {
        // The identifier is a Variable Byte Integer, though every one defined fits a byte.
        quint32 id;
        if (!reader.varInt(id))
            return false;
        const PropertyRow* row = findProperty(id);
        if (!row)
            return reader.fail(reason::MalformedPacket,
                               QStringLiteral("unknown property identifier 0x%1")
                                   .arg(id, 2, 16, QLatin1Char('0')));
        if ((row->allowedIn & scope) == 0)
            return refuse(reader, *row, "is not allowed here");
        if (!readValue(reader, *row, (row->repeatableIn & scope) != 0, out))
            return false;
    }
    reader.restoreEnd(packetEnd);
    return true;
}

void encodeProperties(WireWriter& writer, const Properties& properties) {
    writer.varInt(propertiesLength(properties));
    writeAll(writer, properties);
}

quint32 propertiesLength(const Properties& properties) {
    WireWriter counter;
    writeAll(counter, properties);
    return quint32(counter.size());
}

} // namespace warren::mqtt
