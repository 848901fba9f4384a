#pragma once

#include <atomic>

namespace warren::store::testing {

// An SQLite VFS that wraps the default one and, on demand, fails every write with SQLITE_FULL:
// a full disk without root, loop mounts or filling a real file system. Open the store with
// Options::vfs = FaultInjectingVfs::Name.
class FaultInjectingVfs {
public:
    static constexpr const char* Name = "warren-fault-injecting";

    // Registers the VFS (not as the default); safe to call more than once.
    static void install();
    static void setDiskFull(bool full);
    // Writes refused since install().
    static int refusedWrites();

private:
    static std::atomic<bool> s_diskFull;
    static std::atomic<int> s_refused;
};

} // namespace warren::store::testing
