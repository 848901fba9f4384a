#include "services/node_name.h"

#include <QSysInfo>

namespace warren::services {

QString nodeName() {
    return QStringLiteral("warren@") + QSysInfo::machineHostName();
}

} // namespace warren::services
