#pragma once

#include "mqtt/packets.h"

#include <span>
#include <variant>

// MQTT 5.0 properties (§2.2.2) as one table, from which both the decoder and the encoder work:
// a row per property with its identifier, wire type, the packets that may carry it, whether it
// may repeat, the values it may take, and the field of `Properties` that holds it.
namespace warren::mqtt {

class WireReader;
class WireWriter;

// §2.2.2.2's "Type" column (the data representations of §1.5).
enum class PropertyType : quint8 {
    Byte,
    TwoByteInt,
    FourByteInt,
    VarInt,
    Utf8String,
    Binary,
    StringPair,
};

// Where a property may appear: a bit per packet type, and one for a CONNECT's will properties
// (§3.1.3.2), which are a property list of their own.
using PropertyScopes = quint32;
constexpr PropertyScopes scopeOf(PacketType type) {
    return PropertyScopes(1) << quint8(type);
}
inline constexpr PropertyScopes WillScope = PropertyScopes(1) << 16;

using PropertyMember =
    std::variant<std::optional<quint8> Properties::*, std::optional<quint16> Properties::*,
                 std::optional<quint32> Properties::*, std::optional<QByteArray> Properties::*,
                 std::vector<quint32> Properties::*, UserProperties Properties::*>;

struct PropertyRow {
    quint8 id;
    const char* name;
    PropertyType type;
    PropertyScopes allowedIn;
    // Where it may appear more than once: User Property everywhere (§3.1.2.11.8),
    // Subscription Identifier in PUBLISH (§3.3.2.3.8); anything else twice is a protocol error.
    PropertyScopes repeatableIn;
    // Integer values outside [minimum, maximum] are a protocol error (e.g. Receive Maximum 0,
    // §3.1.2.11.3; a flag byte other than 0 or 1, §3.1.2.11.6).
    quint32 minimum;
    quint32 maximum;
    PropertyMember member;
};

std::span<const PropertyRow> propertyTable();
// The row for `id`, or nullptr for an identifier §2.2.2.2 does not define.
const PropertyRow* findProperty(quint32 id);

// Reads a Property Length and that many bytes of properties into `out` (§2.2.2.1), refusing
// what `scope` may not carry, duplicates and out-of-range values with 0x82, unknown
// identifiers and lengths past the packet with 0x81.
bool decodeProperties(WireReader& reader, PropertyScopes scope, Properties& out);

// Writes the Property Length and then every property present, in the table's order (repeated
// ones in their own order). Which properties a packet may carry is the caller's business.
void encodeProperties(WireWriter& writer, const Properties& properties);

// The Property Length of `properties` (not counting its own Variable Byte Integer).
quint32 propertiesLength(const Properties& properties);

} // namespace warren::mqtt
