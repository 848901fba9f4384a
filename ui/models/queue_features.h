#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <utility>
#include <warren/snapshot.h>

// The Queues table's Features column: RabbitMQ's management UI abbreviations (D, AD, Excl, TTL,
// Exp, Lim, DLX, Pri, SAC, Args), which operators already read, each with a tool tip naming it
// and giving its value.
class QueueFeatures {
    Q_DECLARE_TR_FUNCTIONS(QueueFeatures)
public:
    struct Badge {
        QString text;    // "TTL"
        QString toolTip; // "TTL: x-message-ttl = 60000 ms"
    };

    // In RabbitMQ's order: the declare flags, then the arguments it knows, then the rest.
    static QList<Badge> of(const warren::QueueInfo& queue);

    // A snapshot carries a queue's arguments only as the text it shows ("name: value, …");
    // this reads the pairs back. An item starts where ", " is followed by a name and ": ", so a
    // value with commas in it (an array) stays whole.
    static QList<std::pair<QString, QString>> parseArguments(const QString& summary);
};
