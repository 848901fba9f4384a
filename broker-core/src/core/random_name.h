#pragma once

#include <QByteArray>
#include <QRandomGenerator>

namespace warren::core {

// A server-chosen name (amq.gen-… queues, amq.ctag-… consumer tags): 128 random bits.
inline QByteArray randomName(const char* prefix) {
    QByteArray random(16, Qt::Uninitialized);
    QRandomGenerator::global()->generate(random.begin(), random.end());
    return prefix + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace warren::core
