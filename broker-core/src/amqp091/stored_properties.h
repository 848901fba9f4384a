#pragma once

#include "services/stored_properties_format.h"

namespace warren::amqp091 {

// AMQP 0-9-1's content header properties as the store keeps them (format Amqp091, version 1):
// every property the core has fits, so messages of any origin are stored this way today, and
// stores written before formats were tagged read as this one.
services::StoredPropertiesFormat storedPropertiesFormat();

} // namespace warren::amqp091
