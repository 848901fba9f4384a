#include "views/remote_windows.h"

#include "backends/remote_backends.h"
#include "views/console_window.h"

#include <QMessageBox>

RemoteWindows::RemoteWindows(QObject* parent)
    : QObject(parent) {}

void RemoteWindows::watch(ConsoleWindow* window) {
    connect(window, &ConsoleWindow::connectRequested, this,
            [this, window](const ConnectionProfile& profile) { open(profile, window); });
}

ConsoleWindow* RemoteWindows::open(const ConnectionProfile& profile, QWidget* requester) {
    std::unique_ptr<BrokerBackend> backend = createRemoteBackend(profile);
    if (!backend) {
        // Not modal: the window that asked stays usable.
        auto* box = new QMessageBox(QMessageBox::Information, tr("Warren"),
                                    tr("The console cannot connect to this kind of broker yet: "
                                       "'%1' was not opened.")
                                        .arg(profile.name),
                                    QMessageBox::Ok, requester);
        box->setObjectName(QStringLiteral("unsupportedBrokerMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return nullptr;
    }
    auto* window = new ConsoleWindow(backend.get());
    // A child made after the window's pages is deleted after them, so no page outlives it.
    backend.release()->setParent(window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setConnectionBanner(profile);
    watch(window);
    window->show();
    emit windowOpened(window);
    return window;
}
