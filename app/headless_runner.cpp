#include "headless_runner.h"

#include "signal_watcher.h"

#include <QCoreApplication>
#include <cstdio>

HeadlessRunner::HeadlessRunner(warren::Broker& broker, QObject* parent)
    : QObject(parent)
    , m_broker(broker) {
    connect(&broker, &warren::Broker::listening, this, [](const warren::ListenerInfo& l) {
        // Scripts wait for these exact lines, so they are flushed at once.
        std::fprintf(stdout, "listening %s %s:%u\n", qPrintable(l.scheme), qPrintable(l.host),
                     unsigned(l.port));
        std::fflush(stdout);
    });
    connect(&broker, &warren::Broker::logRecorded, this, [](const warren::LogRecord& record) {
        std::fprintf(stderr, "%s\n", qPrintable(warren::formatLogRecord(record)));
    });
    connect(&broker, &warren::Broker::startFailed, this, [](const QString& reason) {
        std::fprintf(stderr, "warren: %s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    connect(&broker, &warren::Broker::stopped, this, [] { QCoreApplication::exit(0); });
    auto* watcher = new SignalWatcher(this);
    connect(watcher, &SignalWatcher::terminationRequested, this, [this](int) {
        if (m_broker.state() == warren::Broker::State::Running)
            m_broker.stop();
        else
            QCoreApplication::exit(0);
    });
    connect(watcher, &SignalWatcher::reloadRequested, &m_broker, &warren::Broker::rotateStoreKey);
}

void HeadlessRunner::start() {
    m_broker.start();
}
