#pragma once

#include "backends/embedded_backend.h"

#include <QByteArray>
#include <QSignalSpy>
#include <QString>
#include <QTemporaryDir>
#include <warren/management.h>

// Shared by the suites that drive the console against a real embedded broker.

// A fresh broker on a fresh data directory and an ephemeral AMQP port, with the console's
// backend on it: what every end-to-end test starts from.
struct EmbeddedBroker {
    QTemporaryDir dataDir;
    warren::Broker* broker = nullptr;
    EmbeddedBackend* backend = nullptr;
};
// Starts one; nullptr when it did not start in time.
EmbeddedBroker* startEmbeddedBroker();
// Stops it, waits, and deletes it; false when it did not stop in time.
bool stopEmbeddedBroker(EmbeddedBroker* embedded);

// Runs pika (a client written by others) against the broker on `port`, after connecting as
// guest on vhost "/" with channel `ch`; returns the script's stdout, or "FAILED" with its
// stderr logged.
QByteArray runPika(quint16 port, const QString& script);

// The next operationFinished result, waiting for it if none has come yet.
warren::OperationResult takeResult(QSignalSpy& finished);
