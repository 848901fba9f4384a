#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

// Set to stop a background write: the file is then left as it was (nothing is committed).
using WriteCancel = std::shared_ptr<std::atomic_bool>;

// Writes `lines` (each followed by a newline) to `path` on a worker thread, atomically (the
// file appears whole or not at all), then calls `done` on `receiver`'s thread with the error,
// empty on success; not at all if `receiver` is gone by then. Exports must not block the UI.
// `progress` (optional) hears, on the receiver's thread, how many lines are written, about
// every hundredth of the way. Returns the flag that cancels the write.
WriteCancel
writeLinesInBackground(QObject* receiver, const QString& path, QList<QByteArray> lines,
                       std::function<void(const QString& error)> done,
                       std::function<void(qsizetype written, qsizetype total)> progress = {});

// Reads all of `path` on a worker thread, then calls `done` on `receiver`'s thread with the
// contents, or with the error (a file larger than `maxBytes` is one); not at all if `receiver`
// is gone by then. Imports must not block the UI either.
void readFileInBackground(
    QObject* receiver, const QString& path, qint64 maxBytes,
    std::function<void(const QByteArray& contents, const QString& error)> done);
