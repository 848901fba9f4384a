#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>
#include <warren/management.h>

// Reads a JSON-lines export on a worker thread and hands the messages over in batches, on the
// thread this object lives on, so that an import of a large file never blocks the UI. A line
// that does not parse is reported with its number and the rest still come.
class MessageImportReader final : public QObject {
    Q_OBJECT
public:
    static constexpr int BatchSize = 200;

    explicit MessageImportReader(QObject* parent = nullptr);
    ~MessageImportReader() override; // stops the worker early; it never touches a dead reader

    void start(const QString& path);
    // No more batches after this; finished() still comes.
    void cancel();

signals:
    // `bytesRead` of `fileSize` so far, for progress.
    void batchRead(const QList<warren::OutgoingMessage>& messages, qint64 bytesRead,
                   qint64 fileSize);
    void lineFailed(int lineNumber, const QString& error);
    void finished(const QString& error); // empty: the whole file was read (or cancelled)

private:
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};
