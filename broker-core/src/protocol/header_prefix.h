#pragma once

#include "protocol/protocol_registry.h"

namespace warren::protocol {

// The usual recogniser: the client's first bytes begin with a fixed prefix.
inline Recognition startsWithPrefix(QByteArrayView start, QByteArrayView prefix) {
    const qsizetype compared = std::min(start.size(), prefix.size());
    if (start.first(compared) != prefix.first(compared))
        return Recognition::Unknown;
    return compared < prefix.size() ? Recognition::NeedMoreBytes : Recognition::Recognised;
}

} // namespace warren::protocol
