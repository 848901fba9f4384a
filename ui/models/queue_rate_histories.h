#pragma once

#include "models/rate_history.h"

#include <QHash>
#include <QString>
#include <memory>
#include <utility>
#include <warren/snapshot.h>

// The rate history of every queue of one broker, fed by every snapshot from the console's start
// (the embedded broker's start), so a queue's page opened late shows what came before. Bounded
// twice: samples per queue (the charts' longest window) and queues followed, those first seen;
// a queue whose page asks for it is followed whatever the count. A queue that is gone is
// dropped, and one declared again under its name starts afresh.
class QueueRateHistories {
public:
    // An hour at the default refresh of a second; 200 full queues hold about 40 MB.
    static constexpr int DefaultMaxQueues = 200;
    static constexpr int DefaultSamplesPerQueue = 3600;

    explicit QueueRateHistories(int maxQueues = DefaultMaxQueues,
                                int samplesPerQueue = DefaultSamplesPerQueue);

    void applySnapshot(const warren::BrokerSnapshot& snapshot);

    // The queue's history, made (empty) if it had none: a page keeps it even after the queue
    // is dropped here, so its last picture stays.
    std::shared_ptr<const RateHistory> history(const QString& vhost, const QString& name);
    bool contains(const QString& vhost, const QString& name) const;
    int queueCount() const { return int(m_histories.size()); }
    int maxQueues() const { return m_maxQueues; }

    // One queue's sample as the charts draw it.
    static RateHistory::Values valuesOf(const warren::QueueInfo& queue);

private:
    using Key = std::pair<QString, QString>; // vhost, name
    QHash<Key, std::shared_ptr<RateHistory>> m_histories;
    int m_maxQueues;
    int m_samplesPerQueue;
};
