#pragma once

#include "core/message.h"

#include <QList>
#include <QString>
#include <utility>

namespace warren::services {

// AMQP basic properties as the console shows and exports them: by their AMQP names
// (content_type, delivery_mode, ...), values as text, timestamps in ISO 8601 UTC.
QList<std::pair<QString, QString>> propertiesAsText(const core::MessageProperties& properties);
// The headers likewise: name, value as text.
QList<std::pair<QString, QString>> headersAsText(const core::MessageProperties& properties);
// The way back, for imports: sets the named property from its text. Returns false for an
// unknown name or a value that does not parse (the property is then left unset).
bool setPropertyFromText(core::MessageProperties& properties, const QString& name,
                         const QString& value);

} // namespace warren::services
