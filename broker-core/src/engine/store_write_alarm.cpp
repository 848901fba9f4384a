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
    const quint64 failures = m_store.statistics().batchesFailed;
    if (failures != m_failuresSeen) {
        m_failuresSeen = failures;
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
        if (error) {
            if (!m_reported)
                m_logger.warning(QStringLiteral("alarm"),
                                 QStringLiteral("store alarm: writing to %1 fails (%2); "
                                                "publishers are blocked until a write succeeds")
                                     .arg(m_dataDir, error->text));
            m_reported = true;
            return;
        }
        // A failure newer than this probe's start keeps the alarm for the next tick.
        if (m_store.statistics().batchesFailed != m_failuresSeen)
            return;
        if (m_reported)
            m_logger.info(
                QStringLiteral("alarm"),
                QStringLiteral("store alarm cleared: writing to %1 works again").arg(m_dataDir));
        m_active = false;
        m_reported = false;
    };
    // A real write, so that a disk with no room left cannot pass the probe.
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    if (m_store.putValue(ProbeNamespace, QByteArrayLiteral("last"), now, std::move(done)))
        m_probing = false; // refused outright (store closing): try again on the next tick
}

} // namespace warren::engine
