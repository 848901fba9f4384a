#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <deque>
#include <memory>
#include <optional>
#include <warren/tapped_message.h>

class QTimer;

namespace warren::core {
class Vhost;
}
namespace warren::services {
class MessageTapHub;
}

namespace warren::http {

// The live taps a remote console runs over the management API (/api/warren/taps). They share the
// engine's MessageTapHub with the embedded console's taps, under ids of their own (owns()), and
// keep what the hub hands over until the console polls for it. Each tap holds at most
// TapBatch::MaxMessagesPerBatch messages and counts the rest as dropped, and one nobody polls
// for the idle timeout is stopped: a console that crashed leaves nothing copying messages.
class HttpTapStore {
public:
    static constexpr quint64 FirstId = quint64(1) << 62;
    static bool owns(quint64 tapId) { return tapId >= FirstId; }

    HttpTapStore(services::MessageTapHub& hub, qint64 idleTimeoutMs);
    ~HttpTapStore();

    // Starts a tap of `exchange` (nullopt: every exchange) for `user`; 0 with *error set when
    // the vhost or exchange does not exist.
    quint64 start(const QByteArray& user, const std::shared_ptr<core::Vhost>& vhost,
                  const std::optional<QByteArray>& exchange, QString* error);
    // Who started the tap and on which vhost; nullopt when there is no such tap.
    struct Owner {
        QByteArray user;
        QByteArray vhost;
    };
    std::optional<Owner> owner(quint64 tapId) const;
    // The messages after sequence number `after` (those up to it are forgotten), the sequence
    // number to continue from, what was dropped since the last poll, and the error that ended
    // the tap (the tap is then gone).
    QJsonObject poll(quint64 tapId, quint64 after);
    void stop(quint64 tapId);
    // A batch from the hub for one of this store's taps.
    void deliver(const TapBatch& batch);

private:
    struct Tap {
        Owner owner;
        std::deque<std::pair<quint64, TappedMessage>> messages; // by sequence number
        quint64 lastSequence = 0;
        quint64 dropped = 0;
        QString error; // set once the hub has ended it
        qint64 lastPolledMs = 0;
    };
    void expireIdle();

    services::MessageTapHub& m_hub;
    qint64 m_idleTimeoutMs;
    quint64 m_lastId = FirstId;
    QHash<quint64, Tap> m_taps;
    std::unique_ptr<QTimer> m_expiry;
};

} // namespace warren::http
