#include "models/queue_rate_histories.h"

#include <QSet>
#include <algorithm>

QueueRateHistories::QueueRateHistories(int maxQueues, int samplesPerQueue)
    : m_maxQueues(std::max(maxQueues, 0))
    , m_samplesPerQueue(std::max(samplesPerQueue, 1)) {}

RateHistory::Values QueueRateHistories::valuesOf(const warren::QueueInfo& queue) {
    RateHistory::Values values{};
    values[RateHistory::Publish] = queue.publishRate;
    values[RateHistory::Deliver] = queue.deliverRate;
    values[RateHistory::Ack] = queue.ackRate;
    values[RateHistory::Redeliver] = queue.redeliverRate;
    values[RateHistory::Ready] = double(queue.messagesReady);
    values[RateHistory::Unacked] = double(queue.messagesUnacked);
    return values;
}

void QueueRateHistories::applySnapshot(const warren::BrokerSnapshot& snapshot) {
    const qint64 atMs =
        (snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc())
            .toMSecsSinceEpoch();
    // The gone first, so that their room goes to queues new in this very snapshot.
    QSet<Key> present;
    present.reserve(snapshot.queues.size());
    for (const warren::QueueInfo& queue : snapshot.queues)
        present.insert({queue.vhost, queue.name});
    m_histories.removeIf([&present](const auto& entry) { return !present.contains(entry.key()); });
    for (const warren::QueueInfo& queue : snapshot.queues) {
        Key key{queue.vhost, queue.name};
        auto found = m_histories.find(key);
        if (found == m_histories.end()) {
            if (m_histories.size() >= m_maxQueues)
                continue; // room comes back when a followed queue is deleted
            found = m_histories.insert(key, std::make_shared<RateHistory>(m_samplesPerQueue));
        }
        (*found)->append(atMs, valuesOf(queue));
    }
}

std::shared_ptr<const RateHistory> QueueRateHistories::history(const QString& vhost,
                                                               const QString& name) {
    auto found = m_histories.find({vhost, name});
    if (found == m_histories.end())
        found = m_histories.insert({vhost, name}, std::make_shared<RateHistory>(m_samplesPerQueue));
    return *found;
}

bool QueueRateHistories::contains(const QString& vhost, const QString& name) const {
    return m_histories.contains({vhost, name});
}
