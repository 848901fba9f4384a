#include "backends/broker_backend.h"

// Out of line so the vtable and meta-object have one home.
BrokerBackend::BrokerBackend(QObject* parent)
    : QObject(parent) {}

BrokerBackend::~BrokerBackend() = default;
