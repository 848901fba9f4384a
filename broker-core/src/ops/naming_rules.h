#pragma once

#include <QByteArrayView>
#include <QStringView>

// The names a client may give the queues and exchanges it makes. Each front end asks here and
// words the refusal in its own protocol (AMQP 0-9-1's 403 texts, the management API's 401,
// the console's sentence), so the rule itself cannot drift between them.
namespace warren::ops {

enum class NameUse {
    Ordinary, // a name a client may declare
    Empty,    // the default exchange's name, or "let the server name the queue" in AMQP
    Reserved, // RabbitMQ keeps "amq." for the broker's own exchanges and server-named queues
};

NameUse nameUse(QByteArrayView name);
NameUse nameUse(QStringView name);

// Whether the name is the broker's own (empty or "amq."): not to be made, deleted or exported
// by clients.
inline bool isBrokerName(QByteArrayView name) {
    return nameUse(name) != NameUse::Ordinary;
}
inline bool isBrokerName(QStringView name) {
    return nameUse(name) != NameUse::Ordinary;
}

} // namespace warren::ops
