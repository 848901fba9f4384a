#include "stomp/durable_subscription_name.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace warren::stomp {

namespace {

// An Erlang string (a list of bytes) in the external term format: NIL_EXT for the empty list,
// STRING_EXT up to 65535 bytes, else a LIST_EXT of SMALL_INTEGER_EXTs.
void appendString(QByteArray& term, const QByteArray& s) {
    if (s.isEmpty()) {
        term += char(106);
        return;
    }
    if (s.size() <= 0xFFFF) {
        term += char(107);
        term += char(quint8(s.size() >> 8));
        term += char(quint8(s.size()));
        term += s;
        return;
    }
    term += char(108);
    char length[4];
    qToBigEndian(quint32(s.size()), length);
    term.append(length, 4);
    for (char c : s) {
        term += char(97);
        term += c;
    }
    term += char(106);
}

} // namespace

QByteArray durableSubscriptionQueueName(const QByteArray& key, const QByteArray& id) {
    QByteArray term;
    term += char(131); // version
    term += char(104); // SMALL_TUPLE_EXT
    term += char(2);
    appendString(term, key);
    appendString(term, id);
    return "stomp-subscription-" +
           QCryptographicHash::hash(term, QCryptographicHash::Md5)
               .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace warren::stomp
