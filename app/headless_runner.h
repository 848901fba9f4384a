#pragma once

#include <QObject>
#include <warren/broker.h>

// Runs the broker without a window: "listening SCHEME HOST:PORT" lines on stdout as listeners
// come up, log records on stderr, a clean stop on SIGINT/SIGTERM, a store key rotation on
// SIGHUP.
class HeadlessRunner final : public QObject {
    Q_OBJECT
public:
    explicit HeadlessRunner(warren::Broker& broker, QObject* parent = nullptr);

    void start();

private:
    warren::Broker& m_broker;
};
