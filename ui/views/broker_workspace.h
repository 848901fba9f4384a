#pragma once

#include "backends/connection_profile.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class BrokerBackend;
class ConsoleWindow;
class CopyDefinitionsDialog;
class QAction;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;

// One window for every broker open at once: a sidebar listing them (the embedded broker first,
// each with its colour tag, name and state) and beside it the console of the one selected.
// Remote brokers are opened and closed here; each one's console owns its backend and takes it
// along when it is closed. The embedded broker stays for as long as the window.
class BrokerWorkspace final : public QWidget {
    Q_OBJECT
public:
    // What a sidebar row's mark says (its StateRole), so tests need not read pixels.
    enum class State { Running, Stopped, Alert };
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit BrokerWorkspace(QWidget* parent = nullptr);
    ~BrokerWorkspace() override;

    // How a profile becomes a backend: createRemoteBackend() unless a test says otherwise.
    using BackendFactory =
        std::function<std::unique_ptr<BrokerBackend>(const ConnectionProfile& profile)>;
    void setBackendFactory(BackendFactory factory) { m_factory = std::move(factory); }

    // The broker this process runs, first in the list and never closed. The backend must
    // outlive the workspace.
    ConsoleWindow* addEmbedded(BrokerBackend* backend);
    // The console on the broker of `profile`, made current: the one already open under that
    // profile's name, else a new one over a backend of its own.
    ConsoleWindow* open(const ConnectionProfile& profile);

    int brokerCount() const { return int(m_entries.size()); }
    ConsoleWindow* console(int index) const;
    int currentIndex() const;
    ConsoleWindow* currentConsole() const { return console(currentIndex()); }
    void setCurrentIndex(int index);
    // Closes a remote broker, deleting its console and backend; the embedded one stays.
    void closeBroker(int index);
    void closeCurrentBroker() { closeBroker(currentIndex()); }
    // Ctrl+PgDown and Ctrl+PgUp, round the list.
    void nextBroker();
    void previousBroker();
    // File › Copy definitions… of any console: the dialog over every open broker, `source`
    // preselected, shown (not modal) over this window.
    CopyDefinitionsDialog* copyDefinitions(BrokerBackend* source);
    // The sidebar's context menu for a row; the caller owns it.
    QMenu* createSidebarMenu(int index);

signals:
    void brokerOpened(ConsoleWindow* console);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Entry {
        ConsoleWindow* console = nullptr;
        BrokerBackend* backend = nullptr;
        std::optional<ConnectionProfile> profile; // nullopt: the embedded broker
        QString alert;                            // as the backend last announced it
        bool seenSnapshot = false;                // a remote broker has answered at least once
    };

    void createActions();
    ConsoleWindow* addConsole(BrokerBackend* backend, std::optional<ConnectionProfile> profile);
    int indexOf(const BrokerBackend* backend) const;
    QString name(int index) const;
    State state(int index) const;
    void updateEntry(int index);
    void showCurrent();
    void updateActions();
    void showSidebarMenu(const QPoint& position);
    void restoreSettings();
    void saveSettings() const;

    BackendFactory m_factory;
    QList<Entry> m_entries; // in the sidebar's order, which is the stack's
    QSplitter* m_splitter;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    QMenu* m_brokersMenu;
    QAction* m_closeAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_sidebarAction = nullptr;
    QList<QAction*> m_switchActions; // Ctrl+1 … Ctrl+9
};
