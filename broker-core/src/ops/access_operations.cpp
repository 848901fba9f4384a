#include "ops/access_operations.h"

#include "core/vhost.h"
#include "ops/access_rules.h"
#include "ops/naming_rules.h"
#include "ops/operation_errors.h"
#include "ops/operation_results.h"
#include "services/change_journal.h"

namespace warren::ops {

namespace {

QString noUser(const QString& name) {
    return QStringLiteral("no user '%1'").arg(name);
}

// RabbitMQ refuses patterns its regex engine cannot compile; so does QRegularExpression.
// Refuses `result` for the first that does not compile; true if one did not.
bool refuseInvalidPattern(OperationResult& result, std::initializer_list<const QString*> patterns) {
    for (const QString* pattern : patterns) {
        const QRegularExpression re(*pattern);
        if (!re.isValid()) {
            refuse(result, ErrorKind::InvalidArgument,
                   QStringLiteral("invalid regular expression '%1': %2")
                       .arg(*pattern, re.errorString()));
            return true;
        }
    }
    return false;
}

// The user and vhost a permission names must exist: refuses `result` for the first that does
// not; true if one did not.
bool refuseMissingUserOrVhost(OperationResult& result, const services::BrokerContext& context,
                              const QString& user, const QString& vhost) {
    if (!context.users.user(user.toUtf8()))
        refuse(result, ErrorKind::NotFound, noUser(user));
    else if (!context.vhost(vhost.toUtf8()))
        refuse(result, ErrorKind::NotFound, noVhost(vhost));
    else
        return false;
    return true;
}

} // namespace

void putUser(services::BrokerContext& context, const UserDefinition& u, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::PutUser, QString(), u.name);
    const QByteArray name = u.name.toUtf8();
    auth::UserDatabase& users = context.users;
    const bool existed = users.user(name) != nullptr;
    if (u.name.trimmed().isEmpty()) {
        refuse(result, ErrorKind::InvalidArgument, QStringLiteral("a user needs a name"));
    } else if (!u.passwordHash.isEmpty()) {
        const bool loopbackOnly =
            context.config.defaultUserLoopbackOnly && u.name == context.config.defaultUser;
        users.addHashedUser({name, u.passwordHash, u.tags, loopbackOnly});
    } else if (!users.user(name)) {
        if (u.keepPassword) {
            refuse(result, ErrorKind::NotFound, noUser(u.name));
        } else {
            // Loopback-only applies to the configured default user alone (configuration).
            const bool loopbackOnly =
                context.config.defaultUserLoopbackOnly && u.name == context.config.defaultUser;
            users.addUser(name, u.password.toUtf8(), u.tags, loopbackOnly);
        }
    } else {
        const QByteArray password = u.password.toUtf8();
        users.updateUser(name, u.keepPassword ? nullptr : &password, u.tags);
    }
    if (result.error.isEmpty() && context.definitions)
        context.definitions->userPut(*users.user(name));
    if (result.error.isEmpty() && context.changes)
        context.changes->userPut(u.name, !existed, users.user(name)->tags);
    finishWhenDurable(context, std::move(result), std::move(done));
}

void deleteUser(services::BrokerContext& context, const QString& name, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeleteUser, QString(), name);
    if (!context.users.removeUser(name.toUtf8())) {
        refuse(result, ErrorKind::NotFound, noUser(name));
    } else {
        if (context.definitions)
            context.definitions->userDeleted(name.toUtf8());
        if (context.changes)
            context.changes->userDeleted(name);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void setPermission(services::BrokerContext& context, const PermissionDefinition& p,
                   OperationDone done) {
    auto result = resultFor(OperationResult::Kind::SetPermission, p.vhost, p.user);
    const QByteArray user = p.user.toUtf8();
    const QByteArray vhost = p.vhost.toUtf8();
    if (!refuseMissingUserOrVhost(result, context, p.user, p.vhost) &&
        !refuseInvalidPattern(result, {&p.configure, &p.write, &p.read})) {
        const auto permissions = auth::Permissions::fromPatterns(p.configure, p.write, p.read);
        context.users.setPermissions(user, vhost, permissions);
        if (context.definitions)
            context.definitions->permissionSet(user, vhost, permissions);
        if (context.changes)
            context.changes->permissionsSet(p.user, p.vhost, p.configure, p.write, p.read);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void clearPermission(services::BrokerContext& context, const QString& user, const QString& vhost,
                     OperationDone done) {
    auto result = resultFor(OperationResult::Kind::ClearPermission, vhost, user);
    if (!context.users.clearPermissions(user.toUtf8(), vhost.toUtf8())) {
        refuse(result, ErrorKind::NotFound,
               QStringLiteral("user '%1' has no permissions in vhost '%2'").arg(user, vhost));
    } else {
        if (context.definitions)
            context.definitions->permissionCleared(user.toUtf8(), vhost.toUtf8());
        if (context.changes)
            context.changes->permissionsCleared(user, vhost);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void setTopicPermission(services::BrokerContext& context, const TopicPermissionDefinition& p,
                        OperationDone done) {
    auto result = resultFor(OperationResult::Kind::SetTopicPermission, p.vhost, p.user);
    if (!refuseMissingUserOrVhost(result, context, p.user, p.vhost) &&
        !refuseInvalidPattern(result, {&p.write, &p.read})) {
        const QByteArray user = p.user.toUtf8();
        const QByteArray vhost = p.vhost.toUtf8();
        const QByteArray exchange = p.exchange.toUtf8();
        const auto permission = auth::TopicPermission::fromPatterns(p.write, p.read);
        context.users.setTopicPermission(user, vhost, exchange, permission);
        if (context.definitions)
            context.definitions->topicPermissionSet(user, vhost, exchange, permission);
        if (context.changes)
            context.changes->topicPermissionsSet(p.user, p.vhost, p.exchange, p.write, p.read);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void clearTopicPermissions(services::BrokerContext& context, const QString& user,
                           const QString& vhost, const std::optional<QString>& exchange,
                           OperationDone done) {
    auto result = resultFor(OperationResult::Kind::ClearTopicPermission, vhost, user);
    const QByteArray userName = user.toUtf8();
    const QByteArray vhostName = vhost.toUtf8();
    QList<QByteArray> exchanges;
    if (exchange) {
        exchanges << exchange->toUtf8();
    } else if (const auto* all = context.users.topicPermissions(userName, vhostName)) {
        exchanges = all->keys();
    }
    for (const QByteArray& name : std::as_const(exchanges)) {
        if (!context.users.clearTopicPermission(userName, vhostName, name))
            continue;
        ++result.count;
        if (context.definitions)
            context.definitions->topicPermissionCleared(userName, vhostName, name);
        if (context.changes)
            context.changes->topicPermissionsCleared(user, vhost, QString::fromUtf8(name));
    }
    if (result.count == 0)
        refuse(result, ErrorKind::NotFound,
               exchange ? QStringLiteral("user '%1' has no topic permission for exchange '%2' in "
                                         "vhost '%3'")
                              .arg(user, *exchange, vhost)
                        : QStringLiteral("user '%1' has no topic permissions in vhost '%2'")
                              .arg(user, vhost));
    finishWhenDurable(context, std::move(result), std::move(done));
}

void addVhost(services::BrokerContext& context, const QString& name, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::AddVhost, name, name);
    const QByteArray vhostName = name.toUtf8();
    if (name.isEmpty()) {
        refuse(result, ErrorKind::InvalidArgument, QStringLiteral("a vhost needs a name"));
    } else if (context.vhost(vhostName)) {
        refuse(result, ErrorKind::AlreadyExists,
               QStringLiteral("vhost '%1' already exists").arg(name));
    } else {
        auto vhost = context.newVhost(vhostName);
        vhost->setChangeObserver(context.changes);
        context.vhosts.insert(vhostName, vhost);
        if (context.changes)
            context.changes->vhostAdded(name);
        if (context.definitions)
            context.definitions->vhostAdded(*vhost);
        if (context.persistence)
            vhost->setPersistence(context.persistence);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void deleteVhost(services::BrokerContext& context, const QString& name, bool connected,
                 OperationDone done) {
    auto result = resultFor(OperationResult::Kind::DeleteVhost, name, name);
    const QByteArray vhostName = name.toUtf8();
    core::Vhost* vhost = context.vhost(vhostName);
    if (!vhost) {
        refuse(result, ErrorKind::NotFound, noVhost(name));
    } else if (connected) {
        refuse(result, ErrorKind::PreconditionFailed,
               QStringLiteral("vhost '%1' has client connections; close them first").arg(name));
    } else {
        // Queues go one by one so their stored messages go with them; exchanges take their
        // bindings along.
        const auto queues = vhost->queues().keys();
        for (const QByteArray& queue : queues)
            vhost->deleteQueue(queue, false, false);
        const auto exchanges = vhost->exchanges().keys();
        for (const QByteArray& exchange : exchanges)
            if (!isBrokerName(exchange))
                vhost->deleteExchange(exchange, false);
        vhost->setObserver(nullptr);
        vhost->setChangeObserver(nullptr);
        vhost->setPersistence(nullptr);
        if (context.changes)
            context.changes->vhostDeleted(name);
        context.users.clearPermissionsOfVhost(vhostName);
        context.vhosts.remove(vhostName);
        if (context.definitions)
            context.definitions->vhostDeleted(vhostName);
    }
    finishWhenDurable(context, std::move(result), std::move(done));
}

void checkAccess(services::BrokerContext& context, const QString& user, const QString& vhost,
                 const QString& resource, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::CheckAccess, vhost, resource);
    const QByteArray userName = user.toUtf8();
    if (!refuseMissingUserOrVhost(result, context, user, vhost)) {
        const std::pair<auth::Access, const char*> accesses[] = {
            {auth::Access::Configure, "configure"},
            {auth::Access::Write, "write"},
            {auth::Access::Read, "read"}};
        for (const auto& [access, word] : accesses)
            if (context.users.isAllowed(userName, vhost.toUtf8(), access, resource.toUtf8()))
                result.granted << QString::fromLatin1(word);
    }
    done(std::move(result));
}

void checkTopicAccess(services::BrokerContext& context, const QString& user, const QString& vhost,
                      const QString& exchange, const QString& routingKey, OperationDone done) {
    auto result = resultFor(OperationResult::Kind::CheckTopicAccess, vhost, exchange);
    core::Vhost* found = context.vhost(vhost.toUtf8());
    const auto source = found ? found->exchange(exchange.toUtf8()) : nullptr;
    if (refuseMissingUserOrVhost(result, context, user, vhost)) {
    } else if (!source) {
        refuse(result, ErrorKind::NotFound,
               QStringLiteral("no exchange '%1' in vhost '%2'").arg(exchange, vhost));
    } else {
        const std::pair<auth::Access, const char*> accesses[] = {{auth::Access::Write, "write"},
                                                                 {auth::Access::Read, "read"}};
        for (const auto& [access, word] : accesses)
            if (!topicRefusal(context.users, {user.toUtf8(), vhost.toUtf8()}, *source, access,
                              routingKey.toUtf8()))
                result.granted << QString::fromLatin1(word);
    }
    done(std::move(result));
}

} // namespace warren::ops
