#include "auth/login_throttle.h"

#include <QHostAddress>
#include <algorithm>

namespace warren::auth {

QByteArray LoginThrottle::sourceKey(const QHostAddress& source) {
    bool isV4 = false;
    const quint32 v4 = source.toIPv4Address(&isV4); // also unwraps ::ffff:a.b.c.d
    if (isV4)
        return QByteArray::number(v4);
    if (source.protocol() == QAbstractSocket::IPv6Protocol) {
        const Q_IPV6ADDR v6 = source.toIPv6Address();
        return QByteArray(reinterpret_cast<const char*>(v6.c), 8); // the /64
    }
    return source.toString().toUtf8(); // none (a test's transport): one shared source
}

LoginThrottle::Verdict LoginThrottle::failed(const QHostAddress& source, qint64 nowMs) {
    const QByteArray key = sourceKey(source);
    auto it = m_sources.find(key);
    if (it == m_sources.end()) {
        if (m_sources.size() >= m_settings.maxSources)
            forgetQuietSources(nowMs);
        it = m_sources.insert(key, Source{});
    }
    Source& s = *it;
    Verdict verdict;
    verdict.startsBurst =
        s.failuresInBurst == 0 || nowMs - s.lastFailureMs >= m_settings.burstQuietMs;
    if (verdict.startsBurst)
        s.failuresInBurst = 0;
    ++s.failuresInBurst;
    s.lastFailureMs = nowMs;
    // Refusals to one source leave one delay apart, so parallel guesses queue behind each
    // other; past the longest hold they are answered together, still at most that fast.
    const qint64 answerAt = std::min(std::max(nowMs, s.nextAnswerMs) + m_settings.delayMs,
                                     nowMs + m_settings.maxHoldMs);
    s.nextAnswerMs = std::max(s.nextAnswerMs, answerAt);
    verdict.holdMs = answerAt - nowMs;
    verdict.failuresInBurst = s.failuresInBurst;
    return verdict;
}

void LoginThrottle::forgetQuietSources(qint64 nowMs) {
    m_sources.removeIf([&](const auto& entry) {
        return nowMs - entry.value().lastFailureMs >= m_settings.burstQuietMs &&
               nowMs >= entry.value().nextAnswerMs;
    });
    // Still full: many sources failing at once. Forget the one quiet the longest, so the
    // table stays bounded; it starts over with a fresh burst.
    while (m_sources.size() >= m_settings.maxSources) {
        auto oldest = std::min_element(
            m_sources.begin(), m_sources.end(),
            [](const Source& a, const Source& b) { return a.lastFailureMs < b.lastFailureMs; });
        m_sources.erase(oldest);
    }
}

QString LoginThrottle::burstLogLine(const QString& why, const QString& source) const {
    return QStringLiteral("%1; failed logins from %2 are answered %3 ms apart and not logged "
                          "again until they stop for %4 s")
        .arg(why, source)
        .arg(m_settings.delayMs)
        .arg(m_settings.burstQuietMs / 1000);
}

} // namespace warren::auth
