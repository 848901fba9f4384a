#pragma once

#include <QString>

namespace warren::services {

// This broker's node name as RabbitMQ spells node names ("warren@host"): snapshots and the
// management API must name the node the same way, so it is made in one place.
QString nodeName();

} // namespace warren::services
