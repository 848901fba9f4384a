#include "ops/message_transfer.h"

#include "core/vhost.h"
#include "ops/commit_tracker.h"
#include "ops/message_peek.h"
#include "ops/operation_errors.h"
#include "ops/operation_results.h"
#include "services/change_journal.h"

#include <QSet>

namespace warren::ops {

namespace {

using Mode = MessageTransfer::Mode;

OperationResult::Kind kindOf(Mode mode) {
    switch (mode) {
    case Mode::Copy:
        return OperationResult::Kind::CopyMessages;
    case Mode::Move:
        return OperationResult::Kind::MoveMessages;
    case Mode::RequeueDeadLettered:
        return OperationResult::Kind::RequeueDeadLettered;
    }
    return OperationResult::Kind::CopyMessages;
}

// One selected message, ready to go: its copy, and where and by which keys it is routed.
struct Planned {
    quint64 id = 0;
    core::MessagePtr copy;
    std::shared_ptr<core::Exchange> exchange;
    std::vector<QByteArray> routingKeys;
};

// Where a dead-lettered message came from, by its most recent x-death entry (RabbitMQ keeps
// them most recent first).
struct DeathOrigin {
    QByteArray queue;
    QByteArray exchange;
    std::vector<QByteArray> routingKeys;
};

std::optional<DeathOrigin> lastDeath(const core::Message& message) {
    const core::FieldValue* deaths =
        core::findField(message.properties.headersOrEmpty(), "x-death");
    const auto* array = deaths ? deaths->get<core::FieldArray>() : nullptr;
    const auto* entry = array && !array->empty() ? array->front().get<core::FieldTable>() : nullptr;
    if (!entry)
        return std::nullopt;
    auto bytes = [&](const char* key) {
        const core::FieldValue* value = core::findField(*entry, key);
        return value ? value->toBytes().value_or(QByteArray()) : QByteArray();
    };
    DeathOrigin origin{bytes("queue"), bytes("exchange"), {}};
    if (const core::FieldValue* keys = core::findField(*entry, "routing-keys"))
        if (const auto* list = keys->get<core::FieldArray>())
            for (const core::FieldValue& key : *list)
                if (const auto text = key.toBytes())
                    origin.routingKeys.push_back(*text);
    return origin;
}

// Fills in where `planned.copy` goes; false when the message is to be skipped, and `result`
// refused as well when the whole transfer must stop.
bool planRoute(core::Vhost& vhost, const MessageTransfer& transfer, const core::Message& original,
               Planned& planned, OperationResult& result) {
    auto copy = std::make_shared<core::Message>(original);
    QByteArray exchangeName;
    if (transfer.mode == Mode::RequeueDeadLettered) {
        const auto origin = lastDeath(original);
        if (!origin)
            return false;
        exchangeName = origin->exchange;
        // RabbitMQ: a message that died after going through the default exchange goes back
        // to its queue by name.
        planned.routingKeys =
            exchangeName.isEmpty() ? std::vector<QByteArray>{origin->queue} : origin->routingKeys;
        if (!planned.routingKeys.empty())
            copy->routingKey = planned.routingKeys.front();
    } else {
        exchangeName = transfer.exchange.toUtf8();
        if (!transfer.routingKey.isEmpty())
            copy->routingKey = transfer.routingKey.toUtf8();
        planned.routingKeys = copy->allRoutingKeys();
    }
    copy->exchange = exchangeName;
    planned.exchange = vhost.exchange(exchangeName);
    if (!planned.exchange) {
        refuse(result, ErrorKind::NotFound, vhost.notFoundExchange(exchangeName));
        return false;
    }
    std::vector<core::Queue*> queues;
    vhost.resolveRoute(*planned.exchange, *copy, planned.routingKeys, queues);
    if (queues.empty()) {
        // Refused rather than dropped: a transfer is all or nothing.
        refuse(result, ErrorKind::PreconditionFailed,
               QStringLiteral("a message would reach no queue through exchange '%1' with "
                              "routing key '%2'; nothing was changed")
                   .arg(QString::fromUtf8(exchangeName), QString::fromUtf8(copy->routingKey)));
        return false;
    }
    planned.copy = std::move(copy);
    return true;
}

QString howText(const MessageTransfer& transfer) {
    const QString destination = transfer.exchange.isEmpty()
                                    ? QStringLiteral("the default exchange")
                                    : QStringLiteral("exchange '%1'").arg(transfer.exchange);
    switch (transfer.mode) {
    case Mode::Copy:
        return QStringLiteral("copied to %1").arg(destination);
    case Mode::Move:
        return QStringLiteral("moved to %1").arg(destination);
    case Mode::RequeueDeadLettered:
        return QStringLiteral("requeued to where they were dead-lettered from");
    }
    return {};
}

} // namespace

void transferMessages(services::BrokerContext& context, const MessageTransfer& transfer,
                      OperationDone done) {
    auto result = resultFor(kindOf(transfer.mode), transfer.vhost, transfer.queue);
    core::Vhost* vhost = context.vhost(transfer.vhost.toUtf8());
    const auto queue = vhost ? vhost->queue(transfer.queue.toUtf8()) : nullptr;
    if (!queue) {
        refuse(result, ErrorKind::NotFound,
               vhost ? vhost->notFoundQueue(transfer.queue.toUtf8()) : noVhost(transfer.vhost));
        done(std::move(result));
        return;
    }

    // First every message is looked at, so that a refusal changes nothing.
    std::vector<Planned> plan;
    QSet<quint64> seen;
    for (const quint64 id : transfer.messageIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const core::QueuedMessage* queued = queue->findReady(id);
        const core::MessagePtr content = queued ? contentOf(*vhost, *queue, *queued) : nullptr;
        Planned planned;
        planned.id = id;
        if (content && planRoute(*vhost, transfer, *content, planned, result)) {
            plan.push_back(std::move(planned));
            continue;
        }
        if (result.errorKind != ErrorKind::None) {
            done(std::move(result));
            return;
        }
        result.skipped++; // delivered or gone since the peek, or never dead-lettered
    }

    auto tracker = CommitTracker::start(std::move(result), std::move(done));
    OperationResult& answer = tracker->result();
    const bool removeOriginal = transfer.mode != Mode::Copy;
    for (const Planned& planned : plan) {
        // Out of line first, so a consumer cannot be handed the original meanwhile (the copy
        // may even go back into this very queue).
        std::optional<core::QueuedMessage> taken;
        if (removeOriginal) {
            taken = queue->takeReady(planned.id);
            if (!taken) {
                answer.skipped++;
                continue;
            }
        }
        // The original's record goes only once its copy is on disk; a copy that could not be
        // stored leaves the original where it was (confirmed means durable, for moves too).
        auto original = std::make_shared<std::optional<core::QueuedMessage>>(std::move(taken));
        const std::weak_ptr<core::Queue> source = queue;
        const auto routed =
            tracker->publish(*vhost, *planned.exchange, planned.copy, planned.routingKeys,
                             [original, source](bool stored, OperationResult& result) {
                                 const auto from = source.lock();
                                 if (!*original || !from)
                                     return;
                                 if (stored) {
                                     from->drop(**original);
                                 } else {
                                     from->putBack(std::move(**original));
                                     result.count--;
                                     result.skipped++;
                                 }
                             });
        if (routed.routedQueues == 0) { // every queue refused it (x-overflow reject-publish)
            if (*original)
                queue->putBack(std::move(**original));
            answer.skipped++;
            continue;
        }
        answer.count++;
        if (!routed.awaitingCommit && *original)
            queue->drop(**original); // nothing to wait for: a transient copy or no durable queue
    }
    if (context.changes && answer.count > 0)
        context.changes->messagesTransferred(transfer.vhost, transfer.queue, howText(transfer),
                                             answer.count);
    tracker->finish();
}

} // namespace warren::ops
