#include "services/change_journal.h"

#include "core/exchange.h"
#include "core/queue.h"
#include "core/vhost.h"
#include "log/logger.h"

#include <QStringList>

namespace warren::services {

namespace {

QString text(const QByteArray& name) {
    return QString::fromUtf8(name);
}

QString flags(const QStringList& set) {
    return set.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(set.join(QStringLiteral(", ")));
}

QString bindingText(const core::Vhost& vhost, const core::Exchange& source,
                    const core::Binding& binding) {
    const QString destination =
        binding.queue ? QStringLiteral("queue '%1'").arg(text(binding.queue->name()))
                      : QStringLiteral("exchange '%1'").arg(text(binding.exchange->name()));
    return QStringLiteral("from exchange '%1' to %2 with routing key '%3'%4 in vhost '%5'")
        .arg(text(source.name()), destination, text(binding.routingKey),
             binding.arguments.empty() ? QString() : QStringLiteral(" and arguments"),
             text(vhost.name()));
}

QString causeText(core::ChangeObserver::Cause cause) {
    switch (cause) {
    case core::ChangeObserver::Cause::Requested:
        return QStringLiteral("deleted");
    case core::ChangeObserver::Cause::AutoDelete:
        return QStringLiteral("auto-deleted");
    case core::ChangeObserver::Cause::OwnerGone:
        return QStringLiteral("deleted with its exclusive owner's connection");
    case core::ChangeObserver::Cause::Expired:
        return QStringLiteral("deleted: unused for its x-expires");
    }
    return QStringLiteral("deleted");
}

} // namespace

ChangeJournal::Scope::Scope(ChangeJournal* journal, QString actor, QString connection)
    : m_journal(journal) {
    if (!m_journal)
        return;
    m_previousActor = std::exchange(m_journal->m_actor, std::move(actor));
    m_previousConnection = std::exchange(m_journal->m_connection, std::move(connection));
}

ChangeJournal::Scope::~Scope() {
    if (!m_journal)
        return;
    m_journal->m_actor = std::move(m_previousActor);
    m_journal->m_connection = std::move(m_previousConnection);
}

QString ChangeJournal::amqpActor(const QString& user) {
    return QStringLiteral("user '%1' over AMQP").arg(user);
}

QString ChangeJournal::mqttActor(const QString& user) {
    return QStringLiteral("user '%1' over MQTT").arg(user);
}

QString ChangeJournal::httpActor(const QString& user, const QString& peer) {
    return QStringLiteral("user '%1' over the HTTP API from %2").arg(user, peer);
}

QString ChangeJournal::consoleActor() {
    return QStringLiteral("the console");
}

void ChangeJournal::record(const QString& what) {
    if (!m_logger)
        return;
    // A change the broker makes by its own rules (auto-delete, expiry) names no actor unless it
    // happened while one was acting (the cancel that left a queue without consumers).
    m_logger->log(LogLevel::Info, QStringLiteral("change"), m_connection,
                  m_actor.isEmpty() ? what : QStringLiteral("%1 by %2").arg(what, m_actor));
}

void ChangeJournal::exchangeDeclared(const core::Vhost& vhost, const core::Exchange& exchange) {
    QStringList set;
    if (exchange.options().durable)
        set << QStringLiteral("durable");
    if (exchange.options().autoDelete)
        set << QStringLiteral("auto-delete");
    if (exchange.options().internal)
        set << QStringLiteral("internal");
    record(QStringLiteral("exchange '%1' of type %2 declared in vhost '%3'%4")
               .arg(text(exchange.name()), text(core::exchangeTypeName(exchange.type())),
                    text(vhost.name()), flags(set)));
}

void ChangeJournal::exchangeDeleted(const core::Vhost& vhost, const QByteArray& name, Cause cause) {
    record(QStringLiteral("exchange '%1' in vhost '%2' %3")
               .arg(text(name), text(vhost.name()), causeText(cause)));
}

void ChangeJournal::queueDeclared(const core::Vhost& vhost, const core::Queue& queue) {
    QStringList set;
    if (queue.options().durable)
        set << QStringLiteral("durable");
    if (queue.options().exclusive)
        set << QStringLiteral("exclusive");
    if (queue.options().autoDelete)
        set << QStringLiteral("auto-delete");
    if (!queue.arguments().empty())
        set << QStringLiteral("with arguments");
    record(QStringLiteral("queue '%1' declared in vhost '%2'%3")
               .arg(text(queue.name()), text(vhost.name()), flags(set)));
}

void ChangeJournal::queueDeleted(const core::Vhost& vhost, const QByteArray& name, Cause cause) {
    record(QStringLiteral("queue '%1' in vhost '%2' %3")
               .arg(text(name), text(vhost.name()), causeText(cause)));
}

void ChangeJournal::bindingAdded(const core::Vhost& vhost, const core::Exchange& source,
                                 const core::Binding& binding) {
    record(QStringLiteral("binding added %1").arg(bindingText(vhost, source, binding)));
}

void ChangeJournal::bindingRemoved(const core::Vhost& vhost, const core::Exchange& source,
                                   const core::Binding& binding) {
    record(QStringLiteral("binding removed %1").arg(bindingText(vhost, source, binding)));
}

void ChangeJournal::queuePurged(const QString& vhost, const QString& queue, quint64 messages) {
    record(QStringLiteral("queue '%1' in vhost '%2' purged of %3 messages")
               .arg(queue, vhost)
               .arg(messages));
}

void ChangeJournal::messagesTransferred(const QString& vhost, const QString& queue,
                                        const QString& how, quint64 messages) {
    record(QStringLiteral("%1 messages of queue '%2' in vhost '%3' %4")
               .arg(messages)
               .arg(queue, vhost, how));
}

void ChangeJournal::userPut(const QString& user, bool created, const QStringList& tags) {
    record(QStringLiteral("user '%1' %2 with tags [%3]")
               .arg(user, created ? QStringLiteral("created") : QStringLiteral("updated"),
                    tags.join(QStringLiteral(", "))));
}

void ChangeJournal::userDeleted(const QString& user) {
    record(QStringLiteral("user '%1' deleted").arg(user));
}

void ChangeJournal::permissionsSet(const QString& user, const QString& vhost,
                                   const QString& configure, const QString& write,
                                   const QString& read) {
    record(QStringLiteral("permissions of user '%1' in vhost '%2' set to configure '%3', write "
                          "'%4', read '%5'")
               .arg(user, vhost, configure, write, read));
}

void ChangeJournal::permissionsCleared(const QString& user, const QString& vhost) {
    record(QStringLiteral("permissions of user '%1' in vhost '%2' cleared").arg(user, vhost));
}

void ChangeJournal::topicPermissionsSet(const QString& user, const QString& vhost,
                                        const QString& exchange, const QString& write,
                                        const QString& read) {
    record(QStringLiteral("topic permissions of user '%1' in vhost '%2' on exchange '%3' set to "
                          "write '%4', read '%5'")
               .arg(user, vhost, exchange, write, read));
}

void ChangeJournal::topicPermissionsCleared(const QString& user, const QString& vhost,
                                            const QString& exchange) {
    record(QStringLiteral("topic permissions of user '%1' in vhost '%2' on exchange '%3' cleared")
               .arg(user, vhost, exchange));
}

void ChangeJournal::policyPut(const QString& vhost, const QString& name, const QString& pattern,
                              const QString& applyTo) {
    record(QStringLiteral("policy '%1' in vhost '%2' set for %3 matching '%4'")
               .arg(name, vhost, applyTo, pattern));
}

void ChangeJournal::policyDeleted(const QString& vhost, const QString& name) {
    record(QStringLiteral("policy '%1' in vhost '%2' deleted").arg(name, vhost));
}

void ChangeJournal::vhostAdded(const QString& vhost) {
    record(QStringLiteral("vhost '%1' added").arg(vhost));
}

void ChangeJournal::vhostDeleted(const QString& vhost) {
    record(QStringLiteral("vhost '%1' deleted").arg(vhost));
}

} // namespace warren::services
