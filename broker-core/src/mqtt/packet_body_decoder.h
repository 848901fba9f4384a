#pragma once

#include "mqtt/packets.h"

#include <optional>

// The variable header and payload of each packet type (MQTT 5.0 §3.1–§3.15, 3.1.1 §3), for
// PacketDecoder, which has already framed the packet and checked its fixed header.
namespace warren::mqtt {

class WireReader;

// "CONNECT", "PUBLISH", …: for error texts.
const char* packetName(PacketType type);

// Decodes the body `reader` spans in `version`; a CONNECT sets `version` to its own protocol
// level as soon as that is known (so a session can word its refusal of a malformed CONNECT
// in the client's version). On failure, the reader holds the reason code and why.
std::optional<Packet> decodeBody(PacketType type, quint8 flags, WireReader& reader,
                                 ProtocolVersion& version);

} // namespace warren::mqtt
