// libFuzzer target: arbitrary bytes through the MQTT packet decoder, read as a server reads
// clients and as a client reads servers, starting in each version, fed in two pieces. Besides
// crashes, hangs and sanitizer reports, a bug is any packet that does not survive encode → decode
// unchanged in the version it was decoded in (values, not bytes: a decoder accepts forms, such as
// a 5.0 ack with an explicit Success code, that the encoder writes shorter).

#include "mqtt/packet_decoder.h"
#include "mqtt/packet_encoder.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace {

using namespace warren::mqtt;

void roundTrip(const Packet& packet, ProtocolVersion version, PacketDecoder::Reading reading) {
    QByteArray bytes;
    encode(packet, version, bytes);
    if (encodedSize(packet, version) != quint32(bytes.size()))
        __builtin_trap();
    if (const auto* publish = std::get_if<Publish>(&packet)) {
        QByteArray head;
        encodePublishHead(*publish, version, head);
        if (head + publish->payload != bytes)
            __builtin_trap();
    }
    PacketDecoder again(reading);
    again.setVersion(version);
    again.feed(bytes.constData(), bytes.size());
    auto result = again.next();
    const Packet* decoded = std::get_if<Packet>(&result);
    if (!decoded || !(*decoded == packet) || again.bufferedBytes() != 0)
        __builtin_trap();
}

void run(const char* data, size_t size, PacketDecoder::Reading reading, ProtocolVersion version) {
    PacketDecoder decoder(reading);
    decoder.setVersion(version); // as a client's decoder is told, or a server's before CONNECT
    // Feed in two pieces so that resumption across reads is exercised too.
    const size_t split = size / 3;
    decoder.feed(data, qsizetype(split));
    for (int round = 0; round < 2; ++round) {
        for (;;) {
            auto result = decoder.next();
            if (const auto* packet = std::get_if<Packet>(&result)) {
                // A CONNECT has just set the version it is read in, so this is the one in force.
                roundTrip(*packet, decoder.version(), reading);
                continue;
            }
            if (std::holds_alternative<DecodeError>(result)) {
                // After an error the decoder yields nothing more.
                decoder.feed(data, qsizetype(size));
                if (!std::holds_alternative<std::monostate>(decoder.next()))
                    __builtin_trap();
                return;
            }
            break;
        }
        decoder.feed(data + split, qsizetype(size - split));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto* bytes = reinterpret_cast<const char*>(data);
    for (auto reading :
         {PacketDecoder::Reading::ClientPackets, PacketDecoder::Reading::ServerPackets})
        for (auto version : {ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5})
            run(bytes, size, reading, version);
    return 0;
}
