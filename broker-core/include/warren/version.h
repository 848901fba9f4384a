#pragma once

#include <QString>

namespace warren {

// Warren's own release (the API's warren_version, the AMQP platform and information).
QString versionString();
// The product Warren announces (AMQP server-properties product, the API's product_name): the
// one its clients know. Libraries and their test suites enable RabbitMQ's extensions only when
// the product says "RabbitMQ" (amqp091-go skips its RabbitMQ tests and leaks their connections
// otherwise), and RabbitMQ's own product.name setting means tools cannot count on it either.
QString productName();
// The RabbitMQ release whose AMQP and management API behaviour Warren answers as (and is tested
// against): what the API reports as rabbitmq_version and management_version.
QString rabbitmqVersion();

} // namespace warren
