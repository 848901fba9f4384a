#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>

namespace warren {

// A copy of a message at the head of a queue, taken without consuming it: the queue keeps
// it in place, unchanged (no redelivered flag set, nothing reordered).
struct PeekedMessage {
    quint64 position = 0; // 1 = the next message a consumer would get
    // The queue's own id for it, stable while it waits: what moves and copies name, so they
    // act on exactly the messages the user saw even if the queue changed since the peek.
    quint64 id = 0;
    QString exchange;
    QString routingKey;
    bool redelivered = false;
    // Present properties by their AMQP names (content_type, delivery_mode, ...), as text.
    QList<std::pair<QString, QString>> properties;
    // With their types, as RabbitMQ's management API writes them in JSON: strings, numbers,
    // booleans, tables as objects, arrays (x-death), timestamps as seconds since the epoch.
    QList<std::pair<QString, QJsonValue>> headers;
    QByteArray body;
};

struct PeekResult {
    quint64 requestId = 0;
    QString vhost;
    QString queue;
    quint64 messagesReady = 0; // in the queue when peeked; may exceed messages.size()
    QList<PeekedMessage> messages;
    QString error; // one translated-free sentence when the peek failed (no such queue)
};

} // namespace warren

Q_DECLARE_METATYPE(warren::PeekResult)
