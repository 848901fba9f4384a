#include "views/message_import_reader.h"

#include "models/exported_message.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThread>

MessageImportReader::MessageImportReader(QObject* parent)
    : QObject(parent) {}

MessageImportReader::~MessageImportReader() {
    cancel();
}

void MessageImportReader::cancel() {
    *m_cancel = true;
}

void MessageImportReader::start(const QString& path) {
    QPointer<MessageImportReader> target(this);
    // Hands `call` to the GUI thread, where it runs only if the reader still exists (posted to
    // the application: the reader may be deleted while this worker runs).
    auto post = [target](std::function<void(MessageImportReader*)> call) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [target, call = std::move(call)] {
                if (target)
                    call(target);
            },
            Qt::QueuedConnection);
    };
    QThread* worker = QThread::create([post, path, cancel = m_cancel] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            post([error = file.errorString()](MessageImportReader* r) { emit r->finished(error); });
            return;
        }
        const qint64 size = file.size();
        QList<warren::OutgoingMessage> batch;
        int lineNumber = 0;
        auto flush = [&] {
            post([batch = std::exchange(batch, {}), read = file.pos(),
                  size](MessageImportReader* r) { emit r->batchRead(batch, read, size); });
        };
        while (!*cancel && !file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QString error;
            if (auto message = importedMessage(line, &error))
                batch.append(std::move(*message));
            else
                post([lineNumber, error](MessageImportReader* r) {
                    emit r->lineFailed(lineNumber, error);
                });
            if (batch.size() == BatchSize)
                flush();
        }
        if (!batch.isEmpty() && !*cancel)
            flush();
        post([](MessageImportReader* r) { emit r->finished(QString()); });
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
}
