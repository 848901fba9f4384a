#pragma once

#include <QByteArray>
#include <QString>

namespace warren::ops {

// Who asks for an operation: the embedded console, which has every right (whoever runs it owns
// the broker), or a user of a front end, who has the rights RabbitMQ would give them.
struct Actor {
    QByteArray user; // empty for the console
    bool console = false;
    // How log lines name where the request came from ("the console", "the management API").
    QString via;

    static Actor theConsole() { return {{}, true, QStringLiteral("the console")}; }
    static Actor apiUser(const QByteArray& user) {
        return {user, false, QStringLiteral("the management API")};
    }
};

} // namespace warren::ops
