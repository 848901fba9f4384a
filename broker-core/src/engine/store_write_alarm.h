#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace warren::log {
class Logger;
}
namespace warren::store {
class MessageStore;
}

namespace warren::engine {

// A write the store could not commit (a full disk, an I/O error) is a resource alarm of its
// own: the free-space check only sees a disk that is nearly full, not a quota, a file size
// limit or a disk that filled between two checks. From the first failed batch publishers are
// blocked; a small probe write is tried on every tick, and the alarm clears when one commits.
// Nothing confirmed is at risk meanwhile: confirms only follow commits.
class StoreWriteAlarm {
public:
    // Completions run on `context`'s thread (the broker thread).
    StoreWriteAlarm(store::MessageStore& store, QObject* context, log::Logger& logger,
                    QString dataDir);

    // Called on every engine tick; never waits for the store.
    void check();
    bool active() const { return m_active; }

private:
    void probe();

    store::MessageStore& m_store;
    QObject* m_context;
    log::Logger& m_logger;
    QString m_dataDir;
    quint64 m_failuresSeen = 0;
    bool m_active = false;
    bool m_probing = false;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace warren::engine
