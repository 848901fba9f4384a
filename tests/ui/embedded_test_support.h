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

// The next operationFinished result, waiting for it if none has come yet.
warren::OperationResult takeResult(QSignalSpy& finished);
