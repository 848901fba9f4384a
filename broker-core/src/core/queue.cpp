#include "core/queue.h"

#include "core/vhost.h"

#include <algorithm>

namespace warren::core {

QByteArray deadLetterReasonName(DeadLetterReason reason) {
    switch (reason) {
    case DeadLetterReason::Rejected:
        return "rejected";
    case DeadLetterReason::Expired:
        return "expired";
    case DeadLetterReason::MaxLength:
        return "maxlen";
    }
    return "rejected";
}

Queue::Queue(Vhost& vhost, QByteArray name, Options options, FieldTable arguments,
             QueueArguments parsed)
    : m_vhost(vhost)
    , m_name(std::move(name))
    , m_options(options)
    , m_arguments(std::move(arguments))
    , m_declared(parsed)
    , m_parsed(std::move(parsed))
    , m_lanes(size_t(m_parsed.maxPriority) + 1) {
    restartIdleTimer();
}

Queue::~Queue() {
    // A deleted queue left the schedule then; one never deleted goes with its vhost, and
    // must not outlive it in the schedule either.
    if (!m_deleted && m_scheduledMs != 0)
        m_vhost.scheduleDeadline(*this, 0);
}

void Queue::applyPolicy(const Policy* policy) {
    if (!policy && !m_policy)
        return;
    m_policy = policy ? std::optional<Policy>(*policy) : std::nullopt;
    const std::optional<qint64> expiresBefore = m_parsed.expiresMs;
    m_parsed = withPolicy(m_declared, m_arguments, policy);
    // Neither is a policy key; the priority lanes were sized by the declaration.
    m_parsed.maxPriority = m_declared.maxPriority;
    m_parsed.singleActiveConsumer = m_declared.singleActiveConsumer;
    if (m_deleted)
        return;
    if (m_parsed.expiresMs != expiresBefore) {
        if (!m_parsed.expiresMs)
            stopIdleTimer();
        else if (m_consumers.empty())
            restartIdleTimer();
    }
    // Like maybe_drop_head in RabbitMQ: only drop-head sheds messages already queued; the
    // reject modes refuse new ones until the queue is under the limit.
    if (m_parsed.overflow == QueueArguments::Overflow::DropHead)
        enforceLimits();
    dispatch();
}

qint64 Queue::nowMs() const {
    return m_vhost.clock().nowMs();
}

qint64 Queue::nextDeadline() const {
    if (m_expiryDeadlineMs == 0 || m_idleDeadlineMs == 0)
        return std::max(m_expiryDeadlineMs, m_idleDeadlineMs);
    return std::min(m_expiryDeadlineMs, m_idleDeadlineMs);
}

void Queue::updateDeadline() {
    const qint64 next = m_deleted ? 0 : nextDeadline();
    if (next == m_scheduledMs)
        return;
    m_scheduledMs = next;
    m_vhost.scheduleDeadline(*this, next);
}

void Queue::expire(qint64 now) {
    m_scheduledMs = 0; // the vhost took it off its schedule to call this
    if (m_deleted)
        return;
    if (m_idleDeadlineMs != 0 && m_idleDeadlineMs <= now) {
        m_idleDeadlineMs = 0;
        if (m_consumers.empty()) {
            m_vhost.expireQueue(*this);
            return;
        }
    }
    dropExpiredHeads(now);
    dispatch();
    scheduleExpiry();
}

std::deque<QueuedMessage>& Queue::laneFor(quint8 priority) {
    return m_lanes[std::min<size_t>(priority, m_lanes.size() - 1)];
}

void Queue::countReady(const QueuedMessage& message) {
    m_readyCount++;
    m_expiringReady += message.expiresAtMs != 0;
    m_persistentReady += message.storeSeq != 0 && !message.pagedTransient;
    m_readyBytes += message.bodySize;
    if (!message.message) {
        m_pagedOut++;
        m_pagedOutBytes += message.bodySize;
    }
}

void Queue::uncountReady(const QueuedMessage& message) {
    m_readyCount--;
    m_expiringReady -= message.expiresAtMs != 0;
    m_persistentReady -= message.storeSeq != 0 && !message.pagedTransient;
    m_readyBytes -= message.bodySize;
    if (!message.message) {
        m_pagedOut--;
        m_pagedOutBytes -= message.bodySize;
    }
}

bool Queue::shouldPageOut() const {
    // Once anything is paged out, later arrivals follow it, so the resident part stays the
    // head of the queue and paging in can go strictly in order.
    return m_pagedOut > 0 || m_readyCount - m_pagedOut >= ResidentCountLimit ||
           m_readyBytes - m_pagedOutBytes >= ResidentBytesLimit;
}

void Queue::pushReady(QueuedMessage message) {
    if (message.message && shouldPageOut())
        pageOut(message);
    countReady(message);
    laneFor(message.priority).push_back(std::move(message));
}

void Queue::pageOut(QueuedMessage& message) {
    if (message.storeSeq == 0) {
        // Written by the store's writer thread like every other record (encrypted, batched);
        // nothing waits for it, and a publisher's confirm for a transient message never did.
        MessagePersistence* persistence = m_vhost.persistence();
        const quint64 seq =
            persistence ? persistence->pageOut(m_vhost, *this, *message.message) : 0;
        if (seq == 0)
            return; // no store, or it refused the message: it stays in memory
        message.storeSeq = seq;
        message.pagedTransient = true;
        m_pagedTransient = true;
    }
    message.message.reset(); // only its place in line stays here
}

std::optional<QueuedMessage> Queue::popReady(NeedBody needBody) {
    for (auto lane = m_lanes.rbegin(); lane != m_lanes.rend(); ++lane) {
        if (lane->empty())
            continue;
        if (!lane->front().message && needBody == NeedBody::Yes) {
            pageIn(PageIn::Ahead);
            return std::nullopt;
        }
        QueuedMessage message = std::move(lane->front());
        lane->pop_front();
        uncountReady(message);
        if (m_pagedOut > 0 && m_readyCount - m_pagedOut < ResidentCountLimit / 2 &&
            m_readyBytes - m_pagedOutBytes < ResidentBytesLimit / 2)
            pageIn(PageIn::Ahead);
        return message;
    }
    return std::nullopt;
}

bool Queue::headResident() {
    for (auto lane = m_lanes.rbegin(); lane != m_lanes.rend(); ++lane) {
        if (lane->empty())
            continue;
        if (lane->front().message)
            return true;
        pageIn(PageIn::Ahead);
        return false;
    }
    return false;
}

void Queue::pageIn(PageIn mode) {
    MessagePersistence* persistence = m_vhost.persistence();
    if (m_pagedOut == 0 || !persistence || (mode == PageIn::Ahead && m_pageInFlight))
        return;
    for (size_t laneIndex = m_lanes.size(); laneIndex-- > 0;) {
        auto& lane = m_lanes[laneIndex];
        const auto first = std::find_if(lane.begin(), lane.end(),
                                        [](const QueuedMessage& m) { return !m.message; });
        if (first == lane.end())
            continue;
        quint64 bytes = 0;
        int count = 0;
        for (auto it = first; it != lane.end() && count < PageInCount && bytes < PageInBytes;
             ++it) {
            bytes += it->bodySize;
            ++count;
        }
        const quint64 after = first->storeSeq - 1;
        if (mode == PageIn::Now) {
            refill(lane, persistence->load(m_vhost, *this, after, count));
            return;
        }
        m_pageInFlight = true;
        persistence->fetch(m_vhost, *this, after, count,
                           [self = std::weak_ptr<Queue*>(m_self),
                            laneIndex](MessagePersistence::PagedMessages loaded) {
                               const auto alive = self.lock();
                               if (!alive)
                                   return;
                               Queue& queue = **alive;
                               queue.m_pageInFlight = false;
                               if (queue.m_deleted)
                                   return;
                               if (loaded.empty()) {
                                   // A failed read is retried by the next demand, an expired
                                   // head's included.
                                   queue.scheduleExpiry();
                                   return;
                               }
                               queue.refill(queue.m_lanes[laneIndex], std::move(loaded));
                               queue.dispatch();
                           });
        return;
    }
}

void Queue::refill(std::deque<QueuedMessage>& lane,
                   std::vector<std::pair<quint64, MessagePtr>> loaded) {
    if (loaded.empty())
        return;
    // Both are in store order. The answer covers every stored message of this queue in
    // (after, highest]; one of ours in that range that is missing never reached the disk (its
    // publisher was refused), so it cannot be delivered and leaves the queue.
    const quint64 highest = loaded.back().first;
    auto next = loaded.begin();
    for (auto it = lane.begin(); it != lane.end();) {
        if (it->message || it->storeSeq == 0) {
            ++it;
            continue;
        }
        if (it->storeSeq > highest)
            break;
        while (next != loaded.end() && next->first < it->storeSeq)
            ++next;
        if (next != loaded.end() && next->first == it->storeSeq) {
            m_pagedOut--;
            m_pagedOutBytes -= it->bodySize;
            it->message = std::move(next->second);
            ++it;
            continue;
        }
        uncountReady(*it);
        it = lane.erase(it);
    }
    scheduleExpiry();
}

void Queue::insertInOrder(QueuedMessage message) {
    auto& lane = laneFor(message.priority);
    auto at = std::upper_bound(lane.begin(), lane.end(), message.id,
                               [](quint64 id, const QueuedMessage& m) { return id < m.id; });
    countReady(message);
    lane.insert(at, std::move(message));
}

bool Queue::overLimitWith(qsizetype extraBytes) const {
    const quint64 count = m_readyCount + (extraBytes >= 0 ? 1 : 0);
    const quint64 bytes = m_readyBytes + quint64(std::max<qsizetype>(extraBytes, 0));
    return (m_parsed.maxLength && count > quint64(*m_parsed.maxLength)) ||
           (m_parsed.maxLengthBytes && bytes > quint64(*m_parsed.maxLengthBytes));
}

bool Queue::accepts(const Message& message) const {
    return !m_deleted && (m_parsed.overflow == QueueArguments::Overflow::DropHead ||
                          !overLimitWith(message.body.size()));
}

void Queue::forget(const QueuedMessage& message) {
    if (message.storeSeq != 0)
        m_vhost.messageRemoved(*this, message.storeSeq);
}

void Queue::handOver(Consumer* consumer, QueuedMessage& message) {
    m_stats.delivered++;
    m_stats.redelivered += message.redelivered;
    if (consumer->ackRequired()) {
        if (message.storeSeq != 0 && !message.pagedTransient)
            m_vhost.messageDelivered(*this, message.storeSeq);
        m_unacked.emplace(message.id, message);
    } else {
        forget(message);
    }
    consumer->deliver(*this, message);
}

qint64 Queue::expiryFor(const Message& message) const {
    // The effective TTL is the lower of the queue's and the message's (RabbitMQ's TTL guide).
    std::optional<qint64> ttl = m_parsed.messageTtlMs;
    if (const auto perMessage = message.properties.ttlMs; perMessage && *perMessage >= 0)
        ttl = ttl ? std::min(*ttl, *perMessage) : *perMessage;
    const auto deadline = message.properties.absoluteExpiryMs;
    if (!ttl && !deadline)
        return 0; // most messages: no clock read on the publish path
    const qint64 now = nowMs();
    qint64 expiresAt = ttl ? now + *ttl : 0;
    // An absolute deadline (AMQP 1.0, JMS) applies too; one already past expires at once.
    if (deadline)
        expiresAt =
            expiresAt ? std::min(expiresAt, std::max(*deadline, now)) : std::max(*deadline, now);
    return expiresAt;
}

void Queue::restore(const MessagePtr& message, quint64 storeSeq, bool redelivered) {
    QueuedMessage queued;
    // Recovered messages start their TTL again from the restart: the store keeps no per-queue
    // expiry yet, and never expiring would be worse.
    queued.expiresAtMs = expiryFor(*message);
    queued.message = message;
    queued.bodySize = quint32(message->body.size());
    queued.id = m_nextId++;
    queued.storeSeq = storeSeq;
    queued.redelivered = redelivered;
    if (m_parsed.maxPriority > 0 && message->properties.priority)
        queued.priority = std::min(*message->properties.priority, m_parsed.maxPriority);
    pushReady(std::move(queued));
    scheduleExpiry();
}

Queue::PublishResult Queue::publish(const MessagePtr& message, quint64 storeSeq) {
    if (m_deleted)
        return PublishResult::Rejected;
    QueuedMessage queued;
    queued.message = message;
    queued.bodySize = quint32(message->body.size());
    queued.id = m_nextId++;
    queued.storeSeq = storeSeq;
    if (m_parsed.maxPriority > 0 && message->properties.priority)
        queued.priority = std::min(*message->properties.priority, m_parsed.maxPriority);
    queued.expiresAtMs = expiryFor(*message);

    if (m_parsed.overflow != QueueArguments::Overflow::DropHead &&
        overLimitWith(message->body.size())) {
        if (m_parsed.overflow == QueueArguments::Overflow::RejectPublishDlx)
            deadLetter(std::move(queued), DeadLetterReason::MaxLength);
        return PublishResult::Rejected;
    }
    m_stats.published++;

    // Fast path: nothing waiting, so a consumer with credit takes it at once. This is also
    // what lets a message with TTL 0 reach a waiting consumer instead of expiring.
    if (m_readyCount == 0 && !m_dispatching) {
        if (Consumer* consumer = pickConsumer()) {
            handOver(consumer, queued);
            return PublishResult::Enqueued;
        }
    }
    pushReady(std::move(queued));
    enforceLimits();
    dispatch();
    dropExpiredHeads();
    scheduleExpiry();
    return PublishResult::Enqueued;
}

void Queue::enforceLimits() {
    while (m_readyCount > 0 && overLimitWith(-1)) {
        // Only a message that is dead-lettered needs its body.
        const bool needBody = m_parsed.deadLetterExchange.has_value();
        if (needBody && !headResident())
            pageIn(PageIn::Now);
        auto head = popReady(needBody ? NeedBody::Yes : NeedBody::No);
        if (!head)
            break; // the store could not give it back; try again on the next publish
        deadLetter(std::move(*head), DeadLetterReason::MaxLength);
    }
}

void Queue::dropExpiredHeads() {
    if (m_expiringReady != 0)
        dropExpiredHeads(nowMs());
}

void Queue::dropExpiredHeads(qint64 now) {
    // Like RabbitMQ's classic queues, only messages at the head expire: with one queue TTL
    // that is exact, and per-message TTLs behind a longer-lived head wait for it.
    if (m_expiringReady == 0)
        return;
    for (auto lane = m_lanes.rbegin(); lane != m_lanes.rend(); ++lane) {
        while (!lane->empty() && lane->front().expiresAtMs != 0 &&
               lane->front().expiresAtMs <= now) {
            if (!lane->front().message && m_parsed.deadLetterExchange) {
                pageIn(PageIn::Ahead); // dead-lettered when its body is back
                break;
            }
            QueuedMessage message = std::move(lane->front());
            lane->pop_front();
            uncountReady(message);
            deadLetter(std::move(message), DeadLetterReason::Expired);
        }
    }
}

void Queue::scheduleExpiry() {
    qint64 next = 0;
    if (m_expiringReady != 0) {
        for (const auto& lane : m_lanes) {
            if (lane.empty() || lane.front().expiresAtMs == 0)
                continue;
            // A paged-out head on its way back is looked at again when it arrives.
            if (!lane.front().message && m_pageInFlight)
                continue;
            next = next == 0 ? lane.front().expiresAtMs : std::min(next, lane.front().expiresAtMs);
        }
    }
    m_expiryDeadlineMs = next;
    updateDeadline();
}

void Queue::deadLetter(QueuedMessage message, DeadLetterReason reason) {
    forget(message);
    if (m_parsed.deadLetterExchange)
        m_vhost.deadLetter(*this, message.message, reason);
}

Consumer* Queue::pickConsumer() {
    if (m_consumers.empty())
        return nullptr;
    if (m_parsed.singleActiveConsumer) {
        Consumer* active = m_consumers.front();
        return active->canAccept() ? active : nullptr;
    }
    // Highest priority with credit wins; among equals, the one served longest ago (it is
    // moved to the back after each delivery).
    auto best = m_consumers.end();
    for (auto it = m_consumers.begin(); it != m_consumers.end(); ++it)
        if ((*it)->canAccept() &&
            (best == m_consumers.end() || (*it)->priority() > (*best)->priority()))
            best = it;
    if (best == m_consumers.end())
        return nullptr;
    Consumer* chosen = *best;
    m_consumers.erase(best);
    m_consumers.push_back(chosen);
    return chosen;
}

void Queue::dispatch() {
    if (m_dispatching || m_deleted)
        return;
    m_dispatching = true;
    dropExpiredHeads();
    while (m_readyCount > 0 && headResident()) {
        Consumer* consumer = pickConsumer();
        if (!consumer)
            break;
        auto message = popReady();
        handOver(consumer, *message);
        if (m_deleted)
            break;
        dropExpiredHeads();
    }
    m_dispatching = false;
    if (!m_deleted)
        scheduleExpiry();
}

std::vector<QueuedMessage> Queue::peek(size_t count) const {
    std::vector<QueuedMessage> out;
    out.reserve(std::min<quint64>(count, m_readyCount));
    for (auto lane = m_lanes.rbegin(); lane != m_lanes.rend() && out.size() < count; ++lane)
        for (auto it = lane->begin(); it != lane->end() && out.size() < count; ++it)
            out.push_back(*it);
    return out;
}

namespace {

// Each lane is in id order (insertInOrder keeps it so across requeues).
template <typename Lane> auto findInLane(Lane& lane, quint64 id) {
    auto at =
        std::lower_bound(lane.begin(), lane.end(), id,
                         [](const QueuedMessage& m, quint64 wanted) { return m.id < wanted; });
    return at != lane.end() && at->id == id ? at : lane.end();
}

} // namespace

const QueuedMessage* Queue::findReady(quint64 id) const {
    for (const auto& lane : m_lanes)
        if (auto at = findInLane(lane, id); at != lane.end())
            return &*at;
    return nullptr;
}

std::optional<QueuedMessage> Queue::takeReady(quint64 id) {
    for (auto& lane : m_lanes) {
        auto at = findInLane(lane, id);
        if (at == lane.end())
            continue;
        QueuedMessage taken = std::move(*at);
        lane.erase(at);
        uncountReady(taken);
        scheduleExpiry();
        return taken;
    }
    return std::nullopt;
}

void Queue::drop(const QueuedMessage& taken) {
    forget(taken);
}

void Queue::putBack(QueuedMessage taken) {
    if (m_deleted) {
        forget(taken);
        return;
    }
    insertInOrder(std::move(taken));
    scheduleExpiry();
    dispatch();
}

std::optional<QueuedMessage> Queue::get(bool ackRequired) {
    touch();
    dropExpiredHeads();
    if (!headResident())
        pageIn(PageIn::Now);
    auto message = popReady();
    if (!message)
        return std::nullopt;
    m_stats.delivered++;
    m_stats.redelivered += message->redelivered;
    if (ackRequired) {
        if (message->storeSeq != 0 && !message->pagedTransient)
            m_vhost.messageDelivered(*this, message->storeSeq);
        m_unacked.emplace(message->id, *message);
    } else {
        forget(*message);
    }
    scheduleExpiry();
    return message;
}

void Queue::ack(quint64 id) {
    auto it = m_unacked.find(id);
    if (it == m_unacked.end())
        return;
    forget(it->second);
    m_unacked.erase(it);
    m_stats.acked++;
}

void Queue::reject(quint64 id, bool requeue) {
    auto it = m_unacked.find(id);
    if (it == m_unacked.end())
        return;
    QueuedMessage message = std::move(it->second);
    m_unacked.erase(it);
    if (requeue) {
        message.redelivered = true;
        insertInOrder(std::move(message));
        dispatch();
    } else {
        deadLetter(std::move(message), DeadLetterReason::Rejected);
    }
}

void Queue::requeue(const std::vector<quint64>& ids) {
    for (quint64 id : ids) {
        auto it = m_unacked.find(id);
        if (it == m_unacked.end())
            continue;
        QueuedMessage message = std::move(it->second);
        m_unacked.erase(it);
        message.redelivered = true;
        insertInOrder(std::move(message));
    }
    if (!m_deleted)
        dispatch();
}

quint64 Queue::purge() {
    const quint64 count = m_readyCount;
    // Only ready messages go: delivered ones stay stored until they are acked.
    for (const auto& lane : m_lanes)
        for (const auto& message : lane)
            forget(message);
    for (auto& lane : m_lanes)
        lane.clear();
    m_readyCount = 0;
    m_expiringReady = 0;
    m_persistentReady = 0;
    m_readyBytes = 0;
    m_pagedOut = 0;
    m_pagedOutBytes = 0;
    scheduleExpiry();
    return count;
}

void Queue::addConsumer(Consumer* consumer) {
    m_consumers.push_back(consumer);
    m_hadConsumer = true;
    stopIdleTimer();
    dispatch();
}

void Queue::removeConsumer(Consumer* consumer) {
    auto it = std::find(m_consumers.begin(), m_consumers.end(), consumer);
    if (it == m_consumers.end())
        return;
    m_consumers.erase(it);
    if (!m_consumers.empty()) {
        dispatch(); // a single active consumer's successor takes over now
        return;
    }
    if (m_options.autoDelete && m_hadConsumer && !m_deleted) {
        m_vhost.autoDeleteQueue(*this);
        return;
    }
    restartIdleTimer();
}

bool Queue::hasExclusiveConsumer() const {
    return std::any_of(m_consumers.begin(), m_consumers.end(),
                       [](const Consumer* c) { return c->exclusive(); });
}

void Queue::touch() {
    if (m_consumers.empty())
        restartIdleTimer();
}

void Queue::restartIdleTimer() {
    if (!m_parsed.expiresMs || m_deleted)
        return;
    m_idleDeadlineMs = nowMs() + *m_parsed.expiresMs;
    updateDeadline();
}

void Queue::stopIdleTimer() {
    m_idleDeadlineMs = 0;
    updateDeadline();
}

void Queue::markDeleted(NotifyConsumers notify) {
    if (m_deleted)
        return;
    m_deleted = true;
    m_expiryDeadlineMs = 0;
    m_idleDeadlineMs = 0;
    updateDeadline();
    const auto consumers = std::move(m_consumers);
    m_consumers.clear();
    if (notify == NotifyConsumers::Yes)
        for (Consumer* consumer : consumers)
            consumer->cancelledByBroker(*this);
    for (auto& lane : m_lanes)
        lane.clear();
    m_readyCount = 0;
    m_expiringReady = 0;
    m_persistentReady = 0;
    m_readyBytes = 0;
    m_pagedOut = 0;
    m_pagedOutBytes = 0;
    m_unacked.clear();
}

} // namespace warren::core
