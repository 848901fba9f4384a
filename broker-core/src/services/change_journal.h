#pragma once

#include "core/change_observer.h"

#include <QString>

namespace warren::log {
class Logger;
}

namespace warren::services {

// Logs every change to the broker's objects — exchanges, queues, bindings, purges, moves, users,
// permissions, policies, vhosts — with who made it: a client over AMQP, a user of the HTTP API,
// the console, or the broker itself (auto-delete, x-expires, an exclusive queue's owner gone).
// One line per change, at info, under the category "change".
class ChangeJournal final : public core::ChangeObserver {
public:
    explicit ChangeJournal(log::Logger* logger)
        : m_logger(logger) {}

    // Who is making changes until the scope ends: "user 'guest' over AMQP", and the connection
    // the log line is about (empty for none). The broker runs on one thread, so one at a time.
    class Scope {
    public:
        Scope(ChangeJournal* journal, QString actor, QString connection = {});
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        ChangeJournal* m_journal;
        QString m_previousActor;
        QString m_previousConnection;
    };

    static QString amqpActor(const QString& user);
    static QString mqttActor(const QString& user);
    static QString httpActor(const QString& user, const QString& peer);
    static QString consoleActor();

    void exchangeDeclared(const core::Vhost& vhost, const core::Exchange& exchange) override;
    void exchangeDeleted(const core::Vhost& vhost, const QByteArray& name, Cause cause) override;
    void queueDeclared(const core::Vhost& vhost, const core::Queue& queue) override;
    void queueDeleted(const core::Vhost& vhost, const QByteArray& name, Cause cause) override;
    void bindingAdded(const core::Vhost& vhost, const core::Exchange& source,
                      const core::Binding& binding) override;
    void bindingRemoved(const core::Vhost& vhost, const core::Exchange& source,
                        const core::Binding& binding) override;

    void queuePurged(const QString& vhost, const QString& queue, quint64 messages);
    // `how`: "moved to exchange 'x'", "copied to …", "requeued to where they died".
    void messagesTransferred(const QString& vhost, const QString& queue, const QString& how,
                             quint64 messages);
    void userPut(const QString& user, bool created, const QStringList& tags);
    void userDeleted(const QString& user);
    void permissionsSet(const QString& user, const QString& vhost, const QString& configure,
                        const QString& write, const QString& read);
    void permissionsCleared(const QString& user, const QString& vhost);
    void topicPermissionsSet(const QString& user, const QString& vhost, const QString& exchange,
                             const QString& write, const QString& read);
    void topicPermissionsCleared(const QString& user, const QString& vhost,
                                 const QString& exchange);
    void policyPut(const QString& vhost, const QString& name, const QString& pattern,
                   const QString& applyTo);
    void policyDeleted(const QString& vhost, const QString& name);
    void vhostAdded(const QString& vhost);
    void vhostDeleted(const QString& vhost);

private:
    void record(const QString& what);

    log::Logger* m_logger;
    QString m_actor;
    QString m_connection;
};

} // namespace warren::services
