#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT, SIGTERM and SIGHUP into Qt signals on the main thread (self-pipe trick): a
// signal handler may only write to a pipe; the event loop does the rest.
class SignalWatcher final : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);
    // SIGHUP: daemons take it as "reload"; for Warren it means "rotate the store's key".
    void reloadRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};
