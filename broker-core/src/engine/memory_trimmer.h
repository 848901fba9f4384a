#pragma once

#include "engine/memory_in_use.h"

#include <atomic>
#include <memory>

namespace warren::engine {

// Gives back to the system what the allocator keeps after large frees: a purge or deletion
// of a big queue, or a drained backlog. glibc returns only the top of its heaps by itself;
// the pages freed in the middle stay resident until malloc_trim. Checked on the engine's
// tick, never per message: it trims when resident memory has grown well beyond what is
// allocated, at most every few seconds, on a pool thread so that the broker thread does not
// wait for it.
class MemoryTrimmer {
public:
    static constexpr quint64 RetainedThreshold = 64 * 1024 * 1024;
    static constexpr qint64 MinIntervalMs = 5000;

    ~MemoryTrimmer();
    void check(const MemoryUsage& usage, qint64 nowMs);

private:
    // Resident but not allocated at the quietest moment seen: code, libraries, thread stacks.
    quint64 m_baseline = ~quint64(0);
    qint64 m_lastTrimMs = 0;
    std::shared_ptr<std::atomic_bool> m_trimming = std::make_shared<std::atomic_bool>(false);
};

} // namespace warren::engine
