// RabbitMQ's definitions document: everything a broker is configured with, as RabbitMQ exports
// it (users with their password hashes, vhosts, permissions, topic permissions, policies, durable
// and transient non-exclusive queues, exchanges other than the built-in ones, and bindings other
// than the default exchange's), and the import of such a document. GET/POST /api/definitions
// (`rabbitmqadmin export`/`import`) and the console's "copy definitions" use it.

#include "ops/definitions_document.h"

#include "auth/user_database.h"
#include "core/exchange.h"
#include "core/field_json.h"
#include "core/queue.h"
#include "core/vhost.h"
#include "ops/naming_rules.h"
#include "ops/topic_permission_list.h"

#include <QJsonArray>
#include <QSet>
#include <memory>
#include <warren/version.h>

namespace warren::ops {

QJsonObject exportDefinitions(const services::BrokerContext& context) {
    QJsonArray users;
    for (const auto& u : context.users.users())
        users.append(
            QJsonObject{{QStringLiteral("name"), QString::fromUtf8(u.name)},
                        {QStringLiteral("password_hash"), QString::fromLatin1(u.passwordHash)},
                        {QStringLiteral("hashing_algorithm"),
                         auth::UserDatabase::hashingAlgorithm(u.passwordHash)},
                        {QStringLiteral("tags"), QJsonArray::fromStringList(u.tags)}});
    QJsonArray vhosts;
    QJsonArray queues;
    QJsonArray exchanges;
    QJsonArray bindings;
    QJsonArray policies;
    for (auto v = context.vhosts.cbegin(); v != context.vhosts.cend(); ++v) {
        const QString vhost = QString::fromUtf8(v.key());
        vhosts.append(QJsonObject{{QStringLiteral("name"), vhost}});
        for (const auto& [name, policy] : (*v)->policies()) {
            QJsonObject entry = policy.fields();
            entry.insert(QStringLiteral("vhost"), vhost);
            entry.insert(QStringLiteral("name"), QString::fromUtf8(name));
            policies.append(entry);
        }
        for (const auto& q : (*v)->queues()) {
            if (q->options().exclusive)
                continue; // bound to a connection: nothing to recreate elsewhere
            queues.append(QJsonObject{{QStringLiteral("name"), QString::fromUtf8(q->name())},
                                      {QStringLiteral("vhost"), vhost},
                                      {QStringLiteral("durable"), q->options().durable},
                                      {QStringLiteral("auto_delete"), q->options().autoDelete},
                                      {QStringLiteral("arguments"), toJson(q->arguments())}});
        }
        for (const auto& e : (*v)->exchanges()) {
            if (ops::isBrokerName(e->name()))
                continue;
            exchanges.append(QJsonObject{
                {QStringLiteral("name"), QString::fromUtf8(e->name())},
                {QStringLiteral("vhost"), vhost},
                {QStringLiteral("type"), QString::fromUtf8(core::exchangeTypeName(e->type()))},
                {QStringLiteral("durable"), e->options().durable},
                {QStringLiteral("auto_delete"), e->options().autoDelete},
                {QStringLiteral("internal"), e->options().internal},
                {QStringLiteral("arguments"), toJson(e->arguments())}});
            for (const core::Binding& b : e->bindings())
                bindings.append(
                    QJsonObject{{QStringLiteral("source"), QString::fromUtf8(e->name())},
                                {QStringLiteral("vhost"), vhost},
                                {QStringLiteral("destination"),
                                 QString::fromUtf8(b.queue ? b.queue->name() : b.exchange->name())},
                                {QStringLiteral("destination_type"),
                                 b.queue ? QStringLiteral("queue") : QStringLiteral("exchange")},
                                {QStringLiteral("routing_key"), QString::fromUtf8(b.routingKey)},
                                {QStringLiteral("arguments"), toJson(b.arguments)}});
        }
    }
    QJsonArray permissions;
    const auto& all = context.users.allPermissions();
    for (auto byUser = all.cbegin(); byUser != all.cend(); ++byUser)
        for (auto p = byUser->cbegin(); p != byUser->cend(); ++p)
            permissions.append(
                QJsonObject{{QStringLiteral("user"), QString::fromUtf8(byUser.key())},
                            {QStringLiteral("vhost"), QString::fromUtf8(p.key())},
                            {QStringLiteral("configure"), p->configureText},
                            {QStringLiteral("write"), p->writeText},
                            {QStringLiteral("read"), p->readText}});
    return QJsonObject{
        {QStringLiteral("rabbit_version"), rabbitmqVersion()},
        {QStringLiteral("rabbitmq_version"), rabbitmqVersion()},
        {QStringLiteral("product_name"), productName()},
        {QStringLiteral("product_version"), rabbitmqVersion()},
        {QStringLiteral("users"), users},
        {QStringLiteral("vhosts"), vhosts},
        {QStringLiteral("permissions"), permissions},
        {QStringLiteral("topic_permissions"), topicPermissionList(context.users, nullptr, nullptr)},
        {QStringLiteral("parameters"), QJsonArray()},
        {QStringLiteral("global_parameters"), QJsonArray()},
        {QStringLiteral("policies"), policies},
        {QStringLiteral("queues"), queues},
        {QStringLiteral("exchanges"), exchanges},
        {QStringLiteral("bindings"), bindings}};
}

void importDefinitions(const services::BrokerContext& context, const QJsonObject& body,
                       const ImportStep& step, std::function<void(const DefinitionsImport&)> done) {
    // Everything is applied now, in dependency order; the answer waits until every change has
    // reported back (durable ones once committed), and names the first refusal if any.
    struct Pending {
        int outstanding = 1; // released after everything is issued
        QString firstError;
        OperationResult::Error firstErrorKind = OperationResult::Error::None;
        int applied = 0;
        std::function<void(const DefinitionsImport&)> done;
    };
    auto list = [&body](const char* key) { return body.value(QLatin1String(key)).toArray(); };
    // RabbitMQ checks every object's vhost first and imports nothing when one is missing,
    // answering with the Erlang reason {no_such_vhost, Name} as a JSON list.
    QSet<QString> vhosts;
    for (const QJsonValue& v : list("vhosts"))
        vhosts.insert(v.toObject().value(QStringLiteral("name")).toString());
    for (const char* kind : {"policies", "queues", "exchanges", "bindings"})
        for (const QJsonValue& v : list(kind)) {
            const QString vhost = v.toObject().value(QStringLiteral("vhost")).toString();
            if (!vhosts.contains(vhost) && !context.vhost(vhost.toUtf8())) {
                done({0, {}, vhost});
                return;
            }
        }
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    auto finishOne = [pending] {
        if (--pending->outstanding > 0)
            return;
        pending->done({pending->applied, pending->firstError, {}, pending->firstErrorKind});
    };
    auto track = [pending, finishOne](const QString& what) {
        ++pending->outstanding;
        return [pending, finishOne, what](const OperationResult& result) {
            if (result.error.isEmpty())
                ++pending->applied;
            else if (pending->firstError.isEmpty()) {
                pending->firstError = QStringLiteral("%1: %2").arg(what, result.error);
                pending->firstErrorKind = result.errorKind;
            }
            finishOne();
        };
    };
    for (const QJsonValue& v : list("vhosts")) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        if (!context.vhost(name.toUtf8()))
            step(commands::AddVhost{name}, track(QStringLiteral("vhost '%1'").arg(name)));
    }
    for (const QJsonValue& v : list("users")) {
        const QJsonObject u = v.toObject();
        UserDefinition user;
        user.name = u.value(QStringLiteral("name")).toString();
        user.passwordHash = u.value(QStringLiteral("password_hash")).toString().toLatin1();
        user.keepPassword = user.passwordHash.isEmpty();
        const QJsonValue tags = u.value(QStringLiteral("tags"));
        const QStringList tagList =
            tags.isArray() ? tags.toVariant().toStringList()
                           : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& tag : tagList)
            user.tags << tag.trimmed();
        step(commands::PutUser{user}, track(QStringLiteral("user '%1'").arg(user.name)));
    }
    for (const QJsonValue& v : list("permissions")) {
        const QJsonObject p = v.toObject();
        PermissionDefinition permission{p.value(QStringLiteral("user")).toString(),
                                        p.value(QStringLiteral("vhost")).toString(),
                                        p.value(QStringLiteral("configure")).toString(),
                                        p.value(QStringLiteral("write")).toString(),
                                        p.value(QStringLiteral("read")).toString()};
        step(commands::SetPermission{permission},
             track(QStringLiteral("permission of '%1'").arg(permission.user)));
    }
    for (const QJsonValue& v : list("topic_permissions")) {
        const QJsonObject p = v.toObject();
        TopicPermissionDefinition permission{p.value(QStringLiteral("user")).toString(),
                                             p.value(QStringLiteral("vhost")).toString(),
                                             p.value(QStringLiteral("exchange")).toString(),
                                             p.value(QStringLiteral("write")).toString(),
                                             p.value(QStringLiteral("read")).toString()};
        step(commands::SetTopicPermission{permission},
             track(QStringLiteral("topic permission of '%1'").arg(permission.user)));
    }
    // As RabbitMQ imports them: after the vhosts, before the queues and exchanges they apply to.
    for (const QJsonValue& v : list("policies")) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(QStringLiteral("name")).toString();
        PolicyDefinition policy;
        policy.vhost = p.value(QStringLiteral("vhost")).toString();
        policy.name = name;
        step(commands::PutPolicy{policy, p}, track(QStringLiteral("policy '%1'").arg(name)));
    }
    // As RabbitMQ: queues and exchanges named with the reserved 'amq.' prefix (the server-named
    // amq.gen-... queues an export holds, the built-in exchanges) and bindings to them are
    // skipped with a warning each, not refused: an export always imports again.
    auto reserved = [&context](const QString& kind, const QString& name, const QString& vhost) {
        if (ops::nameUse(name) != ops::NameUse::Reserved)
            return false;
        if (context.logger)
            context.logger->warning(QStringLiteral("definitions"),
                                    QStringLiteral("skipped importing %1 '%2' in vhost '%3': "
                                                   "names beginning with 'amq.' are reserved")
                                        .arg(kind, name, vhost));
        return true;
    };
    for (const QJsonValue& v : list("exchanges")) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        if (reserved(QStringLiteral("exchange"), name, e.value(QStringLiteral("vhost")).toString()))
            continue;
        ExchangeDefinition exchange;
        exchange.vhost = e.value(QStringLiteral("vhost")).toString();
        exchange.name = name;
        exchange.type = e.value(QStringLiteral("type")).toString();
        exchange.durable = e.value(QStringLiteral("durable")).toBool(true);
        exchange.autoDelete = e.value(QStringLiteral("auto_delete")).toBool(false);
        exchange.internal = e.value(QStringLiteral("internal")).toBool(false);
        step(commands::DeclareExchange{exchange, e.value(QStringLiteral("arguments")).toObject()},
             track(QStringLiteral("exchange '%1'").arg(name)));
    }
    for (const QJsonValue& v : list("queues")) {
        const QJsonObject q = v.toObject();
        const QString name = q.value(QStringLiteral("name")).toString();
        if (reserved(QStringLiteral("queue"), name, q.value(QStringLiteral("vhost")).toString()))
            continue;
        QueueDefinition queue;
        queue.vhost = q.value(QStringLiteral("vhost")).toString();
        queue.name = name;
        queue.durable = q.value(QStringLiteral("durable")).toBool(true);
        queue.autoDelete = q.value(QStringLiteral("auto_delete")).toBool(false);
        step(commands::DeclareQueue{queue, q.value(QStringLiteral("arguments")).toObject()},
             track(QStringLiteral("queue '%1'").arg(name)));
    }
    for (const QJsonValue& v : list("bindings")) {
        const QJsonObject b = v.toObject();
        BindingDefinition binding;
        binding.vhost = b.value(QStringLiteral("vhost")).toString();
        binding.source = b.value(QStringLiteral("source")).toString();
        binding.destination = b.value(QStringLiteral("destination")).toString();
        binding.destinationIsQueue =
            b.value(QStringLiteral("destination_type")).toString() != QLatin1String("exchange");
        binding.routingKey = b.value(QStringLiteral("routing_key")).toString();
        if (reserved(QStringLiteral("a binding to"), binding.destination, binding.vhost))
            continue;
        step(commands::AddBinding{binding, b.value(QStringLiteral("arguments")).toObject()},
             track(QStringLiteral("binding from '%1'").arg(binding.source)));
    }
    finishOne(); // everything is issued
}

} // namespace warren::ops
