#pragma once

#include <QtGlobal>

namespace warren::engine {

// The process's memory, two ways.
struct MemoryUsage {
    quint64 allocated = 0; // handed out by the allocator and not had back (reserved included)
    quint64 resident = 0;  // pages the process really holds (VmRSS); 0 if unknown
};

MemoryUsage memoryUsage();

// What the memory alarm compares with the high watermark: memory really in use. Allocated
// bytes include reservations never touched (a body announced but not sent costs address
// space, not memory); resident bytes include what the allocator keeps after a free. The
// smaller of the two is neither, and falls again when queues drain, so the alarm can clear.
quint64 memoryInUse(const MemoryUsage& usage);
inline quint64 memoryInUse() {
    return memoryInUse(memoryUsage());
}

} // namespace warren::engine
