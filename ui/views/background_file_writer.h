#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>

// Writes `lines` (each followed by a newline) to `path` on a worker thread, atomically (the
// file appears whole or not at all), then calls `done` on `receiver`'s thread with the error,
// empty on success; not at all if `receiver` is gone by then. Exports must not block the UI.
void writeLinesInBackground(QObject* receiver, const QString& path, QList<QByteArray> lines,
                            std::function<void(const QString& error)> done);
