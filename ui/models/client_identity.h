#pragma once

#include <QHash>
#include <QString>
#include <warren/snapshot.h>

// Who is on the other end of a connection, in the words an operator looks for: the name the
// application gave its connection (AMQP client property connection_name, RabbitMQ's
// user_provided_name), the user it logged in as, and its client library with version
// ("pika 1.3.2"). Channels and consumers name only their connection; this is how their tables
// say which application they belong to.
struct ClientIdentity {
    QString application;
    QString user;
    QString library;

    static ClientIdentity of(const warren::ConnectionInfo& connection);
    // By connection name, for the rows that refer to a connection.
    static QHash<QString, ClientIdentity>
    byConnection(const QList<warren::ConnectionInfo>& connections);

    // Each item (a channel or consumer) paired with the identity of its connection's client:
    // Row is an aggregate of the item and a ClientIdentity.
    template <class Row, class Item>
    static QList<Row> attach(const QList<Item>& items,
                             const QList<warren::ConnectionInfo>& connections) {
        const QHash<QString, ClientIdentity> clients = byConnection(connections);
        QList<Row> rows;
        rows.reserve(items.size());
        for (const Item& item : items)
            rows.append({item, clients.value(item.connection)});
        return rows;
    }
};
