// libFuzzer target: arbitrary bytes through the STOMP frame decoder in each version, with the
// default limits and with small ones, fed in two pieces. Besides crashes, hangs and sanitizer
// reports, a bug is an encodedSize() that differs from what encode() writes, anything decoded
// after an error, and a frame that does not survive encode → decode unchanged in the version it
// was decoded in, unless the frame cannot be written in that version at all (see writable()).

#include "stomp/frame_decoder.h"
#include "stomp/frame_encoder.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace {

using namespace warren::stomp;

// Whether encode() can write `frame` so that it reads back the same in `version`. Without
// escaping (1.0, and CONNECT, STOMP and CONNECTED frames) a name cannot hold a colon or a LF,
// nor a value a LF; and unless 1.2 escapes it, a CR that ends a value (or the command) would
// read back as the start of its EOL. The decoder yields such frames: "k:v\r\r\n" is the header
// k with the value "v\r".
bool writable(const Frame& frame, Version version) {
    if (frame.command.isEmpty() || frame.command.contains('\n') || frame.command.endsWith('\r'))
        return false;
    const bool escaped = escapesHeaders(frame.command, version);
    for (const auto& [name, value] : frame.headers) {
        if (!escaped && (name.contains(':') || name.contains('\n') || value.contains('\n')))
            return false;
        if (!(escaped && version == Version::V12) && value.endsWith('\r'))
            return false;
    }
    // Without a content-length, the body ends at its first NUL.
    const std::optional<QByteArray> length = frame.header("content-length");
    return length ? length->toLongLong() == frame.body.size() : !frame.body.contains('\0');
}

void roundTrip(const Frame& frame, Version version) {
    QByteArray bytes = "x"; // encode() appends
    encode(frame, version, bytes);
    if (encodedSize(frame, version) != bytes.size() - 1)
        __builtin_trap();
    if (!writable(frame, version))
        return;
    FrameDecoder again; // the default limits: escaping can lengthen a line
    again.setVersion(version);
    again.feed(bytes.constData() + 1, bytes.size() - 1);
    auto result = again.next();
    const Frame* decoded = std::get_if<Frame>(&result);
    if (!decoded || !(*decoded == frame) || again.bufferedBytes() != 0)
        __builtin_trap();
}

void run(const char* data, size_t size, Version version, FrameLimits limits) {
    FrameDecoder decoder(limits);
    decoder.setVersion(version);
    // Feed in two pieces so that resumption across reads is exercised too.
    const size_t split = size / 3;
    decoder.feed(data, qsizetype(split));
    for (int round = 0; round < 2; ++round) {
        for (;;) {
            auto result = decoder.next();
            if (const auto* frame = std::get_if<Frame>(&result)) {
                roundTrip(*frame, version);
                continue;
            }
            if (std::holds_alternative<HeartBeat>(result))
                continue;
            if (std::holds_alternative<DecodeError>(result)) {
                // After an error the decoder yields nothing more.
                decoder.feed(data, qsizetype(size));
                if (!std::holds_alternative<std::monostate>(decoder.next()) ||
                    decoder.bufferedBytes() != 0)
                    __builtin_trap();
                return;
            }
            break;
        }
        if (round == 0)
            decoder.feed(data + split, qsizetype(size - split));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto* bytes = reinterpret_cast<const char*>(data);
    FrameLimits small;
    small.maxHeaders = 4;
    small.maxHeaderBytes = 24;
    small.maxBodyBytes = 32;
    for (auto version : {Version::V10, Version::V11, Version::V12})
        for (const FrameLimits& limits : {FrameLimits{}, small})
            run(bytes, size, version, limits);
    return 0;
}
