#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

// warren-perf's own message body layout for the publish/subscribe modes (MQTT, STOMP), in
// native byte order since both ends are threads of this process: the send time, then which
// publisher sent it and its number in that publisher's sequence, so that a subscriber sees a
// dropped message as a gap as soon as a later one arrives. The rest of the body is filler.
namespace warren::bench::payload {

constexpr std::size_t StampOffset = 0;     // std::int64_t steady-clock ns
constexpr std::size_t PublisherOffset = 8; // std::uint32_t publisher index
constexpr std::size_t SequenceOffset = 12; // std::uint64_t, from 0
constexpr std::size_t HeaderSize = 20;

struct Header {
    std::int64_t sentAt = 0;
    std::uint32_t publisher = 0;
    std::uint64_t sequence = 0;
};

// Writes the header into the first HeaderSize bytes of a body.
inline void write(char* body, const Header& h) {
    std::memcpy(body + StampOffset, &h.sentAt, sizeof h.sentAt);
    std::memcpy(body + PublisherOffset, &h.publisher, sizeof h.publisher);
    std::memcpy(body + SequenceOffset, &h.sequence, sizeof h.sequence);
}

// Reads it back from a body of at least HeaderSize bytes.
inline Header read(const char* body) {
    Header h;
    std::memcpy(&h.sentAt, body + StampOffset, sizeof h.sentAt);
    std::memcpy(&h.publisher, body + PublisherOffset, sizeof h.publisher);
    std::memcpy(&h.sequence, body + SequenceOffset, sizeof h.sequence);
    return h;
}

} // namespace warren::bench::payload
