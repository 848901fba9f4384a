#pragma once

#include <QByteArray>
#include <QHash>

// Only declared: the core's headers do not pull in Qt Network for every user of BrokerContext.
class QHostAddress;

namespace warren::auth {

// Slows password guessing down without slowing anyone who knows their password: every failed
// login from one source is answered `delayMs` after the previous failed one from that source
// was, so one source learns at most one wrong password per delay however many connections it
// opens. A correct login never asks this class anything and is never held. Failures close
// together form a burst; only its first is meant to be logged. AMQP and the management API
// share one throttle, so a guesser cannot alternate between them.
//
// Sources are addresses, IPv6 ones by their /64 (one host has a whole /64 to pick from).
// Time is passed in (milliseconds on any steady scale), so the caller holds the refusal with
// its own timer and the broker thread never sleeps.
class LoginThrottle {
public:
    struct Settings {
        qint64 delayMs = 1000;       // between two refusals to one source
        qint64 maxHoldMs = 10000;    // the longest one refusal is held, however many are queued
        qint64 burstQuietMs = 60000; // a failure this long after the last starts a new burst
        int maxSources = 4096;       // sources remembered; the quietest are forgotten first
    };
    struct Verdict {
        qint64 holdMs = 0;        // answer the failed login this much later
        bool startsBurst = false; // the first failure from this source for a while: log it
        quint64 failuresInBurst = 0;
    };

    LoginThrottle() = default;
    explicit LoginThrottle(Settings settings)
        : m_settings(settings) {}

    void setSettings(Settings settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

    // Records a failed login from `source` at `nowMs` and says how long to hold its answer.
    Verdict failed(const QHostAddress& source, qint64 nowMs);

    // The one log line for a burst of failures from `source` that starts with one for `why`:
    // what happened, and how the rest of the burst is answered and not logged.
    QString burstLogLine(const QString& why, const QString& source) const;

    // How many sources are remembered (for tests: the table stays bounded).
    int sourceCount() const { return int(m_sources.size()); }

    // The key a source is remembered by: the address, or an IPv6 address's /64.
    static QByteArray sourceKey(const QHostAddress& source);

private:
    struct Source {
        qint64 nextAnswerMs = 0; // when the latest held refusal is answered
        qint64 lastFailureMs = 0;
        quint64 failuresInBurst = 0;
    };
    void forgetQuietSources(qint64 nowMs);

    Settings m_settings;
    QHash<QByteArray, Source> m_sources;
};

} // namespace warren::auth
