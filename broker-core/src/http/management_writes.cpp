// The changing half of the management HTTP API: PUT, POST and DELETE on queues, exchanges,
// bindings, users, vhosts, permissions and topic permissions, and publishing through an exchange
// (policies are in management_policies.cpp).
// Each is a Command run by ops::execute as the request's user, the console's way in too: who may
// (ops::authorize), the names and targets allowed, the errors and "answered once on disk" are
// decided there. What stays here is HTTP's: the JSON, missing keys, 201 or 204, and the status
// and body each refusal is answered with, as RabbitMQ's API answers them.

#include "core/vhost.h"
#include "http/json_fields.h"
#include "http/management_server.h"
#include "http/operation_status.h"
#include "http/queue_get.h"
#include "ops/authorization.h"
#include "ops/message_peek.h"
#include "ops/operations.h"

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

ManagementServer::Reply ManagementServer::refusalReply(const ops::Refusal& refusal) {
    return error(operationStatus(refusal.kind), operationErrorName(refusal.kind), refusal.text);
}

std::optional<ops::Refusal> ManagementServer::vhostReadRefusal(const QByteArray& user,
                                                               const QString& vhost) const {
    return ops::mayAccess(m_context, ops::Actor::apiUser(user), vhost, {});
}

std::optional<ManagementServer::Reply>
ManagementServer::refusedBeforeBody(const QByteArray& user, const Command& command) const {
    const auto refusal = ops::authorize(m_context, ops::Actor::apiUser(user), command);
    if (!refusal || refusal->kind != OperationResult::Error::NotAuthorised)
        return std::nullopt;
    return refusalReply(*refusal);
}

void ManagementServer::execute(const QByteArray& user, const Command& command,
                               std::function<void(const OperationResult&)> done) {
    ops::execute(m_context, ops::Actor::apiUser(user), command, std::move(done));
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
    // Queues and exchanges: the API answers an AMQP refusal of a name with its plain 401.
    auto whenDeclared = [answer](Status success) {
        return [answer, success](const OperationResult& result) {
            answer(result.errorKind == OperationResult::Error::AccessRefused
                       ? accessRefused()
                       : operationReply(result, success));
        };
    };
    auto run = [this, &user](const Command& command,
                             std::function<void(const OperationResult&)> done) {
        execute(user, command, std::move(done));
    };
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
        } else if (put) {
            const bool existed =
                m_context.vhost(path[1].toUtf8())->queue(path[2].toUtf8()) != nullptr;
            QueueDefinition queue;
            queue.vhost = path[1];
            queue.name = path[2];
            queue.durable = flag(body, "durable", true);
            queue.autoDelete = flag(body, "auto_delete", false);
            run(commands::DeclareQueue{queue, body.value(QStringLiteral("arguments")).toObject()},
                whenDeclared(existed ? Status::NoContent : Status::Created));
        } else {
            run(commands::DeleteQueue{path[1], path[2]}, whenDeclared(Status::NoContent));
        }
        return;
    }
    if (what == QLatin1String("queues") && path.size() == 4 &&
        path[3] == QLatin1String("contents") && del) {
        run(commands::PurgeQueue{path[1], path[2]}, whenDone(Status::NoContent));
        return;
    }
    // RabbitMQ's /get takes messages and either puts them back, marked redelivered
    // (ack_requeue_true, reject_requeue_true), or acknowledges or rejects them for good. Warren
    // answers the requeueing modes with a true peek that changes nothing, and takes the others.
    if (what == QLatin1String("queues") && path.size() == 4 && path[3] == QLatin1String("get") &&
        post) {
        // Taking messages is no Command: the same rule, asked directly.
        if (const auto refused =
                ops::mayAccess(m_context, ops::Actor::apiUser(user), path[1],
                               {{auth::Access::Read, ops::Resource::Queue, path[2]}})) {
            answer(refusalReply(*refused));
            return;
        }
        if (lacks({"count", "ackmode", "encoding"}))
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
            reply(ops::takeFromQueue(m_context, path[1], path[2], count,
                                     ackMode == QLatin1String("reject_requeue_false")));
            return;
        }
        // A peek of paged-out messages answers once the store's thread has read them.
        ops::peekQueue(m_context, path[1], path[2], count, std::move(reply));
        return;
    }
    if (what == QLatin1String("exchanges") && path.size() == 3 && (put || del)) {
        if (!vhostExists(path[1])) {
            answer(noVhost);
        } else if (put) {
            ExchangeDefinition exchange;
            exchange.vhost = path[1];
            exchange.name = path[2];
            // Without a type RabbitMQ declares a direct exchange, as exchange.declare's default.
            exchange.type = body.value(QStringLiteral("type")).toString(QStringLiteral("direct"));
            exchange.durable = flag(body, "durable", true);
            exchange.autoDelete = flag(body, "auto_delete", false);
            exchange.internal = flag(body, "internal", false);
            const bool existed =
                m_context.vhost(path[1].toUtf8())->exchange(path[2].toUtf8()) != nullptr;
            run(commands::DeclareExchange{exchange,
                                          body.value(QStringLiteral("arguments")).toObject()},
                whenDeclared(existed ? Status::NoContent : Status::Created));
        } else {
            run(commands::DeleteExchange{path[1], path[2]}, whenDeclared(Status::NoContent));
        }
        return;
    }
    if (what == QLatin1String("exchanges") && path.size() == 4 &&
        path[3] == QLatin1String("publish") && post) {
        OutgoingMessage m;
        m.vhost = path[1];
        m.exchange = path[2] == QLatin1String("amq.default") ? QString() : path[2];
        // RabbitMQ decides who may before it reads the body.
        if (const auto missing =
                missingKeys(body, {"routing_key", "properties", "payload", "payload_encoding"})) {
            const auto refused = refusedBeforeBody(user, commands::Publish{m});
            answer(refused ? *refused
                           : error(Status::BadRequest, QStringLiteral("bad_request"), *missing));
            return;
        }
        m.routingKey = body.value(QStringLiteral("routing_key")).toString();
        const QString payload = body.value(QStringLiteral("payload")).toString();
        m.body =
            body.value(QStringLiteral("payload_encoding")).toString() == QLatin1String("base64")
                ? QByteArray::fromBase64(payload.toLatin1())
                : payload.toUtf8();
        const QJsonObject properties = body.value(QStringLiteral("properties")).toObject();
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
        run(commands::Publish{m}, [answer](const OperationResult& result) {
            // Who may not is the API's 401; anything else RabbitMQ answers 400 with the refusal
            // of the AMQP channel it publishes over, "404 NOT_FOUND - no exchange ...".
            if (result.errorKind == OperationResult::Error::NotAuthorised)
                answer(operationReply(result, Status::Ok));
            else if (result.errorKind != OperationResult::Error::None)
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
        }
        if (post && path.size() == 6) {
            b.routingKey = body.value(QStringLiteral("routing_key")).toString();
            // A missing end is "not_found" with AMQP's text here, not the plain 404.
            run(commands::AddBinding{b, body.value(QStringLiteral("arguments")).toObject()},
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
            run(commands::RemoveBinding{b}, whenDone(Status::NoContent));
            return;
        }
    }
    if (what == QLatin1String("cluster-name") && path.size() == 1 && put) {
        answer(setClusterName(body));
        return;
    }
    if (what == QLatin1String("connections") && path.size() == 2 && del) {
        closeConnection(path[1], request.header("x-reason"), user, answer);
        return;
    }
    if ((what == QLatin1String("policies") || what == QLatin1String("operator-policies")) &&
        path.size() == 3 && (put || del)) {
        writePolicy(method, path, body, user, answer);
        return;
    }
    if (what == QLatin1String("definitions") && path.size() == 1 && post) {
        importDefinitions(body, user, answer);
        return;
    }
    if (what == QLatin1String("users") && path.size() == 2 && (put || del)) {
        if (del) {
            run(commands::DeleteUser{path[1]}, whenDone(Status::NoContent));
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
        run(commands::PutUser{u}, whenDone(existed ? Status::NoContent : Status::Created));
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
            run(commands::AddVhost{path[1]},
                [this, user, creator, answer,
                 created = whenDone(Status::Created)](const OperationResult& result) {
                    if (result.errorKind != OperationResult::Error::None)
                        answer(operationReply(result, Status::Created));
                    else
                        execute(user, commands::SetPermission{creator}, created);
                });
            return;
        }
        run(commands::DeleteVhost{path[1]}, whenDone(Status::NoContent));
        return;
    }
    if (what == QLatin1String("permissions") && path.size() == 3 && (put || del)) {
        const bool existed = m_context.users.permissions(path[2].toUtf8(), path[1].toUtf8());
        if (del && !existed) {
            answer(notFound());
            return;
        }
        if (del) {
            run(commands::ClearPermission{path[2], path[1]}, whenDone(Status::NoContent));
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
        run(commands::SetPermission{p}, whenDone(existed ? Status::NoContent : Status::Created));
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
                run(commands::ClearTopicPermission{path[2], path[1], std::nullopt},
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
        run(commands::SetTopicPermission{p},
            whenDone(existed ? Status::NoContent : Status::Created));
        return;
    }
    answer(error(Status::MethodNotAllowed, QStringLiteral("method_not_allowed"),
                 QStringLiteral("%1 is not allowed on this resource")
                     .arg(QString::fromLatin1(request.methodName()))));
}

void ManagementServer::importDefinitions(const QJsonObject& body, const QByteArray& user,
                                         std::function<void(const Reply&)> answer) {
    execute(user, commands::ImportDefinitions{body}, [answer](const OperationResult& result) {
        using Status = HttpStatus;
        const auto kind = result.errorKind;
        if (kind == OperationResult::Error::None)
            answer({Status::NoContent, {}});
        else if (kind == OperationResult::Error::NotFound && !result.vhost.isEmpty())
            // A vhost neither there nor in the document: RabbitMQ answers with the Erlang
            // reason {no_such_vhost, Name} as a JSON list.
            answer({Status::BadRequest,
                    QJsonObject{{QStringLiteral("error"), QStringLiteral("bad_request")},
                                {QStringLiteral("reason"),
                                 QJsonArray{QStringLiteral("no_such_vhost"), result.vhost}}}});
        else if (kind == OperationResult::Error::NotAuthorised)
            answer(operationReply(result, Status::NoContent));
        else
            answer(error(Status::BadRequest, QStringLiteral("bad_request"), result.error));
    });
}

} // namespace warren::http
