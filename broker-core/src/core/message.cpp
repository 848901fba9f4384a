#include "core/message.h"

namespace warren::core {

namespace {
void appendKeys(std::vector<QByteArray>& keys, const FieldTable& headers, QByteArrayView name) {
    const FieldValue* value = findField(headers, name);
    if (!value)
        return;
    if (const auto* array = value->get<FieldArray>())
        for (const auto& item : *array)
            if (auto key = item.toBytes())
                keys.push_back(*key);
}
} // namespace

const FieldTable& MessageProperties::headersOrEmpty() const {
    static const FieldTable none;
    return headers ? *headers : none;
}

FieldTable& MessageProperties::headersToChange() {
    if (!headers)
        headers.emplace();
    return *headers;
}

std::vector<QByteArray> Message::allRoutingKeys() const {
    std::vector<QByteArray> keys{routingKey};
    if (properties.headers) {
        appendKeys(keys, *properties.headers, "CC");
        appendKeys(keys, *properties.headers, "BCC");
    }
    return keys;
}

} // namespace warren::core
