#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <warren/tapped_message.h>

class QNetworkAccessManager;
class QNetworkRequest;
class QTimer;

// The live taps of a remote Warren, through its management API's /api/warren/taps: each starts
// with a POST, is polled with GET ?after= every refresh interval (one request at a time, never
// blocking) and is stopped with a DELETE. Batches come out as the embedded broker's do, under
// the console's tap ids; a failure ends the tap with a batch that carries the reason.
class RemoteTaps final : public QObject {
    Q_OBJECT
public:
    // The request for api/<segments…>?<query>, with the profile's credentials and TLS.
    using RequestFor =
        std::function<QNetworkRequest(const QStringList& segments, const QString& query)>;
    RemoteTaps(QNetworkAccessManager* network, RequestFor requestFor, QObject* parent = nullptr);
    ~RemoteTaps() override;

    // Batches come out under `tapId` (the console's: warren::newTapId()).
    void start(quint64 tapId, const QString& vhost, const std::optional<QString>& exchange);
    void stop(quint64 tapId);
    void setInterval(int ms);

    // A batch as it arrived (TappedMessage fields from the API's JSON), for `tapId`.
    static warren::TapBatch batchFromJson(quint64 tapId, const QJsonObject& json);

signals:
    void tapUpdated(const warren::TapBatch& batch);

private:
    struct Tap {
        QString remoteId; // empty until the POST is answered
        quint64 after = 0;
        QTimer* timer = nullptr;
    };
    using Done = std::function<void(int status, const QByteArray& body, const QString& failure)>;
    void send(const QByteArray& verb, const QStringList& segments, const QString& query,
              const QByteArray& body, Done done);
    void poll(quint64 tapId);
    void end(quint64 tapId, const QString& reason);

    QNetworkAccessManager* m_network;
    RequestFor m_requestFor;
    int m_intervalMs = 1000;
    QHash<quint64, Tap> m_taps;
};
