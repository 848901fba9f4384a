#pragma once

#include <QString>
#include <optional>

namespace warren::ops {

// What the operations layer asks of the client connections, which the engine owns: closing one,
// whose one is, and whether a vhost has any. Kept to an interface so that ops/ does not depend
// on the engine's sessions.
class Clients {
public:
    virtual ~Clients() = default;
    // The user the client connection named `name` (as in snapshots) logged in as; none if
    // there is no such client connection.
    virtual std::optional<QString> connectionUser(const QString& name) const = 0;
    // Closes it (AMQP: 320 CONNECTION_FORCED - `reason`), logging who asked (`by`); false when
    // there is none.
    virtual bool closeConnectionNamed(const QString& name, const QString& reason,
                                      const QString& by) = 0;
    // Whether clients are connected to `vhost` (deleting it is refused then).
    virtual bool vhostInUse(const QString& vhost) const = 0;
};

} // namespace warren::ops
