#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <utility>
#include <warren/snapshot.h>

// Why a route test reached a queue: the bindings that match the message on its way there, read
// from the broker's last snapshot. The broker answers where a message goes (it routes it as it
// would a real one); this answers which binding took it, which is what a user debugging a
// routing key wants to see. Matching follows AMQP 0-9-1's exchange types as RabbitMQ applies
// them: direct (equal keys), fanout (all), topic (`*` one word, `#` any number), headers
// (x-match all/any, x- arguments ignored), exchange-to-exchange bindings, alternate exchanges,
// and the CC/BCC headers' extra routing keys.
class RouteExplanation {
    Q_DECLARE_TR_FUNCTIONS(RouteExplanation)
public:
    struct Message {
        QString vhost;
        QString exchange; // "" is the default exchange
        QString routingKey;
        QList<std::pair<QString, QJsonValue>> headers;
    };

    RouteExplanation(const warren::BrokerSnapshot& snapshot, const Message& message);

    // "orders (topic) by order.# → audit", one line per way the message reaches `queue`;
    // empty if no binding in the snapshot explains it (the snapshot may be older than the test).
    QStringList pathsTo(const QString& queue) const;

    static bool topicMatches(const QString& pattern, const QString& routingKey);

private:
    struct Hop {
        QString exchange;
        QString via; // how this hop matched, as shown
    };
    void follow(const QString& exchange, QList<Hop> path, int depth);
    bool matches(const QString& type, const warren::BindingInfo& binding) const;
    QString describe(const QList<Hop>& path) const;

    const warren::BrokerSnapshot& m_snapshot;
    Message m_message;
    QStringList m_keys;                            // the routing key and any CC/BCC keys
    QList<std::pair<QString, QList<Hop>>> m_paths; // queue, hops to it
};
