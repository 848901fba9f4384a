#include "engine/store_key_rotation.h"

#include "log/logger.h"
#include "store/env_key_provider.h"
#include "store/file_key_provider.h"
#include "store/message_store.h"

#include <QStringList>

namespace warren::engine {

namespace {
const QString Category = QStringLiteral("store");
// How often the broker thread asks the store whether re-encryption has ended.
constexpr int PollIntervalMs = 200;
// encryptionStatus() waits until the writer has committed everything queued before it; with a
// longer backlog than this (a fraction of one batch) a tick is skipped rather than let the
// broker thread wait for it.
constexpr quint64 MaxBacklogToPoll = 1024;
} // namespace

StoreKeyRotation::StoreKeyRotation(store::MessageStore& store,
                                   std::shared_ptr<store::KeyProvider> keys, log::Logger& logger,
                                   QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_keys(std::move(keys))
    , m_file(dynamic_cast<store::FileKeyProvider*>(m_keys.get()))
    , m_logger(logger)
    , m_poll(this) {
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, [this] { poll(); });
    auto status = m_store.encryptionStatus();
    if (!status)
        return; // a store that cannot answer reports that on the writes that follow
    const quint32 current = status.value().currentKeyId;
    if (status.value().rotating) {
        m_logger.info(Category, QStringLiteral("key rotation under way at startup: re-encrypting "
                                               "the records still under older keys with key %1")
                                    .arg(current));
        watch(current);
    } else if (holdsOlderKeys(current)) {
        watch(current); // a rotation that ended just before the last stop
    }
}

bool StoreKeyRotation::holdsOlderKeys(quint32 current) const {
    if (!m_file)
        return false;
    auto ring = m_file->loadKeys(false);
    return ring && !ring.value().isEmpty() && ring.value().ids().front() < current;
}

void StoreKeyRotation::request() {
    if (m_newKey != 0) {
        m_logger.info(Category, QStringLiteral("a key rotation to key %1 is already under way; "
                                               "this request changes nothing")
                                    .arg(m_newKey));
        return;
    }
    if (!m_file) {
        refuseForeignProvider();
        return;
    }
    auto added = m_file->addKey();
    if (!added) {
        fail(added.error().text);
        return;
    }
    const quint32 id = added.value();
    m_newKey = id; // a second request before the store answers is already "under way"
    // With `this` as the context the answer never arrives after the store has been shut down.
    store::Completion done{
        this, [this, id](const std::optional<store::StoreError>& error) { started(id, error); }};
    if (auto refused = m_store.rotateKeys(std::move(done)))
        fail(refused->text);
}

void StoreKeyRotation::started(quint32 newKey, const std::optional<store::StoreError>& error) {
    if (error) {
        fail(error->text);
        return;
    }
    m_logger.info(Category, QStringLiteral("key rotation started: new key %1").arg(newKey));
    watch(newKey);
}

void StoreKeyRotation::refuseForeignProvider() {
    if (!dynamic_cast<store::EnvKeyProvider*>(m_keys.get())) {
        m_logger.warning(Category, QStringLiteral("cannot rotate the key: the keys come from %1, "
                                                  "which Warren cannot change; add a key with a "
                                                  "higher id there and restart Warren")
                                       .arg(m_keys->describe()));
        return;
    }
    // EnvKeyProvider takes "<id>:<base64>" entries separated by commas, the highest id current;
    // a lone key without an id is key 1 and may not be mixed with entries.
    auto ring = m_keys->loadKeys(false);
    const quint32 next = ring ? ring.value().currentId() + 1 : 2;
    m_logger.warning(Category,
                     QStringLiteral("cannot rotate the key: the keys come from %1, which Warren "
                                    "cannot change; restart Warren with a new key appended to it "
                                    "as ',%2:<base64 key>' (the highest id; 'openssl rand -base64 "
                                    "32' makes one, and a lone old key must be written as "
                                    "'1:<base64 key>'), and the records will be re-encrypted "
                                    "under the new key")
                         .arg(m_keys->describe())
                         .arg(next));
}

void StoreKeyRotation::watch(quint32 newKey) {
    m_newKey = newKey;
    m_poll.start();
}

void StoreKeyRotation::poll() {
    if (m_store.statistics().pendingOperations > MaxBacklogToPoll)
        return;
    auto status = m_store.encryptionStatus();
    if (!status) {
        fail(status.error().text);
        return;
    }
    if (status.value().rotating)
        return;
    QStringList stillInUse;
    for (quint32 id : status.value().keysInUse)
        if (id != status.value().currentKeyId)
            stillInUse << QString::number(id);
    if (!stillInUse.isEmpty()) {
        // The pass stops at records it cannot decrypt; their keys must stay, or they are lost.
        fail(QStringLiteral("some records could not be decrypted and still need key(s) %1, so "
                            "the old keys stay where they are")
                 .arg(stillInUse.join(QStringLiteral(", "))));
        return;
    }
    finish(status.value().currentKeyId);
}

void StoreKeyRotation::finish(quint32 current) {
    m_poll.stop();
    m_newKey = 0;
    if (!m_file) {
        m_logger.info(Category, QStringLiteral("key rotation finished: records re-encrypted under "
                                               "key %1; older keys may now be removed from %2")
                                    .arg(current)
                                    .arg(m_keys->describe()));
        return;
    }
    auto ring = m_file->loadKeys(false);
    if (!ring) {
        fail(ring.error().text);
        return;
    }
    // Only keys older than the new one: a key added by hand meanwhile is not ours to drop.
    for (quint32 id : ring.value().ids())
        if (id < current)
            if (auto error = m_file->removeKey(id)) {
                fail(error->text);
                return;
            }
    m_logger.info(Category, QStringLiteral("key rotation finished: records re-encrypted under key "
                                           "%1; old keys removed from %2")
                                .arg(current)
                                .arg(m_file->path()));
}

void StoreKeyRotation::fail(const QString& sentence) {
    m_poll.stop();
    m_newKey = 0;
    m_logger.error(Category, QStringLiteral("key rotation failed: %1").arg(sentence));
}

} // namespace warren::engine
