#pragma once

#include "core/change_observer.h"
#include "core/clock.h"
#include "core/deadline_schedule.h"
#include "core/definition_observer.h"
#include "core/error.h"
#include "core/exchange.h"
#include "core/message_persistence.h"
#include "core/message_tap.h"
#include "core/queue.h"
#include "core/system_clock.h"

#include <QHash>
#include <memory>
#include <variant>

namespace warren::core {

// Result of routing one message: the queues it reached, and whether any refused it.
struct RouteResult {
    int routedQueues = 0;
    bool rejectedByQueue = false; // a queue with x-overflow reject-publish refused it
    bool awaitingCommit = false;  // the durable-commit callback given to publish() will run
};

// A virtual host: a namespace of exchanges, queues and bindings with the routing between them.
// It knows nothing of any wire protocol.
class Vhost {
public:
    // Message TTLs and x-expires read `clock`, which must outlive the vhost.
    explicit Vhost(QByteArray name, const Clock& clock = SystemClock::instance());
    ~Vhost();

    const QByteArray& name() const { return m_name; }
    const Clock& clock() const { return m_clock; }
    // Durable definitions are reported here as they change (nullptr: nobody listens).
    void setObserver(DefinitionObserver* observer) { m_observer = observer; }
    // Every change, durable or not, is reported here (nullptr: nobody listens).
    void setChangeObserver(ChangeObserver* observer) { m_changes = observer; }
    // Persistent messages in durable queues are stored here (nullptr: memory only).
    void setPersistence(MessagePersistence* persistence) { m_persistence = persistence; }
    MessagePersistence* persistence() const { return m_persistence; }
    // Messages published here are shown to `tap` while it wants them (nullptr: no tap).
    void setTap(MessageTap* tap) { m_tap = tap; }

    std::shared_ptr<Exchange> exchange(const QByteArray& name) const;
    std::shared_ptr<Queue> queue(const QByteArray& name) const;
    const QHash<QByteArray, std::shared_ptr<Exchange>>& exchanges() const { return m_exchanges; }
    const QHash<QByteArray, std::shared_ptr<Queue>>& queues() const { return m_queues; }

    struct ExchangeDeclaration {
        QByteArray name;
        QByteArray type;
        Exchange::Options options;
        FieldTable arguments;
    };
    std::variant<std::shared_ptr<Exchange>, Error> declareExchange(const ExchangeDeclaration& d);
    std::optional<Error> deleteExchange(const QByteArray& name, bool ifUnused);

    struct QueueDeclaration {
        QByteArray name;
        Queue::Options options;
        FieldTable arguments;
    };
    std::variant<std::shared_ptr<Queue>, Error> declareQueue(const QueueDeclaration& d);
    // Deletes and returns how many ready messages went with it.
    std::variant<quint64, Error> deleteQueue(const QByteArray& name, bool ifUnused, bool ifEmpty);

    std::optional<Error> bindQueue(const QByteArray& queue, const QByteArray& exchange,
                                   const QByteArray& routingKey, const FieldTable& arguments);
    std::optional<Error> unbindQueue(const QByteArray& queue, const QByteArray& exchange,
                                     const QByteArray& routingKey, const FieldTable& arguments);
    std::optional<Error> bindExchange(const QByteArray& destination, const QByteArray& source,
                                      const QByteArray& routingKey, const FieldTable& arguments);
    std::optional<Error> unbindExchange(const QByteArray& destination, const QByteArray& source,
                                        const QByteArray& routingKey, const FieldTable& arguments);

    // Routes through the exchange (and e2e bindings, alternate exchanges) to queues.
    // The queues are appended to `queues`, without duplicates.
    void route(Exchange& exchange, const Message& message, std::vector<Queue*>& queues);
    // The same without counting it as a publish: "where would this message go?"
    // Returns the exchanges it passed through (bindings between exchanges, alternates).
    std::vector<Exchange*> resolveRoute(Exchange& exchange, const Message& message,
                                        std::vector<Queue*>& queues);
    // The same with these routing keys instead of the message's own (and its CC/BCC).
    std::vector<Exchange*> resolveRoute(Exchange& exchange, const Message& message,
                                        const std::vector<QByteArray>& routingKeys,
                                        std::vector<Queue*>& queues);
    // `durable` runs once the message is on disk when it went to durable queues as a
    // persistent message (RouteResult::awaitingCommit), with false if it could not be stored.
    RouteResult publish(Exchange& exchange, const MessagePtr& message,
                        std::function<void(bool)> durable = {});
    // Routed by these keys instead of the message's own: how the console sends a
    // dead-lettered message back with the keys its x-death entry recorded.
    RouteResult publish(Exchange& exchange, const MessagePtr& message,
                        const std::vector<QByteArray>& routingKeys,
                        std::function<void(bool)> durable = {});

    // RabbitMQ's policies in this vhost, by name. Setting or deleting one applies the change to
    // every queue and exchange at once; new ones get theirs when declared.
    const PolicyMap& policies() const { return m_policies; }
    const Policy* policy(const QByteArray& name) const;
    void putPolicy(const Policy& policy);
    bool deletePolicy(const QByteArray& name);

    // Timers: the queues' deadlines (head message TTLs, x-expires), kept in one schedule so
    // the broker runs a single timer for them all. `listener` hears of a new earliest deadline
    // (milliseconds since the epoch) as soon as there is one; later ones it learns from
    // nextDeadline() after runDeadlines().
    void setDeadlineListener(std::function<void(qint64 deadlineMs)> listener) {
        m_deadlineListener = std::move(listener);
    }
    // 0: none.
    qint64 nextDeadline() const { return m_deadlines.earliest(); }
    // Expires what is due now by the clock: messages at queue heads, unused queues.
    void runDeadlines();

    // Called by queues.
    void scheduleDeadline(const Queue& queue, qint64 deadlineMs);
    void deadLetter(Queue& from, const MessagePtr& message, DeadLetterReason reason);
    void messageDelivered(const Queue& queue, quint64 storeSeq) {
        if (m_persistence)
            m_persistence->delivered(*this, queue, storeSeq);
    }
    void messageRemoved(const Queue& queue, quint64 storeSeq) {
        if (m_persistence)
            m_persistence->removed(*this, queue, storeSeq);
    }
    void autoDeleteQueue(Queue& queue);
    void expireQueue(Queue& queue);

    // Exclusive queues go when their connection closes.
    void deleteExclusiveQueuesOf(quint64 connectionId);

    QString notFoundQueue(const QByteArray& name) const;
    // RabbitMQ's 405 text for an exclusive queue used from anywhere but its own connection.
    QString lockedQueue(const QByteArray& name) const;
    QString notFoundExchange(const QByteArray& name) const;

private:
    void removeQueue(const std::shared_ptr<Queue>& queue, ChangeObserver::Cause cause);
    void removeExchange(const std::shared_ptr<Exchange>& exchange, ChangeObserver::Cause cause);
    void maybeAutoDeleteExchange(Exchange* exchange);
    // Adds the binding unless it is there, and tells the observers.
    void addBinding(Exchange& source, const Binding& binding);
    void routeByKeys(Exchange& exchange, const Message& message,
                     const std::vector<QByteArray>& routingKeys, std::vector<Queue*>& queues);
    void routeInto(Exchange& exchange, const Message& message,
                   const std::vector<QByteArray>& routingKeys, std::vector<Queue*>& queues,
                   std::vector<Exchange*>& visited);

    static bool isDurable(const Queue& queue) {
        return queue.options().durable && !queue.options().exclusive;
    }
    bool bindingIsDurable(const Exchange& source, const Binding& binding) const;

    QByteArray m_name;
    const Clock& m_clock;
    // Before the queues: a queue leaves it as it goes.
    DeadlineSchedule m_deadlines;
    std::function<void(qint64)> m_deadlineListener;
    DefinitionObserver* m_observer = nullptr;
    ChangeObserver* m_changes = nullptr;
    MessagePersistence* m_persistence = nullptr;
    MessageTap* m_tap = nullptr;
    // Publishes to the queues, storing a persistent message for the durable ones first.
    RouteResult enqueue(const std::vector<Queue*>& queues, const MessagePtr& message,
                        std::function<void(bool)> durable);
    QHash<QByteArray, std::shared_ptr<Exchange>> m_exchanges;
    QHash<QByteArray, std::shared_ptr<Queue>> m_queues;
    PolicyMap m_policies;
    void reapplyPolicies();
};

} // namespace warren::core
