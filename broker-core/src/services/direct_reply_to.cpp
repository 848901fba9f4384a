#include "services/direct_reply_to.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <openssl/crypto.h>

namespace warren::services {

namespace {

constexpr qsizetype ChannelIdSize = 8 + 2; // connection id, channel number
constexpr qsizetype KeySize = 16;          // 128 random bits, as RabbitMQ's key
constexpr auto Base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

std::optional<QByteArray> fromBase64(QByteArrayView text, qsizetype expectedSize) {
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), Base64Options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace

QByteArray encodeReplyAddress(const ReplyAddress& address) {
    char id[ChannelIdSize];
    qToBigEndian<quint64>(address.connection, id);
    qToBigEndian<quint16>(address.channel, id + 8);
    return ReplyToPrefix.toByteArray() + QByteArray(id, ChannelIdSize).toBase64(Base64Options) +
           '.' + address.key.toBase64(Base64Options);
}

std::optional<ReplyAddress> decodeReplyAddress(QByteArrayView routingKey) {
    if (!isReplyAddress(routingKey))
        return std::nullopt;
    const QByteArrayView token = routingKey.sliced(ReplyToPrefix.size());
    const qsizetype dot = token.indexOf('.');
    if (dot < 0)
        return std::nullopt;
    auto id = fromBase64(token.first(dot), ChannelIdSize);
    auto key = fromBase64(token.sliced(dot + 1), KeySize);
    if (!id || !key)
        return std::nullopt;
    return ReplyAddress{qFromBigEndian<quint64>(id->constData()),
                        qFromBigEndian<quint16>(id->constData() + 8), std::move(*key)};
}

QByteArray DirectReplyTo::add(quint64 connection, quint16 channel, Sink sink) {
    QByteArray key(KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    m_consumers.insert_or_assign({connection, channel}, Entry{key, std::move(sink)});
    return encodeReplyAddress({connection, channel, key});
}

void DirectReplyTo::remove(quint64 connection, quint16 channel) {
    m_consumers.erase({connection, channel});
}

const DirectReplyTo::Entry* DirectReplyTo::find(QByteArrayView address) const {
    const auto decoded = decodeReplyAddress(address);
    if (!decoded)
        return nullptr;
    auto it = m_consumers.find({decoded->connection, decoded->channel});
    // The key is the secret: compared in constant time so replies cannot probe it.
    if (it == m_consumers.end() ||
        CRYPTO_memcmp(it->second.key.constData(), decoded->key.constData(), KeySize) != 0)
        return nullptr;
    return &it->second;
}

bool DirectReplyTo::exists(QByteArrayView address) const {
    return find(address) != nullptr;
}

bool DirectReplyTo::deliver(const core::MessagePtr& message) const {
    const Entry* entry = find(message->routingKey);
    if (!entry)
        return false;
    entry->sink(message);
    return true;
}

} // namespace warren::services
