#include "ops/message_peek.h"

#include "core/field_json.h"
#include "core/vhost.h"
#include "services/property_text.h"

#include <algorithm>
#include <memory>

namespace warren::ops {

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

void describeContent(PeekedMessage& peeked, const core::Message& message) {
    peeked.exchange = QString::fromUtf8(message.exchange);
    peeked.routingKey = QString::fromUtf8(message.routingKey);
    peeked.properties = services::propertiesAsText(message.properties);
    for (const auto& [name, value] : message.properties.headersOrEmpty())
        peeked.headers.append({QString::fromUtf8(name), core::toJson(value)});
    peeked.body = message.body;
}

// Its place and flags; the content too when `message` is there.
PeekedMessage describe(const core::QueuedMessage& queued, const core::MessagePtr& message,
                       quint64 position) {
    PeekedMessage peeked;
    peeked.position = position;
    peeked.id = queued.id;
    peeked.redelivered = queued.redelivered;
    if (message)
        describeContent(peeked, *message);
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

// A peek whose paged-out bodies the store's thread is reading. The store answers by ranges of
// store sequence numbers, and a queue's range holds its other priority lanes and its unacked
// messages too, so it reads on from the next body still wanted until every one is answered.
// Nothing here points into the queue: each step finds it again by name, as it may be gone.
class PagedPeek : public std::enable_shared_from_this<PagedPeek> {
public:
    PagedPeek(services::BrokerContext& context, PeekResult result, PeekDone done)
        : m_context(context)
        , m_result(std::move(result))
        , m_done(std::move(done)) {}

    // The message at `index` of the result waits for the body stored under `storeSeq`.
    void want(quint64 storeSeq, qsizetype index) { m_wanted.push_back({storeSeq, index}); }

    void readNext() {
        const std::shared_ptr<core::Queue> queue = findAgain();
        core::Vhost* vhost = m_context.vhost(m_result.vhost.toUtf8());
        if (m_next == m_wanted.size() || !queue || !vhost->persistence()) {
            finish(queue.get());
            return;
        }
        const int limit = int(m_wanted.size() - m_next);
        vhost->persistence()->fetch(
            *vhost, *queue, m_wanted[m_next].storeSeq - 1, limit,
            [self = shared_from_this(), limit](core::MessagePersistence::PagedMessages loaded) {
                self->take(std::move(loaded), limit);
            });
    }

private:
    std::shared_ptr<core::Queue> findAgain() const {
        const core::Vhost* vhost = m_context.vhost(m_result.vhost.toUtf8());
        return vhost ? vhost->queue(m_result.queue.toUtf8()) : nullptr;
    }

    void take(core::MessagePersistence::PagedMessages loaded, int limit) {
        for (const auto& [seq, message] : loaded) {
            while (m_next < m_wanted.size() && m_wanted[m_next].storeSeq < seq)
                ++m_next; // not in the store any more: it left the queue
            if (m_next < m_wanted.size() && m_wanted[m_next].storeSeq == seq && message) {
                describeContent(m_result.messages[m_wanted[m_next].index], *message);
                m_wanted[m_next++].read = true;
            }
        }
        // A short answer, a failed read included, means the store holds nothing further.
        if (loaded.empty() || int(loaded.size()) < limit) {
            m_next = m_wanted.size();
        } else {
            while (m_next < m_wanted.size() && m_wanted[m_next].storeSeq <= loaded.back().first)
                ++m_next;
        }
        readNext();
    }

    // Those whose bodies did not come back left the queue, unless the read failed: a message
    // still waiting is shown without its content, as before paging.
    void finish(const core::Queue* queue) {
        std::vector<bool> gone(size_t(m_result.messages.size()), false);
        for (const Wanted& wanted : m_wanted)
            gone[size_t(wanted.index)] =
                !wanted.read && (!queue || !queue->findReady(m_result.messages[wanted.index].id));
        QList<PeekedMessage> kept;
        kept.reserve(m_result.messages.size());
        for (qsizetype i = 0; i < m_result.messages.size(); ++i)
            if (!gone[size_t(i)])
                kept.append(std::move(m_result.messages[i]));
        m_result.messages = std::move(kept);
        m_done(std::move(m_result));
    }

    services::BrokerContext& m_context;
    PeekResult m_result;
    PeekDone m_done;
    struct Wanted {
        quint64 storeSeq = 0;
        qsizetype index = 0; // in the result
        bool read = false;
    };
    // In store order, which is the queue's within a lane.
    std::vector<Wanted> m_wanted;
    size_t m_next = 0;
};

} // namespace

void peekQueue(services::BrokerContext& context, const QString& vhostName, const QString& queueName,
               int count, PeekDone done) {
    PeekResult result;
    const core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = findQueue(vhost, vhostName, queueName, result);
    if (!queue) {
        done(std::move(result));
        return;
    }
    std::vector<std::pair<quint64, qsizetype>> pagedOut;
    quint64 position = 0;
    for (const core::QueuedMessage& queued : queue->peek(size_t(std::clamp(count, 0, MaxPeek)))) {
        if (!queued.message && queued.storeSeq != 0)
            pagedOut.emplace_back(queued.storeSeq, result.messages.size());
        result.messages.append(describe(queued, queued.message, ++position));
    }
    if (pagedOut.empty() || !vhost->persistence()) {
        done(std::move(result));
        return;
    }
    // Priority lanes each keep store order; together they need sorting.
    std::sort(pagedOut.begin(), pagedOut.end());
    auto paged = std::make_shared<PagedPeek>(context, std::move(result), std::move(done));
    for (const auto& [seq, index] : pagedOut)
        paged->want(seq, index);
    paged->readNext();
}

PeekResult takeFromQueue(services::BrokerContext& context, const QString& vhostName,
                         const QString& queueName, int count, bool reject) {
    PeekResult result;
    core::Vhost* vhost = context.vhost(vhostName.toUtf8());
    const auto queue = findQueue(vhost, vhostName, queueName, result);
    if (!queue)
        return result;
    for (int taken = 0; taken < std::clamp(count, 0, MaxPeek); ++taken) {
        const std::optional<core::QueuedMessage> queued = queue->get(true);
        if (!queued)
            break;
        // get() brings a paged-out head back first, so this rarely waits for the store.
        result.messages.append(
            describe(*queued, contentOf(*vhost, *queue, *queued), quint64(taken + 1)));
        if (reject)
            queue->reject(queued->id, false);
        else
            queue->ack(queued->id);
    }
    return result;
}

} // namespace warren::ops
