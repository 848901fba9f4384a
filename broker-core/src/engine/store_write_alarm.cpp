#include "engine/store_write_alarm.h"

#include "log/logger.h"
#include "store/message_store.h"

#include <QDateTime>

namespace warren::engine {

namespace {
const QByteArray ProbeNamespace = QByteArrayLiteral("warren/store-probe");
}

StoreWriteAlarm::StoreWriteAlarm(store::MessageStore& store, QObject* context, log::Logger& logger,
                                 QString dataDir)
    : m_store(store)
    , m_context(context)
    , m_logger(logger)
    , m_dataDir(std::move(dataDir))
    , m_failuresSeen(store.statistics().batchesFailed) {}

void StoreWriteAlarm::check() {
    const store::StoreStatistics statistics = m_store.statistics();
    if (statistics.batchesFailed != m_failuresSeen) {
        m_failuresSeen = statistics.batchesFailed;
        if (!m_active)
            m_logger.warning(QStringLiteral("alarm"),
                             QStringLiteral("store alarm: writing to %1 failed: %2 Publishers "
                                            "are blocked until a write succeeds.")
                                 .arg(m_dataDir, statistics.lastFailure));
        m_active = true;
    }
    if (m_active && !m_probing)
        probe();
}

void StoreWriteAlarm::probe() {
    m_probing = true;
    store::Completion done;
    done.context = m_context;
    done.callback = [this, alive = std::weak_ptr<bool>(m_alive)](
                        const std::optional<store::StoreError>& error) {
        if (alive.expired())
            return;
        m_probing = false;
        // A failure newer than the last check keeps the alarm until the next tick has seen it.
        if (error || m_store.statistics().batchesFailed != m_failuresSeen)
            return;
        m_logger.info(
            QStringLiteral("alarm"),
            QStringLiteral("store alarm cleared: writing to %1 works again").arg(m_dataDir));
        m_active = false;
    };
    // A real write, so that a disk with no room left cannot pass the probe.
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (m_store.putValue(ProbeNamespace, QByteArrayLiteral("last"), now, std::move(done)))
        m_probing = false; // refused outright (store closing): try again on the next tick
}

} // namespace warren::engine
