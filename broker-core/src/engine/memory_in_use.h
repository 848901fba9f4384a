#pragma once

#include <QtGlobal>

namespace warren::engine {

// Bytes the allocator has handed out and not had back: what the memory alarm compares with
// the high watermark. Unlike resident memory this falls again when queues drain, so the alarm
// can clear.
quint64 memoryInUse();

} // namespace warren::engine
