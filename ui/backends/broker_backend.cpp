#include "backends/broker_backend.h"

// Out of line so the vtable and meta-object have one home.
BrokerBackend::BrokerBackend(QObject* parent)
    : QObject(parent) {}

BrokerBackend::~BrokerBackend() = default;

void BrokerBackend::peekMessages(const QString& vhost, const QString& queue, int count) {
    Q_UNUSED(count);
    warren::PeekResult result;
    result.vhost = vhost;
    result.queue = queue;
    result.error = tr("This broker does not let the console look into queues.");
    emit messagesPeeked(result);
}
