#include "models/client_identity.h"

ClientIdentity ClientIdentity::of(const warren::ConnectionInfo& connection) {
    ClientIdentity identity;
    identity.application = connection.connectionName;
    // An MQTT client names itself by its client id, which is what its operator looks for.
    if (identity.application.isEmpty())
        identity.application =
            connection.clientProperties.value(QLatin1String("client_id")).toString();
    identity.user = connection.user;
    identity.library = connection.clientProduct;
    // The product alone ("pika") says less than with its version, which the client properties
    // carry beside it; a broker that reports only a product string keeps it as it is.
    const QString version = connection.clientProperties.value(QLatin1String("version")).toString();
    if (!version.isEmpty() && !identity.library.contains(version))
        identity.library += QLatin1Char(' ') + version;
    return identity;
}

QHash<QString, ClientIdentity>
ClientIdentity::byConnection(const QList<warren::ConnectionInfo>& connections) {
    QHash<QString, ClientIdentity> identities;
    identities.reserve(connections.size());
    for (const warren::ConnectionInfo& connection : connections)
        identities.insert(connection.name, of(connection));
    return identities;
}
