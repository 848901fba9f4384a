#include "views/background_file_writer.h"

#include "views/post_to_receiver.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QSaveFile>
#include <QThread>
#include <algorithm>

WriteCancel writeLinesInBackground(QObject* receiver, const QString& path, QList<QByteArray> lines,
                                   std::function<void(const QString& error)> done,
                                   std::function<void(qsizetype, qsizetype)> progress) {
    QPointer<QObject> target(receiver);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QThread* writer =
        QThread::create([target, path, lines = std::move(lines), done, progress, cancel] {
            QSaveFile file(path);
            QString error;
            const qsizetype total = lines.size();
            const qsizetype step = std::max<qsizetype>(1, total / 100);
            if (file.open(QIODevice::WriteOnly)) {
                for (qsizetype i = 0; i < total && !*cancel; ++i) {
                    file.write(lines[i] + '\n');
                    if (progress && ((i + 1) % step == 0 || i + 1 == total))
                        postToReceiver(target, [progress, i, total] { progress(i + 1, total); });
                }
                if (*cancel) {
                    file.cancelWriting();
                    error = QCoreApplication::translate("BackgroundFileWriter", "cancelled");
                } else if (!file.commit()) {
                    error = file.errorString();
                }
            } else {
                error = file.errorString();
            }
            postToReceiver(target, [done, error] { done(error); });
        });
    QObject::connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
    return cancel;
}

void readFileInBackground(QObject* receiver, const QString& path, qint64 maxBytes,
                          std::function<void(const QByteArray&, const QString&)> done) {
    QPointer<QObject> target(receiver);
    // Computed here: lupdate's parser loops on a shift inside the translate() call.
    const int limitMiB = int(maxBytes / (1024 * 1024));
    QThread* reader = QThread::create([target, path, maxBytes, limitMiB, done] {
        QFile file(path);
        QByteArray contents;
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else if (file.size() > maxBytes)
            error = QCoreApplication::translate(
                "BackgroundFileWriter", "the file is larger than %n MiB", nullptr, limitMiB);
        else
            contents = file.readAll();
        postToReceiver(target, [done, contents, error] { done(contents, error); });
    });
    QObject::connect(reader, &QThread::finished, reader, &QObject::deleteLater);
    reader->start();
}
