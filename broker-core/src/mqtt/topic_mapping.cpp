#include "mqtt/topic_mapping.h"

#include <QList>

namespace warren::mqtt {

namespace {

enum class Wildcards { Keep, ToAmqp, ToMqtt };

QByteArray swapSeparators(QByteArrayView text, Wildcards wildcards) {
    QByteArray out(text.size(), Qt::Uninitialized);
    char* d = out.data();
    for (char c : text) {
        if (c == '/')
            c = '.';
        else if (c == '.')
            c = '/';
        else if (wildcards == Wildcards::ToAmqp && c == '+')
            c = '*';
        else if (wildcards == Wildcards::ToMqtt && c == '*')
            c = '+';
        *d++ = c;
    }
    return out;
}

} // namespace

QByteArray routingKeyOf(QByteArrayView topic) {
    return swapSeparators(topic, Wildcards::Keep);
}

QByteArray topicOf(QByteArrayView routingKey) {
    return swapSeparators(routingKey, Wildcards::Keep);
}

QByteArray bindingKeyOf(QByteArrayView filter) {
    return swapSeparators(filter, Wildcards::ToAmqp);
}

QByteArray filterOf(QByteArrayView bindingKey) {
    return swapSeparators(bindingKey, Wildcards::ToMqtt);
}

bool isValidTopicName(QByteArrayView topic) {
    if (topic.isEmpty())
        return false;
    for (char c : topic)
        if (c == '+' || c == '#')
            return false;
    return true;
}

bool isValidTopicFilter(QByteArrayView filter) {
    if (filter.isEmpty())
        return false;
    const qsizetype size = filter.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = filter[i];
        if (c != '+' && c != '#')
            continue;
        const bool startsLevel = i == 0 || filter[i - 1] == '/';
        const bool endsLevel = i + 1 == size || filter[i + 1] == '/';
        if (!startsLevel || !endsLevel)
            return false;
        if (c == '#' && i + 1 != size)
            return false;
    }
    return true;
}

bool topicMatches(QByteArrayView filter, QByteArrayView topic) {
    if (!topic.isEmpty() && topic.front() == '$' && !filter.isEmpty() &&
        (filter.front() == '+' || filter.front() == '#'))
        return false;
    qsizetype f = 0, t = 0;
    const qsizetype fs = filter.size(), ts = topic.size();
    while (f < fs) {
        if (filter[f] == '#')
            return true; // matches the parent level too: "a/#" matches "a" (§4.7.1.2)
        if (filter[f] == '+') {
            if (t > ts)
                return false;
            while (t < ts && topic[t] != '/')
                ++t;
            ++f;
        } else {
            while (f < fs && filter[f] != '/') {
                if (t >= ts || topic[t] != filter[f])
                    return false;
                ++f;
                ++t;
            }
            if (t < ts && topic[t] != '/')
                return false;
        }
        // Both at a level end now.
        if (f == fs)
            return t >= ts;
        // filter[f] == '/'
        ++f;
        if (t >= ts) {
            // "a/#" matches "a": the topic ended where the filter still has "/#".
            return f < fs && filter[f] == '#' && f + 1 == fs;
        }
        ++t; // topic[t] == '/'
        if (t > ts)
            return false;
    }
    return t >= ts && f >= fs;
}

bool isSharedFilter(QByteArrayView filter) {
    return filter.startsWith("$share/");
}

SharedFilter parseSharedFilter(QByteArrayView filter) {
    if (!isSharedFilter(filter))
        return {};
    const QByteArrayView rest = filter.sliced(7);
    const qsizetype slash = rest.indexOf('/');
    if (slash <= 0)
        return {};
    const QByteArrayView group = rest.first(slash);
    for (char c : group)
        if (c == '+' || c == '#')
            return {};
    const QByteArrayView inner = rest.sliced(slash + 1);
    if (!isValidTopicFilter(inner))
        return {};
    return {group.toByteArray(), inner.toByteArray()};
}

} // namespace warren::mqtt
