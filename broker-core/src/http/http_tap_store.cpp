#include "http/http_tap_store.h"

#include "core/vhost.h"
#include "services/message_tap_hub.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace warren::http {

namespace {

QJsonArray pairsAsJson(const QList<std::pair<QString, QString>>& pairs) {
    QJsonArray list; // in the broker's order, which an object would lose
    for (const auto& [name, value] : pairs)
        list.append(QJsonArray{name, value});
    return list;
}

QJsonObject messageAsJson(quint64 sequence, const TappedMessage& m) {
    return QJsonObject{{QStringLiteral("sequence"), double(sequence)},
                       {QStringLiteral("published_at"), double(m.publishedAtMs)},
                       {QStringLiteral("exchange"), m.exchange},
                       {QStringLiteral("routing_key"), m.routingKey},
                       {QStringLiteral("properties"), pairsAsJson(m.properties)},
                       {QStringLiteral("headers"), pairsAsJson(m.headers)},
                       {QStringLiteral("payload"), QString::fromLatin1(m.body.toBase64())},
                       {QStringLiteral("payload_encoding"), QStringLiteral("base64")},
                       {QStringLiteral("payload_bytes"), double(m.bodySize)},
                       {QStringLiteral("routed_queues"), m.routedQueues}};
}

} // namespace

HttpTapStore::HttpTapStore(services::MessageTapHub& hub, qint64 idleTimeoutMs)
    : m_hub(hub)
    , m_idleTimeoutMs(idleTimeoutMs)
    , m_expiry(std::make_unique<QTimer>()) {
    // A few checks per timeout: a forgotten tap goes within a quarter timeout of expiring.
    m_expiry->setInterval(int(std::clamp<qint64>(idleTimeoutMs / 4, 50, 5000)));
    QObject::connect(m_expiry.get(), &QTimer::timeout, m_expiry.get(), [this] { expireIdle(); });
}

// The hub's taps are ended by the broker stopping (MessageTapHub::endAll), before this goes.
HttpTapStore::~HttpTapStore() = default;

quint64 HttpTapStore::start(const QByteArray& user, const std::shared_ptr<core::Vhost>& vhost,
                            const std::optional<QByteArray>& exchange, QString* error) {
    const quint64 id = ++m_lastId;
    if (!m_hub.start(id, vhost, exchange, error))
        return 0;
    Tap tap;
    tap.owner = {user, vhost->name()};
    tap.lastPolledMs = QDateTime::currentMSecsSinceEpoch();
    m_taps.insert(id, std::move(tap));
    if (!m_expiry->isActive())
        m_expiry->start();
    return id;
}

std::optional<HttpTapStore::Owner> HttpTapStore::owner(quint64 tapId) const {
    const auto it = m_taps.constFind(tapId);
    return it == m_taps.cend() ? std::nullopt : std::optional(it->owner);
}

QJsonObject HttpTapStore::poll(quint64 tapId, quint64 after) {
    auto it = m_taps.find(tapId);
    if (it == m_taps.end())
        return {};
    Tap& tap = *it;
    tap.lastPolledMs = QDateTime::currentMSecsSinceEpoch();
    while (!tap.messages.empty() && tap.messages.front().first <= after)
        tap.messages.pop_front();
    QJsonArray messages;
    for (const auto& [sequence, message] : tap.messages)
        messages.append(messageAsJson(sequence, message));
    QJsonObject answer{{QStringLiteral("messages"), messages},
                       {QStringLiteral("next"), double(tap.lastSequence)},
                       {QStringLiteral("dropped"), double(tap.dropped)}};
    tap.dropped = 0;
    if (!tap.error.isEmpty()) {
        answer.insert(QStringLiteral("error"), tap.error);
        m_taps.erase(it); // the hub has already let it go
    }
    return answer;
}

void HttpTapStore::stop(quint64 tapId) {
    if (m_taps.remove(tapId) > 0)
        m_hub.stop(tapId);
}

void HttpTapStore::deliver(const TapBatch& batch) {
    auto it = m_taps.find(batch.tapId);
    if (it == m_taps.end())
        return;
    Tap& tap = *it;
    tap.dropped += batch.dropped;
    for (const TappedMessage& message : batch.messages) {
        // Kept until polled past; beyond one engine batch's worth, counted instead.
        if (tap.messages.size() >= size_t(TapBatch::MaxMessagesPerBatch)) {
            ++tap.dropped;
            continue;
        }
        tap.messages.emplace_back(++tap.lastSequence, message);
    }
    if (!batch.error.isEmpty())
        tap.error = batch.error;
}

void HttpTapStore::expireIdle() {
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    QList<quint64> idle;
    for (auto it = m_taps.cbegin(); it != m_taps.cend(); ++it)
        if (nowMs - it->lastPolledMs >= m_idleTimeoutMs)
            idle.append(it.key());
    for (quint64 id : idle)
        stop(id);
    if (m_taps.isEmpty())
        m_expiry->stop();
}

} // namespace warren::http
