#pragma once

#include "backends/connection_profile.h"
#include "views/password_dialog.h"

#include <QList>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>
#include <warren/management.h>
#include <warren/snapshot.h>

class BindingTableModel;
class BrokerBackend;
class BrokerSettingsPage;
class ConnectionProfileStore;
class ConnectionsDialog;
class DefinitionsFiles;
class Preferences;
class QueueDetailPage;
class ExchangeActions;
class TopologyPage;
class PoliciesPage;
class RetainedPage;
class UsersPage;
class ConnectionTableModel;
class LiveTapPage;
class LogPage;
class MessageBrowserPage;
class OverviewPage;
class PublishPage;
class QAction;
class RouteTesterPage;
class ExchangeTableModel;
class QLabel;
class QMenu;
class QTabWidget;
class QueueRateHistories;
class QueueTableModel;
class SnapshotTableModel;
class TablePage;

// The console's main window: an overview with live charts, the queues, exchanges and
// connections of one broker refreshed in place from the backend's snapshots, and its logs.
class ConsoleWindow final : public QMainWindow {
    Q_OBJECT
public:
    // The backend must outlive the window; the window never owns it.
    explicit ConsoleWindow(BrokerBackend* backend, QWidget* parent = nullptr);
    ~ConsoleWindow() override;

    // Asks before purging or deleting; tests answer instead of a modal message box.
    using Confirmation = std::function<bool(const QString& question)>;
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    // Asks for the reason clients are told when their connection is closed; nullopt: cancel.
    using ReasonPrompt = std::function<std::optional<QString>(const QString& question)>;
    void setReasonPrompt(ReasonPrompt prompt) { m_reasonPrompt = std::move(prompt); }
    // Asks for a saved connection's password when none is stored (see PasswordDialog).
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    void closeSelectedConnections();
    // Ctrl+K: jump to any view, queue or exchange by typing part of its name.
    void showCommandPalette();
    // Start/Stop/Restart in the Broker menu (and the tray) follow the broker's state.
    void updateBrokerActions();
    // Opens the new-queue dialog; tests fill and accept it through `prepare`.
    void createQueue();
    void purgeSelectedQueues();
    void deleteSelectedQueues();
    // A tab of its own for one queue (the one already open for it, if any), made current.
    QueueDetailPage* openQueueDetail(const QString& vhost, const QString& queue);
    // Every queue's rates since the console started, which a queue's page draws when opened.
    const QueueRateHistories& queueHistories() const { return *m_queueHistories; }
    // Opens a tab for each queue selected on the Queues tab.
    void openSelectedQueues();
    // Closes the current tab if it is one that can be closed (a queue's); Ctrl+W.
    void closeCurrentTab();
    // The Preferences dialog; applies and saves what it returns when accepted.
    void showPreferences();
    // File > Connect to broker…: the saved connections, not modal; choosing one emits
    // connectRequested().
    ConnectionsDialog* showConnections();
    // Connects again to a saved profile (File > Recent connections), its password read from the
    // keychain first, or asked for when none is stored.
    void connectToSaved(const QString& name);
    // Whether quitting may go ahead: when clients are connected to the broker this console runs,
    // asks first (through the confirmation), as quitting disconnects them.
    bool confirmQuit();
    // Marks this window as showing a remote broker: its name on its colour tag at the top,
    // read-only and unverified TLS called out.
    void setConnectionBanner(const ConnectionProfile& profile);
    // A workspace holding several consoles puts its Brokers menu (before Help) and its sidebar
    // toggle (in View) into each console's menu bar: only the visible console's bar shows.
    void addWorkspaceMenu(QMenu* brokers, QAction* viewToggle);
    // The tab, toolbar and column layout (and the geometry, when this is a window of its own);
    // called on close, and by a workspace for the console it shows, which gets no close event.
    void saveSettings() const;
    BrokerSettingsPage* brokerSettingsPage() const { return m_settingsPage; }
    BrokerBackend* backend() const { return m_backend; }
    // File › Export/Import definitions… (tests choose the files instead of a dialog).
    DefinitionsFiles* definitionsFiles() const { return m_definitionsFiles; }
    ExchangeActions* exchangeActions() const { return m_exchangeActions; }
    // The grouped list of views beside the pages, in place of a tab bar.
    class ConsoleNavigator* navigator() const {
        return m_navigator;
    }

signals:
    // A remote broker to open, password included; the app answers with a window for it.
    void connectRequested(const ConnectionProfile& profile);
    // File > Copy definitions…: the app answers with the dialog over every open broker, this
    // window's preselected as the source.
    void copyDefinitionsRequested(BrokerBackend* source);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    TablePage* addPage(SnapshotTableModel* model, const QString& name,
                       const QString& filterPlaceholder);
    void createMenus();
    void updateRecentMenu();
    void requestConnection(const ConnectionProfile& profile);
    void focusFilter();
    void updateTabTitles();
    // Greys out the tabs of what the backend lacks (BrokerBackend::supports), and enables them
    // again where it turns out to have them after all (featuresChanged).
    void disableUnsupportedTabs();
    void createNavigator();
    void applySnapshot(const warren::BrokerSnapshot& snapshot);
    void setStatus(const QString& status);
    void setListeners(const QList<warren::ListenerInfo>& listeners);
    void updateStatusLabel();
    void showError(const QString& message);
    void showAlert(const QString& alert);
    void showAbout();
    void createQueueActions();
    // The vhost and name of each selected row of the Queues tab.
    QList<std::pair<QString, QString>> selectedQueues() const;
    // Asks `question` about the selected queues and, if the answer is yes, acts on each.
    void
    confirmForQueues(const QList<std::pair<QString, QString>>& queues,
                     const std::function<QString(int count, const QString& names)>& question,
                     const std::function<void(const QString& vhost, const QString& name)>& act);
    void purgeQueues(const QList<std::pair<QString, QString>>& queues);
    void deleteQueues(const QList<std::pair<QString, QString>>& queues);
    QList<QueueDetailPage*> queueDetailPages() const;
    void closeTab(int index);
    void updateCloseTabAction();
    void applyPreferences(const Preferences& preferences);
    void onOperationFinished(const warren::OperationResult& result);
    void restoreSettings();

    BrokerBackend* m_backend;
    DefinitionsFiles* m_definitionsFiles;
    QueueTableModel* m_queues;
    std::unique_ptr<QueueRateHistories> m_queueHistories;
    ExchangeTableModel* m_exchanges;
    BindingTableModel* m_bindings;
    ConnectionTableModel* m_connections;
    class ChannelTableModel* m_channels;
    class ConsumerTableModel* m_consumers;
    QTabWidget* m_tabs;
    class ConsoleNavigator* m_navigator = nullptr;
    OverviewPage* m_overviewPage = nullptr;
    LogPage* m_logPage = nullptr;
    MessageBrowserPage* m_browserPage = nullptr;
    LiveTapPage* m_tapPage = nullptr;
    RetainedPage* m_retainedPage = nullptr;
    PublishPage* m_publishPage = nullptr;
    RouteTesterPage* m_routePage = nullptr;
    Confirmation m_confirm;
    ReasonPrompt m_reasonPrompt;
    PasswordPrompt m_passwordPrompt;
    QAction* m_startAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_restartAction = nullptr;
    QAction* m_closeTabAction = nullptr;
    ConnectionProfileStore* m_profiles;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    BrokerSettingsPage* m_settingsPage = nullptr; // only where the backend canControl()
    class QSystemTrayIcon* m_tray = nullptr;
    QStringList m_vhostNames;              // from the last snapshot, for the new-queue dialog
    QStringList m_exchangeNames;           // likewise
    warren::BrokerSnapshot m_lastSnapshot; // what the command palette offers
    TablePage* m_queuesPage = nullptr;
    TablePage* m_exchangesPage = nullptr;
    TablePage* m_bindingsPage = nullptr;
    TopologyPage* m_topologyPage = nullptr;
    UsersPage* m_usersPage = nullptr;
    PoliciesPage* m_policiesPage = nullptr;
    ExchangeActions* m_exchangeActions = nullptr;
    TablePage* m_connectionsPage = nullptr;
    TablePage* m_channelsPage = nullptr;
    TablePage* m_consumersPage = nullptr;
    QLabel* m_statusLabel;
    QLabel* m_alertBanner = nullptr;
    QLabel* m_updatedLabel;
    QString m_status;
    QList<warren::ListenerInfo> m_listeners;
    QStringList m_alarms; // resource alarms of the last snapshot
};
