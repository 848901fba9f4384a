#include "engine/memory_in_use.h"

#include <QFile>
#include <QList>
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

quint64 memoryInUse() {
#ifdef WARREN_ASAN
    // ASan's allocator answers mallinfo with zeros and keeps freed memory resident in its
    // quarantine; its own statistics still say what is in use.
    return quint64(__sanitizer_get_current_allocated_bytes());
#else
    const struct mallinfo2 info = ::mallinfo2();
    const quint64 used = quint64(info.uordblks) + quint64(info.hblkhd);
    if (used != 0)
        return used;
    // An allocator without mallinfo: resident memory is the next best thing.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toULongLong() * quint64(::sysconf(_SC_PAGESIZE)) : 0;
#endif
}

} // namespace warren::engine
