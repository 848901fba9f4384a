#include "stomp/destination.h"

#include <QList>

namespace warren::stomp {

namespace {

QByteArray unescaped(QByteArrayView part) {
    QByteArray name = part.toByteArray();
    name.replace("%2F", "/");
    return name;
}

// "/NAME" with a non-empty NAME and no further slash, as after "/queue".
std::optional<QByteArray> singleName(QByteArrayView rest) {
    if (rest.size() < 2 || rest.front() != '/' || rest.sliced(1).contains('/'))
        return std::nullopt;
    return unescaped(rest.sliced(1));
}

QByteArray escaped(const QByteArray& part) {
    QByteArray out;
    out.reserve(part.size());
    for (char c : part) {
        const auto byte = quint8(c);
        if (c == '/' || c == '%' || byte < 32 || byte > 127)
            out += '%' + QByteArray::number(byte, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

} // namespace

std::variant<Destination, texts::Refusal> parseDestination(QByteArrayView text) {
    if (text.isEmpty())
        return texts::blankDestination();
    const QByteArray whole = text.toByteArray();
    // A bare NAME, which RabbitMQ 3.10 takes for /queue/NAME and ActiveMQ for a queue or a
    // topic by the client's API, is not guessed: the client is told the forms there are.
    if (!text.startsWith('/'))
        return texts::unknownDestination(whole);
    struct Prefix {
        QByteArrayView prefix;
        Destination::Kind kind;
        const char* type;
    };
    static constexpr Prefix Single[] = {
        {"/queue", Destination::Kind::Queue, "queue"},
        {"/topic", Destination::Kind::Topic, "topic"},
        {"/amq/queue", Destination::Kind::AmqQueue, "amqqueue"},
        {"/temp-queue", Destination::Kind::TempQueue, "temp_queue"},
    };
    for (const Prefix& p : Single) {
        if (!text.startsWith(p.prefix))
            continue;
        const QByteArrayView rest = text.sliced(p.prefix.size());
        if (!rest.isEmpty() && rest.front() != '/')
            continue; // "/queues/x" is no queue destination
        if (auto name = singleName(rest))
            return Destination{p.kind, *name, {}};
        return texts::invalidDestination(rest.toByteArray(), p.type);
    }
    if (text.startsWith("/exchange") && (text.size() == 9 || text.at(9) == '/')) {
        const QByteArrayView rest = text.sliced(9);
        const QList<QByteArray> parts = rest.toByteArray().split('/');
        // "", NAME[, KEY]
        if (parts.size() >= 2 && parts.size() <= 3 && !parts[1].isEmpty())
            return Destination{Destination::Kind::Exchange, unescaped(parts[1]),
                               parts.size() == 3 ? unescaped(parts[2]) : QByteArray()};
        return texts::invalidDestination(rest.toByteArray(), "exchange");
    }
    if (text.startsWith("/reply-queue") && (text.size() == 12 || text.at(12) == '/')) {
        // The rest is the queue's name as it is, slashes and all.
        const QByteArrayView rest = text.sliced(12);
        if (rest.size() > 1)
            return Destination{Destination::Kind::ReplyQueue, rest.sliced(1).toByteArray(), {}};
        return texts::invalidDestination(rest.toByteArray(), "reply_queue");
    }
    return texts::unknownDestination(whole);
}

QByteArray destinationOf(const QByteArray& exchange, const QByteArray& routingKey) {
    if (exchange.isEmpty())
        return "/queue/" + escaped(routingKey);
    if (exchange == "amq.topic")
        return "/topic/" + escaped(routingKey);
    if (routingKey.isEmpty())
        return "/exchange/" + escaped(exchange);
    return "/exchange/" + escaped(exchange) + '/' + escaped(routingKey);
}

} // namespace warren::stomp
