#pragma once

#include "mqtt/packets.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace warren::store {
class MessageStore;
}

namespace warren::mqtt {

// The last retained message of each topic, per vhost (MQTT 5.0 §3.3.1.3), kept in the store's
// key/value area ("mqtt/retained/<vhost>", keyed by topic) so that it survives a restart and a
// kill -9 once its PUBACK went out.
class RetainedMessages {
public:
    struct Entry {
        Publish publish;       // retain set; QoS and properties as published
        qint64 storedAtMs = 0; // for the message expiry interval and the console's age
    };

    // Without a store (a broker with no data directory) they live in memory only.
    void attachStore(store::MessageStore* store, QObject* completionContext);
    // Loads what the store holds for `vhost`; one sentence on failure.
    std::optional<QString> recover(const QByteArray& vhost);

    // Sets the topic's retained message, or clears it when the payload is empty (§3.3.1.3).
    // `committed` runs on the broker thread once the change is on disk (true), or could not
    // be stored (false); at once without a store.
    void put(const QByteArray& vhost, const Publish& publish, qint64 nowMs,
             std::function<void(bool)> committed);
    // Clears one; false when there was none.
    bool remove(const QByteArray& vhost, const QByteArray& topic);

    // The unexpired retained messages whose topics match `filter`.
    std::vector<Entry> matching(const QByteArray& vhost, const QByteArray& filter,
                                qint64 nowMs) const;
    // Every unexpired one, $-topics included (which no filter starting with a wildcard matches).
    std::vector<Entry> all(const QByteArray& vhost, qint64 nowMs) const;
    const QHash<QByteArray, Entry>* of(const QByteArray& vhost) const;
    qsizetype count() const;

    static QByteArray nameSpaceOf(const QByteArray& vhost);
    static QByteArray encode(const Entry& entry);
    static std::optional<Entry> decode(const QByteArray& topic, const QByteArray& bytes);

private:
    static bool expired(const Entry& entry, qint64 nowMs);

    store::MessageStore* m_store = nullptr;
    QObject* m_completionContext = nullptr;
    QHash<QByteArray, QHash<QByteArray, Entry>> m_byVhost;
};

} // namespace warren::mqtt
