#include "stomp/frame.h"

namespace warren::stomp {

std::optional<QByteArray> Frame::header(QByteArrayView name) const {
    for (const Header& h : headers)
        if (h.first == name)
            return h.second;
    return std::nullopt;
}

QByteArray Frame::value(QByteArrayView name, const QByteArray& fallback) const {
    return header(name).value_or(fallback);
}

void Frame::set(const QByteArray& name, const QByteArray& value) {
    qsizetype first = 0;
    while (first < headers.size() && headers.at(first).first != name)
        ++first;
    if (first == headers.size()) {
        headers.append({name, value});
        return;
    }
    headers[first].second = value;
    // Repeats would otherwise still read as sent by the client, beside the value that counts.
    for (qsizetype i = headers.size() - 1; i > first; --i)
        if (headers.at(i).first == name)
            headers.removeAt(i);
}

void Frame::remove(QByteArrayView name) {
    headers.removeIf([&](const Header& h) { return h.first == name; });
}

bool escapesHeaders(QByteArrayView command, Version version) {
    return version != Version::V10 && command != "CONNECT" && command != "STOMP" &&
           command != "CONNECTED";
}

} // namespace warren::stomp
