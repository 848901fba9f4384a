#pragma once

#include "core/message.h"

#include <QList>
#include <QString>
#include <utility>

namespace warren::engine {

// A message's properties and headers as the console shows them: present properties by their
// AMQP names (content_type, delivery_mode, ...), header values as text.
QList<std::pair<QString, QString>> propertiesAsText(const core::MessageProperties& properties);
QList<std::pair<QString, QString>> headersAsText(const core::MessageProperties& properties);

} // namespace warren::engine
