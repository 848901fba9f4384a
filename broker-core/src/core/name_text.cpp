#include "core/name_text.h"

#include <QStringDecoder>

namespace warren::core {

bool isWellFormedUtf8(QByteArrayView bytes) {
    // ASCII, the usual case, needs no decoder.
    bool ascii = true;
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii)
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes); // the conversion runs the decoder
    return !decoder.hasError();
}

} // namespace warren::core
