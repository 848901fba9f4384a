#include "protocol/protocol_registry.h"

#include <QStringList>

namespace warren::protocol {

bool ProtocolRegistry::add(ProtocolDescriptor descriptor) {
    if (find(descriptor.scheme))
        return false;
    m_protocols.push_back(std::make_unique<ProtocolDescriptor>(std::move(descriptor)));
    return true;
}

const ProtocolDescriptor* ProtocolRegistry::find(const QString& scheme) const {
    for (const auto& protocol : m_protocols)
        if (protocol->scheme == scheme)
            return protocol.get();
    return nullptr;
}

QStringList ProtocolRegistry::schemes() const {
    QStringList out;
    for (const auto& protocol : m_protocols)
        out.append(protocol->scheme);
    return out;
}

std::vector<const ProtocolDescriptor*>
ProtocolRegistry::candidatesFor(const QString& scheme) const {
    std::vector<const ProtocolDescriptor*> out;
    if (const ProtocolDescriptor* own = find(scheme))
        out.push_back(own);
    else
        return out;
    for (const auto& protocol : m_protocols)
        if (protocol->alsoServedOn.contains(scheme))
            out.push_back(protocol.get());
    return out;
}

ProtocolRegistry::Match
ProtocolRegistry::recognise(const std::vector<const ProtocolDescriptor*>& candidates,
                            QByteArrayView start) {
    bool undecided = false;
    for (const ProtocolDescriptor* candidate : candidates) {
        const Recognition said =
            candidate->recognise ? candidate->recognise(start) : Recognition::Unknown;
        if (said == Recognition::Recognised)
            return {said, candidate};
        undecided = undecided || said == Recognition::NeedMoreBytes;
    }
    return {undecided ? Recognition::NeedMoreBytes : Recognition::Unknown, nullptr};
}

} // namespace warren::protocol
