#pragma once

#include <QList>
#include <QString>
#include <warren/snapshot.h>

// Where the topology graph of one vhost puts its nodes: exchanges in columns by how many
// exchange-to-exchange hops lead to them (sources first), queues in the last column, each
// column sorted by name. Pure data, so it is tested without drawing anything.
struct TopologyNode {
    QString name;
    bool isQueue = false;
    QString detail; // exchange type, or "durable"/"transient" (translated) for queues
    int column = 0;
    int row = 0;
};

struct TopologyEdge {
    int from = 0; // indexes into TopologyLayout::nodes
    int to = 0;
    QString routingKey;
    QString arguments;
    // An edge that skips columns passes through a free slot (a row below that column's
    // nodes) in each column between, so it never runs through another node's box.
    QList<int> viaRows; // one per column strictly between from's and to's
};

// A queue's dead letters go to an exchange (its x-dead-letter-exchange): not a binding, but a
// path messages take, drawn apart from the bindings.
struct TopologyDeadLetterLink {
    int queue = 0; // indexes into TopologyLayout::nodes
    int exchange = 0;
    QString routingKey; // x-dead-letter-routing-key; empty: the message's own keys
};

struct TopologyLayout {
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;
    QList<TopologyDeadLetterLink> deadLetters;
    int columnCount = 0;

    int indexOf(const QString& name, bool isQueue) const;
};

// The default exchange (whose bindings are implicit) is left out, and so are built-in amq.*
// exchanges nothing is bound to and no queue dead-letters to: they would only crowd the picture.
TopologyLayout layoutTopology(const warren::BrokerSnapshot& snapshot, const QString& vhost);
