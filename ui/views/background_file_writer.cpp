#include "views/background_file_writer.h"

#include <QPointer>
#include <QSaveFile>
#include <QThread>

void writeLinesInBackground(QObject* receiver, const QString& path, QList<QByteArray> lines,
                            std::function<void(const QString& error)> done) {
    QPointer<QObject> target(receiver);
    QThread* writer = QThread::create([target, path, lines = std::move(lines), done] {
        QSaveFile file(path);
        QString error;
        if (file.open(QIODevice::WriteOnly)) {
            for (const QByteArray& line : lines)
                file.write(line + '\n');
            if (!file.commit())
                error = file.errorString();
        } else {
            error = file.errorString();
        }
        if (target) // checked again on the receiver's thread before running `done`
            QMetaObject::invokeMethod(
                target,
                [target, done, error] {
                    if (target)
                        done(error);
                },
                Qt::QueuedConnection);
    });
    QObject::connect(writer, &QThread::finished, writer, &QObject::deleteLater);
    writer->start();
}
