#include "engine/node_name.h"

#include <QSysInfo>

namespace warren::engine {

QString nodeName() {
    return QStringLiteral("warren@") + QSysInfo::machineHostName();
}

} // namespace warren::engine
