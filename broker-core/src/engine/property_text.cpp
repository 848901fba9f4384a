#include "engine/property_text.h"

#include <QDateTime>
#include <algorithm>
#include <array>
#include <optional>

namespace warren::engine {

namespace {

using P = core::MessageProperties;

struct TextProperty {
    P::Flag flag;
    const char* name;
    QByteArray P::*field;
};

// The properties whose values are short strings, in AMQP's property order.
constexpr std::array<TextProperty, 10> TextProperties{{
    {P::ContentType, "content_type", &P::contentType},
    {P::ContentEncoding, "content_encoding", &P::contentEncoding},
    {P::CorrelationId, "correlation_id", &P::correlationId},
    {P::ReplyTo, "reply_to", &P::replyTo},
    {P::Expiration, "expiration", &P::expiration},
    {P::MessageId, "message_id", &P::messageId},
    {P::Type, "type", &P::type},
    {P::UserId, "user_id", &P::userId},
    {P::AppId, "app_id", &P::appId},
    {P::ClusterId, "cluster_id", &P::clusterId},
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
            if (p.has(TextProperties[i].flag))
                out.append({QString::fromLatin1(TextProperties[i].name),
                            QString::fromUtf8(p.*TextProperties[i].field)});
    };
    // AMQP's property order, the numbers and the timestamp in their places.
    texts(0, 2);
    if (p.has(P::DeliveryMode))
        out.append({QStringLiteral("delivery_mode"), QString::number(p.deliveryMode)});
    if (p.has(P::Priority))
        out.append({QStringLiteral("priority"), QString::number(p.priority)});
    texts(2, 6);
    if (p.has(P::Timestamp))
        out.append(
            {QStringLiteral("timestamp"),
             QDateTime::fromSecsSinceEpoch(qint64(p.timestamp), Qt::UTC).toString(Qt::ISODate)});
    texts(6, TextProperties.size());
    return out;
}

bool setPropertyFromText(core::MessageProperties& p, const QString& name, const QString& value) {
    for (const TextProperty& text : TextProperties)
        if (name == QLatin1String(text.name)) {
            p.present |= text.flag;
            p.*text.field = value.toUtf8();
            return true;
        }
    if (name == QLatin1String("delivery_mode") || name == QLatin1String("priority")) {
        const auto number = octet(value);
        if (!number)
            return false;
        const bool isMode = name == QLatin1String("delivery_mode");
        p.present |= isMode ? P::DeliveryMode : P::Priority;
        (isMode ? p.deliveryMode : p.priority) = *number;
        return true;
    }
    if (name == QLatin1String("timestamp")) {
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid())
            return false;
        p.present |= P::Timestamp;
        p.timestamp = quint64(std::max<qint64>(0, time.toSecsSinceEpoch()));
        return true;
    }
    return false;
}

QList<std::pair<QString, QString>> headersAsText(const core::MessageProperties& properties) {
    QList<std::pair<QString, QString>> out;
    for (const auto& [name, value] : properties.headers)
        out.append({QString::fromUtf8(name), value.describe()});
    return out;
}

} // namespace warren::engine
