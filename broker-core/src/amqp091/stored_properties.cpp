#include "amqp091/stored_properties.h"

#include "amqp091/methods.h"
#include "amqp091/properties_mapping.h"

namespace warren::amqp091 {

services::StoredPropertiesFormat storedPropertiesFormat() {
    services::StoredPropertiesFormat format;
    format.format = core::MessageFormat::Amqp091;
    format.version = 1;
    format.encode = [](const core::Message& message) { return encodedProperties(message); };
    format.decode = [](const QByteArray& bytes, core::Message& message) {
        WireReader reader(bytes);
        BasicProperties properties;
        if (!decodeBasicProperties(reader, properties))
            return false;
        message.properties = toCore(std::move(properties));
        message.original = {core::MessageFormat::Amqp091, bytes};
        return true;
    };
    return format;
}

} // namespace warren::amqp091
