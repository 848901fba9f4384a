#pragma once

#include "mqtt/packets.h"

#include <QByteArray>

namespace warren::mqtt {

// Appends `packet` as `version` encodes it to `out`. What the version does not carry is left
// out (properties and reason codes below 5.0; 3.1.1's UNSUBACK has no payload; a 5.0 ack,
// DISCONNECT or AUTH with success and no properties takes the short form, §3.4.2.1).
void encode(const Packet& packet, ProtocolVersion version, QByteArray& out);

// A PUBLISH without its payload: the fixed header (whose remaining length counts
// `publish.payload`), topic, packet id and properties; the caller appends the payload itself,
// so that a large body is shared into the output rather than copied.
void encodePublishHead(const Publish& publish, ProtocolVersion version, QByteArray& out);

// The whole packet's size on the wire: to honour a peer's Maximum Packet Size (§3.1.2.11.4).
quint32 encodedSize(const Packet& packet, ProtocolVersion version);

} // namespace warren::mqtt
