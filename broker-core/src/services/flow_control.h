#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace warren::log {
class Logger;
}

namespace warren::services {

// Publisher flow control for what Warren itself cannot keep up with, in the spirit of
// RabbitMQ's credit flow (docs/architecture.md, "Flow control"). Warren does its protocol work
// on the broker thread, which reads no more from anyone while it works, so the only places
// where work can pile up unbounded are the two threads it hands work to: the socket writer
// (output for sockets that can take it) and the store's writer (queued writes). When either
// backlog passes its high mark, connections that publish stop being read (state `flow`) until
// it is back under half. A consumer that is slow, or does not read its socket at all, never
// counts: its own output is bounded per connection, and its queue grows (and pages out).
class FlowControl : public QObject {
    Q_OBJECT
public:
    // Each probe returns a backlog in bytes; it is read on every publish, so it must be cheap
    // (an atomic load).
    using Probe = std::function<qint64()>;
    // The callback runs once, on the broker thread, when Warren has caught up. Holders let the
    // token expire to cancel.
    using Waiter = std::shared_ptr<std::function<void()>>;

    FlowControl(log::Logger& logger, QObject* parent = nullptr);

    // Empty probes (no writer thread, no store) never hold anyone back.
    void setWriterProbe(Probe probe, qint64 highMark);
    void setStoreProbe(Probe probe, qint64 highMark);

    // Asked as a connection reads a publish: whether it must stop reading now.
    bool behind();
    // Queues `waiter` until the backlogs are under their low marks.
    void wait(const Waiter& waiter);

    // How long a connection shows `flow` after it was last paced (RabbitMQ's reader shows it
    // for 5 seconds, so that short pauses are visible to a management poll).
    static constexpr qint64 ConnectionShowsFlowMs = 5000;
    // And a channel (RabbitMQ's credit_flow:state/0 uses one second).
    static constexpr qint64 ChannelShowsFlowMs = 1000;

private:
    enum class Cause { None, Writer, Store };
    Cause overHighMark() const;
    bool underLowMarks() const;
    void poll();
    void start(Cause cause);
    void resume();
    void endEpisodeIfQuiet();

    log::Logger& m_logger;
    Probe m_writer;
    Probe m_store;
    qint64 m_writerHigh = 0;
    qint64 m_storeHigh = 0;

    bool m_behind = false;
    std::vector<std::weak_ptr<std::function<void()>>> m_waiters;
    QTimer m_poll; // while behind: is the backlog under its low mark yet?

    // An episode runs from the first pacing until nobody was paced for ConnectionShowsFlowMs;
    // it is logged once when it starts and once when it ends, however often it flaps.
    bool m_inEpisode = false;
    QElapsedTimer m_episodeClock;
    QElapsedTimer m_sinceBehind;
    qint64 m_pausedMs = 0;
    int m_pauses = 0;
    QTimer m_episodeEnd;
};

} // namespace warren::services
