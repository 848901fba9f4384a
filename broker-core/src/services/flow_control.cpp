#include "services/flow_control.h"

#include "log/logger.h"

namespace warren::services {

namespace {
QString mib(qint64 bytes) {
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}
} // namespace

FlowControl::FlowControl(log::Logger& logger, QObject* parent)
    : QObject(parent)
    , m_logger(logger)
    , m_poll(this)
    , m_episodeEnd(this) {
    // Short: a paused publisher waits at most this long after the backlog has drained.
    m_poll.setInterval(2);
    connect(&m_poll, &QTimer::timeout, this, &FlowControl::poll);
    m_episodeEnd.setSingleShot(true);
    connect(&m_episodeEnd, &QTimer::timeout, this, &FlowControl::endEpisodeIfQuiet);
}

void FlowControl::setWriterProbe(Probe probe, qint64 highMark) {
    m_writer = std::move(probe);
    m_writerHigh = highMark;
    if (!m_writer && !m_store && m_behind)
        resume();
}

void FlowControl::setStoreProbe(Probe probe, qint64 highMark) {
    m_store = std::move(probe);
    m_storeHigh = highMark;
    if (!m_writer && !m_store && m_behind)
        resume();
}

FlowControl::Cause FlowControl::overHighMark() const {
    if (m_store && m_store() > m_storeHigh)
        return Cause::Store;
    if (m_writer && m_writer() > m_writerHigh)
        return Cause::Writer;
    return Cause::None;
}

bool FlowControl::underLowMarks() const {
    return (!m_store || m_store() <= m_storeHigh / 2) &&
           (!m_writer || m_writer() <= m_writerHigh / 2);
}

bool FlowControl::behind() {
    if (m_behind)
        return true;
    const Cause cause = overHighMark();
    if (cause == Cause::None)
        return false;
    start(cause);
    return true;
}

void FlowControl::wait(const Waiter& waiter) {
    m_waiters.push_back(waiter);
    if (!m_behind) // caught up already: resume on the next loop turn, never from inside the caller
        QTimer::singleShot(0, this, [this] {
            if (!m_behind)
                resume();
        });
}

void FlowControl::start(Cause cause) {
    m_behind = true;
    m_sinceBehind.start();
    m_pauses++;
    m_poll.start();
    m_episodeEnd.stop();
    if (m_inEpisode)
        return;
    m_inEpisode = true;
    m_episodeClock.start();
    m_pausedMs = 0;
    m_pauses = 1;
    const QString why =
        cause == Cause::Store
            ? QStringLiteral("the store's writer thread has %1 MiB of writes queued (high mark "
                             "%2 MiB)")
                  .arg(mib(m_store()), mib(m_storeHigh))
            : QStringLiteral("the socket writer thread has %1 MiB of output for sockets that "
                             "can take it (high mark %2 MiB)")
                  .arg(mib(m_writer()), mib(m_writerHigh));
    m_logger.warning(QStringLiteral("flow"),
                     QStringLiteral("flow control: %1; connections that publish are paced "
                                    "(state 'flow') until it catches up")
                         .arg(why));
}

void FlowControl::poll() {
    if (m_behind && underLowMarks())
        resume();
}

void FlowControl::resume() {
    if (m_behind) {
        m_behind = false;
        m_poll.stop();
        m_pausedMs += m_sinceBehind.elapsed();
        m_episodeEnd.start(int(ConnectionShowsFlowMs));
    }
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto& weak : waiters)
        if (auto callback = weak.lock())
            (*callback)();
}

void FlowControl::endEpisodeIfQuiet() {
    if (m_behind || !m_inEpisode)
        return;
    m_inEpisode = false;
    m_logger.info(QStringLiteral("flow"),
                  QStringLiteral("flow control ended: Warren caught up; publishers were paced "
                                 "%1 time(s) for %2 ms in all over %3 s")
                      .arg(m_pauses)
                      .arg(m_pausedMs)
                      .arg(QString::number(double(m_episodeClock.elapsed()) / 1000, 'f', 1)));
}

} // namespace warren::services
