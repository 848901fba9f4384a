#include "services/property_text.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <optional>

namespace warren::services {

namespace {

using P = core::MessageProperties;

struct TextProperty {
    const char* name;
    std::optional<QByteArray> P::*field;
};

// The properties whose values are short strings, in AMQP's property order.
constexpr std::array<TextProperty, 9> TextProperties{{
    {"content_type", &P::contentType},
    {"content_encoding", &P::contentEncoding},
    {"correlation_id", &P::correlationId},
    {"reply_to", &P::replyTo},
    {"message_id", &P::messageId},
    {"type", &P::type},
    {"user_id", &P::userId},
    {"app_id", &P::appId},
    {"cluster_id", &P::clusterId},
}};

std::optional<quint8> octet(const QString& value) {
    bool ok = false;
    const uint number = value.toUInt(&ok);
    return ok && number <= 255 ? std::optional<quint8>(quint8(number)) : std::nullopt;
}

} // namespace

QList<std::pair<QString, QString>> propertiesAsText(const core::MessageProperties& p) {
    QList<std::pair<QString, QString>> out;
    auto texts = [&](size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            if (const auto& value = p.*TextProperties[i].field)
                out.append(
                    {QString::fromLatin1(TextProperties[i].name), QString::fromUtf8(*value)});
    };
    // AMQP's property order, the numbers and the timestamp in their places.
    texts(0, 2);
    if (p.durable)
        out.append({QStringLiteral("delivery_mode"), QString::number(*p.durable ? 2 : 1)});
    if (p.priority)
        out.append({QStringLiteral("priority"), QString::number(*p.priority)});
    texts(2, 4);
    if (p.ttlMs)
        out.append({QStringLiteral("expiration"), QString::number(*p.ttlMs)});
    texts(4, 5);
    if (p.creationTimeMs)
        out.append(
            {QStringLiteral("timestamp"),
             QDateTime::fromMSecsSinceEpoch(*p.creationTimeMs, Qt::UTC).toString(Qt::ISODate)});
    texts(5, TextProperties.size());
    return out;
}

bool setPropertyFromText(core::MessageProperties& p, const QString& name, const QString& value) {
    for (const TextProperty& text : TextProperties)
        if (name == QLatin1String(text.name)) {
            p.*text.field = value.toUtf8();
            return true;
        }
    if (name == QLatin1String("delivery_mode") || name == QLatin1String("priority")) {
        const auto number = octet(value);
        if (!number)
            return false;
        if (name == QLatin1String("delivery_mode"))
            p.durable = *number == 2;
        else
            p.priority = *number;
        return true;
    }
    if (name == QLatin1String("expiration")) {
        bool ok = false;
        const qlonglong ttl = value.toLongLong(&ok);
        if (!ok || ttl < 0)
            return false;
        p.ttlMs = ttl;
        return true;
    }
    if (name == QLatin1String("timestamp")) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid())
            return false;
        p.creationTimeMs = std::max<qint64>(0, time.toSecsSinceEpoch()) * 1000;
        return true;
    }
    return false;
}

QList<std::pair<QString, QString>> headersAsText(const core::MessageProperties& properties) {
    QList<std::pair<QString, QString>> out;
    for (const auto& [name, value] : properties.headersOrEmpty())
        out.append({QString::fromUtf8(name), value.describe()});
    return out;
}

} // namespace warren::services
