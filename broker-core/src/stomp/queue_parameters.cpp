#include "stomp/queue_parameters.h"

namespace warren::stomp {

std::optional<bool> booleanHeader(const Frame& frame, QByteArrayView name) {
    const auto value = frame.header(name);
    if (value && (*value == "true" || *value == "True"))
        return true;
    if (value && (*value == "false" || *value == "False"))
        return false;
    return std::nullopt;
}

std::variant<ops::QueueDeclaration, texts::Refusal> queueParameters(const Frame& frame,
                                                                    Destination::Kind kind) {
    const bool subscriptionQueue =
        kind == Destination::Kind::Topic || kind == Destination::Kind::Exchange;
    std::optional<bool> durable = kind == Destination::Kind::Queue ? true : false;
    std::optional<bool> exclusive, autoDelete;
    if (subscriptionQueue) {
        exclusive = false;
        autoDelete = true;
    }
    for (QByteArrayView name : {QByteArrayView("durable"), QByteArrayView("persistent")}) {
        if (!frame.has(name))
            continue;
        durable = booleanHeader(frame, name);
        if (!durable)
            return texts::processingError();
        break;
    }
    if (auto value = booleanHeader(frame, "exclusive"))
        exclusive = value;
    if (auto value = booleanHeader(frame, "auto-delete"))
        autoDelete = value;

    ops::QueueDeclaration declaration;
    declaration.durable = *durable;
    declaration.exclusive = exclusive.value_or(!*durable);
    declaration.autoDelete = autoDelete.value_or(!*durable);
    static constexpr QByteArrayView Integers[] = {"x-expires", "x-max-length", "x-max-length-bytes",
                                                  "x-max-priority", "x-message-ttl"};
    static constexpr QByteArrayView Strings[] = {
        "x-dead-letter-exchange", "x-dead-letter-routing-key", "x-max-age", "x-queue-type"};
    for (QByteArrayView name : Integers)
        if (auto value = frame.header(name)) {
            bool ok = false;
            const qint64 n = value->trimmed().toLongLong(&ok);
            if (!ok)
                return texts::processingError();
            declaration.arguments.emplace_back(name.toByteArray(), core::FieldValue(n));
        }
    for (QByteArrayView name : Strings)
        if (auto value = frame.header(name))
            declaration.arguments.emplace_back(name.toByteArray(),
                                               core::FieldValue(value->trimmed()));
    return declaration;
}

} // namespace warren::stomp
