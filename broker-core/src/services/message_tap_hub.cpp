#include "services/message_tap_hub.h"

#include "core/exchange.h"
#include "core/vhost.h"
#include "services/property_text.h"

#include <QDateTime>
#include <QTimer>

namespace warren::services {

namespace {

// Often enough that a tree of routing keys lights up as traffic arrives, rarely enough that
// a busy tap sends the console a few large batches instead of a stream of small ones.
constexpr int FlushIntervalMs = 200;

TappedMessage copyOf(const core::Exchange& exchange, const core::Message& message, int routedQueues,
                     qint64 nowMs) {
    TappedMessage copy;
    copy.publishedAtMs = nowMs;
    copy.exchange = QString::fromUtf8(exchange.name());
    copy.routingKey = QString::fromUtf8(message.routingKey);
    copy.properties = propertiesAsText(message.properties);
    copy.headers = headersAsText(message.properties);
    copy.bodySize = message.body.size();
    // Shares the body's bytes when it fits; cuts a copy of the head when it does not.
    copy.body = copy.bodySize <= TapBatch::MaxBodyBytes ? message.body
                                                        : message.body.left(TapBatch::MaxBodyBytes);
    copy.routedQueues = routedQueues;
    return copy;
}

} // namespace

MessageTapHub::MessageTapHub(QObject* timerOwner, Sink sink)
    : m_sink(std::move(sink))
    , m_flushTimer(new QTimer(timerOwner)) {
    m_flushTimer->setInterval(FlushIntervalMs);
    QObject::connect(m_flushTimer, &QTimer::timeout, m_flushTimer, [this] { flush(); });
}

MessageTapHub::~MessageTapHub() {
    // The timer belongs to its owner; stop it calling into a hub that is going away.
    QObject::disconnect(m_flushTimer, nullptr, nullptr, nullptr);
    for (auto it = m_taps.cbegin(); it != m_taps.cend(); ++it)
        if (auto vhost = it->vhost.lock())
            vhost->setTap(nullptr);
}

bool MessageTapHub::start(quint64 tapId, const std::shared_ptr<core::Vhost>& vhost,
                          const std::optional<QByteArray>& exchange, QString* error) {
    if (!vhost) {
        *error = QStringLiteral("no such vhost");
        return false;
    }
    if (exchange && !vhost->exchange(*exchange)) {
        *error = vhost->notFoundExchange(*exchange);
        return false;
    }
    Tap tap;
    tap.vhost = vhost;
    tap.vhostKey = vhost.get();
    tap.exchange = exchange;
    tap.pending.tapId = tapId;
    m_taps.insert(tapId, std::move(tap));
    vhost->setTap(this);
    updateWanted();
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
    return true;
}

void MessageTapHub::stop(quint64 tapId) {
    auto it = m_taps.find(tapId);
    if (it == m_taps.end())
        return;
    const auto vhost = it->vhost.lock();
    const core::Vhost* key = it->vhostKey;
    m_taps.erase(it);
    // The vhost keeps handing messages over only while some tap still watches it.
    bool stillWatched = false;
    for (const Tap& other : std::as_const(m_taps))
        stillWatched = stillWatched || other.vhostKey == key;
    if (vhost && !stillWatched)
        vhost->setTap(nullptr);
    updateWanted();
    if (m_taps.isEmpty())
        m_flushTimer->stop();
}

void MessageTapHub::end(quint64 tapId, const QString& reason) {
    auto it = m_taps.find(tapId);
    if (it == m_taps.end())
        return;
    TapBatch last = std::move(it->pending);
    last.error = reason;
    stop(tapId);
    m_sink(std::move(last));
}

void MessageTapHub::endAll(const QString& reason) {
    const auto ids = m_taps.keys();
    for (quint64 id : ids)
        end(id, reason);
}

void MessageTapHub::updateWanted() {
    setWanted(!m_taps.isEmpty());
}

void MessageTapHub::tapped(const core::Vhost& vhost, const core::Exchange& exchange,
                           const core::Message& message, int routedQueues) {
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (Tap& tap : m_taps) {
        if (tap.vhostKey != &vhost || (tap.exchange && *tap.exchange != exchange.name()))
            continue;
        if (tap.pending.messages.size() >= TapBatch::MaxMessagesPerBatch) {
            ++tap.pending.dropped;
            continue;
        }
        tap.pending.messages.append(copyOf(exchange, message, routedQueues, nowMs));
    }
}

void MessageTapHub::flush() {
    QList<std::pair<quint64, QString>> ended;
    for (auto it = m_taps.begin(); it != m_taps.end(); ++it) {
        const auto vhost = it->vhost.lock();
        if (!vhost) {
            ended.append({it.key(), QStringLiteral("the vhost was deleted")});
            continue;
        }
        if (it->exchange && !vhost->exchange(*it->exchange)) {
            ended.append({it.key(), vhost->notFoundExchange(*it->exchange)});
            continue;
        }
        if (it->pending.messages.isEmpty() && it->pending.dropped == 0)
            continue;
        TapBatch batch;
        batch.tapId = it.key();
        std::swap(batch, it->pending);
        it->pending.tapId = it.key();
        m_sink(std::move(batch));
    }
    for (const auto& [id, reason] : ended)
        end(id, reason);
}

} // namespace warren::services
