#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

// What ERROR frames say, word for word as RabbitMQ's STOMP plugin says it (its clients and
// their tests compare these): the `message` header, and a body that explains. Bodies quote
// as RabbitMQ's do ("SEND" in double quotes, names in single ones).
namespace warren::stomp::texts {

// An ERROR's `message` and body.
struct Refusal {
    QString message;
    QString detail;
};

Refusal notLoggedIn();
Refusal versionMismatch();
Refusal loginFailed(const QByteArray& user);
Refusal vhostDenied(const QByteArray& vhost);
Refusal nonLoopback();
Refusal alreadyConnected();
Refusal badCommand(const QByteArray& command);
Refusal missingDestination(const QByteArray& command);
Refusal blankDestination();
Refusal unknownDestination(const QByteArray& destination);
// `rest` is what follows the type's prefix; `type` RabbitMQ's name for it (queue, topic,
// exchange, amqqueue, temp_queue, reply_queue).
Refusal invalidDestination(const QByteArray& rest, const char* type);
Refusal notADestinationFor(const QByteArray& destination, const QByteArray& command);
Refusal messageIdOnSend();
Refusal durableWithoutId();
Refusal duplicateSubscription(const QByteArray& tag);
Refusal unsubscribeWithoutId();
Refusal unsubscribeTempQueue();
// `what` is "id='x'" or "destination='/queue/x'".
Refusal noSubscription(const QByteArray& what);
Refusal missingAckHeader(const QByteArray& command, const char* header);
Refusal invalidAckHeader(const QByteArray& command, const char* header);
Refusal ackWithoutSubscription(const QByteArray& id);
Refusal missingTransaction(const QByteArray& command);
Refusal badTransaction(const QByteArray& transaction);
// A header whose value is not what it must be (a number, a boolean, an ack mode).
Refusal processingError();
Refusal subscriptionCancelled(const QByteArray& what);
// The core's refusal as RabbitMQ's STOMP plugin reports an AMQP error: the error's name in
// lower case, and "NAME - text".
Refusal fromCore(const core::Error& error);
// Beyond a limit of the frame decoder or a stored message.
Refusal storeFailed();
Refusal shuttingDown(const QString& reason);

} // namespace warren::stomp::texts
