#pragma once

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace warren::store {
class FileKeyProvider;
class KeyProvider;
class MessageStore;
struct StoreError;
} // namespace warren::store

namespace warren::log {
class Logger;
}

namespace warren::engine {

// The operator's key rotation (SIGHUP, `warren --rotate-key`): a fresh key appended to the key
// file, the store told to re-encrypt under it, and the old keys dropped from the file once no
// record needs them. The store re-encrypts on its writer thread; this side only watches, with a
// timer, so the broker thread never waits for the whole pass. Lives on the broker thread and
// must go before the store it watches.
class StoreKeyRotation final : public QObject {
public:
    // Picks up a rotation the store resumed on opening (one cut short by a stop), or one that
    // ended just before the stop, so that its old keys still leave the key file.
    StoreKeyRotation(store::MessageStore& store, std::shared_ptr<store::KeyProvider> keys,
                     log::Logger& logger, QObject* parent = nullptr);

    // What SIGHUP asks for: starts a rotation, or logs why it does not.
    void request();

private:
    bool holdsOlderKeys(quint32 current) const;
    void refuseForeignProvider();
    void started(quint32 newKey, const std::optional<store::StoreError>& error);
    void watch(quint32 newKey);
    void poll();
    void finish(quint32 current);
    void fail(const QString& sentence);

    store::MessageStore& m_store;
    std::shared_ptr<store::KeyProvider> m_keys;
    // Null when the keys come from elsewhere (WARREN_STORE_KEY): Warren cannot add to those.
    store::FileKeyProvider* m_file = nullptr;
    log::Logger& m_logger;
    QTimer m_poll;
    quint32 m_newKey = 0; // non-zero while a rotation is under way
};

} // namespace warren::engine
