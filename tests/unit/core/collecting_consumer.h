#pragma once

#include "core/consumer.h"
#include "core/queue.h"

#include <QList>

// A consumer with unlimited credit and no acks that keeps the bodies it is given, in order.
class CollectingConsumer : public warren::core::Consumer {
public:
    bool canAccept() const override { return true; }
    void deliver(warren::core::Queue&, const warren::core::QueuedMessage& m) override {
        received.push_back(m.message->body);
    }
    void cancelledByBroker(warren::core::Queue&) override {}
    const QByteArray& tag() const override { return m_tag; }
    bool ackRequired() const override { return false; }
    int priority() const override { return 0; }
    quint64 connectionId() const override { return 1; }

    QList<QByteArray> received;

private:
    QByteArray m_tag = "c";
};
