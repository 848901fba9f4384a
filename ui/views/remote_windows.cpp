#include "views/remote_windows.h"

#include "backends/remote_backends.h"
#include "views/console_window.h"
#include "views/copy_definitions_dialog.h"

RemoteWindows::RemoteWindows(QObject* parent)
    : QObject(parent) {}

void RemoteWindows::watch(ConsoleWindow* window) {
    m_windows.append(window);
    connect(window, &ConsoleWindow::connectRequested, this,
            [this](const ConnectionProfile& profile) { open(profile); });
    connect(window, &ConsoleWindow::copyDefinitionsRequested, this,
            [this, window](BrokerBackend* source) { copyDefinitions(source, window); });
}

CopyDefinitionsDialog* RemoteWindows::copyDefinitions(BrokerBackend* source, QWidget* parent) {
    QList<BrokerBackend*> brokers;
    for (const QPointer<ConsoleWindow>& window : std::as_const(m_windows))
        if (window)
            brokers.append(window->backend());
    auto* dialog = new CopyDefinitionsDialog(brokers, source, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
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
