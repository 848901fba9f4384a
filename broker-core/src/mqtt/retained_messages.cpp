#include "mqtt/retained_messages.h"

#include "mqtt/packet_decoder.h"
#include "mqtt/packet_encoder.h"
#include "mqtt/topic_mapping.h"
#include "store/message_store.h"

#include <QtEndian>

namespace warren::mqtt {

void RetainedMessages::attachStore(store::MessageStore* store, QObject* completionContext) {
    m_store = store;
    m_completionContext = completionContext;
}

QByteArray RetainedMessages::nameSpaceOf(const QByteArray& vhost) {
    return "mqtt/retained/" + vhost;
}

// A stored value: when it was stored (8 bytes, big-endian milliseconds since the epoch), then
// the PUBLISH as MQTT 5.0 encodes it, which keeps QoS and every property.
QByteArray RetainedMessages::encode(const Entry& entry) {
    QByteArray bytes(8, '\0');
    qToBigEndian<qint64>(entry.storedAtMs, bytes.data());
    Publish publish = entry.publish;
    publish.packetId = publish.qos > 0 ? 1 : 0; // any valid id: it is not a packet on a wire
    mqtt::encode(publish, ProtocolVersion::V5, bytes);
    return bytes;
}

std::optional<RetainedMessages::Entry> RetainedMessages::decode(const QByteArray& topic,
                                                                const QByteArray& bytes) {
    if (bytes.size() < 8)
        return std::nullopt;
    PacketDecoder decoder(PacketDecoder::Reading::ServerPackets);
    decoder.setVersion(ProtocolVersion::V5);
    decoder.feed(bytes.constData() + 8, bytes.size() - 8);
    auto next = decoder.next();
    auto* packet = std::get_if<Packet>(&next);
    auto* publish = packet ? std::get_if<Publish>(packet) : nullptr;
    if (!publish || publish->topic != topic)
        return std::nullopt;
    Entry entry;
    entry.storedAtMs = qFromBigEndian<qint64>(bytes.constData());
    entry.publish = std::move(*publish);
    entry.publish.packetId = 0;
    entry.publish.retain = true;
    return entry;
}

std::optional<QString> RetainedMessages::recover(const QByteArray& vhost) {
    if (!m_store)
        return std::nullopt;
    auto loaded = m_store->loadValues(nameSpaceOf(vhost));
    if (!loaded)
        return QStringLiteral("cannot load the retained MQTT messages of vhost '%1'")
            .arg(QString::fromUtf8(vhost));
    auto& topics = m_byVhost[vhost];
    for (const auto& [topic, bytes] : loaded.value())
        if (auto entry = decode(topic, bytes))
            topics.insert(topic, std::move(*entry));
    return std::nullopt;
}

void RetainedMessages::put(const QByteArray& vhost, const Publish& publish, qint64 nowMs,
                           std::function<void(bool)> committed) {
    auto& topics = m_byVhost[vhost];
    const bool clearing = publish.payload.isEmpty();
    if (clearing && !topics.contains(publish.topic)) {
        committed(true);
        return;
    }
    Entry entry{publish, nowMs};
    entry.publish.retain = true;
    entry.publish.dup = false;
    entry.publish.packetId = 0;
    entry.publish.properties.topicAlias.reset();
    entry.publish.properties.subscriptionIdentifiers.clear();
    QByteArray bytes = clearing ? QByteArray() : encode(entry);
    if (clearing)
        topics.remove(publish.topic);
    else
        topics.insert(publish.topic, std::move(entry));
    if (!m_store) {
        committed(true);
        return;
    }
    store::Completion done{m_completionContext, [committed = std::move(committed)](
                                                    const std::optional<store::StoreError>& error) {
                               committed(!error.has_value());
                           }};
    const QByteArray nameSpace = nameSpaceOf(vhost);
    std::optional<store::StoreError> refused =
        clearing ? m_store->removeValue(nameSpace, publish.topic, std::move(done))
                 : m_store->putValue(nameSpace, publish.topic, bytes, std::move(done));
    if (refused)
        committed(false);
}

bool RetainedMessages::remove(const QByteArray& vhost, const QByteArray& topic) {
    auto it = m_byVhost.find(vhost);
    if (it == m_byVhost.end() || !it->remove(topic))
        return false;
    if (m_store)
        (void)m_store->removeValue(nameSpaceOf(vhost), topic);
    return true;
}

bool RetainedMessages::expired(const Entry& entry, qint64 nowMs) {
    const auto& interval = entry.publish.properties.messageExpiryInterval;
    return interval && nowMs - entry.storedAtMs >= qint64(*interval) * 1000;
}

std::vector<RetainedMessages::Entry>
RetainedMessages::matching(const QByteArray& vhost, const QByteArray& filter, qint64 nowMs) const {
    std::vector<Entry> found;
    auto it = m_byVhost.constFind(vhost);
    if (it == m_byVhost.constEnd())
        return found;
    for (auto entry = it->constBegin(); entry != it->constEnd(); ++entry)
        if (topicMatches(filter, entry.key()) && !expired(entry.value(), nowMs))
            found.push_back(entry.value());
    return found;
}

std::vector<RetainedMessages::Entry> RetainedMessages::all(const QByteArray& vhost,
                                                           qint64 nowMs) const {
    std::vector<Entry> found;
    auto it = m_byVhost.constFind(vhost);
    if (it == m_byVhost.constEnd())
        return found;
    for (const Entry& entry : *it)
        if (!expired(entry, nowMs))
            found.push_back(entry);
    return found;
}

const QHash<QByteArray, RetainedMessages::Entry>*
RetainedMessages::of(const QByteArray& vhost) const {
    auto it = m_byVhost.constFind(vhost);
    return it == m_byVhost.constEnd() ? nullptr : &*it;
}

qsizetype RetainedMessages::count() const {
    qsizetype total = 0;
    for (const auto& topics : m_byVhost)
        total += topics.size();
    return total;
}

} // namespace warren::mqtt
