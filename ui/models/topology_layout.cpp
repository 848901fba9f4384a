#include "models/topology_layout.h"

#include "models/queue_features.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

int TopologyLayout::indexOf(const QString& name, bool isQueue) const {
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes[i].name == name && nodes[i].isQueue == isQueue)
            return i;
    return -1;
}

TopologyLayout layoutTopology(const warren::BrokerSnapshot& snapshot, const QString& vhost) {
    QList<const warren::BindingInfo*> bindings;
    QSet<QString> boundExchanges;
    for (const auto& binding : snapshot.bindings) {
        if (binding.vhost != vhost || binding.source.isEmpty())
            continue;
        bindings.append(&binding);
        boundExchanges.insert(binding.source);
        if (binding.destinationType != QLatin1String("queue"))
            boundExchanges.insert(binding.destination);
    }

    // Where each queue of the vhost sends its dead letters, if anywhere but the default exchange.
    QList<std::pair<const warren::QueueInfo*, QString>> deadLetterTargets;
    QHash<const warren::QueueInfo*, QString> deadLetterKeys;
    for (const auto& queue : snapshot.queues) {
        if (queue.vhost != vhost)
            continue;
        for (const auto& [name, value] : QueueFeatures::parseArguments(queue.arguments)) {
            if (name == QLatin1String("x-dead-letter-exchange") && !value.isEmpty()) {
                deadLetterTargets.append({&queue, value});
                boundExchanges.insert(value);
            } else if (name == QLatin1String("x-dead-letter-routing-key")) {
                deadLetterKeys.insert(&queue, value);
            }
        }
    }

    // Depth of each exchange: the longest chain of exchange-to-exchange bindings leading to it.
    // Bounded by the number of exchanges, so a cycle (legal in AMQP) cannot loop forever.
    QHash<QString, QString> exchangeTypes;
    for (const auto& exchange : snapshot.exchanges) {
        if (exchange.vhost != vhost || exchange.name.isEmpty())
            continue;
        if (exchange.name.startsWith(QLatin1String("amq.")) &&
            !boundExchanges.contains(exchange.name))
            continue;
        exchangeTypes.insert(exchange.name, exchange.type);
    }
    QHash<QString, int> depth;
    for (auto it = exchangeTypes.cbegin(); it != exchangeTypes.cend(); ++it)
        depth.insert(it.key(), 0);
    for (qsizetype round = 0; round < exchangeTypes.size(); ++round) {
        bool changed = false;
        for (const auto* binding : std::as_const(bindings)) {
            if (binding->destinationType == QLatin1String("queue") ||
                !depth.contains(binding->source) || !depth.contains(binding->destination))
                continue;
            const int wanted = depth.value(binding->source) + 1;
            if (depth.value(binding->destination) < wanted && wanted < int(exchangeTypes.size())) {
                depth[binding->destination] = wanted;
                changed = true;
            }
        }
        if (!changed)
            break;
    }

    TopologyLayout layout;
    int queueColumn = 0;
    for (int d : std::as_const(depth))
        queueColumn = std::max(queueColumn, d + 1);
    layout.columnCount = queueColumn + 1;

    QStringList exchangeNames = exchangeTypes.keys();
    exchangeNames.sort();
    for (const QString& name : std::as_const(exchangeNames))
        layout.nodes.append({name, false, exchangeTypes.value(name), depth.value(name), 0});
    QList<const warren::QueueInfo*> queues;
    for (const auto& queue : snapshot.queues)
        if (queue.vhost == vhost)
            queues.append(&queue);
    std::sort(queues.begin(), queues.end(),
              [](const auto* a, const auto* b) { return a->name < b->name; });
    for (const auto* queue : std::as_const(queues))
        layout.nodes.append({queue->name, true,
                             queue->durable
                                 ? QCoreApplication::translate("TopologyLayout", "durable")
                                 : QCoreApplication::translate("TopologyLayout", "transient"),
                             queueColumn, 0});

    QList<int> nextRow(layout.columnCount, 0);
    for (TopologyNode& node : layout.nodes)
        node.row = nextRow[node.column]++;

    for (const auto* binding : std::as_const(bindings)) {
        const bool toQueue = binding->destinationType == QLatin1String("queue");
        const int from = layout.indexOf(binding->source, false);
        const int to = layout.indexOf(binding->destination, toQueue);
        if (from >= 0 && to >= 0)
            layout.edges.append({from, to, binding->routingKey, binding->arguments, {}});
    }
    for (const auto& [queue, exchange] : std::as_const(deadLetterTargets)) {
        const int from = layout.indexOf(queue->name, true);
        const int to = layout.indexOf(exchange, false);
        if (from >= 0 && to >= 0) // a dead-letter exchange never declared drops them
            layout.deadLetters.append({from, to, deadLetterKeys.value(queue)});
    }
    // Slots for long edges, handed out in the order of their targets' rows so that edges
    // bound for higher rows pass higher and do not cross on the way.
    QList<int> longEdges;
    for (int i = 0; i < layout.edges.size(); ++i)
        if (layout.nodes[layout.edges[i].to].column - layout.nodes[layout.edges[i].from].column > 1)
            longEdges.append(i);
    std::stable_sort(longEdges.begin(), longEdges.end(), [&layout](int a, int b) {
        return layout.nodes[layout.edges[a].to].row < layout.nodes[layout.edges[b].to].row;
    });
    for (int i : std::as_const(longEdges)) {
        TopologyEdge& edge = layout.edges[i];
        for (int column = layout.nodes[edge.from].column + 1; column < layout.nodes[edge.to].column;
             ++column)
            edge.viaRows.append(nextRow[column]++);
    }
    return layout;
}
