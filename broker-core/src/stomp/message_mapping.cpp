#include "stomp/message_mapping.h"

#include <algorithm>
#include <array>

namespace warren::stomp {

namespace {

// Headers that set an AMQP property, or route, and so are not copied into the table.
constexpr std::array<QByteArrayView, 13> PropertyHeaders = {
    "destination", "content-type", "content-encoding", "persistent", "priority", "correlation-id",
    "reply-to",    "expiration",   "amqp-message-id",  "timestamp",  "type",     "user-id",
    "app-id"};

bool isPropertyHeader(const QByteArray& name) {
    for (QByteArrayView p : PropertyHeaders)
        if (name == p)
            return true;
    return false;
}

std::optional<qint64> integerValue(const QByteArray& value) {
    bool ok = false;
    const qint64 n = value.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(n) : std::nullopt;
}

// What RabbitMQ does with a reply-to that is not a STOMP destination: an AMQP publisher's
// plain queue name is answered through /reply-queue/.
QByteArray replyToHeader(const QByteArray& replyTo) {
    for (QByteArrayView prefix :
         {QByteArrayView("/exchange"), QByteArrayView("/topic"), QByteArrayView("/queue"),
          QByteArrayView("/amq/queue"), QByteArrayView("/reply-queue/")})
        if (replyTo.startsWith(prefix))
            return replyTo;
    return "/reply-queue/" + replyTo;
}

} // namespace

std::variant<core::MessagePtr, texts::Refusal> toMessage(const Frame& send,
                                                         const SendContext& context) {
    auto message = std::make_shared<core::Message>();
    message->exchange = context.exchange;
    message->routingKey = context.routingKey;
    message->body = send.body;
    message->publisherConnection = context.publisherConnection;
    core::MessageProperties& p = message->properties;
    // The first occurrence of a header counts; the table keeps RabbitMQ's order (the reverse of
    // the frame's), so MESSAGE frames list custom headers as RabbitMQ's do.
    core::FieldTable table;
    for (const auto& [name, value] : send.headers)
        if (!isPropertyHeader(name) && !core::findField(table, name))
            table.emplace_back(name, core::FieldValue(value));
    std::reverse(table.begin(), table.end());
    if (!table.empty())
        p.headers = std::move(table);
    if (auto v = send.header("content-type"))
        p.contentType = *v;
    if (auto v = send.header("content-encoding"))
        p.contentEncoding = *v;
    if (auto v = send.header("persistent"); v && (*v == "true" || *v == "True"))
        p.durable = true;
    if (auto v = send.header("priority")) {
        const auto priority = integerValue(*v);
        if (!priority || *priority < 0 || *priority > 255)
            return texts::processingError();
        p.priority = quint8(*priority);
    }
    if (auto v = send.header("correlation-id"))
        p.correlationId = *v;
    if (!context.replyTo.isEmpty())
        p.replyTo = context.replyTo;
    else if (auto v = send.header("reply-to"))
        p.replyTo = *v;
    if (auto v = send.header("expiration")) {
        // As AMQP 0-9-1's expiration: decimal milliseconds, which RabbitMQ checks.
        const auto ttl = integerValue(*v);
        if (!ttl || *ttl < 0 || v->trimmed() != *v)
            return texts::fromCore(
                {core::Error::Kind::PreconditionFailed,
                 QStringLiteral("invalid expiration '%1': no_integer").arg(QString::fromUtf8(*v))});
        p.ttlMs = *ttl;
    }
    if (auto v = send.header("amqp-message-id"))
        p.messageId = *v;
    if (auto v = send.header("timestamp")) {
        const auto seconds = integerValue(*v);
        if (!seconds)
            return texts::processingError();
        p.creationTimeMs = *seconds * 1000;
    }
    if (auto v = send.header("type"))
        p.type = *v;
    if (auto v = send.header("user-id")) {
        // RabbitMQ's validated user-id: only the user's own name.
        if (*v != context.user)
            return texts::fromCore(
                {core::Error::Kind::PreconditionFailed,
                 QStringLiteral("user_id property set to '%1' but "
                                "authenticated user was '%2'")
                     .arg(QString::fromUtf8(*v), QString::fromUtf8(context.user))});
        p.userId = *v;
    }
    if (auto v = send.header("app-id"))
        p.appId = *v;
    return core::MessagePtr(std::move(message));
}

void appendMessageHeaders(const core::Message& message, Frame& frame) {
    const core::MessageProperties& p = message.properties;
    if (p.headers) {
        for (const auto& [name, value] : *p.headers) {
            // RabbitMQ renders strings and 32/64-bit integers; it leaves the other types out.
            if (name == "content-length")
                continue;
            if (const auto* s = value.get<QByteArray>())
                frame.add(name, *s);
            else if (const auto* i = value.get<qint32>())
                frame.add(name, QByteArray::number(*i));
            else if (const auto* l = value.get<qint64>())
                frame.add(name, QByteArray::number(*l));
        }
    }
    if (p.appId)
        frame.add("app-id", *p.appId);
    if (p.userId)
        frame.add("user-id", *p.userId);
    if (p.type)
        frame.add("type", *p.type);
    if (p.creationTimeMs)
        frame.add("timestamp", QByteArray::number(*p.creationTimeMs / 1000));
    if (p.messageId)
        frame.add("amqp-message-id", *p.messageId);
    if (p.ttlMs)
        frame.add("expiration", QByteArray::number(*p.ttlMs));
    if (p.replyTo)
        frame.add("reply-to", replyToHeader(*p.replyTo));
    if (p.correlationId)
        frame.add("correlation-id", *p.correlationId);
    if (p.priority)
        frame.add("priority", QByteArray::number(*p.priority));
    if (p.durable)
        frame.add("persistent", *p.durable ? "true" : "1");
    if (p.contentEncoding)
        frame.add("content-encoding", *p.contentEncoding);
    if (p.contentType)
        frame.add("content-type", *p.contentType);
    frame.body = message.body;
}

} // namespace warren::stomp
