#include "stomp/stomp_texts.h"

namespace warren::stomp::texts {

namespace {

QString text(const QByteArray& bytes) {
    return QString::fromUtf8(bytes);
}

} // namespace

Refusal notLoggedIn() {
    return {QStringLiteral("Illegal command"),
            QStringLiteral("You must log in using CONNECT first")};
}

Refusal versionMismatch() {
    return {QStringLiteral("Version mismatch"),
            QStringLiteral("Supported versions are 1.0,1.1,1.2\n")};
}

Refusal loginFailed(const QByteArray& user) {
    return {QStringLiteral("Bad CONNECT"),
            QStringLiteral("Access refused for user '%1'\n").arg(text(user))};
}

Refusal vhostDenied(const QByteArray& vhost) {
    return {QStringLiteral("Bad CONNECT"),
            QStringLiteral("Virtual host '%1' access denied").arg(text(vhost))};
}

Refusal nonLoopback() {
    return {QStringLiteral("Bad CONNECT"), QStringLiteral("non-loopback access denied")};
}

Refusal alreadyConnected() {
    return {QStringLiteral("Bad CONNECT"), QStringLiteral("The connection is already logged in\n")};
}

Refusal badCommand(const QByteArray& command) {
    return {QStringLiteral("Bad command"),
            QStringLiteral("Could not interpret command \"%1\"\n").arg(text(command))};
}

Refusal missingDestination(const QByteArray& command) {
    return {QStringLiteral("Missing destination"),
            QStringLiteral("\"%1\" must include a 'destination' header\n").arg(text(command))};
}

Refusal blankDestination() {
    return {QStringLiteral("Invalid destination"), QStringLiteral("Destination cannot be blank")};
}

Refusal unknownDestination(const QByteArray& destination) {
    return {QStringLiteral("Unknown destination"),
            QStringLiteral("'%1' is not a valid destination.\nValid destination types are: "
                           "/temp-queue, /exchange, /topic, /queue, /amq/queue, /reply-queue/.\n")
                .arg(text(destination))};
}

Refusal invalidDestination(const QByteArray& rest, const char* type) {
    return {QStringLiteral("Invalid destination"),
            QStringLiteral("'%1' is not a valid %2 destination\n")
                .arg(text(rest), QLatin1String(type))};
}

Refusal notADestinationFor(const QByteArray& destination, const QByteArray& command) {
    return {QStringLiteral("Invalid destination"),
            QStringLiteral("'%1' is not a valid destination for '%2'\n")
                .arg(text(destination), text(command))};
}

Refusal messageIdOnSend() {
    return {QStringLiteral("Invalid header"),
            QStringLiteral("'message-id' is not allowed on 'SEND'.\n")};
}

Refusal durableWithoutId() {
    return {QStringLiteral("Missing Header"),
            QStringLiteral("Header 'id' is required for durable subscriptions")};
}

Refusal duplicateSubscription(const QByteArray& tag) {
    return {QStringLiteral("Duplicated subscription identifier"),
            QStringLiteral("A subscription identified by '%1' already exists.").arg(text(tag))};
}

Refusal unsubscribeWithoutId() {
    return {QStringLiteral("Missing destination or id"),
            QStringLiteral("UNSUBSCRIBE must include a 'destination' or 'id' header")};
}

Refusal unsubscribeTempQueue() {
    return {QStringLiteral("Invalid id"),
            QStringLiteral("UNSUBSCRIBE 'id' may not start with /temp-queue/\n")};
}

Refusal noSubscription(const QByteArray& what) {
    return {QStringLiteral("No subscription found"),
            QStringLiteral("UNSUBSCRIBE must refer to an existing subscription.\n"
                           "Subscription to \"%1\" not found.\n")
                .arg(text(what))};
}

Refusal missingAckHeader(const QByteArray& command, const char* header) {
    return {QStringLiteral("Missing header"),
            QStringLiteral("\"%1\" must include the \"%2\" header\n")
                .arg(text(command), QLatin1String(header))};
}

Refusal invalidAckHeader(const QByteArray& command, const char* header) {
    return {QStringLiteral("Invalid header"),
            QStringLiteral("\"%1\" must include a valid \"%2\" header\n")
                .arg(text(command), QLatin1String(header))};
}

Refusal ackWithoutSubscription(const QByteArray& id) {
    return {QStringLiteral("Subscription not found"),
            QStringLiteral("Message with id \"%1\" has no subscription").arg(text(id))};
}

Refusal missingTransaction(const QByteArray& command) {
    return {QStringLiteral("Missing transaction"),
            QStringLiteral("\"%1\" must include a 'transaction' header\n").arg(text(command))};
}

Refusal badTransaction(const QByteArray& transaction) {
    return {QStringLiteral("Bad transaction"),
            QStringLiteral("Invalid transaction identifier: \"%1\"\n").arg(text(transaction))};
}

Refusal processingError() {
    return {QStringLiteral("Processing error"), QStringLiteral("Processing error")};
}

Refusal subscriptionCancelled(const QByteArray& what) {
    return {QStringLiteral("Server cancelled subscription"),
            QStringLiteral("The server has canceled a subscription.\n"
                           "No more messages will be delivered for \"%1\".\n")
                .arg(text(what))};
}

Refusal fromCore(const core::Error& error) {
    const char* name = "internal_error";
    switch (error.kind) {
    case core::Error::Kind::NotFound:
        name = "not_found";
        break;
    case core::Error::Kind::AccessRefused:
        name = "access_refused";
        break;
    case core::Error::Kind::ResourceLocked:
        name = "resource_locked";
        break;
    case core::Error::Kind::PreconditionFailed:
        name = "precondition_failed";
        break;
    case core::Error::Kind::NotAllowed:
        name = "not_allowed";
        break;
    }
    // RabbitMQ's text is an AMQP reply-text, a short string: at most 255 bytes, cut with "...".
    QByteArray detail = QString::fromLatin1(name).toUpper().toUtf8() + " - " + error.text.toUtf8();
    if (detail.size() > 255)
        detail = detail.left(252) + "...";
    return {QLatin1String(name), QString::fromUtf8(detail)};
}

Refusal storeFailed() {
    return {QStringLiteral("internal_error"),
            QStringLiteral("INTERNAL_ERROR - the message could not be stored")};
}

Refusal shuttingDown(const QString& reason) {
    return {QStringLiteral("connection_forced"),
            QStringLiteral("CONNECTION_FORCED - %1").arg(reason)};
}

} // namespace warren::stomp::texts
