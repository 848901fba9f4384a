// libFuzzer target: arbitrary bytes through the AMQP 0-9-1 frame decoder, then every frame
// through the method and content-header decoders. Any crash, hang or sanitizer report is a bug.

#include "amqp091/frame_decoder.h"
#include "amqp091/methods.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace warren::amqp091;
    FrameDecoder decoder(131072);
    // Feed in two pieces so that resumption across reads is exercised too.
    const size_t split = size / 3;
    decoder.feed(reinterpret_cast<const char*>(data), qsizetype(split));
    Frame frame;
    for (int round = 0; round < 2; ++round) {
        while (decoder.next(frame) == FrameDecoder::Status::Frame) {
            if (frame.type == FrameMethod) {
                Method method;
                if (decodeMethod(frame.payload, method) == DecodeStatus::Ok) {
                    // What decodes must re-encode stably: encode(decode(encode(m))) is
                    // encode(m) byte for byte (bytes, not values: a NaN float is not == to
                    // itself but must survive unchanged).
                    const QByteArray once = encodeMethod(method);
                    Method again;
                    if (decodeMethod(once, again) != DecodeStatus::Ok ||
                        encodeMethod(again) != once)
                        __builtin_trap();
                }
            } else if (frame.type == FrameHeader) {
                WireReader reader(frame.payload.data(), frame.payload.size());
                quint16 classId = 0, weight = 0;
                quint64 bodySize = 0;
                BasicProperties properties;
                if (reader.shortUint(classId) && reader.shortUint(weight) &&
                    reader.longLongUint(bodySize))
                    (void)decodeBasicProperties(reader, properties);
            }
        }
        decoder.feed(reinterpret_cast<const char*>(data) + split, qsizetype(size - split));
    }
    return 0;
}
