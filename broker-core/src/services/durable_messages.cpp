#include "services/durable_messages.h"

#include "core/vhost.h"
#include "log/logger.h"
#include "store/message_store.h"

#include <limits>

namespace warren::services {

DurableMessages::DurableMessages(store::MessageStore& store, QObject* context,
                                 std::vector<StoredPropertiesFormat> formats, log::Logger* logger)
    : m_store(store)
    , m_context(context) {
    auto shared = std::make_shared<Formats>();
    shared->list = std::move(formats);
    shared->logger = logger;
    Q_ASSERT(!shared->list.empty());
    m_formats = std::move(shared);
}

store::MessageRecord DurableMessages::Formats::toRecord(const core::Message& message) const {
    const StoredPropertiesFormat& written = list.front();
    store::MessageRecord record;
    record.exchange = message.exchange;
    record.routingKey = message.routingKey;
    record.propertiesFormat = quint8(written.format);
    record.propertiesFormatVersion = written.version;
    record.properties = written.encode(message);
    record.body = message.body; // shared, not copied
    record.priority = message.properties.priority.value_or(0);
    return record;
}

core::MessagePtr DurableMessages::Formats::toMessage(const store::MessageRecord& record) const {
    auto message = std::make_shared<core::Message>();
    message->exchange = record.exchange;
    message->routingKey = record.routingKey;
    message->body = record.body;
    for (const StoredPropertiesFormat& format : list)
        if (quint8(format.format) == record.propertiesFormat &&
            format.version == record.propertiesFormatVersion) {
            format.decode(record.properties, *message);
            return message;
        }
    // Written by a later Warren, or by a protocol this build lacks: the body is delivered, the
    // properties cannot be. Said once per run, not per message.
    if (logger && !unknownFormatLogged.exchange(true))
        logger->warning(QStringLiteral("store"),
                        QStringLiteral("messages with properties in format %1 version %2, "
                                       "which this build cannot read, are delivered without "
                                       "their properties")
                            .arg(record.propertiesFormat)
                            .arg(record.propertiesFormatVersion));
    return message;
}

std::optional<QString> DurableMessages::recover(BrokerContext& context) {
    quint64 total = 0;
    for (const auto& vhost : std::as_const(context.vhosts)) {
        vhost->setPersistence(this); // paged-out messages come back through it
        for (const auto& queue : vhost->queues()) {
            if (!queue->options().durable || queue->options().exclusive)
                continue;
            // Bounded batches: the queue keeps the head in memory and only the place in line
            // of the rest, so recovering a queue larger than memory fits.
            constexpr int RecoveryBatch = 10000;
            quint64 after = 0;
            for (;;) {
                auto loaded =
                    m_store.loadMessages({vhost->name(), queue->name()}, after, RecoveryBatch);
                if (!loaded)
                    return loaded.error().text;
                for (const auto& stored : loaded.value())
                    queue->restore(m_formats->toMessage(stored.record), stored.seq,
                                   stored.redelivered);
                total += loaded.value().size();
                if (loaded.value().size() < size_t(RecoveryBatch))
                    break;
                after = loaded.value().back().seq;
            }
        }
    }
    context.logger->info(QStringLiteral("store"),
                         QStringLiteral("recovered %1 persistent message(s)").arg(total));
    return std::nullopt;
}

std::vector<quint64> DurableMessages::store(const core::Vhost& vhost, const core::Message& message,
                                            const std::vector<core::Queue*>& queues,
                                            std::function<void(bool)> committed) {
    const store::MessageRecord record = m_formats->toRecord(message);
    std::vector<store::QueueRef> refs;
    refs.reserve(queues.size());
    for (const core::Queue* queue : queues)
        refs.push_back({vhost.name(), queue->name()});
    store::Completion done;
    auto callback = std::make_shared<std::function<void(bool)>>(std::move(committed));
    if (*callback) {
        done.context = m_context;
        done.callback = [callback](const std::optional<store::StoreError>& error) {
            (*callback)(!error);
        };
    }
    auto result = m_store.enqueue(record, refs, std::move(done));
    if (!result) {
        // Refused outright (store closed, say): the completion never runs, so say so now.
        if (*callback)
            (*callback)(false);
        return std::vector<quint64>(queues.size(), 0);
    }
    return result.value();
}

void DurableMessages::delivered(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) {
    m_store.markDelivered({vhost.name(), queue.name()}, {seq});
}

void DurableMessages::removed(const core::Vhost& vhost, const core::Queue& queue, quint64 seq) {
    m_store.ack({vhost.name(), queue.name()}, {seq});
}

quint64 DurableMessages::pageOut(const core::Vhost& vhost, const core::Queue& queue,
                                 const core::Message& message) {
    auto seq = m_store.enqueueTransient(m_formats->toRecord(message), {vhost.name(), queue.name()});
    return seq ? seq.value() : 0;
}

void DurableMessages::discardPaged(const core::Vhost& vhost, const core::Queue& queue) {
    m_store.deleteQueue({vhost.name(), queue.name()});
}

core::MessagePersistence::PagedMessages
DurableMessages::Formats::toPaged(std::vector<store::StoredMessage> stored) const {
    PagedMessages paged;
    paged.reserve(stored.size());
    for (const auto& message : stored)
        paged.emplace_back(message.seq, toMessage(message.record));
    return paged;
}

void DurableMessages::fetch(const core::Vhost& vhost, const core::Queue& queue, quint64 afterSeq,
                            int limit, std::function<void(PagedMessages)> done) {
    auto callback = std::make_shared<std::function<void(PagedMessages)>>(std::move(done));
    const auto refused = m_store.fetchMessages(
        {vhost.name(), queue.name()}, afterSeq, limit, m_context,
        [callback,
         formats = m_formats](store::StoreResult<std::vector<store::StoredMessage>> result) {
            (*callback)(result ? formats->toPaged(std::move(result.value())) : PagedMessages{});
        });
    if (refused)
        (*callback)({});
}

core::MessagePersistence::PagedMessages DurableMessages::load(const core::Vhost& vhost,
                                                              const core::Queue& queue,
                                                              quint64 afterSeq, int limit) {
    auto result = m_store.loadMessages({vhost.name(), queue.name()}, afterSeq, limit);
    return result ? m_formats->toPaged(std::move(result.value())) : PagedMessages{};
}

} // namespace warren::services
