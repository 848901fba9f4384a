#pragma once

#include "embedded_broker.h"

#include <QByteArray>
#include <QSignalSpy>
#include <QString>
#include <warren/management.h>

// Shared by the suites that drive the console against a real embedded broker (EmbeddedBroker).

// Runs pika (a client written by others) against the broker on `port`, after connecting as
// guest on vhost "/" with channel `ch`; returns the script's stdout, or "FAILED" with its
// stderr logged. Debian's python3 is the one with python3-pika.
QByteArray runPika(quint16 port, const QString& script);

// Adds an MQTT listener on an ephemeral 127.0.0.1 port (an EmbeddedBroker's `adjust`).
void addMqttListener(warren::BrokerConfig& config);
// The port the broker listens on for `scheme` ("mqtt"); 0 when it has no such listener.
quint16 listenerPort(const EmbeddedBroker& embedded, const QString& scheme);

// The next operationFinished result, waiting for it if none has come yet.
warren::OperationResult takeResult(QSignalSpy& finished);
