// The changing half of the management HTTP API: PUT, POST and DELETE on queues, exchanges,
// bindings, users, vhosts, permissions and topic permissions, and publishing through an exchange
// (policies are in management_policies.cpp).
// Each goes through the same operations as the console, so the rules, the errors and "answered once
// on disk" are the same as for AMQP clients.

#include "core/vhost.h"
#include "engine/access_operations.h"
#include "engine/access_rules.h"
#include "engine/management_operations.h"
#include "engine/message_peek.h"
#include "http/json_fields.h"
#include "http/management_server.h"
#include "http/operation_status.h"
#include "http/queue_get.h"
#include "ops/definitions_document.h"
#include "ops/naming_rules.h"
#include "ops/operation_errors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QUrl>
#include <array>
#include <limits>

namespace warren::http {

namespace {

using Status = HttpStatus;

bool flag(const QJsonObject& body, const char* key, bool otherwise) {
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isBool())
        return value.toBool();
    if (value.isString()) // rabbitmqadmin sends "true"/"false" strings
        return value.toString() == QLatin1String("true");
    return otherwise;
}

// A number given as a number, or as a string (rabbitmqadmin sends "count": "2").
qint64 number(const QJsonObject& body, const char* key, qint64 otherwise) {
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isDouble())
        return value.toInteger();
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok ? parsed : otherwise;
}

} // namespace

ManagementServer::Reply ManagementServer::operationReply(const OperationResult& result,
                                                         HttpStatus success, bool reasonIn404) {
    const OperationResult::Error kind = result.errorKind;
    if (kind == OperationResult::Error::None)
        return {success, {}};
    const HttpStatus status = operationStatus(kind);
    if (status == Status::NotFound && !reasonIn404)
        return notFound();
    return error(status, operationErrorName(kind), result.error);
}

ManagementServer::Reply ManagementServer::accessRefused() {
    return {Status::Unauthorized,
            QJsonObject{{QStringLiteral("error"), QStringLiteral("not_authorised")},
                        {QStringLiteral("reason"), QStringLiteral("Access refused.")}}};
}

std::optional<ManagementServer::Reply>
ManagementServer::refusal(const QByteArray& user, const QString& vhost,
                          const std::vector<std::pair<auth::Access, QString>>& needs) const {
    if (m_context.users.user(user)->tags.contains(QStringLiteral("administrator")))
        return std::nullopt;
    if (!m_context.users.permissions(user, vhost.toUtf8()))
        return error(Status::Unauthorized, QStringLiteral("not_authorised"),
                     QStringLiteral("User not authorised to access virtual host"));
    for (const auto& [access, resource] : needs)
        if (!m_context.users.isAllowed(user, vhost.toUtf8(), access, resource.toUtf8()))
            return accessRefused();
    return std::nullopt;
}

std::optional<ManagementServer::Reply>
ManagementServer::publishRefusal(const QByteArray& user, const OutgoingMessage& m) const {
    const QByteArray vhostName = m.vhost.toUtf8();
    const core::Vhost* vhost = m_context.vhost(vhostName);
    const auto exchange = vhost ? vhost->exchange(m.exchange.toUtf8()) : nullptr;
    if (!exchange)
        return std::nullopt; // the publish's own 404 answers this
    std::optional<core::Error> refused = engine::internalPublishRefusal(*exchange, vhostName);
    if (!refused)
        refused = engine::topicRefusal(m_context.users, user, vhostName, *exchange,
                                       auth::Access::Write, m.routingKey.toUtf8());
    if (!refused)
        return std::nullopt;
    // RabbitMQ publishes over an internal AMQP channel and answers with its refusal.
    return error(Status::BadRequest, QStringLiteral("bad_request"),
                 amqpReplyText(ops::errorKindOf(refused->kind), refused->text));
}

bool ManagementServer::topicRefused(const QByteArray& user, const BindingDefinition& b) const {
    const QByteArray vhostName = b.vhost.toUtf8();
    const core::Vhost* vhost = m_context.vhost(vhostName);
    const auto source = vhost ? vhost->exchange(b.source.toUtf8()) : nullptr;
    return source && engine::topicRefusal(m_context.users, user, vhostName, *source,
                                          auth::Access::Read, b.routingKey.toUtf8());
}

void ManagementServer::handleWrite(const HttpRequest& request, const HttpResponder& responder,
                                   const QStringList& path, const QByteArray& user) {
    // The client may have gone while the change was committed: the responder then does nothing.
    auto answer = [responder](const Reply& reply) { send(responder, reply); };
    // An operation's outcome as RabbitMQ answers it: 201 when something new was made, 204
    // otherwise; a refusal by its kind (operationReply).
    auto whenDone = [answer](Status success, bool reasonIn404 = false) {
        return [answer, success, reasonIn404](const OperationResult& result) {
            answer(operationReply(result, success, reasonIn404));
        };
    };
    const auto method = request.method();
    const bool put = method == HttpMethod::Put;
    const bool del = method == HttpMethod::Delete;
    const bool post = method == HttpMethod::Post;
    QJsonParseError parseError{};
    const QByteArray rawBody = request.body();
    const QJsonDocument document = rawBody.trimmed().isEmpty()
                                       ? QJsonDocument(QJsonObject())
                                       : QJsonDocument::fromJson(rawBody, &parseError);
    if ((put || post) && !document.isObject()) {
        answer(
            error(Status::BadRequest, QStringLiteral("bad_request"), QStringLiteral("not_json")));
        return;
    }
    const QJsonObject body = document.object();
    const QString what = path.value(0);
    auto vhostExists = [this](const QString& vhost) { return m_context.vhost(vhost.toUtf8()); };
    // Declaring in a missing vhost is "not_found" with a reason; deleting there is RabbitMQ's
    // plain 404.
    const Reply noVhost = put || post ? error(Status::NotFound, QStringLiteral("not_found"),
                                              QStringLiteral("vhost_not_found"))
                                      : notFound();
    auto refused = [this, &answer, &user](const QString& vhost,
                                          std::vector<std::pair<auth::Access, QString>> needs) {
        const std::optional<Reply> reply = refusal(user, vhost, needs);
        if (reply)
            answer(*reply);
        return reply.has_value();
    };
    using auth::Access;
    auto lacks = [&answer, &body](std::initializer_list<const char*> keys) {
        const std::optional<QString> missing = missingKeys(body, keys);
        if (missing)
            answer(error(Status::BadRequest, QStringLiteral("bad_request"), *missing));
        return missing.has_value();
    };
    // Setting a permission for a missing user or vhost is a 400 in RabbitMQ, not a 404.
    auto noUserOrVhost = [this, &answer, &vhostExists](const QString& who, const QString& vhost) {
        const bool missing = !m_context.users.user(who.toUtf8()) || !vhostExists(vhost);
        if (missing)
            answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("vhost_or_user_not_found")));
        return missing;
    };

    if (what == QLatin1String("queues") && path.size() == 3 && (put || del)) {
        if (!vhostExists(path[1])) {
            answer(noVhost);
        } else if (refused(path[1], {{Access::Configure, path[2]}})) {
        } else if (ops::isBrokerName(path[2])) {
            answer(accessRefused());
        } else if (put) {
            const bool existed =
                m_context.vhost(path[1].toUtf8())->queue(path[2].toUtf8()) != nullptr;
            engine::declareQueue(m_context, path[1], path[2], flag(body, "durable", true),
                                 flag(body, "auto_delete", false),
                                 toFieldTable(body.value(QStringLiteral("arguments")).toObject()),
                                 whenDone(existed ? Status::NoContent : Status::Created));
        } else {
            engine::deleteQueue(m_context, path[1], path[2], whenDone(Status::NoContent));
        }
        return;
    }
    if (what == QLatin1String("queues") && path.size() == 4 &&
        path[3] == QLatin1String("contents") && del) {
        if (refused(path[1], {{Access::Read, path[2]}}))
            return;
        engine::purgeQueue(m_context, path[1], path[2], whenDone(Status::NoContent));
        return;
    }
    // RabbitMQ's /get takes messages and either puts them back, marked redelivered
    // (ack_requeue_true, reject_requeue_true), or acknowledges or rejects them for good. Warren
    // answers the requeueing modes with a true peek that changes nothing, and takes the others.
    if (what == QLatin1String("queues") && path.size() == 4 && path[3] == QLatin1String("get") &&
        post) {
        if (refused(path[1], {{Access::Read, path[2]}}) || lacks({"count", "ackmode", "encoding"}))
            return;
        const QString ackMode = body.value(QStringLiteral("ackmode")).toString();
        const bool requeue = ackMode == QLatin1String("ack_requeue_true") ||
                             ackMode == QLatin1String("reject_requeue_true");
        if (!requeue && ackMode != QLatin1String("ack_requeue_false") &&
            ackMode != QLatin1String("reject_requeue_false")) {
            answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("Unsupported ackmode '%1'").arg(ackMode)));
            return;
        }
        // RabbitMQ gets over an AMQP channel of its own, which an exclusive queue refuses.
        if (const core::Vhost* vhost = m_context.vhost(path[1].toUtf8())) {
            const auto queue = vhost->queue(path[2].toUtf8());
            if (queue && queue->options().exclusive) {
                answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                             amqpReplyText(OperationResult::Error::ResourceLocked,
                                           vhost->lockedQueue(path[2].toUtf8()))));
                return;
            }
        }
        const int count = int(std::clamp<qint64>(number(body, "count", 1), 0, 1000));
        // Base64 and JSON of large bodies take seconds: not on the broker thread.
        const qint64 truncate = number(body, "truncate", 0);
        const auto budget = qint64(std::min<quint64>(m_context.config.httpGetMaxPayloadBytes,
                                                     quint64(std::numeric_limits<qint64>::max())));
        auto reply = [this, alive = QPointer<QObject>(home()), responder, truncate,
                      budget](const PeekResult& peek) {
            if (!alive)
                return; // the server stopped while the store read the bodies
            if (!peek.error.isEmpty()) {
                send(responder, notFound());
                return;
            }
            answerOffThread(responder, [peek, truncate, budget] {
                return Reply{Status::Ok, asGetAnswer(peek, truncate, budget)};
            });
        };
        if (!requeue) {
            reply(engine::takeFromQueue(m_context, path[1], path[2], count,
                                        ackMode == QLatin1String("reject_requeue_false")));
            return;
        }
        // A peek of paged-out messages answers once the store's thread has read them.
        engine::peekQueue(m_context, path[1], path[2], count, std::move(reply));
        return;
    }
    if (what == QLatin1String("exchanges") && path.size() == 3 && (put || del)) {
        const auto existing = vhostExists(path[1])
                                  ? m_context.vhost(path[1].toUtf8())->exchange(path[2].toUtf8())
                                  : nullptr;
        if (!vhostExists(path[1])) {
            answer(noVhost);
        } else if (refused(path[1], {{Access::Configure, path[2]}})) {
        } else if (put) {
            // Without a type RabbitMQ declares a direct exchange, as exchange.declare's default.
            const QString type =
                body.value(QStringLiteral("type")).toString(QStringLiteral("direct"));
            const bool existed = existing != nullptr;
            if (ops::isBrokerName(path[2])) {
                // The broker's own may be redeclared as they are; no new one may be made.
                if (!existing)
                    answer(accessRefused());
                else if (type.toUtf8() != core::exchangeTypeName(existing->type()))
                    answer(error(
                        Status::BadRequest, QStringLiteral("bad_request"),
                        QStringLiteral("inequivalent arg 'type' for exchange '%1' in "
                                       "vhost '%2': received '%3' but current is '%4'")
                            .arg(path[2], path[1], type,
                                 QString::fromUtf8(core::exchangeTypeName(existing->type())))));
                else
                    answer({Status::NoContent, {}});
                return;
            }
            engine::declareExchange(
                m_context, path[1], path[2], type,
                {flag(body, "durable", true), flag(body, "auto_delete", false),
                 flag(body, "internal", false)},
                toFieldTable(body.value(QStringLiteral("arguments")).toObject()),
                whenDone(existed ? Status::NoContent : Status::Created));
        } else if (ops::isBrokerName(path[2])) {
            answer(accessRefused());
        } else {
            engine::deleteExchange(m_context, path[1], path[2], whenDone(Status::NoContent));
        }
        return;
    }
    if (what == QLatin1String("exchanges") && path.size() == 4 &&
        path[3] == QLatin1String("publish") && post) {
        if (refused(path[1], {{Access::Write, path[2]}}) ||
            lacks({"routing_key", "properties", "payload", "payload_encoding"}))
            return;
        OutgoingMessage m;
        m.vhost = path[1];
        m.exchange = path[2] == QLatin1String("amq.default") ? QString() : path[2];
        m.routingKey = body.value(QStringLiteral("routing_key")).toString();
        const QString payload = body.value(QStringLiteral("payload")).toString();
        m.body =
            body.value(QStringLiteral("payload_encoding")).toString() == QLatin1String("base64")
                ? QByteArray::fromBase64(payload.toLatin1())
                : payload.toUtf8();
        if (const auto denied = publishRefusal(user, m)) {
            answer(*denied);
            return;
        }
        const QJsonObject properties = body.value(QStringLiteral("properties")).toObject();
        // RabbitMQ publishes over an AMQP channel of the logged-in user: the same user-id rule.
        if (const QJsonValue userId = properties.value(QStringLiteral("user_id"));
            !userId.isUndefined()) {
            if (auto refused = m_context.users.userIdRefusal(user, userId.toString().toUtf8())) {
                answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                             amqpReplyText(OperationResult::Error::PreconditionFailed, *refused)));
                return;
            }
        }
        m.contentType = properties.value(QStringLiteral("content_type")).toString();
        m.persistent = properties.value(QStringLiteral("delivery_mode")).toInt() == 2;
        const QJsonObject headers = properties.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            m.headers.append({it.key(), it.value()}); // typed, as RabbitMQ's to_amqp_table
        // The rest of the basic properties, as text the engine parses; the timestamp comes in
        // seconds since the epoch, as RabbitMQ's API takes it.
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.key() == QLatin1String("content_type") ||
                it.key() == QLatin1String("delivery_mode") || it.key() == QLatin1String("headers"))
                continue;
            m.properties.append(
                {it.key(), it.key() == QLatin1String("timestamp") && it.value().isDouble()
                               ? QDateTime::fromSecsSinceEpoch(it.value().toInteger(), Qt::UTC)
                                     .toString(Qt::ISODate)
                               : it.value().toVariant().toString()});
        }
        engine::publishMessage(m_context, m, [answer](const OperationResult& result) {
            // RabbitMQ answers 400 with the AMQP refusal, "404 NOT_FOUND - no exchange ...".
            if (result.errorKind != OperationResult::Error::None)
                answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                             amqpReplyText(result.errorKind, result.error)));
            else
                answer({Status::Ok, QJsonObject{{QStringLiteral("routed"), result.count > 0}}});
        });
        return;
    }
    // /bindings/{vhost}/e/{source}/{q|e}/{destination}[/{props}]
    if (what == QLatin1String("bindings") && path.size() >= 6 && path[2] == QLatin1String("e") &&
        (path[4] == QLatin1String("q") || path[4] == QLatin1String("e"))) {
        BindingDefinition b;
        b.vhost = path[1];
        b.source = path[3];
        b.destinationIsQueue = path[4] == QLatin1String("q");
        b.destination = path[5];
        if ((post && path.size() == 6) || (del && path.size() == 7)) {
            if (!vhostExists(b.vhost)) {
                answer(noVhost);
                return;
            }
            if (refused(b.vhost, {{Access::Write, b.destination}, {Access::Read, b.source}}))
                return;
        }
        if (post && path.size() == 6) {
            b.routingKey = body.value(QStringLiteral("routing_key")).toString();
            if (topicRefused(user, b)) {
                answer(accessRefused());
                return;
            }
            // A missing end is "not_found" with AMQP's text here, not the plain 404.
            engine::addBinding(m_context, b,
                               toFieldTable(body.value(QStringLiteral("arguments")).toObject()),
                               whenDone(Status::Created, true));
            return;
        }
        if (del && path.size() == 7) {
            // The properties key: the routing key, "~" for an empty one (arguments would add
            // "~" and a hash in RabbitMQ; the first binding with the key is meant here).
            const QString props = path[6];
            b.routingKey =
                props == QLatin1String("~")
                    ? QString()
                    : QUrl::fromPercentEncoding(props.section(QLatin1Char('~'), 0, 0)
                                                    .replace(QLatin1Char('+'), QLatin1Char(' '))
                                                    .toUtf8());
            core::Vhost* vhost = m_context.vhost(b.vhost.toUtf8());
            const auto source = vhost ? vhost->exchange(b.source.toUtf8()) : nullptr;
            if (source)
                for (const core::Binding& candidate : source->bindings()) {
                    const bool toQueue = candidate.queue != nullptr;
                    const QByteArray& name =
                        toQueue ? candidate.queue->name() : candidate.exchange->name();
                    if (toQueue == b.destinationIsQueue && name == b.destination.toUtf8() &&
                        candidate.routingKey == b.routingKey.toUtf8()) {
                        b.argumentsSummary = core::describeTable(candidate.arguments);
                        break;
                    }
                }
            if (topicRefused(user, b)) {
                answer(accessRefused());
                return;
            }
            engine::removeBinding(m_context, b, whenDone(Status::NoContent));
            return;
        }
    }
    if (what == QLatin1String("cluster-name") && path.size() == 1 && put) {
        answer(setClusterName(body));
        return;
    }
    if (what == QLatin1String("connections") && path.size() == 2 && del) {
        answer(closeConnection(path[1], request.header("x-reason"), user));
        return;
    }
    if ((what == QLatin1String("policies") || what == QLatin1String("operator-policies")) &&
        path.size() == 3 && (put || del)) {
        writePolicy(method, path, body, user, answer);
        return;
    }
    if (what == QLatin1String("definitions") && path.size() == 1 && post) {
        importDefinitions(body, answer);
        return;
    }
    if (what == QLatin1String("users") && path.size() == 2 && (put || del)) {
        if (del) {
            engine::deleteUser(m_context, path[1], whenDone(Status::NoContent));
            return;
        }
        UserDefinition u;
        u.name = path[1];
        const bool existed = m_context.users.user(u.name.toUtf8()) != nullptr;
        // RabbitMQ wants the tags, if only "", and takes a password or a password hash.
        if (!body.contains(QStringLiteral("tags"))) {
            answer(error(Status::BadRequest, QStringLiteral("bad_request"),
                         QStringLiteral("tags_not_present")));
            return;
        }
        u.password = body.value(QStringLiteral("password")).toString();
        u.passwordHash = body.value(QStringLiteral("password_hash")).toString().toLatin1();
        u.keepPassword = !body.contains(QStringLiteral("password"));
        if (u.keepPassword && u.passwordHash.isEmpty() && !existed) {
            // RabbitMQ makes a user without a password, who cannot log in with one; a random
            // password nobody knows is the same to every client.
            std::array<quint32, 8> secret{};
            QRandomGenerator::system()->fillRange(secret.data(), qsizetype(secret.size()));
            u.password = QString::fromLatin1(
                QByteArray(reinterpret_cast<const char*>(secret.data()), sizeof secret).toBase64());
            u.keepPassword = false;
        }
        const QJsonValue tags = body.value(QStringLiteral("tags"));
        const QStringList tagList =
            tags.isArray() ? tags.toVariant().toStringList()
                           : tags.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& tag : tagList)
            if (!tag.trimmed().isEmpty())
                u.tags << tag.trimmed();
        engine::putUser(m_context, u, whenDone(existed ? Status::NoContent : Status::Created));
        return;
    }
    if (what == QLatin1String("vhosts") && path.size() == 2 && (put || del)) {
        if (put) {
            if (vhostExists(path[1])) {
                answer({Status::NoContent, {}});
                return;
            }
            // As RabbitMQ, whoever makes a vhost over the API gets every permission in it.
            const PermissionDefinition creator{QString::fromUtf8(user), path[1],
                                               QStringLiteral(".*"), QStringLiteral(".*"),
                                               QStringLiteral(".*")};
            engine::addVhost(m_context, path[1],
                             [this, creator, answer,
                              created = whenDone(Status::Created)](const OperationResult& result) {
                                 if (result.errorKind != OperationResult::Error::None)
                                     answer(operationReply(result, Status::Created));
                                 else
                                     engine::setPermission(m_context, creator, created);
                             });
            return;
        }
        engine::deleteVhost(m_context, path[1], m_vhostInUse(path[1]), whenDone(Status::NoContent));
        return;
    }
    if (what == QLatin1String("permissions") && path.size() == 3 && (put || del)) {
        const bool existed = m_context.users.permissions(path[2].toUtf8(), path[1].toUtf8());
        if (del && !existed) {
            answer(notFound());
            return;
        }
        if (del) {
            engine::clearPermission(m_context, path[2], path[1], whenDone(Status::NoContent));
            return;
        }
        if (lacks({"configure", "write", "read"}))
            return;
        PermissionDefinition p;
        p.vhost = path[1];
        p.user = path[2];
        p.configure = body.value(QStringLiteral("configure")).toString();
        p.write = body.value(QStringLiteral("write")).toString();
        p.read = body.value(QStringLiteral("read")).toString();
        if (noUserOrVhost(path[2], path[1]))
            return;
        engine::setPermission(m_context, p,
                              whenDone(existed ? Status::NoContent : Status::Created));
        return;
    }
    if (what == QLatin1String("topic-permissions") && path.size() == 3 && (put || del)) {
        const QByteArray subject = path[2].toUtf8();
        const QByteArray vhost = path[1].toUtf8();
        if (del) {
            // Every one of the user's topic permissions in the vhost, as RabbitMQ does.
            if (!m_context.users.topicPermissions(subject, vhost))
                answer(notFound());
            else
                engine::clearTopicPermissions(m_context, path[2], path[1], std::nullopt,
                                              whenDone(Status::NoContent));
            return;
        }
        for (const char* key : {"exchange", "write", "read"})
            if (!body.value(QLatin1String(key)).isString()) {
                answer(error(
                    Status::BadRequest, QStringLiteral("bad_request"),
                    QStringLiteral("Key \"%1\" not found in JSON object").arg(QLatin1String(key))));
                return;
            }
        if (noUserOrVhost(path[2], path[1]))
            return;
        TopicPermissionDefinition p;
        p.vhost = path[1];
        p.user = path[2];
        p.exchange = body.value(QStringLiteral("exchange")).toString();
        p.write = body.value(QStringLiteral("write")).toString();
        p.read = body.value(QStringLiteral("read")).toString();
        // The resource is all of the user's topic permissions in the vhost: 201 for the first.
        const bool existed = m_context.users.topicPermissions(subject, vhost) != nullptr;
        engine::setTopicPermission(m_context, p,
                                   whenDone(existed ? Status::NoContent : Status::Created));
        return;
    }
    answer(error(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                 QStringLiteral("%1 is not allowed on this resource")
                     .arg(QString::fromLatin1(request.methodName()))));
}

void ManagementServer::importDefinitions(const QJsonObject& body,
                                         std::function<void(const Reply&)> answer) {
    ops::importDefinitions(m_context, body, [answer](const ops::DefinitionsImport& outcome) {
        using Status = HttpStatus;
        if (!outcome.missingVhost.isEmpty())
            // RabbitMQ answers with the Erlang reason {no_such_vhost, Name} as a JSON list.
            answer(
                {Status::BadRequest,
                 QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                             {QStringLiteral("reason"),
                              QJsonArray{QStringLiteral("no_such_vhost"), outcome.missingVhost}}}});
        else if (!outcome.firstError.isEmpty())
            answer(error(Status::BadRequest, QStringLiteral("bad_request"), outcome.firstError));
        else
            answer({Status::NoContent, {}});
    });
}

} // namespace warren::http
