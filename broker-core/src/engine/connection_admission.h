#pragma once

#include <QHash>
#include <QHostAddress>

namespace warren::engine {

// Counts open client connections (AMQP and HTTP alike) in total and per source address, and
// says whether one more may come in. A connection over a limit is closed as it is accepted:
// the client sees a refusal at once, and the broker keeps descriptors for the others.
class ConnectionAdmission {
public:
    enum class Verdict { Admitted, OverTotal, OverSource };

    // 0 for either limit: none.
    ConnectionAdmission(int maxTotal, int maxPerSource);

    // Admitted connections are counted until release() with the same source.
    Verdict admit(const QHostAddress& source);
    void release(const QHostAddress& source);

    int total() const { return m_total; }
    int maxTotal() const { return m_maxTotal; }
    int maxPerSource() const { return m_maxPerSource; }

    // The default total: the process's descriptor limit less a reserve for the store, logs,
    // listeners and the poller, so that connections alone never exhaust descriptors.
    static int defaultMaxTotal(quint64 descriptorLimit);

private:
    int m_maxTotal;
    int m_maxPerSource;
    int m_total = 0;
    QHash<QHostAddress, int> m_perSource;
};

} // namespace warren::engine
