#pragma once

#include <QByteArrayView>

namespace warren::core {

// The one rule for names and other short strings on every front end (AMQP, HTTP, console):
// they are UTF-8 (AMQP 0-9-1 spec 4.2.5.3), and bytes that are not would show as U+FFFD,
// making several queues look like one that no API can name (issue 13, item 10).
bool isWellFormedUtf8(QByteArrayView bytes);

} // namespace warren::core
