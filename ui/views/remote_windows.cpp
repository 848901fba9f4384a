#include "views/remote_windows.h"

#include "backends/remote_backends.h"
#include "views/console_window.h"

RemoteWindows::RemoteWindows(QObject* parent)
    : QObject(parent) {}

void RemoteWindows::watch(ConsoleWindow* window) {
    connect(window, &ConsoleWindow::connectRequested, this,
            [this](const ConnectionProfile& profile) { open(profile); });
}

ConsoleWindow* RemoteWindows::open(const ConnectionProfile& profile) {
    std::unique_ptr<BrokerBackend> backend = createRemoteBackend(profile);
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
