#pragma once

#include <QByteArray>

namespace warren::core {

class Vhost;
class Exchange;
class Queue;
struct Binding;

// Told about every change to a vhost's exchanges, queues and bindings, durable or not, as it
// happens, so that each can be logged. (DefinitionObserver hears only what is stored.)
class ChangeObserver {
public:
    // Why an object went: asked for, or the broker's own rule.
    enum class Cause {
        Requested,
        AutoDelete, // its last consumer or binding went
        OwnerGone,  // an exclusive queue's connection closed
        Expired,    // x-expires
    };

    virtual ~ChangeObserver() = default;
    virtual void exchangeDeclared(const Vhost& vhost, const Exchange& exchange) = 0;
    virtual void exchangeDeleted(const Vhost& vhost, const QByteArray& name, Cause cause) = 0;
    virtual void queueDeclared(const Vhost& vhost, const Queue& queue) = 0;
    virtual void queueDeleted(const Vhost& vhost, const QByteArray& name, Cause cause) = 0;
    virtual void bindingAdded(const Vhost& vhost, const Exchange& source, const Binding& b) = 0;
    virtual void bindingRemoved(const Vhost& vhost, const Exchange& source, const Binding& b) = 0;
};

} // namespace warren::core
