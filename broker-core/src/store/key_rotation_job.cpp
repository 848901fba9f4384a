#include "store/key_rotation_job.h"

#include "store/key_registry.h"

namespace warren::store {

KeyRotationJob::KeyRotationJob(SqliteConnection& db, MessageTable& messages, KeyValueTable& values,
                               RecordSealer& sealer)
    : m_db(db)
    , m_messages(messages)
    , m_values(values)
    , m_sealer(sealer) {}

void KeyRotationJob::restart() {
    m_phase = Phase::Messages;
    m_cursor = -1;
    m_unreadable = 0;
}

std::optional<StoreError> KeyRotationJob::start() {
    auto inUse = KeyRegistry::keysInUse(m_db);
    if (!inUse)
        return inUse.error();
    const quint32 current = m_sealer.keys().currentId();
    for (quint32 id : inUse.value())
        if (id != current) {
            restart();
            return std::nullopt;
        }
    m_phase = Phase::Idle;
    return std::nullopt;
}

void KeyRotationJob::batchFailed() {
    if (m_steppedInBatch)
        restart();
    m_steppedInBatch = false;
}

std::optional<StoreError> KeyRotationJob::step(int limit) {
    if (m_phase == Phase::Idle)
        return std::nullopt;
    m_steppedInBatch = true;
    if (m_phase == Phase::Messages || m_phase == Phase::Values) {
        auto last = m_phase == Phase::Messages
                        ? m_messages.reseal(m_cursor, limit, &m_resealed, &m_unreadable)
                        : m_values.reseal(m_cursor, limit, &m_resealed, &m_unreadable);
        if (!last)
            return last.error();
        m_cursor = last.value();
        if (m_cursor < 0)
            m_phase = m_phase == Phase::Messages ? Phase::Values : Phase::Finish;
        return std::nullopt;
    }
    // Finish: the full check costs a scan, once per pass.
    const quint32 current = m_sealer.keys().currentId();
    auto inMessages = m_messages.usesOtherKeyThan(current);
    if (!inMessages)
        return inMessages.error();
    auto inValues = m_values.usesOtherKeyThan(current);
    if (!inValues)
        return inValues.error();
    if (inMessages.value() || inValues.value()) {
        // Records the pass could not decrypt would make it loop forever: stop, and leave their
        // keys in use, where the encryption status shows them.
        if (m_unreadable > 0)
            m_phase = Phase::Idle;
        else
            restart();
        return std::nullopt;
    }
    m_phase = Phase::Idle;
    return KeyRegistry::retireAllBut(m_db, current);
}

} // namespace warren::store
