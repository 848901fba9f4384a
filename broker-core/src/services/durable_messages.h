#pragma once

#include "core/message_persistence.h"
#include "services/broker_context.h"
#include "services/stored_properties_format.h"
#include "store/stored_message.h"

#include <QObject>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace warren::store {
class MessageStore;
}

namespace warren::services {

// Persistent messages of durable queues in the store: written as they arrive (the publisher's
// confirm waits for the commit), marked when delivered, removed when they leave, and queued
// again at startup. Other messages of long queues page out through it too, for this run only.
class DurableMessages final : public core::MessagePersistence {
public:
    // Completions run on `context`'s thread (the broker thread) and stop with it. Properties
    // are written in the first of `formats` and read back in whichever of them they were
    // written in; `logger` hears of records in none of them.
    DurableMessages(store::MessageStore& store, QObject* context,
                    std::vector<StoredPropertiesFormat> formats, log::Logger* logger);

    // Puts every durable queue's stored messages back into it, in order, in batches so that
    // a long queue pages out as it is rebuilt; delivered-unacked ones come back redelivered.
    // Returns one sentence on failure.
    std::optional<QString> recover(BrokerContext& context);

    std::vector<quint64> store(const core::Vhost& vhost, const core::Message& message,
                               const std::vector<core::Queue*>& queues,
                               std::function<void(bool)> committed) override;
    void delivered(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) override;
    void removed(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) override;
    quint64 pageOut(const core::Vhost& vhost, const core::Queue& queue,
                    const core::Message& message) override;
    void discardPaged(const core::Vhost& vhost, const core::Queue& queue) override;
    void fetch(const core::Vhost& vhost, const core::Queue& queue, quint64 afterSeq, int limit,
               std::function<void(PagedMessages)> done) override;
    PagedMessages load(const core::Vhost& vhost, const core::Queue& queue, quint64 afterSeq,
                       int limit) override;

private:
    // Shared with completions that may run after a fetch's caller is gone.
    struct Formats {
        std::vector<StoredPropertiesFormat> list;
        log::Logger* logger = nullptr;
        mutable std::atomic<bool> unknownFormatLogged{false};
        store::MessageRecord toRecord(const core::Message& message) const;
        core::MessagePtr toMessage(const store::MessageRecord& record) const;
        PagedMessages toPaged(std::vector<store::StoredMessage> stored) const;
    };

    store::MessageStore& m_store;
    QObject* m_context;
    std::shared_ptr<const Formats> m_formats;
};

} // namespace warren::services
