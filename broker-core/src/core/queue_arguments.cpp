#include "core/queue_arguments.h"

namespace warren::core {

namespace {

QString wrongType(const char* expected, const FieldValue& v) {
    return QStringLiteral("\"expected %1, got %2\"")
        .arg(QLatin1String(expected), QLatin1String(v.typeName()));
}

QString invalidArg(const QByteArray& arg, const QByteArray& queue, const QByteArray& vhost,
                   const QString& detail) {
    return QStringLiteral("invalid arg '%1' for queue '%2' in vhost '%3': %4")
        .arg(QString::fromUtf8(arg), QString::fromUtf8(queue), QString::fromUtf8(vhost), detail);
}

constexpr const char* InterpretedArguments[] = {"x-message-ttl",
                                                "x-expires",
                                                "x-max-length",
                                                "x-max-length-bytes",
                                                "x-overflow",
                                                "x-dead-letter-exchange",
                                                "x-dead-letter-routing-key",
                                                "x-max-priority",
                                                "x-single-active-consumer",
                                                "x-queue-type",
                                                "x-queue-mode",
                                                "x-queue-master-locator"};

bool equivalent(const FieldValue* a, const FieldValue* b) {
    if (!a || !b)
        return a == b;
    auto ia = a->toInteger(), ib = b->toInteger();
    if (ia && ib)
        return *ia == *ib;
    return *a == *b;
}

} // namespace

std::variant<QueueArguments, Error>
QueueArguments::parse(const FieldTable& table, const QByteArray& queue, const QByteArray& vhost) {
    QueueArguments args;
    auto fail = [&](const QByteArray& name, const QString& detail) {
        return Error{Error::Kind::PreconditionFailed, invalidArg(name, queue, vhost, detail)};
    };
    // Integer arguments with the lower bound RabbitMQ enforces for each.
    struct IntArg {
        const char* name;
        std::optional<qint64> QueueArguments::*field;
        qint64 minimum;
    };
    const IntArg ints[] = {{"x-message-ttl", &QueueArguments::messageTtlMs, 0},
                           {"x-expires", &QueueArguments::expiresMs, 1},
                           {"x-max-length", &QueueArguments::maxLength, 0},
                           {"x-max-length-bytes", &QueueArguments::maxLengthBytes, 0}};
    for (const auto& spec : ints) {
        const FieldValue* v = findField(table, spec.name);
        if (!v)
            continue;
        auto number = v->toInteger();
        if (!number)
            return fail(spec.name, wrongType("integer", *v));
        if (*number < spec.minimum)
            return fail(spec.name, QStringLiteral("{value_%1,%2}")
                                       .arg(*number < 0 ? "negative" : "zero")
                                       .arg(*number));
        args.*(spec.field) = *number;
    }
    if (const FieldValue* v = findField(table, "x-overflow")) {
        auto text = v->toBytes();
        if (!text)
            return fail("x-overflow", wrongType("longstr", *v));
        if (*text == "drop-head")
            args.overflow = Overflow::DropHead;
        else if (*text == "reject-publish")
            args.overflow = Overflow::RejectPublish;
        else if (*text == "reject-publish-dlx")
            args.overflow = Overflow::RejectPublishDlx;
        else
            return fail("x-overflow", QStringLiteral("invalid_overflow"));
    }
    if (const FieldValue* v = findField(table, "x-dead-letter-exchange")) {
        auto text = v->toBytes();
        if (!text)
            return fail("x-dead-letter-exchange", wrongType("longstr", *v));
        args.deadLetterExchange = *text;
    }
    if (const FieldValue* v = findField(table, "x-dead-letter-routing-key")) {
        auto text = v->toBytes();
        if (!text)
            return fail("x-dead-letter-routing-key", wrongType("longstr", *v));
        if (!args.deadLetterExchange)
            return fail("x-dead-letter-routing-key",
                        QStringLiteral("Key x-dead-letter-exchange should also be set"));
        args.deadLetterRoutingKey = *text;
    }
    if (const FieldValue* v = findField(table, "x-max-priority")) {
        auto number = v->toInteger();
        if (!number)
            return fail("x-max-priority", wrongType("integer", *v));
        if (*number < 0)
            return fail("x-max-priority", QStringLiteral("{value_negative,%1}").arg(*number));
        if (*number > 255)
            return fail("x-max-priority", QStringLiteral("{max_value_exceeded,%1}").arg(*number));
        args.maxPriority = quint8(*number);
    }
    if (const FieldValue* v = findField(table, "x-single-active-consumer")) {
        const bool* flag = v->get<bool>();
        if (!flag)
            return fail("x-single-active-consumer", wrongType("bool", *v));
        args.singleActiveConsumer = *flag;
    }
    if (const FieldValue* v = findField(table, "x-queue-type")) {
        auto text = v->toBytes();
        if (!text || *text != "classic")
            return Error{Error::Kind::PreconditionFailed,
                         QStringLiteral("invalid arg 'x-queue-type' for queue '%1' in vhost '%2': "
                                        "only classic queues are supported by this broker")
                             .arg(QString::fromUtf8(queue), QString::fromUtf8(vhost))};
    }
    return args;
}

std::optional<QByteArray> firstInequivalentQueueArgument(const FieldTable& existing,
                                                         const FieldTable& requested) {
    for (const char* name : InterpretedArguments)
        if (!equivalent(findField(existing, name), findField(requested, name)))
            return QByteArray(name);
    return std::nullopt;
}

} // namespace warren::core
