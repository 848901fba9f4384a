#include "engine/memory_in_use.h"

#include <QFile>
#include <QList>
#include <algorithm>
#include <malloc.h>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__)
#define WARREN_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WARREN_ASAN 1
#endif
#endif
#ifdef WARREN_ASAN
#include <sanitizer/allocator_interface.h>
#endif

namespace warren::engine {

namespace {
quint64 residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toULongLong() * quint64(::sysconf(_SC_PAGESIZE)) : 0;
}
} // namespace

MemoryUsage memoryUsage() {
    MemoryUsage usage;
    usage.resident = residentBytes();
#ifdef WARREN_ASAN
    // ASan's allocator answers mallinfo with zeros and keeps freed memory resident in its
    // quarantine; its own statistics still say what is in use.
    usage.allocated = quint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = ::mallinfo2();
    usage.allocated = quint64(info.uordblks) + quint64(info.hblkhd);
#endif
    return usage;
}

quint64 memoryInUse(const MemoryUsage& usage) {
    // An allocator without mallinfo answers 0: resident memory is the next best thing.
    if (usage.allocated == 0)
        return usage.resident;
#ifdef WARREN_ASAN
    return usage.allocated; // ASan's shadow and quarantine are resident but not the broker's
#else
    return usage.resident == 0 ? usage.allocated : std::min(usage.allocated, usage.resident);
#endif
}

} // namespace warren::engine
