#pragma once

#include "store/store_result.h"

#include <QString>
#include <memory>

namespace warren::store {

// Holds an exclusive flock() on <dir>/warren.lock for as long as the store is open, so that a
// second Warren (or a second store in one process) cannot open the same data at the same time.
// The file holds the holder's PID, which is what the refusal names, and, once a store has been
// opened in the directory, a second line saying so: the file outlives every run, so a later
// run can tell a lost database from a directory that never held one. The kernel drops the lock
// when the process dies however it dies, so a stale file from a crash never blocks a restart.
class DataDirLock {
public:
    static constexpr const char* FileName = "warren.lock";

    static StoreResult<std::unique_ptr<DataDirLock>> acquire(const QString& directory);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

    // An earlier run opened a store here (recordStoreOpened() was called while it held the lock).
    bool earlierRunOpenedAStore() const { return m_earlierStore; }
    // Marks the directory as holding a store, for every later run to see.
    void recordStoreOpened();

private:
    DataDirLock(int fd, bool earlierStore);

    int m_fd = -1;
    bool m_earlierStore = false;
};

} // namespace warren::store
