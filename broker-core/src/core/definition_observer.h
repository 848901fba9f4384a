#pragma once

#include <QByteArray>

namespace warren::core {

class Vhost;
class Exchange;
class Queue;
struct Binding;

// Told about changes to durable definitions (durable exchanges, durable non-exclusive queues,
// bindings between durable objects), so they can be stored. The core does not know where.
class DefinitionObserver {
public:
    virtual ~DefinitionObserver() = default;
    virtual void exchangeAdded(const Vhost& vhost, const Exchange& exchange) = 0;
    virtual void exchangeRemoved(const Vhost& vhost, const QByteArray& name) = 0;
    virtual void queueAdded(const Vhost& vhost, const Queue& queue) = 0;
    virtual void queueRemoved(const Vhost& vhost, const QByteArray& name) = 0;
    virtual void bindingAdded(const Vhost& vhost, const Exchange& source, const Binding& b) = 0;
    virtual void bindingRemoved(const Vhost& vhost, const Exchange& source, const Binding& b) = 0;
};

} // namespace warren::core
