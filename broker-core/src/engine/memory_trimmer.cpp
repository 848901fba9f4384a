#include "engine/memory_trimmer.h"

#include <QThreadPool>
#include <malloc.h>

namespace warren::engine {

MemoryTrimmer::~MemoryTrimmer() = default;

void MemoryTrimmer::check(const MemoryUsage& usage, qint64 nowMs) {
    if (usage.allocated == 0 || usage.resident == 0 || usage.resident < usage.allocated)
        return; // no allocator statistics (or ASan's): nothing to compare
    const quint64 retained = usage.resident - usage.allocated;
    m_baseline = std::min(m_baseline, retained);
    if (retained - m_baseline < RetainedThreshold || nowMs - m_lastTrimMs < MinIntervalMs)
        return;
    if (m_trimming->exchange(true))
        return; // the last one is still at it
    m_lastTrimMs = nowMs;
    QThreadPool::globalInstance()->start([trimming = m_trimming] {
        ::malloc_trim(0);
        trimming->store(false);
    });
}

} // namespace warren::engine
