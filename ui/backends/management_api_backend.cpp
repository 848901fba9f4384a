#include "backends/management_api_backend.h"

#include "backends/command_result.h"
#include "backends/remote_http.h"
#include "backends/remote_taps.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

ManagementApiBackend::ManagementApiBackend(ConnectionProfile profile, QObject* parent)
    : RemoteBackend(std::move(profile), parent) {
    if (!m_profile.url.path().endsWith(QLatin1Char('/')))
        m_profile.url.setPath(m_profile.url.path() + QLatin1Char('/'));
    m_taps = new RemoteTaps(
        m_network,
        [this](const QStringList& segments, const QString& query) {
            QUrl url = apiUrl(segments);
            url.setQuery(query);
            return remote_http::request(m_profile, url);
        },
        this);
    connect(m_taps, &RemoteTaps::tapUpdated, this, &BrokerBackend::tapUpdated);
}

ManagementApiBackend::~ManagementApiBackend() = default;

bool ManagementApiBackend::supports(Feature feature) const {
    switch (feature) {
    case Feature::Tap:
        return isWarren();
    case Feature::Logs:
    case Feature::RouteTesting:
        return false;
    case Feature::QueueTypes:
        return !isWarren();
    case Feature::Exchanges:
    case Feature::Bindings:
    case Feature::Connections:
    case Feature::Channels:
    case Feature::Consumers:
    case Feature::Users:
    case Feature::Definitions:
    case Feature::Policies:
    case Feature::Queues:
    case Feature::ExchangePublishing:
        return true;
    case Feature::Retained:
    case Feature::TopicPublishing:
        return false;
    }
    return false;
}

QString ManagementApiBackend::unsupportedReason(Feature feature) const {
    if (feature == Feature::QueueTypes && isWarren())
        return tr("Warren has only classic queues.");
    return RemoteBackend::unsupportedReason(feature);
}

bool ManagementApiBackend::isWarren() const {
    // The profile says what the user expects; the broker's own answer says what it is.
    return m_profile.kind == ConnectionProfile::Kind::Warren || m_isWarren;
}

void ManagementApiBackend::run(const warren::commands::StartTap& c) {
    if (!isWarren()) {
        refuse(c, unsupportedReason(Feature::Tap));
        return;
    }
    m_taps->setInterval(m_profile.pollIntervalMs);
    m_taps->start(c.tapId, c.vhost, c.exchange);
    // Started as far as this side knows; the broker's refusal ends the tap with a batch.
    emit operationFinished(resultFor(c));
}

void ManagementApiBackend::run(const warren::commands::StopTap& c) {
    m_taps->stop(c.tapId);
    emit operationFinished(resultFor(c));
}

QUrl ManagementApiBackend::apiUrl(const QStringList& segments) const {
    QByteArray path = m_profile.url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment) + "api";
    for (const QString& segment : segments)
        path += '/' + QUrl::toPercentEncoding(segment);
    return QUrl::fromEncoded(path, QUrl::StrictMode);
}

void ManagementApiBackend::call(const QByteArray& verb, const QStringList& segments,
                                const QJsonObject* body, std::function<void(const Answer&)> done,
                                const QByteArray& reason) {
    QNetworkRequest request = remote_http::request(m_profile, apiUrl(segments));
    if (!reason.isEmpty())
        request.setRawHeader("X-Reason", reason);
    const QByteArray payload = body ? QJsonDocument(*body).toJson(QJsonDocument::Compact) : "";
    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray bytes = reply->readAll();
        answer.json = QJsonDocument::fromJson(bytes);
        answer.failure = remote_http::transportFailure(reply, answer.status);
        if (answer.failure.isEmpty() && answer.status >= 400)
            answer.failure = management_json::errorReason(bytes, answer.status);
        done(answer);
    });
}

void ManagementApiBackend::refresh() {
    if (m_outstanding > 0)
        return; // one refresh at a time; a slow broker must not be buried in requests
    stopPolling();
    m_answers = {};
    m_refreshFailure.clear();
    auto get = [this](const QStringList& segments, auto store) {
        ++m_outstanding;
        call("GET", segments, nullptr, [this, store, segments](const Answer& answer) {
            if (!answer.failure.isEmpty()) {
                // What only administrators may list (users, permissions) stays empty for
                // monitoring users, and so do policies for users who are not policymakers
                // (RabbitMQ answers them 401) and on brokers without them (404, an older
                // Warren); every other failure fails the whole refresh.
                const bool policies =
                    segments.front() == QLatin1String("policies") &&
                    (answer.status == 401 || answer.status == 403 || answer.status == 404);
                const bool optional =
                    policies || (answer.status == 403 &&
                                 (segments.front() == QLatin1String("users") ||
                                  segments.front() == QLatin1String("permissions") ||
                                  segments.front() == QLatin1String("topic-permissions")));
                if (!optional && m_refreshFailure.isEmpty())
                    m_refreshFailure = answer.failure;
            } else {
                store(answer.json);
            }
            if (--m_outstanding == 0)
                finishRefresh();
        });
    };
    using Doc = const QJsonDocument&;
    auto& a = m_answers;
    get({QStringLiteral("overview")}, [&a](Doc d) { a.overview = d.object(); });
    get({QStringLiteral("nodes")}, [&a](Doc d) { a.nodes = d.array(); });
    get({QStringLiteral("vhosts")}, [&a](Doc d) { a.vhosts = d.array(); });
    get({QStringLiteral("exchanges")}, [&a](Doc d) { a.exchanges = d.array(); });
    get({QStringLiteral("queues")}, [&a](Doc d) { a.queues = d.array(); });
    get({QStringLiteral("bindings")}, [&a](Doc d) { a.bindings = d.array(); });
    get({QStringLiteral("users")}, [&a](Doc d) { a.users = d.array(); });
    get({QStringLiteral("permissions")}, [&a](Doc d) { a.permissions = d.array(); });
    get({QStringLiteral("topic-permissions")}, [&a](Doc d) { a.topicPermissions = d.array(); });
    get({QStringLiteral("connections")}, [&a](Doc d) { a.connections = d.array(); });
    get({QStringLiteral("channels")}, [&a](Doc d) { a.channels = d.array(); });
    get({QStringLiteral("consumers")}, [&a](Doc d) { a.consumers = d.array(); });
    get({QStringLiteral("policies")}, [&a](Doc d) { a.policies = d.array(); });
}

void ManagementApiBackend::finishRefresh() {
    if (!m_refreshFailure.isEmpty()) {
        setReachable(false, m_refreshFailure);
        return;
    }
    m_last = management_json::snapshotFrom(m_answers, QDateTime::currentDateTimeUtc(), m_last);
    const bool isWarren = management_json::isWarren(m_answers.overview);
    m_answers = {};
    if (isWarren != m_isWarren) {
        m_isWarren = isWarren;
        emit featuresChanged();
    }
    setReachable(true, {});
    publishSnapshot(m_last);
}

void ManagementApiBackend::run(const warren::commands::PeekMessages& c) {
    // RabbitMQ cannot look without taking: /get takes the messages and puts them back
    // (requeued, so they come back marked redelivered), the closest its API offers.
    const QJsonObject body{{QStringLiteral("count"), c.count},
                           {QStringLiteral("ackmode"), QStringLiteral("ack_requeue_true")},
                           {QStringLiteral("encoding"), QStringLiteral("auto")},
                           {QStringLiteral("truncate"), 1 << 20}};
    call("POST", {QStringLiteral("queues"), c.vhost, c.queue, QStringLiteral("get")}, &body,
         [this, result = resultFor(c)](const Answer& answer) mutable {
             result.error = answer.failure;
             result.messages = management_json::peekedFrom(answer.json.array());
             // Each answer carries how many were left behind it; the first tells the total.
             const QJsonArray messages = answer.json.array();
             result.count = messages.isEmpty() ? 0
                                               : quint64(messages.first()
                                                             .toObject()
                                                             .value(QLatin1String("message_count"))
                                                             .toInteger()) +
                                                     1;
             emit operationFinished(result);
         });
}

// The API has no route test, access check or message transfer: those are refused.
void ManagementApiBackend::execute(const warren::Command& command) {
    runOrRefuse(command, [this](const auto& c) -> decltype(run(c)) { run(c); });
}

void ManagementApiBackend::change(Kind kind, const QString& vhost, const QString& target,
                                  const QByteArray& verb, const QStringList& segments,
                                  const QJsonObject* body, const QByteArray& reason) {
    if (refuseReadOnly(kind, vhost, target))
        return;
    call(
        verb, segments, body,
        [this, kind, vhost, target](const Answer& answer) {
            warren::OperationResult result;
            result.kind = kind;
            result.vhost = vhost;
            result.target = target;
            result.error = answer.failure;
            if (kind == Kind::Publish && answer.failure.isEmpty()) {
                // The API says whether it was routed, not to how many queues.
                const bool routed = answer.json.object().value(QLatin1String("routed")).toBool();
                result.count = routed ? 1 : 0;
            }
            emit operationFinished(result);
        },
        reason);
}

void ManagementApiBackend::run(const warren::commands::DeclareQueue& c) {
    const warren::QueueDefinition& d = c.definition;
    const QJsonObject body = management_json::queueBody(d);
    change(Kind::DeclareQueue, d.vhost, d.name, "PUT", {QStringLiteral("queues"), d.vhost, d.name},
           &body);
}

void ManagementApiBackend::run(const warren::commands::DeleteQueue& c) {
    change(Kind::DeleteQueue, c.vhost, c.queue, "DELETE",
           {QStringLiteral("queues"), c.vhost, c.queue});
}

void ManagementApiBackend::run(const warren::commands::PurgeQueue& c) {
    change(Kind::PurgeQueue, c.vhost, c.queue, "DELETE",
           {QStringLiteral("queues"), c.vhost, c.queue, QStringLiteral("contents")});
}

void ManagementApiBackend::run(const warren::commands::Publish& c) {
    const warren::OutgoingMessage& m = c.message;
    const QJsonObject body = management_json::publishBody(m);
    // The API names the default exchange "amq.default".
    const QString exchange = m.exchange.isEmpty() ? QStringLiteral("amq.default") : m.exchange;
    change(Kind::Publish, m.vhost, m.exchange, "POST",
           {QStringLiteral("exchanges"), m.vhost, exchange, QStringLiteral("publish")}, &body);
}

void ManagementApiBackend::run(const warren::commands::CloseConnection& c) {
    change(Kind::CloseConnection, {}, c.name, "DELETE", {QStringLiteral("connections"), c.name},
           nullptr, c.reason.toUtf8());
}

void ManagementApiBackend::run(const warren::commands::DeclareExchange& c) {
    const warren::ExchangeDefinition& d = c.definition;
    const QJsonObject body = management_json::exchangeBody(d);
    change(Kind::DeclareExchange, d.vhost, d.name, "PUT",
           {QStringLiteral("exchanges"), d.vhost, d.name}, &body);
}

void ManagementApiBackend::run(const warren::commands::DeleteExchange& c) {
    change(Kind::DeleteExchange, c.vhost, c.exchange, "DELETE",
           {QStringLiteral("exchanges"), c.vhost, c.exchange});
}

void ManagementApiBackend::run(const warren::commands::AddBinding& c) {
    const warren::BindingDefinition& b = c.binding;
    const QJsonObject body = management_json::bindingBody(b);
    change(Kind::AddBinding, b.vhost, b.source, "POST",
           {QStringLiteral("bindings"), b.vhost, QStringLiteral("e"), b.source,
            b.destinationIsQueue ? QStringLiteral("q") : QStringLiteral("e"), b.destination},
           &body);
}

void ManagementApiBackend::run(const warren::commands::RemoveBinding& c) {
    const warren::BindingDefinition& b = c.binding;
    if (refuseReadOnly(Kind::RemoveBinding, b.vhost, b.source))
        return;
    // The API names a binding by its properties key, which only the broker knows: list the
    // bindings between the two and pick the one with this key and these arguments.
    const QStringList between{QStringLiteral("bindings"),
                              b.vhost,
                              QStringLiteral("e"),
                              b.source,
                              b.destinationIsQueue ? QStringLiteral("q") : QStringLiteral("e"),
                              b.destination};
    call("GET", between, nullptr, [this, b, between](const Answer& answer) {
        QString propertiesKey;
        for (const QJsonValue& value : answer.json.array()) {
            const QJsonObject binding = value.toObject();
            if (binding.value(QLatin1String("source")).toString() == b.source &&
                binding.value(QLatin1String("destination")).toString() == b.destination &&
                binding.value(QLatin1String("routing_key")).toString() == b.routingKey &&
                management_json::describeArguments(
                    binding.value(QLatin1String("arguments")).toObject()) == b.argumentsSummary)
                propertiesKey = binding.value(QLatin1String("properties_key")).toString();
        }
        if (!answer.failure.isEmpty() || propertiesKey.isEmpty()) {
            refuse(Kind::RemoveBinding, b.vhost, b.source,
                   answer.failure.isEmpty() ? tr("no such binding") : answer.failure);
            return;
        }
        change(Kind::RemoveBinding, b.vhost, b.source, "DELETE",
               QStringList(between) << propertiesKey);
    });
}

void ManagementApiBackend::run(const warren::commands::PutUser& c) {
    const warren::UserDefinition& user = c.user;
    if (refuseReadOnly(Kind::PutUser, {}, user.name))
        return;
    QJsonObject body{{QStringLiteral("tags"), user.tags.join(QLatin1Char(','))}};
    if (!user.keepPassword) {
        if (!user.passwordHash.isEmpty())
            body.insert(QStringLiteral("password_hash"), QString::fromLatin1(user.passwordHash));
        else
            body.insert(QStringLiteral("password"), user.password);
        change(Kind::PutUser, {}, user.name, "PUT", {QStringLiteral("users"), user.name}, &body);
        return;
    }
    // Changing only the tags: RabbitMQ replaces the whole user, so send its hash back.
    call("GET", {QStringLiteral("users"), user.name}, nullptr,
         [this, user, body](const Answer& answer) mutable {
             if (!answer.failure.isEmpty()) {
                 refuse(Kind::PutUser, {}, user.name, answer.failure);
                 return;
             }
             const QJsonObject existing = answer.json.object();
             body.insert(QStringLiteral("password_hash"),
                         existing.value(QLatin1String("password_hash")));
             body.insert(QStringLiteral("hashing_algorithm"),
                         existing.value(QLatin1String("hashing_algorithm")));
             change(Kind::PutUser, {}, user.name, "PUT", {QStringLiteral("users"), user.name},
                    &body);
         });
}

void ManagementApiBackend::run(const warren::commands::DeleteUser& c) {
    change(Kind::DeleteUser, {}, c.name, "DELETE", {QStringLiteral("users"), c.name});
}

void ManagementApiBackend::run(const warren::commands::SetPermission& c) {
    const warren::PermissionDefinition& p = c.permission;
    const QJsonObject body = management_json::permissionBody(p);
    change(Kind::SetPermission, p.vhost, p.user, "PUT",
           {QStringLiteral("permissions"), p.vhost, p.user}, &body);
}

void ManagementApiBackend::run(const warren::commands::ClearPermission& c) {
    change(Kind::ClearPermission, c.vhost, c.user, "DELETE",
           {QStringLiteral("permissions"), c.vhost, c.user});
}

void ManagementApiBackend::run(const warren::commands::ExportDefinitions& c) {
    call("GET", {QStringLiteral("definitions")}, nullptr,
         [this, result = resultFor(c)](const Answer& answer) mutable {
             result.error = answer.failure;
             if (answer.failure.isEmpty() && !answer.json.isObject())
                 result.error = tr("The broker's definitions are not a JSON object.");
             else
                 result.definitions = answer.json.object();
             emit operationFinished(result);
         });
}

void ManagementApiBackend::run(const warren::commands::ImportDefinitions& c) {
    const QJsonObject& definitions = c.document;
    if (refuseReadOnly(Kind::ImportDefinitions, {}, {}))
        return;
    // The API answers 204 without saying what changed: count what was sent.
    quint64 objects = 0;
    for (auto list = definitions.constBegin(); list != definitions.constEnd(); ++list)
        objects += quint64(list.value().toArray().size());
    call("POST", {QStringLiteral("definitions")}, &definitions,
         [this, objects](const Answer& answer) {
             warren::OperationResult result;
             result.kind = Kind::ImportDefinitions;
             result.error = answer.failure;
             result.count = answer.failure.isEmpty() ? objects : 0;
             emit operationFinished(result);
         });
}

void ManagementApiBackend::run(const warren::commands::AddVhost& c) {
    change(Kind::AddVhost, c.name, c.name, "PUT", {QStringLiteral("vhosts"), c.name});
}

void ManagementApiBackend::run(const warren::commands::DeleteVhost& c) {
    change(Kind::DeleteVhost, c.name, c.name, "DELETE", {QStringLiteral("vhosts"), c.name});
}

void ManagementApiBackend::run(const warren::commands::PutPolicy& c) {
    if (!supports(Feature::Policies)) {
        BrokerBackend::execute(c); // refused with the reason
        return;
    }
    const warren::PolicyDefinition& p = c.policy;
    const QJsonObject body = management_json::policyBody(p);
    change(Kind::PutPolicy, p.vhost, p.name, "PUT", {QStringLiteral("policies"), p.vhost, p.name},
           &body);
}

void ManagementApiBackend::run(const warren::commands::DeletePolicy& c) {
    if (!supports(Feature::Policies)) {
        BrokerBackend::execute(c);
        return;
    }
    change(Kind::DeletePolicy, c.vhost, c.name, "DELETE",
           {QStringLiteral("policies"), c.vhost, c.name});
}

// One POST per message, in order (the API has no batch publish); one answer for all.
void ManagementApiBackend::run(const warren::commands::PublishMany& c) {
    const QList<warren::OutgoingMessage>& messages = c.messages;
    const QString vhost = messages.isEmpty() ? QString() : messages.first().vhost;
    const QString exchange = messages.isEmpty() ? QString() : messages.first().exchange;
    if (refuseReadOnly(Kind::ImportMessages, vhost, exchange))
        return;
    warren::OperationResult result;
    result.kind = Kind::ImportMessages;
    result.vhost = vhost;
    result.target = exchange;
    publishNext(messages, result);
}

void ManagementApiBackend::publishNext(QList<warren::OutgoingMessage> rest,
                                       warren::OperationResult result) {
    if (rest.isEmpty()) {
        emit operationFinished(result);
        return;
    }
    const warren::OutgoingMessage m = rest.takeFirst();
    const QJsonObject body = management_json::publishBody(m);
    const QString exchange = m.exchange.isEmpty() ? QStringLiteral("amq.default") : m.exchange;
    call("POST", {QStringLiteral("exchanges"), m.vhost, exchange, QStringLiteral("publish")}, &body,
         [this, rest, result](const Answer& answer) mutable {
             const bool routed = answer.failure.isEmpty() &&
                                 answer.json.object().value(QLatin1String("routed")).toBool();
             (routed ? result.count : result.skipped)++;
             // Something went: skips are counted, not an error; nothing went: say why.
             if (routed)
                 result.error.clear();
             else if (result.count == 0 && result.error.isEmpty())
                 result.error = answer.failure;
             publishNext(std::move(rest), std::move(result));
         });
}

void ManagementApiBackend::run(const warren::commands::SetTopicPermission& c) {
    const warren::TopicPermissionDefinition& p = c.permission;
    const QJsonObject body = management_json::topicPermissionBody(p);
    change(Kind::SetTopicPermission, p.vhost, p.user, "PUT",
           {QStringLiteral("topic-permissions"), p.vhost, p.user}, &body);
}

// Without an exchange, every one of the user's topic permissions in the vhost.
void ManagementApiBackend::run(const warren::commands::ClearTopicPermission& c) {
    const QString& user = c.user;
    const QString& vhost = c.vhost;
    const std::optional<QString>& exchange = c.exchange;
    if (refuseReadOnly(Kind::ClearTopicPermission, vhost, user))
        return;
    // The API deletes all of a user's topic permissions in a vhost at once: the ones for
    // other exchanges are put back afterwards.
    const QStringList path{QStringLiteral("topic-permissions"), vhost, user};
    call("GET", path, nullptr, [this, user, vhost, exchange, path](const Answer& listed) {
        if (!listed.failure.isEmpty()) {
            refuse(Kind::ClearTopicPermission, vhost, user, listed.failure);
            return;
        }
        QList<warren::TopicPermissionDefinition> keep;
        for (const QJsonValue& value : listed.json.array()) {
            const QJsonObject p = value.toObject();
            if (exchange && p.value(QLatin1String("exchange")).toString() != *exchange)
                keep.append({user, vhost, p.value(QLatin1String("exchange")).toString(),
                             p.value(QLatin1String("write")).toString(),
                             p.value(QLatin1String("read")).toString()});
        }
        call("DELETE", path, nullptr, [this, user, vhost, keep, path](const Answer& deleted) {
            for (const auto& p : keep) {
                const QJsonObject body = management_json::topicPermissionBody(p);
                call("PUT", path, &body, [](const Answer&) {});
            }
            warren::OperationResult result;
            result.kind = Kind::ClearTopicPermission;
            result.vhost = vhost;
            result.target = user;
            result.error = deleted.failure;
            emit operationFinished(result);
        });
    });
}
