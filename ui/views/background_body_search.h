#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <warren/peeked_message.h>

// Set to stop a search; its `done` is then not called.
using SearchCancel = std::shared_ptr<std::atomic_bool>;

// Finds the messages whose body contains `text` (case-insensitive, as the browser's filter)
// on a worker thread: a whole queue may be tens of thousands of bodies, and the window must
// stay responsive meanwhile. `progress` and then `done` are called on `receiver`'s thread,
// not at all if it is gone. Returns the flag that stops the search.
SearchCancel searchBodiesInBackground(
    QObject* receiver, QList<warren::PeekedMessage> messages, const QString& text,
    std::function<void(const QList<warren::PeekedMessage>& matches, qsizetype searched)> done,
    std::function<void(qsizetype searched, qsizetype total)> progress);
