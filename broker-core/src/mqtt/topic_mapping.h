#pragma once

#include <QByteArray>
#include <QByteArrayView>

// MQTT topics on an AMQP topic exchange, as RabbitMQ's MQTT plugin maps them: the level
// separators swap (`/` ↔ `.`), so that an AMQP publish to `amq.topic` with key `a.b.c` reaches
// an MQTT subscriber of `a/b/c`, and the single-level wildcard `+` becomes `*`.
namespace warren::mqtt {

QByteArray routingKeyOf(QByteArrayView topic);
QByteArray topicOf(QByteArrayView routingKey);
QByteArray bindingKeyOf(QByteArrayView filter);
QByteArray filterOf(QByteArrayView bindingKey);

// A topic name a client may publish to (§4.7.3): not empty, no wildcard.
bool isValidTopicName(QByteArrayView topic);
// A topic filter (§4.7.1): `#` only as the whole last level, `+` only as a whole level.
bool isValidTopicFilter(QByteArrayView filter);
// Whether `topic` matches `filter` (§4.7), including that a topic starting with `$` is not
// matched by a filter starting with a wildcard (§4.7.2).
bool topicMatches(QByteArrayView filter, QByteArrayView topic);

// `$share/GROUP/filter` (MQTT 5.0 §4.8.2): the group and the filter, when it is one.
struct SharedFilter {
    QByteArray group;
    QByteArray filter;
};
bool isSharedFilter(QByteArrayView filter);
// Empty group when `filter` is not a well-formed shared subscription.
SharedFilter parseSharedFilter(QByteArrayView filter);

} // namespace warren::mqtt
