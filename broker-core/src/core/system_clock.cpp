#include "core/system_clock.h"

#include <QDateTime>

namespace warren::core {

qint64 SystemClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

const SystemClock& SystemClock::instance() {
    static const SystemClock clock;
    return clock;
}

} // namespace warren::core
