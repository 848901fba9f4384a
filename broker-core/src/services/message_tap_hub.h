#pragma once

#include "core/message_tap.h"

#include <QByteArray>
#include <QHash>
#include <functional>
#include <memory>
#include <optional>
#include <warren/tapped_message.h>

class QObject;
class QTimer;

namespace warren::core {
class Vhost;
}

namespace warren::services {

// The console's live taps. Each tap watches one exchange of a vhost, or all of them; the
// vhost hands every message published there to tapped(), which copies what a tap wants into
// its pending batch. A timer hands the batches over a few times a second. Each batch is
// bounded (TapBatch::MaxMessagesPerBatch, bodies cut at TapBatch::MaxBodyBytes), so a tap
// costs the broker bounded memory however fast messages flow and however slow the console.
class MessageTapHub final : public core::MessageTap {
public:
    using Sink = std::function<void(TapBatch)>;
    // The flush timer is parented to `timerOwner`, so it lives on the broker thread.
    MessageTapHub(QObject* timerOwner, Sink sink);
    ~MessageTapHub() override;

    // `exchange` nullopt: every exchange of the vhost ("" is the default exchange). Returns
    // false with *error set when the vhost or exchange does not exist.
    bool start(quint64 tapId, const std::shared_ptr<core::Vhost>& vhost,
               const std::optional<QByteArray>& exchange, QString* error);
    void stop(quint64 tapId);
    // Ends every tap with `reason` (the broker stops).
    void endAll(const QString& reason);
    int tapCount() const { return int(m_taps.size()); }

    void tapped(const core::Vhost& vhost, const core::Exchange& exchange,
                const core::Message& message, int routedQueues) override;

    // Hands over what each tap gathered; ends taps whose vhost or exchange has gone.
    void flush();

private:
    struct Tap {
        std::weak_ptr<core::Vhost> vhost;
        const core::Vhost* vhostKey = nullptr; // which vhost's publishes reach it
        std::optional<QByteArray> exchange;    // nullopt: all
        TapBatch pending;
    };
    void end(quint64 tapId, const QString& reason);
    void updateWanted();

    Sink m_sink;
    QTimer* m_flushTimer;
    QHash<quint64, Tap> m_taps;
};

} // namespace warren::services
