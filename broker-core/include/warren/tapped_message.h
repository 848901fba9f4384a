#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <utility>

namespace warren {

// A copy of a message as it was published to an exchange the console taps. Nobody's queue
// loses it: the broker copies what it routes, so consumers see nothing of the tap.
struct TappedMessage {
    qint64 publishedAtMs = 0; // milliseconds since the epoch, when the broker routed it
    QString exchange;
    QString routingKey;
    QList<std::pair<QString, QString>> properties; // as PeekedMessage::properties
    QList<std::pair<QString, QString>> headers;    // name, value as text
    QByteArray body;                               // at most TapBatch::MaxBodyBytes of it
    qint64 bodySize = 0;                           // the whole body's size
    int routedQueues = 0;                          // how many queues it reached
};

// What a tap saw since its last batch. Batches arrive a few times a second while messages
// flow; a tap that cannot be kept up with drops messages and counts them instead of letting
// the broker's memory grow.
struct TapBatch {
    static constexpr qint64 MaxBodyBytes = 64 * 1024;
    static constexpr int MaxMessagesPerBatch = 2000;

    quint64 tapId = 0;
    QList<TappedMessage> messages;
    quint64 dropped = 0; // messages not copied since the last batch (too many, too fast)
    // Set when the tap could not start or has ended (exchange or vhost gone, broker
    // stopped); no batch follows one with an error.
    QString error;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::TapBatch)
