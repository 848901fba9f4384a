#include "backends/remote_taps.h"

#include "backends/management_json.h"
#include "backends/remote_http.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace {

QList<std::pair<QString, QString>> pairsFromJson(const QJsonValue& value) {
    QList<std::pair<QString, QString>> pairs;
    for (const QJsonValue& pair : value.toArray())
        pairs.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return pairs;
}

} // namespace

RemoteTaps::RemoteTaps(QNetworkAccessManager* network, RequestFor requestFor, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_requestFor(std::move(requestFor)) {}

RemoteTaps::~RemoteTaps() {
    // Taps still running are left to the broker's idle timeout: no answer could be awaited.
}

warren::TapBatch RemoteTaps::batchFromJson(quint64 tapId, const QJsonObject& json) {
    warren::TapBatch batch;
    batch.tapId = tapId;
    batch.dropped = quint64(json.value(QStringLiteral("dropped")).toDouble());
    batch.error = json.value(QStringLiteral("error")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject o = value.toObject();
        warren::TappedMessage m;
        m.publishedAtMs = qint64(o.value(QStringLiteral("published_at")).toDouble());
        m.exchange = o.value(QStringLiteral("exchange")).toString();
        m.routingKey = o.value(QStringLiteral("routing_key")).toString();
        m.properties = pairsFromJson(o.value(QStringLiteral("properties")));
        m.headers = pairsFromJson(o.value(QStringLiteral("headers")));
        m.body = QByteArray::fromBase64(o.value(QStringLiteral("payload")).toString().toLatin1());
        m.bodySize = qint64(o.value(QStringLiteral("payload_bytes")).toDouble());
        m.routedQueues = o.value(QStringLiteral("routed_queues")).toInt();
        batch.messages.append(m);
    }
    return batch;
}

void RemoteTaps::setInterval(int ms) {
    m_intervalMs = ms;
}

void RemoteTaps::start(quint64 id, const QString& vhost, const std::optional<QString>& exchange) {
    Tap tap;
    tap.timer = new QTimer(this);
    tap.timer->setSingleShot(true);
    connect(tap.timer, &QTimer::timeout, this, [this, id] { poll(id); });
    m_taps.insert(id, tap);
    QJsonObject body{{QStringLiteral("vhost"), vhost}};
    if (exchange)
        body.insert(QStringLiteral("exchange"), *exchange);
    send("POST", {QStringLiteral("warren"), QStringLiteral("taps")}, {},
         QJsonDocument(body).toJson(QJsonDocument::Compact),
         [this, id](int, const QByteArray& answer, const QString& failure) {
             const QString remoteId =
                 QJsonDocument::fromJson(answer).object().value(QStringLiteral("id")).toString();
             auto it = m_taps.find(id);
             if (it == m_taps.end()) {
                 // Stopped before the broker said it had started: stop it there too.
                 if (!remoteId.isEmpty())
                     send("DELETE", {QStringLiteral("warren"), QStringLiteral("taps"), remoteId},
                          {}, {}, [](int, const QByteArray&, const QString&) {});
                 return;
             }
             if (!failure.isEmpty() || remoteId.isEmpty()) {
                 end(id, failure.isEmpty() ? tr("the broker did not start the tap") : failure);
                 return;
             }
             it->remoteId = remoteId;
             it->timer->start(m_intervalMs);
         });
}

void RemoteTaps::poll(quint64 tapId) {
    const auto it = m_taps.constFind(tapId);
    if (it == m_taps.cend())
        return;
    send("GET", {QStringLiteral("warren"), QStringLiteral("taps"), it->remoteId},
         QStringLiteral("after=%1").arg(it->after), {},
         [this, tapId](int, const QByteArray& answer, const QString& failure) {
             auto tap = m_taps.find(tapId);
             if (tap == m_taps.end())
                 return; // stopped while the answer was on its way
             if (!failure.isEmpty()) {
                 end(tapId, failure);
                 return;
             }
             const QJsonObject json = QJsonDocument::fromJson(answer).object();
             tap->after = quint64(json.value(QStringLiteral("next")).toDouble());
             const warren::TapBatch batch = batchFromJson(tapId, json);
             if (!batch.error.isEmpty()) {
                 delete tap->timer;
                 m_taps.erase(tap); // the broker has ended it
             } else {
                 tap->timer->start(m_intervalMs);
             }
             if (!batch.messages.isEmpty() || batch.dropped > 0 || !batch.error.isEmpty())
                 emit tapUpdated(batch);
         });
}

void RemoteTaps::stop(quint64 tapId) {
    const auto it = m_taps.constFind(tapId);
    if (it == m_taps.cend())
        return;
    const QString remoteId = it->remoteId;
    delete it->timer;
    m_taps.erase(it);
    if (!remoteId.isEmpty())
        send("DELETE", {QStringLiteral("warren"), QStringLiteral("taps"), remoteId}, {}, {},
             [](int, const QByteArray&, const QString&) {});
}

void RemoteTaps::end(quint64 tapId, const QString& reason) {
    const auto it = m_taps.constFind(tapId);
    if (it == m_taps.cend())
        return;
    delete it->timer;
    m_taps.erase(it);
    warren::TapBatch last;
    last.tapId = tapId;
    last.error = reason;
    emit tapUpdated(last);
}

void RemoteTaps::send(const QByteArray& verb, const QStringList& segments, const QString& query,
                      const QByteArray& body, Done done) {
    QNetworkReply* reply = m_network->sendCustomRequest(m_requestFor(segments, query), verb, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        QString failure = remote_http::transportFailure(reply, status);
        if (failure.isEmpty() && status >= 400)
            failure = management_json::errorReason(bytes, status);
        done(status, bytes, failure);
    });
}
