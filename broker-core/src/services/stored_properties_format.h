#pragma once

#include "core/message.h"

#include <QByteArray>
#include <functional>

namespace warren::services {

// How the store keeps a message's properties: in one protocol's encoding, tagged with that
// format and its version, so that what a protocol wrote is read back by the same protocol's
// code (each protocol registers its own; the store and the core know none of them).
struct StoredPropertiesFormat {
    core::MessageFormat format = core::MessageFormat::None;
    quint8 version = 0;
    // The message's properties in this encoding.
    std::function<QByteArray(const core::Message& message)> encode;
    // Fills `message`'s properties (and its original encoding) from `bytes`; false when they
    // do not decode.
    std::function<bool(const QByteArray& bytes, core::Message& message)> decode;
};

} // namespace warren::services
