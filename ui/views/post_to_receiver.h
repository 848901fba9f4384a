#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <functional>

// From a worker thread: runs `call` on the GUI thread unless `target` is gone by then. The
// call is posted to the application, which outlives the work, and `target` is checked only
// there: from the worker it could be deleted between a check and the post.
inline void postToReceiver(const QPointer<QObject>& target, std::function<void()> call) {
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [target, call = std::move(call)] {
            if (target)
                call();
        },
        Qt::QueuedConnection);
}
