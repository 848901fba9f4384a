#include "views/background_body_search.h"

#include "views/post_to_receiver.h"

#include <QThread>
#include <algorithm>

SearchCancel searchBodiesInBackground(
    QObject* receiver, QList<warren::PeekedMessage> messages, const QString& text,
    std::function<void(const QList<warren::PeekedMessage>& matches, qsizetype searched)> done,
    std::function<void(qsizetype searched, qsizetype total)> progress) {
    QPointer<QObject> target(receiver);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QThread* worker = QThread::create([=, messages = std::move(messages)] {
        QList<warren::PeekedMessage> matches;
        const qsizetype total = messages.size();
        const qsizetype step = std::max<qsizetype>(1, total / 100);
        for (qsizetype i = 0; i < total; ++i) {
            if (*cancel)
                return;
            const warren::PeekedMessage& m = messages[i];
            if (QString::fromUtf8(m.body).contains(text, Qt::CaseInsensitive))
                matches.append(m);
            if ((i + 1) % step == 0)
                postToReceiver(target, [=] { progress(i + 1, total); });
        }
        postToReceiver(target, [=] {
            if (!*cancel)
                done(matches, total);
        });
    });
    QObject::connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    worker->start();
    return cancel;
}
