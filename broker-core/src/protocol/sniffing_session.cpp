#include "protocol/sniffing_session.h"

namespace warren::protocol {

SniffingSession::SniffingSession(Transport& transport, const Endpoints& endpoints,
                                 std::vector<const ProtocolDescriptor*> candidates)
    : m_transport(transport)
    , m_endpoints(endpoints)
    , m_candidates(std::move(candidates)) {}

void SniffingSession::receive(const char* data, qsizetype size) {
    if (m_session) {
        m_session->receive(data, size);
        return;
    }
    if (m_closed)
        return;
    m_start.append(data, size);
    const ProtocolRegistry::Match match = ProtocolRegistry::recognise(m_candidates, m_start);
    if (match.recognition == Recognition::NeedMoreBytes)
        return;
    start(match.protocol ? *match.protocol : *m_candidates.front());
}

void SniffingSession::start(const ProtocolDescriptor& protocol) {
    m_chosen = &protocol;
    m_session = protocol.createSession(m_transport, m_endpoints);
    if (m_blocked)
        m_session->setPublishingBlocked(m_blocked->first, m_blocked->second);
    const QByteArray start = std::exchange(m_start, {});
    m_session->receive(start.constData(), start.size());
}

OutputBuffer& SniffingSession::output() {
    return m_session ? m_session->output() : m_silence;
}

void SniffingSession::transportClosed() {
    m_closed = true;
    if (m_session)
        m_session->transportClosed();
}

void SniffingSession::transportWritable() {
    if (m_session)
        m_session->transportWritable();
}

void SniffingSession::shutdown(const QString& reason) {
    if (m_session) {
        m_session->shutdown(reason);
        return;
    }
    m_closed = true;
    m_transport.closeAfterFlush();
}

QString SniffingSession::name() const {
    return m_session ? m_session->name() : QString();
}

void SniffingSession::fillSnapshot(BrokerSnapshot& snapshot) const {
    if (m_session)
        m_session->fillSnapshot(snapshot);
}

void SniffingSession::tick(qint64 nowMs) {
    if (m_session) {
        m_session->tick(nowMs);
        return;
    }
    if (m_firstTickMs < 0)
        m_firstTickMs = nowMs;
    if (!m_closed && nowMs - m_firstTickMs >= SilenceTimeoutMs) {
        m_closed = true;
        m_transport.closeAfterFlush();
    }
}

void SniffingSession::setPublishingBlocked(bool blocked, const QString& reason) {
    if (m_session)
        m_session->setPublishingBlocked(blocked, reason);
    else
        m_blocked = {blocked, reason};
}

SessionFactory sessionFactoryFor(std::vector<const ProtocolDescriptor*> candidates) {
    if (candidates.size() == 1)
        return candidates.front()->createSession;
    return [candidates = std::move(candidates)](Transport& transport, const Endpoints& endpoints) {
        return std::unique_ptr<ProtocolSession>(
            std::make_unique<SniffingSession>(transport, endpoints, candidates));
    };
}

} // namespace warren::protocol
