#include "engine/message_peek.h"

#include "core/vhost.h"
#include "engine/property_text.h"
#include "http/json_fields.h"

#include <algorithm>

namespace warren::engine {

namespace {

// The console's whole-queue search reads up to this many at once; bodies are shared, not
// copied, so a peek costs little more than its list.
constexpr int MaxPeek = 50000;

} // namespace

core::MessagePtr contentOf(const core::Vhost& vhost, const core::Queue& queue,
                           const core::QueuedMessage& queued) {
    if (queued.message || !vhost.persistence())
        return queued.message;
    // Paged out: its body is only in the store.
    const auto loaded = vhost.persistence()->load(vhost, queue, queued.storeSeq - 1, 1);
    return !loaded.empty() && loaded.front().first == queued.storeSeq ? loaded.front().second
                                                                      : nullptr;
}

namespace {

PeekedMessage copyOf(const core::Vhost& vhost, const core::Queue& queue,
                     const core::QueuedMessage& queued, quint64 position) {
    const core::MessagePtr message = contentOf(vhost, queue, queued);
    PeekedMessage peeked;
    peeked.position = position;
    peeked.id = queued.id;
    peeked.redelivered = queued.redelivered;
    if (message) {
        peeked.exchange = QString::fromUtf8(message->exchange);
        peeked.routingKey = QString::fromUtf8(message->routingKey);
        peeked.properties = propertiesAsText(message->properties);
        for (const auto& [name, value] : message->properties.headersOrEmpty())
            peeked.headers.append({QString::fromUtf8(name), http::toJson(value)});
        peeked.body = message->body;
    }
    return peeked;
}

// The queue `vhostName`/`queueName`, or the result's error when there is none.
template <typename VhostT>
auto findQueue(VhostT* vhost, const QString& vhostName, const QString& queueName,
               PeekResult& result) {
    result.vhost = vhostName;
    result.queue = queueName;
    const auto queue = vhost ? vhost->queue(queueName.toUtf8()) : nullptr;
    if (!queue)
        result.error = QStringLiteral("no queue '%1' in vhost '%2'").arg(queueName, vhostName);
    else
        result.messagesReady = queue->readyCount();
    return queue;
}

} // namespace

PeekResult peekQueue(const BrokerContext& context, const QString& vhostName,
                     const QString& queueName, int count) {
    PeekResult result;
    const core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = findQueue(vhost, vhostName, queueName, result);
    if (!queue)
        return result;
    quint64 position = 0;
    for (const core::QueuedMessage& queued : queue->peek(size_t(std::clamp(count, 0, MaxPeek))))
        result.messages.append(copyOf(*vhost, *queue, queued, ++position));
    return result;
}

PeekResult takeFromQueue(BrokerContext& context, const QString& vhostName, const QString& queueName,
                         int count, bool reject) {
    PeekResult result;
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = findQueue(vhost, vhostName, queueName, result);
    if (!queue)
        return result;
    for (int taken = 0; taken < std::clamp(count, 0, MaxPeek); ++taken) {
        const std::optional<core::QueuedMessage> queued = queue->get(true);
        if (!queued)
            break;
        result.messages.append(copyOf(*vhost, *queue, *queued, quint64(taken + 1)));
        if (reject)
            queue->reject(queued->id, false);
        else
            queue->ack(queued->id);
    }
    return result;
}

} // namespace warren::engine
