#pragma once

#include "protocol/protocol_registry.h"

#include <QByteArray>
#include <memory>
#include <optional>
#include <vector>

namespace warren::protocol {

// The session of a listener that several protocols share (AMQP 0-9-1 and 1.0 on 5672): it holds
// the client's first bytes until one protocol recognises them, then starts that protocol's
// session and hands it everything so far. Bytes no candidate recognises go to the listener's
// own protocol (the first candidate), which answers them as it answers any bad header (AMQP:
// its protocol header, as RabbitMQ does). Until then it writes nothing and reports no
// connection: a port scanner is not a client.
class SniffingSession : public ProtocolSession {
public:
    SniffingSession(Transport& transport, const Endpoints& endpoints,
                    std::vector<const ProtocolDescriptor*> candidates);

    // A client that says nothing for this long is dropped, as RabbitMQ drops one that does not
    // finish its handshake (handshake_timeout).
    static constexpr qint64 SilenceTimeoutMs = 10'000;

    void receive(const char* data, qsizetype size) override;
    OutputBuffer& output() override;
    void transportClosed() override;
    void transportWritable() override;
    void shutdown(const QString& reason) override;
    QString name() const override;
    void fillSnapshot(BrokerSnapshot& snapshot) const override;
    void tick(qint64 nowMs) override;
    void setPublishingBlocked(bool blocked, const QString& reason) override;

    // The protocol chosen, once the first bytes have decided; nullptr before.
    const ProtocolDescriptor* chosen() const { return m_chosen; }

private:
    void start(const ProtocolDescriptor& protocol);

    Transport& m_transport;
    Endpoints m_endpoints;
    std::vector<const ProtocolDescriptor*> m_candidates;
    QByteArray m_start; // the bytes so far, while undecided
    const ProtocolDescriptor* m_chosen = nullptr;
    std::unique_ptr<ProtocolSession> m_session;
    OutputBuffer m_silence; // what output() is while undecided: always empty
    std::optional<std::pair<bool, QString>> m_blocked; // a resource alarm raised before the start
    qint64 m_firstTickMs = -1;
    bool m_closed = false;
};

// A session factory for a listener served by `candidates` (its own protocol first): the
// protocol's own factory when it is alone, a SniffingSession otherwise.
SessionFactory sessionFactoryFor(std::vector<const ProtocolDescriptor*> candidates);

} // namespace warren::protocol
