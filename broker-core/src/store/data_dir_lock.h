#pragma once

#include "store/store_result.h"

#include <QString>
#include <memory>

namespace warren::store {

// Holds an exclusive flock() on <dir>/warren.lock for as long as the store is open, so that a
// second Warren (or a second store in one process) cannot open the same data at the same time.
// The file holds the holder's PID, which is what the refusal names. The kernel drops the lock
// when the process dies however it dies, so a stale file from a crash never blocks a restart.
class DataDirLock {
public:
    static constexpr const char* FileName = "warren.lock";

    static StoreResult<std::unique_ptr<DataDirLock>> acquire(const QString& directory);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

private:
    explicit DataDirLock(int fd);

    int m_fd = -1;
};

} // namespace warren::store
